// read_keys.h — the member names an ObjectReader has asked for, kept without allocating.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sw::json {

/// A small list of names (duplicates allowed: a repeat is harmless and checking costs more than it saves).
/// The names are views, not copies: readers are asked for fields by name literals (see ObjectReader). The first
/// names live in a fixed array inside the object, because a reader is made for every question and choice of a
/// file and a heap list per reader (then a copy per name) showed in profiles (docs/performance.md, item 12).
class ReadKeys {
 public:
  void add(std::string_view name) {
    if (count_ < kInline) names_[count_++] = name;
    else spilled_.push_back(name);
  }
  bool contains(std::string_view name) const;
  /// Every name added, in order.
  std::vector<std::string_view> all() const;

 private:
  static constexpr std::size_t kInline = 32;
  std::string_view names_[kInline];
  std::size_t count_ = 0;
  std::vector<std::string_view> spilled_;
};

}  // namespace sw::json
