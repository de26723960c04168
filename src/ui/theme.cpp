// theme.cpp — the style values behind theme.h.
#include "ui/theme.h"

#include "imgui.h"

namespace sw::ui {

namespace colors {
ImVec4 muted() { return ImVec4(0.40f, 0.44f, 0.50f, 1.0f); }
ImVec4 accent() { return ImVec4(0.15f, 0.39f, 0.85f, 1.0f); }
ImVec4 success() { return ImVec4(0.10f, 0.55f, 0.30f, 1.0f); }
ImVec4 danger() { return ImVec4(0.78f, 0.16f, 0.16f, 1.0f); }
ImVec4 card() { return ImVec4(1.0f, 1.0f, 1.0f, 1.0f); }
}  // namespace colors

void apply_theme() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(16, 16);
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 14;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.FrameRounding = 6;
  style.GrabRounding = 6;
  style.PopupRounding = 6;
  style.ScrollbarRounding = 8;
  style.TabRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;

  ImVec4* c = style.Colors;
  const ImVec4 accent = colors::accent();
  c[ImGuiCol_Text] = ImVec4(0.11f, 0.13f, 0.16f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.55f, 0.58f, 0.63f, 1.0f);
  c[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.969f, 0.976f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.86f, 0.88f, 0.91f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.99f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.92f, 0.99f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.92f, 0.94f, 0.97f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.85f, 0.89f, 0.97f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.78f, 0.84f, 0.96f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.12f);
  c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.18f);
  c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.26f);
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_SliderGrab] = accent;
  c[ImGuiCol_SliderGrabActive] = accent;
  c[ImGuiCol_PlotHistogram] = accent;
  c[ImGuiCol_NavHighlight] = accent;
  c[ImGuiCol_Separator] = c[ImGuiCol_Border];
  c[ImGuiCol_TitleBg] = c[ImGuiCol_WindowBg];
  c[ImGuiCol_TitleBgActive] = c[ImGuiCol_WindowBg];
}

}  // namespace sw::ui
