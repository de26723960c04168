// open_questionnaire.cpp — loading a questionnaire for the runner (see open_questionnaire.h).
#include "core/runner/open_questionnaire.h"

#include "core/questionnaire/loader.h"

namespace sw::runner {

namespace {
constexpr int kSecondsPerQuestion = 20;

void add_messages(const Diagnostics& ds, std::vector<std::string>& errors, std::vector<std::string>& warnings) {
  for (const auto& d : ds) (d.severity == Severity::Error ? errors : warnings).push_back(format(d));
}
}  // namespace

OpenedQuestionnaire open_questionnaire(std::string_view text, std::string_view file, expr::EvalContext context) {
  OpenedQuestionnaire out;
  auto loaded = questionnaire::load_questionnaire(text, file);
  std::vector<std::string> errors, warnings;
  add_messages(loaded.diagnostics, errors, warnings);
  if (loaded.ok()) {
    Diagnostics compile;
    auto engine = std::make_unique<engine::Engine>(std::move(loaded.questionnaire), &loaded.source_map,
                                                   std::string(file), compile, context);
    add_messages(compile, errors, warnings);
    if (!has_errors(compile)) out.engine = std::move(engine);
  }
  out.problems = std::move(errors);
  out.problems.insert(out.problems.end(), warnings.begin(), warnings.end());
  return out;
}

int visible_question_count(const engine::Engine& engine) {
  int count = 0;
  const auto& q = engine.questionnaire();
  for (std::size_t s : engine.visible_sections())
    for (std::size_t i = 0; i < q.sections[s].questions.size(); ++i)
      if (engine.question_visible({s, i})) ++count;
  return count;
}

int estimated_minutes(const engine::Engine& engine) {
  const int seconds = visible_question_count(engine) * kSecondsPerQuestion;
  return seconds < 60 ? 1 : (seconds + 30) / 60;
}

}  // namespace sw::runner
