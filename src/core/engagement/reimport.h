// reimport.h — newer questionnaire answers for an engagement that already has some: which answers changed,
// what the pre-fill would change in the engagement (field by field, current → proposed), and one command that
// attaches the newer answers and applies the chosen changes (one undo step).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engagement/edit.h"
#include "core/engagement/model.h"
#include "core/engagement/prefill.h"

namespace sw::engagement {

/// One answer (or calculated value) that differs between two answers documents.
struct AnswerChange {
  std::string id;           // question id, or calculated value id
  bool calculated = false;  // from "calculated", not "answers"
  nlohmann::json before;    // null: not answered before
  nlohmann::json after;     // null: not answered any more
};

/// The answers, then the calculated values, that differ between two scopewright.answers documents (by id).
std::vector<AnswerChange> diff_answers(const nlohmann::json& older, const nlohmann::json& newer);

struct ReimportPreview {
  std::string previous_received;      // when the answers compared with were attached ("" = none were)
  std::vector<AnswerChange> answers;  // what the respondent changed
  PrefillPreview prefill;             // what the pre-fill would change in the engagement
};

/// What attaching `newer` to e would change, compared with e's latest attached answers. A field that still holds
/// what those answers filled in is updated by default; one edited since (or filled by hand) is a conflict left
/// as it is unless chosen. Nothing changes now.
ReimportPreview preview_reimport(const Engagement& e, const PrefillMapping& mapping, const nlohmann::json& newer);

/// The command attaching `newer` (received at `now`) and applying the selected pre-fill changes: one undo step.
Command apply_reimport(const ReimportPreview& preview, const nlohmann::json& newer, std::string_view now);

}  // namespace sw::engagement
