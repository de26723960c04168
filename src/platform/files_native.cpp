// files_native.cpp — desktop side of reading the app's files (fetch.h, list_files.h): the real disk. (The
// browser reads them from the data package instead: files_emscripten.cpp.)
#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string_view>

#include "platform/fetch.h"
#include "platform/list_files.h"

namespace sw::platform {

namespace {
struct CloseFile {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
}  // namespace

// Read whole with C stdio.
std::optional<std::string> read_file_text(const std::string& path) {
  const std::unique_ptr<std::FILE, CloseFile> file(std::fopen(path.c_str(), "rb"));
  if (!file) return std::nullopt;
  std::string text;
  char chunk[64 * 1024];
  while (const std::size_t n = std::fread(chunk, 1, sizeof chunk, file.get())) text.append(chunk, n);
  if (std::ferror(file.get())) return std::nullopt;
  return text;
}

std::vector<std::string> list_json_files(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (!d) return names;
  constexpr std::string_view kExt = ".json";
  while (const dirent* entry = readdir(d)) {
    const std::string name = entry->d_name;
    if (name.size() > kExt.size() && name.compare(name.size() - kExt.size(), kExt.size(), kExt) == 0)
      names.push_back(name.substr(0, name.size() - kExt.size()));
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace sw::platform
