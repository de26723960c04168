// pointer.cpp — JSON Pointer construction helpers.
#include "core/json/pointer.h"

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

std::string child(std::string_view pointer, std::string_view key) {
  std::string out(pointer);
  out += '/';
  out += escape_token(key);
  return out;
}

std::string child(std::string_view pointer, std::size_t index) {
  std::string out(pointer);
  out += '/';
  out += std::to_string(index);
  return out;
}

std::string parent(std::string_view pointer) {
  const auto slash = pointer.rfind('/');
  if (slash == std::string_view::npos) return {};
  return std::string(pointer.substr(0, slash));
}

}  // namespace sw::json
