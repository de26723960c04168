// top_level.cpp — the state every page reports to the test interface.
#include "ui/top_level.h"

#include "imgui.h"
#include "scopewright/version.h"

namespace sw::ui {

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
