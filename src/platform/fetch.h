// fetch.h — reading files the app needs at run time: a questionnaire from the static host (web: fetch;
// desktop: a file path), packed assets, the page's own URL, and a file the user picks.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sw::platform {

/// What a fetch gave: on failure `error` says why (HTTP status, network, missing file).
struct FetchResult {
  int status = 0;  // HTTP status (web), 200 / 404 for files (desktop)
  std::string text;
  std::string error;
};

/// Fetches `url` as text (web: asynchronously, same-origin; desktop: reads the file at that path, calling `done`
/// before returning). `done` is called exactly once.
void fetch_text(const std::string& url, std::function<void(FetchResult)> done);

/// The page's URL (web: location.href), or "" on desktop.
std::string page_url();

/// The page's origin (web: "https://host:port"), or "" on desktop.
std::string page_origin();

/// A file of the app's packed assets or the local disk, read whole; nullopt when it cannot be read.
std::optional<std::string> read_file_text(const std::string& path);

/// A file the user chose: its name and text, or `error`; `cancelled` when they closed the picker.
struct OpenedFile {
  std::string name;
  std::string text;
  std::string error;
  bool cancelled = false;
};

/// Lets the user pick a text file (web: the browser's file picker, filtered by `accept`, e.g. ".json") and calls
/// `done` with it. Returns false when this platform has no picker (desktop: the UI asks for a path instead).
bool open_text_file(const std::string& accept, std::function<void(OpenedFile)> done);

}  // namespace sw::platform
