// home_view.h — the home screen: what Scopewright is, the engagement lifecycle, and where to go next.
#pragma once

#include <functional>

#include "ui/navigation.h"
#include "ui/view.h"

namespace sw::ui {

class HomeView final : public View {
 public:
  /// `navigate` is called when the user picks a destination from the home screen.
  explicit HomeView(std::function<void(Screen)> navigate) : navigate_(std::move(navigate)) {}
  void draw(const Fonts& fonts) override;

 private:
  std::function<void(Screen)> navigate_;
};

}  // namespace sw::ui
