// expression_field.cpp — the plain text box behind draw_expression_field (see expression_field.h).
#include "ui/designer/expression_field.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/runner/fields.h"

namespace sw::ui::designer {

bool draw_expression_field(const char* label, const std::string& id, std::string& text,
                           const questionnaire::Questionnaire&, bool& left) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(-1);
  const std::string hidden = "##" + id;
  const bool changed = ImGui::InputTextWithHint(hidden.c_str(), "always (e.g. {sites} > 1 and {gslb} = true)", &text);
  runner::name_last_item(label);
  left = ImGui::IsItemDeactivated();
  return changed;
}

}  // namespace sw::ui::designer
