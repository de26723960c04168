// services.h — what the engagement editor needs from its host (files, the clock, downloads, the file picker),
// passed in by src/app; the UI layer never calls the platform itself.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/runner/runner_services.h"

namespace sw::ui::engagements {

struct EditorServices {
  std::string assets_dir = "assets";  // <assets_dir>/processes/*.json and <assets_dir>/prefill/*.json
  /// Reads a packed or local file whole (nullopt when it cannot be read).
  std::function<std::optional<std::string>(const std::string& path)> read_file;
  /// The names (without ".json") of the JSON files in a folder, sorted.
  std::function<std::vector<std::string>(const std::string& dir)> list_json;
  /// Offers a file download; returns a message for the user.
  std::function<std::string(const std::string& name, const std::string& mime, const std::string& text)> download;
  /// Puts text on the clipboard (empty when the platform has none).
  std::function<void(const std::string& text)> copy;
  /// Opens the platform's file picker; false when there is none (the UI then asks for a path).
  std::function<bool(std::function<void(PickedFile)> done)> pick_file;
  /// The local date and time, ISO 8601 with its offset.
  std::function<std::string()> now_iso;
};

/// The editor's services built from the questionnaire runner's (same platform) plus a folder lister.
EditorServices from_runner(const RunnerServices& runner,
                           std::function<std::vector<std::string>(const std::string& dir)> list_json);

}  // namespace sw::ui::engagements
