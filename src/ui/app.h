// app.h — the whole UI of Scopewright: sidebar navigation and the current screen's view.
//
// Owns the views and the UI state; knows nothing of the platform. The platform's main (src/app) calls
// draw() once per frame between its own begin/end frame, and passes in what the views need (storage, ...).
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/storage.h"
#include "ui/app_options.h"
#include "ui/fonts.h"
#include "ui/navigation.h"
#include "ui/page_panels.h"
#include "ui/screen_views.h"
#include "ui/top_level.h"
#include "ui/view.h"

namespace sw::ui {

namespace runner {
class RunnerView;
}
class CustomerApp;

class App final : public TopLevel {
 public:
  /// A customer link in options.launch (?q=, #q=) shows CustomerApp's page: the questionnaire alone.
  /// `make_view` decides which screens this program holds (screen_views.h); the others are opened with
  /// options.open_view_page.
  App(AppOptions options, Storage& storage, MakeView make_view = make_every_view);
  ~App() override;

  void draw() override;

  /// Rebuilds the font atlas for a new pixel ratio (call before NewFrame; the renderer re-uploads it).
  void rebuild_fonts(float pixel_ratio) { fonts_.rebuild(pixel_ratio); }
  /// Rebuilds the font atlas only if it was built for another pixel ratio; true when it did. Building it
  /// rasterises every glyph at three sizes, the largest part of the app's start-up: never twice for nothing.
  bool ensure_fonts(float pixel_ratio) override;

  /// Moves to a screen; one this program does not hold opens as a page of its own (options.open_view_page).
  /// False when the app stays where it is.
  bool navigate(Screen screen);
  Screen screen() const { return screen_; }

  void flush() override;
  /// The app's state as JSON for the browser test interface: product, version, screen, frame count, notices.
  std::string state_json() const override;

 private:
  /// Makes the view of `screen` if it does not exist yet; false when this program does not hold it.
  bool ensure_view(Screen screen);
  /// Shows `screen` (its view exists) and remembers it for the next start.
  void show(Screen screen);
  void draw_sidebar(bool compact);
  const runner::RunnerView* active_runner() const;

  AppOptions options_;
  Storage& storage_;
  MakeView make_view_;
  FontSet fonts_;
  PagePanels panels_;  // the sidebar and the content
  Screen screen_ = Screen::Home;
  std::map<Screen, std::unique_ptr<View>> views_;  // made when first shown (ensure_view)
  long frame_count_ = 0;
  std::unique_ptr<CustomerApp> customer_;  // a customer link (?q=, #q=): only the questionnaire, no sidebar
};

}  // namespace sw::ui
