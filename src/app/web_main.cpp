// web_main.cpp — the engineer's web app (scopewright.js/.wasm): every screen but the designer, which is a page
// of its own (web_designer_main.cpp: ?view=designer). Customer links (?q=, #q=) load the smaller questionnaire
// module instead (web_questionnaire_main.cpp). web/shell.js picks the module from the URL.
#include "app/run_app.h"
#include "ui/app.h"

int main(int argc, char** argv) {
  return sw::app::run_app(argc, argv, "/fonts/ui.otf", [](sw::ui::AppOptions options, sw::Storage& storage) {
    return std::make_unique<sw::ui::App>(std::move(options), storage, sw::ui::make_engineer_view);
  });
}
