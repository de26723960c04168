// runner_documents.h — the two answers documents the runner writes: the autosave copy (every answer, hidden
// ones included, so nothing typed is lost) and the export (what the respondent downloads; the same as
// `scopewright-cli evaluate` gives for the same answers; `evaluate --finished` when the respondent finishes).
// Both set the document's status by the rule of completion.h.
#pragma once

#include <string_view>

#include "core/engine/engine.h"
#include "core/questionnaire/answers.h"

namespace sw::runner {

/// Whether the export is the respondent finishing (download / copy on the review page).
enum class Finishing { No, Yes };

/// `base` (created, respondent, ...) with every current answer and calculated value, updated at `now`; its status
/// falls back to in_progress when the answers are no longer complete (status_after_change).
questionnaire::AnswersDocument autosave_document(const engine::Engine& engine, questionnaire::AnswersDocument base,
                                                 std::string_view now);

/// The document to download: Engine::export_document of `base` updated at `now`, with the status of
/// status_on_finish when `finishing`, else of status_after_change.
questionnaire::AnswersDocument export_document(const engine::Engine& engine, questionnaire::AnswersDocument base,
                                              std::string_view now, Finishing finishing = Finishing::No);

}  // namespace sw::runner
