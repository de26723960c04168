// reference.h — a `{...}` reference as a path of segments: names and integer indices.
//
// `{group[0].field}` is [name "group", index 0, name "field"]; `{entry.field}` is [name "entry", name "field"].
// The split follows SurveyJS: dots separate names, and one trailing "[n]" on a name is an index (n < 0
// counts from the end).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sw::expr {

struct Segment {
  enum class Kind : std::uint8_t { Name, Index };
  Kind kind = Kind::Name;
  std::string name;         // for Name
  std::int64_t index = 0;   // for Index; kBadIndex when the brackets held a non-integer number
  std::uint32_t offset = 0; // byte offset in Reference::text of the name (or of '[' for an index): renaming
                            // rewrites exactly these bytes. Not part of equality.
  static constexpr std::int64_t kBadIndex = INT64_MIN;

  bool is_name() const { return kind == Kind::Name; }
  bool is_index() const { return kind == Kind::Index; }
  friend bool operator==(const Segment& a, const Segment& b) {
    return a.kind == b.kind && a.name == b.name && a.index == b.index;
  }
};

struct Reference {
  std::string text;               // as written between the braces, without a leading '#'
  std::vector<Segment> segments;  // never empty
  bool raw = false;               // `{#name}`: the value is used as is (no "true"/"123" string conversion)
  /// Set by a host that resolves its references once, before evaluating (the engine: the index of the variable
  /// the reference reads); -1 when not resolved. Not part of what the reference says (operator== ignores it).
  int binding = -1;

  /// The first segment's name ("group" for `{group[0].field}`).
  const std::string& root() const { return segments.front().name; }
  friend bool operator==(const Reference& a, const Reference& b) { return a.text == b.text && a.raw == b.raw; }
};

/// Splits reference text (between the braces) into segments, SurveyJS's way.
Reference parse_reference(std::string_view text);

}  // namespace sw::expr
