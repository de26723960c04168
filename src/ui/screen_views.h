// screen_views.h — making the view of each of the engineer's screens, and which program holds which.
//
// The desktop app and the tests hold every screen. The browser splits them over two modules so that each
// download stays small (docs/architecture.md): the engineer's app (home, questionnaire, engagements) and the
// designer, whose editing, condition completion and SurveyJS import are a third of the code. A screen a module
// does not hold is opened as a page of its own (?view=<id>), which web/shell.js serves with the module that has it.
#pragma once

#include <functional>
#include <memory>

#include "core/storage.h"
#include "ui/app_options.h"
#include "ui/navigation.h"
#include "ui/view.h"

namespace sw::ui {

/// What a view may need when it is made.
struct ViewContext {
  const AppOptions& options;
  Storage& storage;
  std::function<void(Screen)> navigate;  // moves the app to another screen (the home screen's cards)
};

/// Makes the view of `screen`, or nullptr when this program does not hold it.
using MakeView = std::unique_ptr<View> (*)(Screen screen, const ViewContext& context);

/// Every screen (desktop app, tests).
std::unique_ptr<View> make_every_view(Screen screen, const ViewContext& context);
/// The engineer's browser module: every screen but the designer.
std::unique_ptr<View> make_engineer_view(Screen screen, const ViewContext& context);
/// The designer's browser module: the designer alone.
std::unique_ptr<View> make_designer_view(Screen screen, const ViewContext& context);

}  // namespace sw::ui
