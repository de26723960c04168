// top_level.cpp — what every page has in common: its window, the state it reports to the test interface.
#include "ui/top_level.h"

#include "imgui.h"
#include "ui/page_panels.h"
#include "scopewright/version.h"

namespace sw::ui {

void begin_page_window() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("Scopewright", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground);
}

void end_page_window(PagePanels& panels) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  panels.paint_gaps(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y));
  ImGui::End();
}

nlohmann::json common_state(const std::string& screen, long frame_count, const std::string& font_error,
                            bool customer_link) {
  const ImGuiIO& io = ImGui::GetIO();
  return {
      {"product", kProductName},
      {"version", kVersion},
      {"screen", screen},
      {"frame", frame_count},
      {"display", {{"width", io.DisplaySize.x}, {"height", io.DisplaySize.y},
                   {"framebuffer_scale", io.DisplayFramebufferScale.x}}},
      {"font_error", font_error},
      {"customer_link", customer_link},
  };
}

}  // namespace sw::ui
