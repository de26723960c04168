// run_app.h — starts a Scopewright page (the engineer's app, or a customer's questionnaire) in a window
// (desktop) or the page's canvas (web) and runs it.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/storage.h"
#include "ui/app_options.h"
#include "ui/top_level.h"

namespace sw::app {

/// Builds the page's UI once the window and storage exist.
using MakeTopLevel = std::function<std::unique_ptr<ui::TopLevel>(ui::AppOptions, Storage&)>;

/// Opens the window, builds the UI with `make` and runs the main loop. Returns the process exit code (on the
/// web the browser keeps running the loop after this returns 0).
int run_app(int argc, char** argv, const std::string& font_file, const MakeTopLevel& make);

}  // namespace sw::app
