// read_keys.cpp — ReadKeys: a fixed array first, the heap only for unusually many names.
#include "core/json/read_keys.h"

namespace sw::json {

bool ReadKeys::contains(std::string_view name) const {
  for (std::size_t i = 0; i < count_; ++i)
    if (names_[i] == name) return true;
  for (std::string_view s : spilled_)
    if (s == name) return true;
  return false;
}

std::vector<std::string_view> ReadKeys::all() const {
  std::vector<std::string_view> out(names_, names_ + count_);
  out.insert(out.end(), spilled_.begin(), spilled_.end());
  return out;
}

}  // namespace sw::json
