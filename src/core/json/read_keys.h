// read_keys.h — the member names an ObjectReader has asked for, kept without allocating.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sw::json {

/// A small set of names (duplicates allowed: a repeat is harmless and checking costs more than it saves).
/// The names are copied into a fixed buffer inside the object: a reader is made for every question and choice
/// of a file, and a heap list per reader showed in profiles (docs/performance.md, item 12). Names that do not
/// fit spill to the heap. Stored as offsets, so copies stay valid.
class ReadKeys {
 public:
  void add(std::string_view name);
  bool contains(std::string_view name) const;
  /// Every name added, in order (views into this object: valid while it lives unchanged).
  std::vector<std::string_view> all() const;

 private:
  static constexpr std::size_t kChars = 320;
  static constexpr std::size_t kNames = 32;
  struct Span {
    std::uint16_t offset;
    std::uint16_t length;
  };
  std::string_view at(const Span& s) const { return {chars_ + s.offset, s.length}; }

  char chars_[kChars];
  Span names_[kNames];
  std::size_t chars_used_ = 0;
  std::size_t count_ = 0;
  std::vector<std::string> spilled_;
};

}  // namespace sw::json
