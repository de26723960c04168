// condition_editor.h — the designer's editor of one condition or expression, and the list of what depends on a
// question. Both are plain functions over caller-owned data: the designer keeps the text in its model and
// turns a change into its own undoable command.
//
//   designer::ConditionContext ctx = designer::ConditionContext::from(q, group_id, question_id);  // on model change
//   if (ui::ConditionEditor("visible_if", text, ctx, designer::ConditionUse::Visible)) push_edit_command(text);
//
// The editor shows:
//  - a one-line text input (UTF-8);
//  - every problem as you type, "column N: what was expected", with a red (warning: amber) marker under that
//    column of the input;
//  - a completion list under the word being typed (question ids with labels and types, repeat-group fields,
//    functions with their usage, choice values after a comparison with a choice question, operators after an
//    operand). It opens while typing a name, after '{', a quote or '.', or with Ctrl+Space; Up/Down select,
//    Tab or Enter accept, Esc closes it (a second Esc leaves the input, reverting like any ImGui input);
//    clicking a candidate accepts it too;
//  - the plain-language reading beneath ("Shown when Number of sites is more than 1 and GSLB is Yes").
#pragma once

#include <string>
#include <vector>

#include "core/designer/condition_check.h"
#include "core/designer/condition_completion.h"
#include "core/designer/condition_context.h"
#include "core/designer/condition_dependencies.h"

namespace sw::ui {

/// What the editor showed in its last call (for tests, and for a designer that marks invalid properties).
struct ConditionEditorInfo {
  std::vector<designer::ConditionIssue> issues;  // as listed under the input
  std::string reading;                           // the sentence shown beneath ("" when the text does not parse)
  designer::Completions completions;             // the candidates listed (empty items when the list is closed)
  int selected = -1;                             // highlighted candidate, -1 when the list is closed
  bool active = false;                           // the input has keyboard focus
};

/// Draws the editor for `text`, used as `use` in `ctx`. `id` must be unique in the current window (e.g. the
/// property name). Returns true in the frame the text changed (typing or accepting a completion). Per-editor
/// UI state (list open, selection, cursor) lives in ImGui's window storage under `id`.
bool ConditionEditor(const char* id, std::string& text, const designer::ConditionContext& ctx,
                     designer::ConditionUse use, ConditionEditorInfo* info = nullptr);

/// Lists `uses` (from designer::dependents_of or dependencies_of) as "question gslb_mode: visible_if" with the
/// expression or text beneath, or `empty_text` when there are none. Returns the index of the entry the user
/// clicked (to navigate to it), or -1.
int DependentsList(const char* id, const std::vector<designer::AnswerUse>& uses,
                   const char* empty_text = "Nothing depends on this question.");

}  // namespace sw::ui
