// name_index.h — a hash index from names to positions in an array the caller keeps (its names stay there).
//
// Loading a 10,000-question questionnaire declares tens of thousands of names (ids, variables, symbols):
// std::unordered_map made an allocation and a string copy per name, made again for every load and freed with
// it. This index is one array of slots (position + hash), open addressing, kept at most half full.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sw {

class NameIndex {
 public:
  /// Room for this many names without regrowth.
  void reserve(std::size_t names) {
    std::size_t want = 16;
    while (want < names * 2) want *= 2;
    if (want > slots_.size()) rehash(want);
  }

  std::size_t size() const { return size_; }

  /// The position stored for `name`, or -1. key_of(position) is the name at a position (a std::string_view).
  template <class KeyOf>
  int find(std::string_view name, const KeyOf& key_of) const {
    if (slots_.empty()) return -1;
    const std::uint32_t h = hash(name);
    for (std::size_t i = h & mask(); slots_[i].position >= 0; i = (i + 1) & mask())
      if (slots_[i].hash == h && std::string_view(key_of(slots_[i].position)) == name) return slots_[i].position;
    return -1;
  }

  /// Stores `position` for `name` unless the name is there already; returns the position the name has now.
  template <class KeyOf>
  int insert(std::string_view name, int position, const KeyOf& key_of) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    const std::uint32_t h = hash(name);
    std::size_t i = h & mask();
    for (; slots_[i].position >= 0; i = (i + 1) & mask())
      if (slots_[i].hash == h && std::string_view(key_of(slots_[i].position)) == name) return slots_[i].position;
    slots_[i] = Slot{h, position};
    ++size_;
    return position;
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    int position = -1;  // -1: empty
  };
  std::vector<Slot> slots_;  // a power of two in size
  std::size_t size_ = 0;

  std::size_t mask() const { return slots_.size() - 1; }

  // FNV-1a: names are short identifiers, for which it is cheaper than a general-purpose hash.
  static std::uint32_t hash(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    return h;
  }

  void rehash(std::size_t slots) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(slots, Slot{});
    for (const Slot& s : old) {
      if (s.position < 0) continue;
      std::size_t i = s.hash & mask();
      while (slots_[i].position >= 0) i = (i + 1) & mask();
      slots_[i] = s;
    }
  }
};

}  // namespace sw
