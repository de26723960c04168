// browser_native.cpp — desktop equivalents of browser.h: command-line options, files written to the current
// folder, SDL's clipboard. The test interface exists only in the browser.
#include <SDL.h>

#include <cstdio>
#include <fstream>

#include "platform/browser.h"

namespace sw::platform {

std::map<std::string, std::string> launch_parameters(int argc, char** argv) {
  std::map<std::string, std::string> params;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) continue;
    size_t eq = arg.find('=');
    params[arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2)] =
        eq == std::string::npos ? "" : arg.substr(eq + 1);
  }
  return params;
}

std::string offer_download(const std::string& filename, const std::string&, const std::string& contents) {
  std::ofstream out(filename, std::ios::binary);
  out << contents;
  out.close();
  if (!out) return "Could not write " + filename;
  return "Saved " + filename + " in the current folder";
}

void copy_to_clipboard(const std::string& text) { SDL_SetClipboardText(text.c_str()); }

bool can_open_tabs() { return false; }

void open_in_new_tab(const std::string&) {}

void open_view_page(const std::string&) {}

void expose_test_interface(std::function<std::string()>, std::function<std::string()>) {}

void hide_loading_screen() {}

void report_startup_failure(bool no_graphics, const std::string& detail) {
  std::fprintf(stderr, "scopewright: %s%s\n", detail.c_str(),
               no_graphics ? " (Scopewright needs OpenGL 3.2 or later: check the graphics driver)" : "");
}

void on_page_hidden(std::function<void()>) {}

}  // namespace sw::platform
