// expression_field.h — the one place the designer edits a condition or validation expression: the condition
// editor (completion of ids and functions, errors with their column as you type, a plain-language reading).
#pragma once

#include <string>
#include <string_view>

#include "core/designer/condition_context.h"
#include "core/questionnaire/model.h"

namespace sw::ui::designer {

/// Draws `label` and the editor for the expression `text`, used as `use` by `owner_id` (a question, field or ""
/// for a section) inside repeat group `group_id` ("" when none). Returns true when the text changed this frame
/// (then `text` holds the new text). `left` is kept for callers; typing merges end when the active widget changes.
bool draw_expression_field(const char* label, const std::string& id, std::string& text,
                           const questionnaire::Questionnaire& questionnaire, bool& left,
                           sw::designer::ConditionUse use = sw::designer::ConditionUse::Visible,
                           std::string_view group_id = {}, std::string_view owner_id = {});

}  // namespace sw::ui::designer
