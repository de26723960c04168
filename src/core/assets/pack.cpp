// pack.cpp — reading the web build's data package (layout in pack.h).
#include "core/assets/pack.h"

#include <algorithm>
#include <cstdint>

namespace sw::assets {
namespace {

constexpr std::string_view kMagic = "SWPACK1\n";

// Reads a little-endian u32 at `at`; false when fewer than 4 bytes are left.
bool read_u32(std::string_view bytes, std::size_t at, std::uint32_t& out) {
  if (bytes.size() - at < 4) return false;
  out = 0;
  for (int i = 3; i >= 0; --i) out = (out << 8) | static_cast<unsigned char>(bytes[at + i]);
  return true;
}

}  // namespace

std::optional<Pack> Pack::parse(std::string bytes, std::string& error) {
  Pack pack;
  pack.bytes_ = std::move(bytes);
  const std::string_view all = pack.bytes_;
  if (all.substr(0, kMagic.size()) != kMagic) {
    error = "not a Scopewright data package (it does not start with \"SWPACK1\")";
    return std::nullopt;
  }
  std::size_t at = kMagic.size();
  while (at < all.size()) {
    std::uint32_t path_size = 0, data_size = 0;
    const std::size_t entry = at;
    if (!read_u32(all, at, path_size) || all.size() - at - 4 < path_size) {
      error = "truncated at byte " + std::to_string(entry) + ": expected a file path";
      return std::nullopt;
    }
    const std::size_t path_at = at + 4;
    const std::string_view name = all.substr(path_at, path_size);
    at += 4 + path_size;
    if (!read_u32(all, at, data_size) || all.size() - at - 4 < data_size) {
      error = "truncated at byte " + std::to_string(at) + ": expected the data of " + std::string(name);
      return std::nullopt;
    }
    pack.files_.push_back({path_at, path_size, at + 4, data_size});
    at += 4 + data_size;
  }
  std::stable_sort(pack.files_.begin(), pack.files_.end(),
                   [&pack](const File& a, const File& b) { return pack.path_of(a) < pack.path_of(b); });
  return pack;
}

std::optional<std::string_view> Pack::find(std::string_view path) const {
  const auto it = std::lower_bound(files_.begin(), files_.end(), path,
                                   [this](const File& f, std::string_view p) { return path_of(f) < p; });
  if (it == files_.end() || path_of(*it) != path) return std::nullopt;
  return std::string_view(bytes_).substr(it->data_at, it->data_size);
}

std::vector<std::string> Pack::list_json(std::string_view dir) const {
  std::string prefix(dir);
  if (prefix.empty() || prefix.back() != '/') prefix += '/';
  constexpr std::string_view kExt = ".json";
  std::vector<std::string> names;
  for (const File& f : files_) {
    const std::string_view p = path_of(f);
    if (p.size() <= prefix.size() + kExt.size() || p.substr(0, prefix.size()) != prefix) continue;
    const std::string_view name = p.substr(prefix.size());
    if (name.find('/') == std::string_view::npos && name.substr(name.size() - kExt.size()) == kExt)
      names.emplace_back(name.substr(0, name.size() - kExt.size()));
  }
  return names;  // files_ is sorted by path, so names are too
}

}  // namespace sw::assets
