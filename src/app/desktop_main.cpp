// desktop_main.cpp — entry point of the native desktop app (SDL2 + OpenGL 3), same UI as the web app.
#include <cstdio>
#include <cstring>

#include "app/run_app.h"
#include "scopewright/version.h"
#include "ui/app.h"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::printf("usage: scopewright [--view=home] [--q=TEMPLATE|FILE.json] [--link=SHARE-LINK]\n\n"
                  "Scopewright %s desktop app (the same UI as the web app).\n"
                  "  --link=LINK  open the questionnaire a share link carries (index.html#q=1...) as the customer\n",
                  sw::kVersion);
      return 0;
    }
  }
  return sw::app::run_app(argc, argv, SCOPEWRIGHT_FONT_FILE, [](sw::ui::AppOptions options, sw::Storage& storage) {
    return std::make_unique<sw::ui::App>(std::move(options), storage);
  });
}
