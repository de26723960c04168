// run_app.h — starts Scopewright's UI in a window (desktop) or the page's canvas (web) and runs it.
#pragma once

#include <string>

namespace sw::app {

/// Opens the window, builds the UI and runs the main loop. Returns the process exit code (on the web the
/// browser keeps running the loop after this returns 0).
int run_app(int argc, char** argv, const std::string& font_file);

}  // namespace sw::app
