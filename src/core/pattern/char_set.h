// char_set.h — sets of characters as sorted ranges of code points: pattern classes, `.`, \d \w \s and literals.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sw::pattern {

/// Input bytes that are not UTF-8 are matched as characters of their own, one per byte, above Unicode:
/// kInvalidByteBase + byte. So a broken answer is still matched in linear time, and `.` matches each such byte.
constexpr char32_t kInvalidByteBase = 0x110000;
constexpr char32_t kMaxChar = kInvalidByteBase + 0xFF;

/// The character of `text` at `offset` (UTF-8; an invalid byte stands for itself), advancing `offset` past it.
char32_t next_char(std::string_view text, std::size_t& offset);

struct CharRange {
  char32_t lo = 0, hi = 0;  // inclusive
};

/// A set of characters: sorted, non-overlapping, non-adjacent ranges once normalized.
class CharSet {
 public:
  static CharSet single(char32_t c) { return CharSet({{c, c}}); }
  static CharSet digits();                  // \d
  static CharSet word();                    // \w: [A-Za-z0-9_], ASCII only as in ECMAScript without the i+u flags
  static CharSet space();                   // \s: ECMAScript WhiteSpace and LineTerminator
  static CharSet any_but_line_terminator(); // `.`
  static CharSet everything() { return CharSet({{0, kMaxChar}}); }

  CharSet() = default;
  /// The union of any ranges (overlapping, unordered): how a class [...] is built.
  explicit CharSet(std::vector<CharRange> ranges);
  /// The characters not in the set (up to kMaxChar).
  CharSet complement() const;
  bool contains(char32_t c) const;
  /// True when the set holds exactly one character (a literal), stored in c.
  bool is_single(char32_t& c) const;
  const std::vector<CharRange>& ranges() const { return ranges_; }

 private:
  std::vector<CharRange> ranges_;
};

/// ECMAScript's \w, used by \b: ASCII letters, digits and '_'.
inline bool is_word_char(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace sw::pattern
