// char_set.cpp — character sets of the pattern matcher (see char_set.h).
#include "core/pattern/char_set.h"

#include <algorithm>

#include "core/json/utf8.h"

namespace sw::pattern {

char32_t next_char(std::string_view text, std::size_t& offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) {  // ASCII: most answers, most of the time
    ++offset;
    return byte;
  }
  const json::Utf8Char d = json::decode_utf8(text, offset);
  offset += d.length;
  return d.error ? kInvalidByteBase + static_cast<unsigned char>(text[offset - 1]) : d.code_point;
}

CharSet CharSet::digits() { return CharSet({{'0', '9'}}); }

CharSet CharSet::word() { return CharSet({{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}); }

CharSet CharSet::space() {
  // ECMAScript WhiteSpace (tab, VT, FF, space, NBSP, ZWNBSP, Unicode Zs) and LineTerminator (LF, CR, LS, PS).
  return CharSet({{0x09, 0x0D}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A}, {0x2028, 0x2029},
                  {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}});
}

CharSet CharSet::any_but_line_terminator() {
  return CharSet({{0x0A, 0x0A}, {0x0D, 0x0D}, {0x2028, 0x2029}}).complement();
}

CharSet::CharSet(std::vector<CharRange> ranges) {
  std::sort(ranges.begin(), ranges.end(), [](const CharRange& a, const CharRange& b) { return a.lo < b.lo; });
  for (const CharRange& r : ranges) {
    if (!ranges_.empty() && r.lo <= ranges_.back().hi + 1)
      ranges_.back().hi = std::max(ranges_.back().hi, r.hi);
    else
      ranges_.push_back(r);
  }
}

CharSet CharSet::complement() const {
  CharSet out;
  char32_t next = 0;  // the first character not yet covered
  bool done = false;
  for (const CharRange& r : ranges_) {
    if (r.lo > next) out.ranges_.push_back({next, r.lo - 1});
    if (r.hi >= kMaxChar) {
      done = true;
      break;
    }
    next = r.hi + 1;
  }
  if (!done) out.ranges_.push_back({next, kMaxChar});
  return out;
}

bool CharSet::contains(char32_t c) const {
  const auto& rs = ranges_;
  // First range whose end is >= c: c is in the set when that range starts at or before it.
  auto it = std::lower_bound(rs.begin(), rs.end(), c, [](const CharRange& r, char32_t v) { return r.hi < v; });
  return it != rs.end() && it->lo <= c;
}

bool CharSet::is_single(char32_t& c) const {
  const auto& rs = ranges_;
  if (rs.size() != 1 || rs[0].lo != rs[0].hi) return false;
  c = rs[0].lo;
  return true;
}

}  // namespace sw::pattern
