// top_level.h — what the platform's main loop drives: the whole UI of one page. Two kinds exist: App (the
// engineer's app, every screen) and CustomerApp (the page a customer's questionnaire link opens). The web build
// ships each as its own module, so a customer downloads only the questionnaire.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace sw::ui {

class TopLevel {
 public:
  virtual ~TopLevel() = default;
  /// Draws one frame of the UI (call between ImGui::NewFrame and ImGui::Render).
  virtual void draw() = 0;
  /// Rebuilds the font atlas only if it was built for another pixel ratio; true when it did.
  virtual bool ensure_fonts(float pixel_ratio) = 0;
  /// Writes every pending autosave now (the page is being hidden or closed; the desktop window closing).
  virtual void flush() = 0;
  /// The state as JSON for the browser test interface (docs/test-interface.md).
  virtual std::string state_json() const = 0;
};

class PagePanels;

/// Begins the window that fills the page and holds everything else. It draws no background of its own: its
/// colour is painted only around the page's panels (page_panels.h says why).
void begin_page_window();
/// Paints the page's colour around `panels` and ends the page window.
void end_page_window(PagePanels& panels);

/// The part of state_json every page reports: product, version, screen, frame count, display, font error.
nlohmann::json common_state(const std::string& screen, long frame_count, const std::string& font_error,
                            bool customer_link);

}  // namespace sw::ui
