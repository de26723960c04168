// runner_fixture.h — a RunnerView driven headless with fake platform services (captured downloads, clipboard,
// file picks and fetches) and a fixed clock, for the test_runner_*.cpp suites.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "headless_imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/runner/runner_view.h"

namespace sw::test {

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class RunnerFixture : public ::testing::Test {
 protected:
  explicit RunnerFixture(float width = 1280, float height = 800) : imgui(width, height) {
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as the App sets it
    services.assets_dir = std::string(SCOPEWRIGHT_SOURCE_DIR) + "/assets";
    services.read_file = [](const std::string& path) -> std::optional<std::string> {
      std::ifstream in(path, std::ios::binary);
      if (!in) return std::nullopt;
      std::ostringstream s;
      s << in.rdbuf();
      return s.str();
    };
    services.fetch = [this](const std::string& url, std::function<void(ui::Fetched)> done) {
      fetched_url = url;
      pending_fetch = std::move(done);
    };
    services.download = [this](const std::string& name, const std::string&, const std::string& text) {
      downloaded_name = name;
      downloaded_text = text;
      return "Downloaded " + name;
    };
    services.copy = [this](const std::string& text) { clipboard = text; };
    services.pick_file = [this](std::function<void(ui::PickedFile)> done) {
      pending_pick = std::move(done);
      return true;
    };
    services.list_templates = [] { return std::vector<std::string>{"general", "waf"}; };
    services.now_iso = [] { return std::string("2026-11-22T10:00:00+00:00"); };
    std::string error;
    fonts = ui::load_fonts(test::read_font(), 1.0f, error);
    make_view();
  }

  /// A fresh view over the same storage (like reopening the link).
  void make_view() {
    view = std::make_unique<ui::runner::RunnerView>(services, storage);
    imgui.set_draw([this] {
      const ImGuiViewport* vp = ImGui::GetMainViewport();
      ImGui::SetNextWindowPos(vp->WorkPos);
      ImGui::SetNextWindowSize(vp->WorkSize);
      ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
      view->draw(fonts);
      ImGui::End();
    });
  }

  void open(const std::string& relative) {
    view->open_text(read_source_file(relative), relative.substr(relative.find_last_of('/') + 1));
    imgui.frame(2);
  }

  const engine::Engine& engine() const { return *view->engine(); }
  const nlohmann::json& answer(const std::string& id) const { return view->engine()->answer(id); }

  /// Runs frames for `seconds` of app time (60 frames a second).
  void wait(double seconds) { imgui.frame(static_cast<int>(seconds * 60) + 1); }

  /// The id of the widget with keyboard focus / being edited.
  unsigned active_id() const { return ImGui::GetActiveID(); }
  unsigned focused_id() const { return ImGui::GetFocusID(); }

  /// Lets the layout settle (auto-sized cards take a frame or two), then clicks the widget.
  bool click(const std::string& label) {
    imgui.frame(3);
    return imgui.click(label);
  }

  /// Clicks the widget and types text into it.
  void fill(const std::string& label, const std::string& text) {
    ASSERT_TRUE(click(label)) << "no widget " << label;
    imgui.type(text);
  }

  /// The widget labelled `label` once the layout has settled.
  const ui::ProbedItem* item(const std::string& label) {
    imgui.frame(3);
    return imgui.item(label);
  }

  HeadlessImGui imgui;
  ui::RunnerServices services;
  MemoryStorage storage;
  ui::Fonts fonts;
  std::unique_ptr<ui::runner::RunnerView> view;
  std::string fetched_url, downloaded_name, downloaded_text, clipboard;
  std::function<void(ui::Fetched)> pending_fetch;
  std::function<void(ui::PickedFile)> pending_pick;
};

}  // namespace sw::test
