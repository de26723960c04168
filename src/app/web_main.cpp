// web_main.cpp — entry point of the web app (WebAssembly): the font comes from the preloaded package.
#include "app/run_app.h"

int main(int argc, char** argv) { return sw::app::run_app(argc, argv, "/fonts/ui.otf"); }
