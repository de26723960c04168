// expression_field.h — the one place the designer edits a condition or validation expression. For now a plain
// text box; the condition editor (completion, errors as you type, plain-language reading) replaces its body.
#pragma once

#include <string>

#include "core/questionnaire/model.h"

namespace sw::ui::designer {

/// Draws `label` and a text box for the expression `text` (hint shown when empty). Returns true when the text
/// changed this frame (then `text` holds the new text); `left` is set when the engineer left the box.
bool draw_expression_field(const char* label, const std::string& id, std::string& text,
                           const questionnaire::Questionnaire& questionnaire, bool& left);

}  // namespace sw::ui::designer
