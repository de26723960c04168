// storage_emscripten.cpp — Storage on the browser's localStorage (per origin; never leaves the browser).
#include <emscripten.h>

#include <cstdlib>

#include "platform/storage.h"

// clang-format off
EM_JS(char*, sw_js_storage_get, (const char* key), {
  let v = null;
  try { v = window.localStorage.getItem(UTF8ToString(key)); } catch (e) { v = null; }
  if (v === null) return 0;
  const n = lengthBytesUTF8(v) + 1; const p = _malloc(n); stringToUTF8(v, p, n); return p;
});
// Returns 0 on success, else a malloc'd error message (e.g. the quota is exceeded).
EM_JS(char*, sw_js_storage_set, (const char* key, const char* value), {
  try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); return 0; }
  catch (e) {
    const m = (e && e.name === "QuotaExceededError") ? "browser storage is full" : ("browser storage refused the save: " + e);
    const n = lengthBytesUTF8(m) + 1; const p = _malloc(n); stringToUTF8(m, p, n); return p;
  }
});
EM_JS(void, sw_js_storage_remove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});
// clang-format on

namespace sw::platform {
namespace {

class BrowserStorage final : public Storage {
 public:
  std::optional<std::string> get(const std::string& key) const override {
    char* raw = sw_js_storage_get(key.c_str());
    if (!raw) return std::nullopt;
    std::string value = raw;
    std::free(raw);
    return value;
  }
  bool set(const std::string& key, const std::string& value, std::string& error) override {
    char* failure = sw_js_storage_set(key.c_str(), value.c_str());
    if (!failure) return true;
    error = failure;
    std::free(failure);
    return false;
  }
  void remove(const std::string& key) override { sw_js_storage_remove(key.c_str()); }
};

}  // namespace

std::unique_ptr<Storage> open_storage() { return std::make_unique<BrowserStorage>(); }

}  // namespace sw::platform
