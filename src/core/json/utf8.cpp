// utf8.cpp — strict UTF-8 decoder: the JSON scanner reports the exact place and reason of bad bytes.
#include "core/json/utf8.h"

namespace sw::json {

Utf8Char decode_utf8(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return {lead, 1, nullptr};
  std::size_t length = 0;
  char32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07;
  } else if (lead >= 0x80 && lead <= 0xBF) {
    return {0, 1, "unexpected continuation byte"};
  } else if (lead == 0xC0 || lead == 0xC1) {
    return {0, 1, "overlong encoding"};
  } else {
    return {0, 1, "byte that never appears in UTF-8"};
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (offset + i >= text.size()) return {0, 1, "truncated character at end of input"};
    const unsigned char c = byte(i);
    if ((c & 0xC0) != 0x80) return {0, 1, "truncated character"};
    cp = (cp << 6) | (c & 0x3F);
  }
  // The shortest form is the only valid one; the lead-byte ranges above already exclude C0/C1 overlongs.
  if ((length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000)) return {0, 1, "overlong encoding"};
  if (cp >= 0xD800 && cp <= 0xDFFF) return {0, 1, "encoded UTF-16 surrogate"};
  if (cp > 0x10FFFF) return {0, 1, "code point above U+10FFFF"};
  return {cp, length, nullptr};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace sw::json
