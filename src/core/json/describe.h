// describe.h — short human descriptions of JSON values and types for "expected X but got Y" messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace sw::json {

/// The value as it would appear in the file, shortened: "emial", 42, true, null, an array, an object.
std::string describe(const nlohmann::json& value);

/// "a string", "a number", "an integer", "a boolean", "an array", "an object", "null".
std::string type_phrase(const nlohmann::json& value);

/// A JSON string literal of text, cut to max_chars characters with "..." (for messages).
std::string json_quoted(std::string_view text, std::size_t max_chars = 60);

/// "\"a\", \"b\" or \"c\"" — for listing allowed names.
std::string quoted_list(const std::vector<std::string_view>& names, const char* last_separator = " or ");

/// The closest name in candidates (edit distance at most 2, or a case-insensitive match), or "".
std::string closest(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace sw::json
