// screen_views_designer.cpp — the designer's screen (see screen_views.h).
#include "ui/designer/designer_view.h"
#include "ui/screen_views.h"

namespace sw::ui {

std::unique_ptr<View> make_designer_view(Screen screen, const ViewContext& c) {
  if (screen != Screen::Designer) return nullptr;
  return std::make_unique<designer::DesignerView>(c.options.runner, c.storage);
}

}  // namespace sw::ui
