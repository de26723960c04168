// commands.h — the engagement's multi-step edits as undoable commands (SoW revisions, PDR revisions, ...).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/engagement/edit.h"
#include "core/engagement/model.h"

namespace sw::engagement {

/// Starts a new SoW revision (draft, numbered after the last) — after a rejection or for the first one.
Command new_sow_revision(const Engagement& e, std::string_view now, std::string_view note = "");
/// Marks the latest revision sent at `now`, freezing the current scope into its snapshot.
Command send_sow(const Engagement& e, std::string_view now);
/// Records the customer's answer to the latest sent revision: accepted, or rejected with the reason.
Command decide_sow(const Engagement& e, bool accepted, std::string_view reason, std::string_view now);

/// Saves a PDR revision: a snapshot of the configuration items, who, when and why.
Command save_pdr_revision(const Engagement& e, std::string_view who, std::string_view summary, std::string_view now);

/// Turns a meeting's action item into a requirements checklist item (and links them); empty ops when unknown.
Command promote_action(Engagement& e, std::string_view meeting_id, std::string_view action_id);

/// Attaches a questionnaire answers document (kept as is) received at `now`.
Command attach_answers(const nlohmann::json& answers_document, std::string_view now);

}  // namespace sw::engagement
