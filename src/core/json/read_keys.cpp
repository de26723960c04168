// read_keys.cpp — ReadKeys: a fixed buffer first, the heap only for unusually many or long names.
#include "core/json/read_keys.h"

#include <cstring>

namespace sw::json {

void ReadKeys::add(std::string_view name) {
  // Once one name has spilled, the rest follow it there, so all() keeps the order they were added in.
  if (spilled_.empty() && count_ < kNames && name.size() <= kChars - chars_used_) {
    std::memcpy(chars_ + chars_used_, name.data(), name.size());
    names_[count_++] = Span{static_cast<std::uint16_t>(chars_used_), static_cast<std::uint16_t>(name.size())};
    chars_used_ += name.size();
    return;
  }
  spilled_.emplace_back(name);
}

bool ReadKeys::contains(std::string_view name) const {
  for (std::size_t i = 0; i < count_; ++i)
    if (names_[i].length == name.size() && at(names_[i]) == name) return true;
  for (const std::string& s : spilled_)
    if (s == name) return true;
  return false;
}

std::vector<std::string_view> ReadKeys::all() const {
  std::vector<std::string_view> out;
  out.reserve(count_ + spilled_.size());
  for (std::size_t i = 0; i < count_; ++i) out.push_back(at(names_[i]));
  for (const std::string& s : spilled_) out.emplace_back(s);
  return out;
}

}  // namespace sw::json
