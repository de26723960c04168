// layout.cpp — the helpers of layout.h.
#include "ui/runner/layout.h"

#include "imgui.h"
#include "ui/page_panels.h"
#include "ui/theme.h"

namespace sw::ui::runner {

namespace {

// Without the page's panels the child sits on a panel already: no background of its own, unless it has a border
// (ImGui draws no border for a child without background; only the page's panels redraw it).
void begin_child(PagePanels* panels, const char* id, const ImVec2& size, ImGuiChildFlags flags) {
  if (panels) panels->begin(id, size, flags);
  else if (flags & ImGuiChildFlags_Border) ImGui::BeginChild(id, size, flags);
  else ImGui::BeginChild(id, size, flags, ImGuiWindowFlags_NoBackground);
}

void end_child(PagePanels* panels) {
  if (panels) panels->end();
  else ImGui::EndChild();
}

}  // namespace

void begin_column(PagePanels* panels, const char* id, float max_width, bool scroll_to_top) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = avail > max_width ? max_width : avail;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
  begin_child(panels, id, ImVec2(width, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  if (scroll_to_top) ImGui::SetScrollY(0);
}

void end_column(PagePanels* panels) { end_child(panels); }

void begin_panel(PagePanels* panels, const char* id, float width) {
  begin_child(panels, id, ImVec2(width, 0), ImGuiChildFlags_Border);
}

void end_panel(PagePanels* panels) { end_child(panels); }

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

bool primary_button(const char* label) {
  const ImVec4 accent = colors::accent();
  ImGui::PushStyleColor(ImGuiCol_Button, accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(accent.x * 0.85f, accent.y * 0.85f, accent.z * 0.9f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(accent.x * 0.7f, accent.y * 0.7f, accent.z * 0.8f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(4);
  return pressed;
}

}  // namespace sw::ui::runner
