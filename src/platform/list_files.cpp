// list_files.cpp — folder listing, the same on web (Emscripten's in-memory file system holds the packed
// assets) and desktop (the real disk).
#include "platform/list_files.h"

#include <dirent.h>

#include <algorithm>
#include <string_view>

namespace sw::platform {

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
