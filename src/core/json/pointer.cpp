// pointer.cpp — JSON Pointer construction helpers.
#include "core/json/pointer.h"

#include <charconv>

namespace sw::json {

std::string escape_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

// Both build the result in one allocation: loaders make a pointer for every field they read.
std::string child(std::string_view pointer, std::string_view key) {
  std::string out;
  out.reserve(pointer.size() + 1 + key.size());
  out += pointer;
  out += '/';
  if (key.find_first_of("~/") == std::string_view::npos) out += key;
  else out += escape_token(key);
  return out;
}

std::string child(std::string_view pointer, std::size_t index) {
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, index).ptr;
  std::string out;
  out.reserve(pointer.size() + 1 + static_cast<std::size_t>(end - digits));
  out += pointer;
  out += '/';
  out.append(digits, static_cast<std::size_t>(end - digits));
  return out;
}

std::string parent(std::string_view pointer) {
  const auto slash = pointer.rfind('/');
  if (slash == std::string_view::npos) return {};
  return std::string(pointer.substr(0, slash));
}

}  // namespace sw::json
