// refusal_dialog.cpp — the dialog shown when a move is refused: the reason, or every guard that fails with
// its message and the condition behind it.
#include "imgui.h"
#include "ui/engagements/panels.h"
#include "ui/theme.h"

namespace sw::ui::engagements {

void place_modal(float preferred_width) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(preferred_width, vp->WorkSize.x - 20.0f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y - 20.0f));
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

void draw_refusal_dialog(Session& s) {
  constexpr const char* kTitle = "Move refused";
  if (s.refusal && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  place_modal(560);
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (s.refusal) {
    const auto& r = *s.refusal;
    ImGui::TextWrapped("\"%s\" cannot move to %s.", r.engagement_title.c_str(), r.target_label.c_str());
    if (!r.refusal.empty()) ImGui::TextColored(colors::danger(), "%s", r.refusal.c_str());
    if (!r.failed.empty()) ImGui::TextWrapped("These conditions of the process are not met:");
    for (const auto& f : r.failed) {
      ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
      ImGui::TextWrapped("\xE2\x9C\x97 %s", f.message.c_str());
      ImGui::PopStyleColor();
      ImGui::Indent();
      ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
      ImGui::TextWrapped("condition: %s", f.require.c_str());
      ImGui::PopStyleColor();
      ImGui::Unindent();
    }
  }
  ImGui::Spacing();
  if (ImGui::Button("OK") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    s.refusal.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace sw::ui::engagements
