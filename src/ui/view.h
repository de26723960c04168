// view.h — what every screen of the app implements: draw its content into the current ImGui window.
#pragma once

namespace sw::ui {

struct Fonts;

class View {
 public:
  virtual ~View() = default;
  /// Draws the view's content in the area the app gives it (the current ImGui window / child).
  virtual void draw(const Fonts& fonts) = 0;
  /// Writes pending autosaves now: the page is being hidden or closed (views that save override this).
  virtual void flush() {}
};

}  // namespace sw::ui
