// line_index.cpp — offset → line:column conversion for diagnostics and the source map.
#include "core/json/line_index.h"

#include <algorithm>

#include "core/json/utf8.h"

namespace sw::json {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  const bool bom = text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF";
  line_starts_.push_back(bom ? 3 : 0);
  chars_before_block_.reserve(text.size() / kBlock + 1);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) chars_before_block_.push_back(chars);
    if (text[i] == '\n') line_starts_.push_back(i + 1);
    if (starts_char(static_cast<unsigned char>(text[i]))) ++chars;
  }
  if (text.size() % kBlock == 0) chars_before_block_.push_back(chars);
}

std::size_t LineIndex::chars_before(std::size_t offset) const {
  const std::size_t block = offset / kBlock;
  std::size_t chars = chars_before_block_[block];
  for (std::size_t i = block * kBlock; i < offset; ++i)
    if (starts_char(static_cast<unsigned char>(text_[i]))) ++chars;
  return chars;
}

Location LineIndex::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  // The last line start that is <= offset (the BOM offset 0..2 maps to line 1 column 1).
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = it == line_starts_.begin() ? 0 : static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  const std::size_t start = std::min(line_starts_[line], offset);  // offsets inside a BOM: column 1
  const auto column = static_cast<int>(chars_before(offset) - chars_before(start)) + 1;
  return {static_cast<int>(line) + 1, column};
}

}  // namespace sw::json
