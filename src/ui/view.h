// view.h — what every screen of the app implements: draw its content into the current ImGui window.
#pragma once

#include <nlohmann/json.hpp>

namespace sw::ui {

struct Fonts;

class View {
 public:
  virtual ~View() = default;
  /// Draws the view's content in the area the app gives it (the current ImGui window / child).
  virtual void draw(const Fonts& fonts) = 0;
  /// Writes pending autosaves now: the page is being hidden or closed (views that save override this).
  virtual void flush() {}
  /// What the browser test interface reports for this view under its screen id (docs/test-interface.md);
  /// null when the view has nothing to report.
  virtual nlohmann::json test_state() const { return nullptr; }
};

}  // namespace sw::ui
