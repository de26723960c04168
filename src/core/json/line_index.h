// line_index.h — turns byte offsets in a text into 1-based line and column (columns count characters).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sw::json {

struct Location {
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based, in Unicode characters (a tab counts as one); 0 when unknown
};

/// Line starts of a text, for repeated offset → line:column look-ups (O(log lines) each, also on minified
/// one-line files: character counts are kept per block of kBlock bytes).
/// Lines end at '\n' (so CRLF files work); a UTF-8 byte-order mark does not count as a column.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  /// Line and column of the byte at offset (offset == text size gives the position after the last byte).
  Location locate(std::size_t offset) const;

 private:
  static constexpr std::size_t kBlock = 64;
  /// Characters (UTF-8 sequence starts) in text[0, offset).
  std::size_t chars_before(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> chars_before_block_;  // [k]: characters in text[0, k * kBlock)
};

}  // namespace sw::json
