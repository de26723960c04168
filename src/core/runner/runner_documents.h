// runner_documents.h — the two answers documents the runner writes: the autosave copy (every answer, hidden
// ones included, so nothing typed is lost) and the export (what the respondent downloads; the same as
// `scopewright-cli evaluate` gives for the same answers).
#pragma once

#include <string_view>

#include "core/engine/engine.h"
#include "core/questionnaire/answers.h"

namespace sw::runner {

/// `base` (created, respondent, ...) with every current answer and calculated value, updated at `now`.
questionnaire::AnswersDocument autosave_document(const engine::Engine& engine, questionnaire::AnswersDocument base,
                                                 std::string_view now);

/// The document to download: Engine::export_document of `base` updated at `now`.
questionnaire::AnswersDocument export_document(const engine::Engine& engine, questionnaire::AnswersDocument base,
                                              std::string_view now);

}  // namespace sw::runner
