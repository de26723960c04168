// web_designer_main.cpp — the questionnaire designer's web page (designer.js/.wasm, opened as ?view=designer):
// the same sidebar as the engineer's app, whose other screens open the engineer's module (web_main.cpp). The
// designer's code is a third of the engineer's tools, so it is downloaded only by those who open it.
#include "app/run_app.h"
#include "ui/app.h"

int main(int argc, char** argv) {
  return sw::app::run_app(argc, argv, "/fonts/ui.otf", [](sw::ui::AppOptions options, sw::Storage& storage) {
    return std::make_unique<sw::ui::App>(std::move(options), storage, sw::ui::make_designer_view);
  });
}
