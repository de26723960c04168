// completion.cpp — the answers status rule (see completion.h).
#include "core/runner/completion.h"

namespace sw::runner {

using questionnaire::AnswersStatus;

bool answers_complete(const engine::Engine& engine) {
  const auto progress = engine.progress();
  return progress.answered >= progress.required && !engine.first_section_with_errors();
}

AnswersStatus status_on_finish(const engine::Engine& engine) {
  return answers_complete(engine) ? AnswersStatus::Complete : AnswersStatus::InProgress;
}

AnswersStatus status_after_change(const engine::Engine& engine, AnswersStatus current) {
  if (current == AnswersStatus::Complete && !answers_complete(engine)) return AnswersStatus::InProgress;
  return current;
}

}  // namespace sw::runner
