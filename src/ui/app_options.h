// app_options.h — what the platform's main gives the UI: fonts, launch parameters and platform services.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ui/fonts.h"
#include "ui/runner/runner_services.h"

namespace sw::ui {

struct AppOptions {
  FontSource font;                                   // UI font; see FontSet for when it cannot be used
  std::map<std::string, std::string> launch;         // URL query / command-line parameters (e.g. view=home)
  RunnerServices runner;                             // what the questionnaire runner needs from the platform
  std::function<std::vector<std::string>(const std::string& dir)> list_json;  // JSON files of a folder (engagements)
  float pixel_ratio = 1.0f;                          // the screen's, so the first font atlas is the right one
  // Opens the page of a screen this program does not hold (web: ?view=<id>); unset where every screen is held.
  std::function<void(const std::string& view_id)> open_view_page;
};

}  // namespace sw::ui
