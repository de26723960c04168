// storage_native.cpp — Storage as one file per key under the user's data folder, written atomically
// (temporary file + rename) so an interrupted save never destroys the last good copy.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/storage.h"

namespace sw::platform {
namespace {

namespace fs = std::filesystem;

std::string file_name_for(const std::string& key) {  // keys may hold any character: keep [A-Za-z0-9._-]
  std::string out;
  for (unsigned char c : key) {
    if (std::isalnum(c) || c == '.' || c == '_' || c == '-') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

class FileStorage final : public Storage {
 public:
  explicit FileStorage(fs::path dir) : dir_(std::move(dir)) {}

  std::optional<std::string> get(const std::string& key) const override {
    std::ifstream in(dir_ / file_name_for(key), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
  }

  bool set(const std::string& key, const std::string& value, std::string& error) override {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    const fs::path target = dir_ / file_name_for(key);
    const fs::path temp = target.string() + ".tmp";
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      out << value;
      out.flush();
      if (!out) {
        error = "could not write " + temp.string();
        return false;
      }
    }
    fs::rename(temp, target, ec);
    if (ec) {
      error = "could not save " + target.string() + ": " + ec.message();
      return false;
    }
    return true;
  }

  void remove(const std::string& key) override {
    std::error_code ec;
    fs::remove(dir_ / file_name_for(key), ec);
  }

 private:
  fs::path dir_;
};

}  // namespace

std::unique_ptr<Storage> open_storage() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  fs::path base = xdg && *xdg ? fs::path(xdg) : fs::path(home ? home : ".") / ".local" / "share";
  return std::make_unique<FileStorage>(base / "scopewright" / "storage");
}

}  // namespace sw::platform
