// runner_services.h — what the questionnaire runner needs from its host, passed in by src/app (the UI layer
// cannot call the platform itself): loading questionnaires, files, the clipboard, the clock.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sw::ui {

/// The text of a fetched file, or why it could not be fetched.
struct Fetched {
  int status = 0;
  std::string text;
  std::string error;  // "" on success
};

/// A file the user picked: name and text, or an error, or cancelled.
struct PickedFile {
  std::string name;
  std::string text;
  std::string error;
  bool cancelled = false;
};

struct RunnerServices {
  std::string assets_dir = "assets";  // where templates live: <assets_dir>/questionnaires/<id>.json
  std::string page_url;               // this page's URL (for customer links); "" on desktop
  std::string page_origin;            // "https://host" (to refuse questionnaires from other sites); "" on desktop

  /// Reads a local or packed file whole (nullopt when it cannot be read).
  std::function<std::optional<std::string>(const std::string& path)> read_file;
  /// Fetches a URL asynchronously; `done` is called once, maybe before fetch returns.
  std::function<void(const std::string& url, std::function<void(Fetched)> done)> fetch;
  /// The template ids available.
  std::function<std::vector<std::string>()> list_templates;
  /// Offers a file download; returns a message for the user.
  std::function<std::string(const std::string& name, const std::string& mime, const std::string& text)> download;
  /// Puts text on the clipboard.
  std::function<void(const std::string& text)> copy;
  /// Opens a URL in a new browser tab; not set where there are no tabs (desktop).
  std::function<void(const std::string& url)> open_new_tab;
  /// Opens the platform's file picker; returns false when there is none (the UI then asks for a path).
  std::function<bool(std::function<void(PickedFile)> done)> pick_file;
  /// The local date and time, ISO 8601 with its offset ("2026-11-22T10:05:00+01:00").
  std::function<std::string()> now_iso;
};

}  // namespace sw::ui
