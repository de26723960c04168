// source_map.h — where each value of a parsed JSON text is: JSON Pointer → line:column.
//
// Semantic checks run on the DOM, long after parsing; the source map lets them report
// "general.json:41:22: /sections/1/questions/2/visible_if: unknown question 'sites'".
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/json/line_index.h"

namespace sw::json {

/// Maps JSON Pointers of a (well-formed) text to locations. The index is built on the first look-up, so
/// loading stays cheap when nothing goes wrong. Copies share the text and the index; not thread-safe.
class SourceMap {
 public:
  SourceMap() = default;  // an empty map: every look-up is unknown
  explicit SourceMap(std::string text);

  /// Location of the value at pointer ("" is the root), or nullopt when there is no such value.
  std::optional<Location> value_location(std::string_view pointer) const;

  /// Location of the member name of the value at pointer (for "unknown field"), or nullopt (array elements too).
  std::optional<Location> key_location(std::string_view pointer) const;

  /// Location of the value at pointer or, when it does not exist, of its nearest existing ancestor.
  Location locate(std::string_view pointer) const;

  /// True when the map has a text to look in.
  bool empty() const { return state_ == nullptr; }

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace sw::json
