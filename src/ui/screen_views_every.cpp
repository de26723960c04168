// screen_views_every.cpp — every screen in one program (see screen_views.h).
#include "ui/screen_views.h"

namespace sw::ui {

std::unique_ptr<View> make_every_view(Screen screen, const ViewContext& context) {
  if (auto view = make_engineer_view(screen, context)) return view;
  return make_designer_view(screen, context);
}

}  // namespace sw::ui
