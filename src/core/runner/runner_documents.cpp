// runner_documents.cpp — autosave and export documents (see runner_documents.h).
#include "core/runner/runner_documents.h"

#include "core/runner/completion.h"

namespace sw::runner {

questionnaire::AnswersDocument autosave_document(const engine::Engine& engine, questionnaire::AnswersDocument base,
                                                 std::string_view now) {
  const auto& q = engine.questionnaire();
  base.questionnaire_id = q.id;
  base.questionnaire_version = q.version;
  base.questionnaire_hash = engine.questionnaire_hash();
  base.updated = std::string(now);
  if (base.created.empty()) base.created = base.updated;
  base.answers = engine.answers();
  base.calculated = engine.export_calculated();
  base.status = status_after_change(engine, base.status);
  return base;
}

questionnaire::AnswersDocument export_document(const engine::Engine& engine, questionnaire::AnswersDocument base,
                                              std::string_view now, Finishing finishing) {
  base.status = finishing == Finishing::Yes ? status_on_finish(engine) : status_after_change(engine, base.status);
  base.updated = std::string(now);
  if (base.created.empty()) base.created = base.updated;
  return engine.export_document(std::move(base));
}

}  // namespace sw::runner
