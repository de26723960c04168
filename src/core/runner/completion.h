// completion.h — the answers document's status (docs/answers.md): when answers count as "complete".
//
// The rule (docs/runner.md "Finishing"): a document becomes `complete` only when the respondent finishes —
// downloads or copies the answers on the review page — while the answers are complete (every visible required
// question answered, no visible answer with a validation error). It stays `complete` while later changes keep
// the answers complete, and falls back to `in_progress` as soon as a change leaves them incomplete. Changes never
// make a document complete by themselves: only finishing does.
#pragma once

#include "core/engine/engine.h"
#include "core/questionnaire/answers.h"

namespace sw::runner {

/// Every visible required question answered and no visible answer with a validation error.
bool answers_complete(const engine::Engine& engine);

/// The status when the respondent finishes (downloads / copies on the review page): complete when the answers are.
questionnaire::AnswersStatus status_on_finish(const engine::Engine& engine);

/// The status after the answers changed (or were loaded): `current`, except that complete answers that are no
/// longer complete fall back to in_progress.
questionnaire::AnswersStatus status_after_change(const engine::Engine& engine, questionnaire::AnswersStatus current);

}  // namespace sw::runner
