// pack.h — the web build's data package: the app's read-only files (UI font, templates) in one download.
//
// cmake/pack-assets.mjs writes it; the browser fetches it beside the .wasm and hands the bytes to the app
// (src/platform/files_emscripten.cpp), which reads its files from here instead of a file system. Layout
// (docs/architecture.md): the 8 bytes "SWPACK1\n", then for each file a little-endian u32 path length, the
// path (UTF-8, absolute, e.g. "/assets/questionnaires/general.json"), a u32 data length and the data.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::assets {

class Pack {
 public:
  /// Reads a package, keeping `bytes`. nullopt with `error` saying where it went wrong (byte offset, what was
  /// expected) when the bytes are not a whole package: a download cut short or not a package at all.
  static std::optional<Pack> parse(std::string bytes, std::string& error);

  /// The file at `path` (a view into the package), or nullopt.
  std::optional<std::string_view> find(std::string_view path) const;

  /// The names, without ".json", of the JSON files directly in folder `dir` (e.g. "/assets/processes"), sorted.
  std::vector<std::string> list_json(std::string_view dir) const;

  std::size_t size() const { return files_.size(); }  // a default-constructed Pack is empty

 private:
  struct File {  // offsets into bytes_ (not views: a short string's bytes move with it)
    std::size_t path_at, path_size, data_at, data_size;
  };
  std::string_view path_of(const File& f) const { return std::string_view(bytes_).substr(f.path_at, f.path_size); }

  std::string bytes_;
  std::vector<File> files_;  // sorted by path
};

}  // namespace sw::assets
