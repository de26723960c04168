// delete_dialog.cpp — "Delete engagement": the workspace has no undo, so deleting asks first (with a way to
// export a copy) and only then removes the engagement.
#include "imgui.h"
#include "ui/engagements/panels.h"
#include "ui/theme.h"

namespace sw::ui::engagements {

void draw_delete_dialog(Session& s, EditorUi& ui) {
  constexpr const char* kTitle = "Delete engagement?";
  const engagement::Engagement* e = ui.delete_id.empty() ? nullptr : s.workspace().find(ui.delete_id);
  if (e && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  place_modal(520);
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (!e) {
    ui.delete_id.clear();
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const std::string title = e->title.empty() ? e->id : e->title;
  ImGui::TextWrapped("\"%s\" and everything recorded in it (history, SoW revisions, attached answers) will be removed "
                     "from this workspace. This cannot be undone.",
                     title.c_str());
  help("Export it first to keep a copy you can import again.");
  ImGui::Spacing();
  if (ImGui::Button("Export first")) export_engagement(s, *e);
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Button, colors::danger());
  const bool confirmed = ImGui::Button("Delete");
  ImGui::PopStyleColor();
  if (confirmed) {
    s.remove(ui.delete_id);
    s.notice = "Deleted \"" + title + "\".";
    ui.delete_id.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) {
    ui.delete_id.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace sw::ui::engagements
