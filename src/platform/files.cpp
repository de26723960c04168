// files.cpp — reading packed assets and listing templates; the same on web (Emscripten's in-memory file
// system holds the packed assets) and desktop (the real disk).
#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "platform/fetch.h"

namespace sw::platform {

namespace {
struct CloseFile {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
}  // namespace

// C stdio rather than iostreams: on the web, iostreams would add their locale machinery to the download.
std::optional<std::string> read_file_text(const std::string& path) {
  const std::unique_ptr<std::FILE, CloseFile> file(std::fopen(path.c_str(), "rb"));
  if (!file) return std::nullopt;
  std::string text;
  char chunk[64 * 1024];
  while (const std::size_t n = std::fread(chunk, 1, sizeof chunk, file.get())) text.append(chunk, n);
  if (std::ferror(file.get())) return std::nullopt;
  return text;
}

std::vector<std::string> list_templates(const std::string& assets_dir) {
  std::vector<std::string> ids;
  const std::string dir = assets_dir + "/questionnaires";
  DIR* d = opendir(dir.c_str());
  if (!d) return ids;
  while (const dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    constexpr std::string_view kExt = ".json";
    if (name.size() > kExt.size() && name.compare(name.size() - kExt.size(), kExt.size(), kExt) == 0)
      ids.push_back(name.substr(0, name.size() - kExt.size()));
  }
  closedir(d);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace sw::platform
