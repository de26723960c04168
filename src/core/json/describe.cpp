// describe.cpp — value rendering and "did you mean" suggestions for diagnostics.
#include "core/json/describe.h"

#include <algorithm>
#include <cctype>

#include "core/json/utf8.h"

namespace sw::json {

std::string json_quoted(std::string_view text, std::size_t max_chars) {
  // Cut at a character boundary so the message stays valid UTF-8.
  std::size_t chars = 0, end = 0;
  while (end < text.size() && chars < max_chars) {
    ++end;
    while (end < text.size() && !starts_char(static_cast<unsigned char>(text[end]))) ++end;
    ++chars;
  }
  std::string shown = nlohmann::json(std::string(text.substr(0, end))).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (end < text.size()) shown.insert(shown.size() - 1, "...");
  return shown;
}

std::string describe(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string: return json_quoted(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::array: return value.empty() ? "an empty array" : "an array";
    case nlohmann::json::value_t::object: return value.empty() ? "an empty object" : "an object";
    case nlohmann::json::value_t::discarded: return "nothing";
    default: return value.dump();
  }
}

std::string type_phrase(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::null: return "null";
    default: return "nothing";
  }
}

std::string quoted_list(const std::vector<std::string_view>& names, const char* last_separator) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? last_separator : ", ";
    out += '"';
    out += names[i];
    out += '"';
  }
  return out;
}

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

std::string closest(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::string best;
  std::size_t best_distance = 3;  // more than 2 edits is not a typo
  for (std::string_view c : candidates) {
    std::size_t d = lower(name) == lower(c) ? 0 : edit_distance(name, c);
    if (d < best_distance && d < std::max<std::size_t>(c.size(), 2)) {
      best_distance = d;
      best = std::string(c);
    }
  }
  return best;
}

}  // namespace sw::json
