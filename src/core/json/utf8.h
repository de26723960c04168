// utf8.h — strict UTF-8 decoding of one character (RFC 3629), used to validate JSON text and count columns.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sw::json {

/// The outcome of decoding the character that starts at some offset.
struct Utf8Char {
  char32_t code_point = 0;  // valid only when error is empty
  std::size_t length = 1;   // bytes consumed (1 for an invalid byte, so scanning can go on)
  const char* error = nullptr;  // nullptr, or why the bytes are not UTF-8 ("overlong encoding", ...)
};

/// Decodes the character at text[offset] (offset < text.size()); rejects overlongs, surrogates and > U+10FFFF.
Utf8Char decode_utf8(std::string_view text, std::size_t offset);

/// Appends code point cp (<= U+10FFFF, not a surrogate) to out as UTF-8.
void append_utf8(std::string& out, char32_t cp);

/// True for bytes that start a character (so columns count characters, not bytes).
inline bool starts_char(unsigned char byte) { return (byte & 0xC0) != 0x80; }

}  // namespace sw::json
