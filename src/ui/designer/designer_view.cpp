// designer_view.cpp — the Designer screen's frame: toolbar, messages, the three panes (tree, properties, live
// preview), the keyboard shortcuts and the autosave tick (see designer_view.h).
#include "ui/designer/designer_view.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/designer/designer_state_json.h"

namespace sw::ui::designer {

namespace {
constexpr float kTreeWidth = 260.0f;
constexpr float kPreviewMinWidth = 340.0f;
}  // namespace

nlohmann::json DesignerView::test_state() const { return state_json(*this); }

DesignerView::DesignerView(const RunnerServices& services, Storage& storage)
    : services_(services), session_(services, storage), preview_(services, preview_storage_) {}

void DesignerView::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  const bool command = io.KeyCtrl || io.KeySuper;
  if (command && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
    if (io.KeyShift) session_.redo();
    else session_.undo();
    return;
  }
  if (command && ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
    session_.redo();
    return;
  }
  if (!tree_focused_) return;  // the arrows and Delete belong to the tree; elsewhere they move ImGui's focus
  if (command && ImGui::IsKeyPressed(ImGuiKey_D, false)) duplicate_selection();
  else if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_UpArrow)) move_selection(-1);
  else if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_DownArrow)) move_selection(+1);
  else if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) step_selection(-1);
  else if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) step_selection(+1);
  else if (ImGui::IsKeyPressed(ImGuiKey_Delete, false)) ask_delete();
}

void DesignerView::draw_messages() {
  if (!session_.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
    ImGui::TextWrapped("%s", session_.error.c_str());
    ImGui::PopStyleColor();
  } else if (!session_.notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::success());
    ImGui::TextWrapped("%s", session_.notice.c_str());
    ImGui::PopStyleColor();
  }
  if (!session_.save_error().empty())
    ImGui::TextColored(colors::danger(), "Autosave failed (%s): save a draft file to keep your work.",
                       session_.save_error().c_str());
  for (const auto& e : session_.publish_errors) {
    ImGui::Bullet();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::danger());
    ImGui::TextWrapped("%s", e.c_str());
    ImGui::PopStyleColor();
  }
}

void DesignerView::draw(const Fonts& fonts) {
  handle_shortcuts();
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Designer");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s  ·  %s", session_.questionnaire().title.c_str(), session_.questionnaire().id.c_str());
  draw_toolbar();
  draw_toolbar_popups();
  draw_messages();

  const float avail = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float preview_width = std::max(kPreviewMinWidth, avail * 0.34f);
  const float props_width = std::max(200.0f, avail - kTreeWidth - preview_width - 2 * spacing);

  ImGui::BeginChild("tree", ImVec2(kTreeWidth, 0), ImGuiChildFlags_Border);
  // The tree owns the keys from a click in it until a click elsewhere (ImGui's window focus is not used: Alt
  // alone moves it to the menu layer).
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
    tree_focused_ = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  draw_tree();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("properties", ImVec2(props_width, 0), ImGuiChildFlags_Border);
  draw_properties();
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("preview", ImVec2(0, 0), ImGuiChildFlags_Border);
  draw_preview(fonts);
  ImGui::EndChild();

  draw_delete_dialog();
  // Typing merges into one undo step until the engineer moves to another widget (or leaves all of them).
  if (ImGui::GetActiveID() != last_active_id_) session_.seal();
  last_active_id_ = ImGui::GetActiveID();
  session_.tick(ImGui::GetTime());
}

}  // namespace sw::ui::designer
