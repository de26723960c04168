// app.h — the whole UI of Scopewright: sidebar navigation and the current screen's view.
//
// Owns the views and the UI state; knows nothing of the platform. The platform's main (src/app) calls
// draw() once per frame between its own begin/end frame, and passes in what the views need (storage, ...).
#pragma once

#include <map>
#include <memory>
#include <functional>
#include <string>
#include <vector>

#include "core/storage.h"
#include "ui/fonts.h"
#include "ui/navigation.h"
#include "ui/runner/runner_services.h"
#include "ui/view.h"

namespace sw::ui {

struct AppOptions {
  std::string font_file;                             // UI font; ImGui's built-in font when empty or unreadable
  std::map<std::string, std::string> launch;         // URL query / command-line parameters (e.g. view=home)
  RunnerServices runner;                             // what the questionnaire runner needs from the platform
  std::function<std::vector<std::string>(const std::string& dir)> list_json;  // JSON files of a folder (engagements)
  float pixel_ratio = 1.0f;                          // the screen's, so the first font atlas is the right one
};

namespace runner {
class RunnerView;
}

class App {
 public:
  App(AppOptions options, Storage& storage);
  ~App();

  /// Draws one frame of the UI (call between ImGui::NewFrame and ImGui::Render).
  void draw();

  /// Rebuilds the font atlas for a new pixel ratio (call before NewFrame; the renderer re-uploads it).
  void rebuild_fonts(float pixel_ratio);
  /// Rebuilds the font atlas only if it was built for another pixel ratio; true when it did. Building it
  /// rasterises every glyph at three sizes, the largest part of the app's start-up: never twice for nothing.
  bool ensure_fonts(float pixel_ratio);

  /// Moves to a screen (false when the app has no view for it).
  bool navigate(Screen screen);
  Screen screen() const { return screen_; }

  /// Writes every pending autosave now (the page is being hidden or closed; the desktop window closing).
  void flush();

  /// The app's state as JSON for the browser test interface: product, version, screen, frame count, notices.
  std::string state_json() const;

 private:
  /// Makes the view of `screen` if it does not exist yet; false when the app has none for it.
  bool ensure_view(Screen screen);
  void draw_sidebar(bool compact);
  const runner::RunnerView* active_runner() const;

  AppOptions options_;
  Storage& storage_;
  Fonts fonts_;
  float fonts_pixel_ratio_ = 0.0f;  // the ratio fonts_ were rasterised for
  std::string font_error_;
  Screen screen_ = Screen::Home;
  std::map<Screen, std::unique_ptr<View>> views_;  // made when first shown (ensure_view)
  long frame_count_ = 0;
  std::unique_ptr<runner::RunnerView> customer_;  // a customer link (?q=): only the questionnaire, no sidebar
};

}  // namespace sw::ui
