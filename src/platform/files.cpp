// files.cpp — reading packed assets and listing templates; the same on web (Emscripten's in-memory file
// system holds the packed assets) and desktop (the real disk).
#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "platform/fetch.h"

namespace sw::platform {

std::optional<std::string> read_file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(buffer).str();
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
