// pointer.h — building JSON Pointers (RFC 6901) such as "/sections/0/questions/3/type".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sw::json {

/// Escapes one reference token: "~" becomes "~0" and "/" becomes "~1".
std::string escape_token(std::string_view token);

/// pointer + "/" + escaped key.
std::string child(std::string_view pointer, std::string_view key);

/// pointer + "/" + index.
std::string child(std::string_view pointer, std::size_t index);

/// The parent of a pointer ("" for "" and for top-level members).
std::string parent(std::string_view pointer);

}  // namespace sw::json
