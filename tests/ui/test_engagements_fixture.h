// test_engagements_fixture.h — the Engagements view driven headless with fake platform services (captured
// downloads and file picks), a fixed clock and in-memory storage, for the test_engagements_*.cpp suites.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "headless_imgui.h"
#include "imgui_internal.h"
#include "ui/engagements/engagements_view.h"
#include "ui/fonts.h"

namespace sw::test {

inline std::string read_repo_file(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Storage that refuses every write, like a full browser store.
class FullStorage final : public Storage {
 public:
  std::optional<std::string> get(const std::string&) const override { return std::nullopt; }
  bool set(const std::string&, const std::string&, std::string& error) override {
    error = "QuotaExceededError: the quota has been exceeded";
    return false;
  }
  void remove(const std::string&) override {}
};

class EngagementsFixture : public ::testing::Test {
 protected:
  explicit EngagementsFixture(float width = 1280, float height = 900) : imgui(width, height) {
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    services.assets_dir = std::string(SCOPEWRIGHT_SOURCE_DIR) + "/assets";
    services.read_file = [](const std::string& path) -> std::optional<std::string> {
      std::ifstream in(path, std::ios::binary);
      if (!in) return std::nullopt;
      std::ostringstream s;
      s << in.rdbuf();
      return s.str();
    };
    services.download = [this](const std::string& name, const std::string&, const std::string& text) {
      downloaded_name = name;
      downloaded_text = text;
      return "Downloaded " + name;
    };
    services.pick_file = [this](std::function<void(ui::PickedFile)> done) {
      pending_pick = std::move(done);
      return true;
    };
    services.now_iso = [] { return std::string("2026-11-22T10:00:00+00:00"); };
    std::string error;
    fonts = ui::load_fonts(test::read_font(), 1.0f, error);
    make_view();
  }

  /// A fresh view over the given storage (like reloading the page).
  void make_view(Storage* over = nullptr) {
    view = std::make_unique<ui::engagements::EngagementsView>(services, over ? *over : storage);
    imgui.set_draw([this] {
      const ImGuiViewport* vp = ImGui::GetMainViewport();
      ImGui::SetNextWindowPos(vp->WorkPos);
      ImGui::SetNextWindowSize(vp->WorkSize);
      ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
      view->draw(fonts);
      ImGui::End();
    });
    imgui.frame(2);
  }

  ui::engagements::Session& session() { return view->session(); }
  engagement::Workspace& workspace() { return session().workspace(); }

  /// Clicks a widget by label, failing the test when it is not on screen.
  void click(const std::string& label) {
    ASSERT_TRUE(imgui.click(label)) << "no widget labelled " << label << " in\n" << dump();
    imgui.frame(2);  // let what the click opened settle (popups appear a frame later)
  }

  /// Clicks a field and types into it, then leaves it with Tab.
  void type_into(const std::string& label, const std::string& text) {
    click(label);
    imgui.type(text);
    imgui.press(ImGuiKey_Tab);
  }

  /// Creates a blank engagement through the "New engagement" dialog; it opens.
  void create(const std::string& title) {
    click("New engagement");
    imgui.frame(2);
    imgui.type(title);
    click("Create");
    imgui.frame(2);
  }

  /// Answers the pending file pick with this file.
  void pick(const std::string& name, const std::string& text) {
    ASSERT_TRUE(pending_pick) << "no file picker open";
    auto done = std::move(pending_pick);
    pending_pick = nullptr;
    done(ui::PickedFile{name, text, "", false});
    imgui.frame(3);
  }

  /// Every labelled widget of the last frame, one a line (for failure messages).
  std::string dump() const {
    std::string out;
    for (const auto& it : static_cast<ui::ItemProbe*>(imgui.context()->TestEngine)->items())
      if (!it.label.empty())
        out += it.label + " @" + std::to_string(int(it.x0)) + "," + std::to_string(int(it.y0)) + "-" +
               std::to_string(int(it.x1)) + "," + std::to_string(int(it.y1)) + "\n";
    return out;
  }

  /// Runs frames for `seconds` of UI time.
  void wait(double seconds) { imgui.frame(static_cast<int>(seconds * 60) + 1); }

  HeadlessImGui imgui;
  MemoryStorage storage;
  ui::engagements::EditorServices services;
  ui::Fonts fonts;
  std::unique_ptr<ui::engagements::EngagementsView> view;
  std::string downloaded_name, downloaded_text;
  std::function<void(ui::PickedFile)> pending_pick;
};

}  // namespace sw::test
