// line_index.cpp — offset → line:column conversion for diagnostics and the source map.
#include "core/json/line_index.h"

#include <algorithm>

#include "core/json/utf8.h"

namespace sw::json {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  const bool bom = text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF";
  line_starts_.push_back(bom ? 3 : 0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

Location LineIndex::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  // The last line start that is <= offset (the BOM offset 0..2 maps to line 1 column 1).
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = it == line_starts_.begin() ? 0 : static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  const std::size_t start = line_starts_[line];
  int column = 1;
  for (std::size_t i = start; i < offset; ++i)
    if (starts_char(static_cast<unsigned char>(text_[i]))) ++column;
  return {static_cast<int>(line) + 1, column};
}

}  // namespace sw::json
