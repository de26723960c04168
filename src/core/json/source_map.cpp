// source_map.cpp — lazily built pointer → offset index over a JSON text, using the scanner's visitor.
#include "core/json/source_map.h"

#include <unordered_map>

#include "core/json/pointer.h"
#include "core/json/scanner.h"

namespace sw::json {

struct SourceMap::State {
  std::string text;
  bool built = false;
  struct Entry {
    std::size_t value_offset;
    std::size_t key_offset;
  };
  std::unordered_map<std::string, Entry> entries;
  std::unique_ptr<LineIndex> lines;

  void build() {
    if (built) return;
    built = true;
    struct Recorder : ScanVisitor {
      std::unordered_map<std::string, Entry>* entries;
      void value(std::string_view pointer, std::size_t value_offset, std::size_t key_offset) override {
        // Assignment, not emplace: with duplicate keys the last one wins, as in the parsed document.
        (*entries)[std::string(pointer)] = Entry{value_offset, key_offset};
      }
    } recorder;
    recorder.entries = &entries;
    Limits unlimited;
    unlimited.max_bytes = text.size();
    unlimited.max_string_bytes = text.size();
    unlimited.max_depth = text.size() + 1;
    scan(text, unlimited, &recorder);
    lines = std::make_unique<LineIndex>(text);
  }
};

SourceMap::SourceMap(std::string text) : state_(std::make_shared<State>()) { state_->text = std::move(text); }

std::optional<Location> SourceMap::value_location(std::string_view pointer) const {
  if (!state_) return std::nullopt;
  state_->build();
  const auto it = state_->entries.find(std::string(pointer));
  if (it == state_->entries.end()) return std::nullopt;
  return state_->lines->locate(it->second.value_offset);
}

std::optional<Location> SourceMap::key_location(std::string_view pointer) const {
  if (!state_) return std::nullopt;
  state_->build();
  const auto it = state_->entries.find(std::string(pointer));
  if (it == state_->entries.end() || it->second.key_offset == std::string::npos) return std::nullopt;
  return state_->lines->locate(it->second.key_offset);
}

Location SourceMap::locate(std::string_view pointer) const {
  std::string p(pointer);
  for (;;) {
    if (auto loc = value_location(p)) return *loc;
    if (p.empty()) return {};
    p = parent(p);
  }
}

}  // namespace sw::json
