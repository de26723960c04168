// files_emscripten.cpp — browser side of reading the app's files (fetch.h, list_files.h): the module's data
// package (core/assets/pack.h), which web/shell.js downloads beside the .wasm and leaves in
// Module["scopewrightPack"] before the app starts. There is no file system in the browser build: this package
// is the only place the app reads files from (questionnaires from a URL come through fetch_text).
#include <emscripten.h>

#include <cstdio>
#include <cstdlib>

#include "core/assets/pack.h"
#include "platform/fetch.h"
#include "platform/list_files.h"

namespace {

// clang-format off
// The package's bytes, copied into the heap once and dropped on the JS side; -1 when the page gave none.
EM_JS(int, sw_js_pack_size, (), {
  const p = Module["scopewrightPack"];
  return p ? p.length : -1;
});
EM_JS(void, sw_js_pack_take, (char* dest), {
  HEAPU8.set(Module["scopewrightPack"], dest);
  delete Module["scopewrightPack"];
});
// clang-format on

// Read once, on first use, and kept for the page's life, as a file system would be.
const sw::assets::Pack& data_package() {
  static const sw::assets::Pack pack = [] {
    std::string bytes;
    std::string error = "the page did not provide it";
    if (const int size = sw_js_pack_size(); size >= 0) {
      bytes.resize(static_cast<std::size_t>(size));
      sw_js_pack_take(bytes.data());
      if (auto parsed = sw::assets::Pack::parse(std::move(bytes), error)) return std::move(*parsed);
    }
    // An empty package: every read below finds nothing, and the app reports the file it misses (first: the font).
    std::fprintf(stderr, "data package: %s\n", error.c_str());
    return sw::assets::Pack{};
  }();
  return pack;
}

}  // namespace

namespace sw::platform {

std::optional<std::string> read_file_text(const std::string& path) {
  if (const auto data = data_package().find(path)) return std::string(*data);
  return std::nullopt;
}

std::vector<std::string> list_json_files(const std::string& dir) { return data_package().list_json(dir); }

}  // namespace sw::platform
