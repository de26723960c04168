// expression_field.cpp — draw_expression_field over the condition editor widget (see expression_field.h).
// First: its sw::ui code names sw::designer as `designer::`, which sw::ui::designer (declared by our headers) would shadow.
#include "ui/designer/condition_editor.h"
#include "ui/designer/expression_field.h"

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/runner/fields.h"

namespace sw::ui::designer {

bool draw_expression_field(const char* label, const std::string& id, std::string& text,
                           const questionnaire::Questionnaire& questionnaire, bool& left, sw::designer::ConditionUse use,
                           std::string_view group_id, std::string_view owner_id) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(-1);
  const auto context = sw::designer::ConditionContext::from(questionnaire, group_id, owner_id);
  ImGui::PushID(label);
  ImGui::PushID(id.c_str());
  const ImGuiID input = ImGui::GetID("##condition");  // the editor's text box (condition_editor.cpp)
  ImGui::PopID();
  const bool changed = ConditionEditor(id.c_str(), text, context, use);
  ImGui::PopID();
  // Names the text box for the item probe (tests find it by the field's label).
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, input, label, 0);
  left = false;
  return changed;
}

}  // namespace sw::ui::designer
