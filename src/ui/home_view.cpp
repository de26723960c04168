// home_view.cpp — draws the home screen (see home_view.h).
#include "ui/home_view.h"

#include "imgui.h"
#include "scopewright/version.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace sw::ui {
namespace {

// The stages the seeds' teams share, in order: shown as the lifecycle strip.
constexpr const char* kLifecycle[] = {"Sales handover", "Questionnaire", "Discovery",  "Scope & SoW",
                                      "Implementation", "Validation",    "Acceptance", "Handover"};

constexpr float kCardHeight = 136.0f;

void draw_lifecycle_strip() {
  const float avail = ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < std::size(kLifecycle); ++i) {
    const float width = ImGui::CalcTextSize(kLifecycle[i]).x + ImGui::GetStyle().FramePadding.x * 2;
    const float arrow = ImGui::CalcTextSize(" \xE2\x86\x92 ").x;  // " → "
    if (i > 0) {
      if (ImGui::GetItemRectMax().x + arrow + width - ImGui::GetWindowPos().x < avail) {
        ImGui::SameLine(0, 0);
      }
      ImGui::TextDisabled(" \xE2\x86\x92 ");
      ImGui::SameLine(0, 0);
    }
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::SmallButton(kLifecycle[i]);
    ImGui::PopStyleColor(3);
  }
}

}  // namespace

void HomeView::draw(const Fonts& fonts) {
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted(kProductName);
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextWrapped("Run professional-services engagements from sales handover to customer acceptance. "
                     "Version %s.", kVersion);
  ImGui::PopStyleColor();
  ImGui::Spacing();
  draw_lifecycle_strip();
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();

  // One card per destination; two per row when there is room, one on a phone-sized window.
  const float avail = ImGui::GetContentRegionAvail().x;
  const int columns = avail > 640 ? 2 : 1;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float card_width = (avail - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  int placed = 0;
  for (const auto& s : kScreens) {
    if (s.screen == Screen::Home) continue;
    if (placed % columns != 0) ImGui::SameLine();
    ImGui::PushID(s.id);
    ImGui::BeginChild("card", ImVec2(card_width, kCardHeight), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(s.label);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    ImGui::TextWrapped("%s", s.purpose);
    ImGui::PopStyleColor();
    if (ImGui::Button("Open")) navigate_(s.screen);
    ImGui::EndChild();
    ImGui::PopID();
    ++placed;
  }

  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextWrapped("Privacy: everything you enter stays in this browser. Nothing is sent anywhere unless you "
                     "download or copy it yourself, and the app keeps working offline after your first visit.");
  ImGui::PopStyleColor();
}

}  // namespace sw::ui
