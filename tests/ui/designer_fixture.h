// designer_fixture.h — a DesignerView driven headless with fake platform services (captured downloads, a
// fixed clock) over a small branching questionnaire, for the test_designer_*.cpp suites.
#pragma once

#include "core/designer/edits_properties.h"
#include "runner_fixture.h"
#include "ui/designer/designer_view.h"

namespace sw::test {

inline constexpr const char* kBranching = R"({
  "format": "scopewright.questionnaire/1", "id": "branching", "version": "1.0.0", "title": "Branching",
  "sections": [
    {"id": "basics", "title": "Basics", "questions": [
      {"id": "gslb", "type": "yes_no", "label": "Use GSLB?"},
      {"id": "site_count", "type": "number", "label": "How many sites?"}
    ]},
    {"id": "more", "title": "More", "questions": [
      {"id": "notes", "type": "long_text", "label": "Anything else?"}
    ]}
  ]
})";

class DesignerFixture : public RunnerFixture {
 protected:
  DesignerFixture() { make_designer(); }

  /// A fresh designer over the same storage (like reloading the page).
  void make_designer() {
    designer = std::make_unique<ui::designer::DesignerView>(services, storage);
    imgui.set_draw([this] {
      const ImGuiViewport* vp = ImGui::GetMainViewport();
      ImGui::SetNextWindowPos(vp->WorkPos);
      ImGui::SetNextWindowSize(vp->WorkSize);
      ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
      designer->draw(fonts);
      ImGui::End();
    });
    imgui.frame(2);
  }

  ui::designer::DesignerSession& session() { return designer->session(); }
  const questionnaire::Questionnaire& draft() { return session().questionnaire(); }
  const engine::Engine* preview() { return designer->preview().engine(); }

  /// Clicks somewhere empty (leaves any text field).
  void click_nowhere() {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(1275, 795);
    imgui.frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    imgui.frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    imgui.frame(2);
  }

  std::unique_ptr<ui::designer::DesignerView> designer;
};

}  // namespace sw::test
