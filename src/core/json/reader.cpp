// reader.cpp — ObjectReader and Reporter: the uniform "path: expected X but got Y" diagnostics of core loaders.
#include "core/json/reader.h"

#include <cmath>

#include "core/json/describe.h"
#include "core/json/pointer.h"

namespace sw::json {

void Reporter::add(Severity severity, std::string_view pointer, std::string message, bool at_key) {
  Diagnostic d;
  d.severity = severity;
  d.file = file_;
  d.json_path = std::string(pointer);
  Location at;
  if (map_) {
    std::optional<Location> key = at_key ? map_->key_location(pointer) : std::nullopt;
    at = key ? *key : map_->locate(pointer);
  }
  d.line = at.line;
  d.column = at.column;
  d.message = std::move(message);
  out_.push_back(std::move(d));
}

Location Reporter::locate(std::string_view pointer) const { return map_ ? map_->locate(pointer) : Location{}; }

std::string Reporter::where(std::string_view pointer) const {
  const Location at = locate(pointer);
  if (at.line == 0) return "";
  return " (line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ")";
}

ObjectReader::ObjectReader(const nlohmann::json& value, std::string pointer, Reporter& reporter)
    : pointer_(std::move(pointer)), reporter_(reporter) {
  read_.reserve(24);  // a question asks for about 20 keys (most absent): one allocation, not one per doubling
  if (value.is_object())
    object_ = &value;
  else
    reporter_.error(pointer_, "expected an object but got " + describe(value));
}

std::string ObjectReader::path(std::string_view key) const { return child(pointer_, key); }

void ObjectReader::mark_read(std::string_view key) {
  // No check for a key read twice: a repeat in this list is harmless, and checking made every read O(keys read).
  read_.emplace_back(key);
}

bool ObjectReader::was_read(std::string_view key) const {
  for (const auto& k : read_)
    if (k == key) return true;
  return false;
}

bool ObjectReader::has(std::string_view key) {
  if (!object_) return false;
  mark_read(key);
  return object_->contains(key);
}

const nlohmann::json* ObjectReader::member(std::string_view key, Need need, const char* expected) {
  if (!object_) return nullptr;
  mark_read(key);
  const auto it = object_->find(key);
  if (it == object_->end()) {
    if (need == Need::Required)
      reporter_.error(pointer_, "missing required field \"" + std::string(key) + "\" (" + expected + ")");
    return nullptr;
  }
  return &*it;
}

void ObjectReader::wrong_type(std::string_view key, const char* expected, const nlohmann::json& got) {
  reporter_.error(path(key), std::string("expected ") + expected + " but got " + describe(got));
}

std::optional<std::string> ObjectReader::string(std::string_view key, Need need) {
  const nlohmann::json* v = member(key, need, "a string");
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    wrong_type(key, "a string", *v);
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::string> ObjectReader::non_empty_string(std::string_view key, Need need) {
  const nlohmann::json* v = member(key, need, "a non-empty string");
  if (!v) return std::nullopt;
  if (!v->is_string() || v->get_ref<const std::string&>().empty()) {
    wrong_type(key, "a non-empty string", *v);
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need) {
  const nlohmann::json* v = member(key, need, "true or false");
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    wrong_type(key, "true or false", *v);
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<double> ObjectReader::number(std::string_view key, Need need) {
  const nlohmann::json* v = member(key, need, "a number");
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(key, "a number", *v);
    return std::nullopt;
  }
  return v->get<double>();
}

std::optional<long long> ObjectReader::integer(std::string_view key, Need need) {
  const nlohmann::json* v = member(key, need, "an integer");
  if (!v) return std::nullopt;
  if (v->is_number_integer()) return v->get<long long>();
  if (v->is_number_unsigned()) {
    if (v->get<unsigned long long>() > 9007199254740992ull) {  // beyond exact doubles: surely a mistake
      wrong_type(key, "an integer up to 2^53", *v);
      return std::nullopt;
    }
    return static_cast<long long>(v->get<unsigned long long>());
  }
  if (v->is_number_float()) {
    const double d = v->get<double>();
    if (std::floor(d) == d && std::fabs(d) <= 9007199254740992.0) return static_cast<long long>(d);  // 3.0 is fine
  }
  wrong_type(key, "an integer", *v);
  return std::nullopt;
}

std::optional<std::string> ObjectReader::one_of(std::string_view key, const std::vector<std::string_view>& allowed,
                                                Need need) {
  // The list of allowed values is spelled out only when something is wrong (it is the slow part of a good read).
  if (object_ && need == Need::Required && !object_->contains(key)) {
    member(key, need, ("one of " + quoted_list(allowed, ", ")).c_str());  // reports the missing field
    return std::nullopt;
  }
  const nlohmann::json* v = member(key, Need::Optional, "");
  if (!v) return std::nullopt;
  if (v->is_string()) {
    const auto& s = v->get_ref<const std::string&>();
    for (std::string_view a : allowed)
      if (a == s) return s;
  }
  const std::string expected = "one of " + quoted_list(allowed, ", ");
  if (!v->is_string()) {
    wrong_type(key, expected.c_str(), *v);
    return std::nullopt;
  }
  const auto& s = v->get_ref<const std::string&>();
  std::string message = "expected " + expected + " but got " + describe(*v);
  const std::string guess = closest(s, allowed);
  if (!guess.empty()) message += " (did you mean \"" + guess + "\"?)";
  reporter_.error(path(key), message);
  return std::nullopt;
}

const nlohmann::json* ObjectReader::array(std::string_view key, Need need) {
  const nlohmann::json* v = member(key, need, "an array");
  if (v && !v->is_array()) {
    wrong_type(key, "an array", *v);
    return nullptr;
  }
  return v;
}

const nlohmann::json* ObjectReader::object(std::string_view key, Need need) {
  const nlohmann::json* v = member(key, need, "an object");
  if (v && !v->is_object()) {
    wrong_type(key, "an object", *v);
    return nullptr;
  }
  return v;
}

const nlohmann::json* ObjectReader::any(std::string_view key, Need need) { return member(key, need, "a value"); }

void ObjectReader::report_unknown(const std::vector<std::string_view>& known_elsewhere, std::string_view where) {
  if (!object_) return;
  std::vector<std::string_view> known;  // the keys read, for "did you mean": filled at the first unknown key
  for (const auto& [key, value] : object_->items()) {
    if (was_read(key)) continue;
    if (known.empty()) known.assign(read_.begin(), read_.end());
    bool elsewhere = false;
    for (std::string_view k : known_elsewhere) elsewhere = elsewhere || k == key;
    std::string message;
    if (elsewhere) {
      message = "field \"" + key + "\" is not used " + std::string(where.empty() ? "here" : where) + " (ignored)";
    } else {
      message = "unknown field \"" + key + "\" (ignored)";
      const std::string guess = closest(key, known);
      if (!guess.empty()) message = "unknown field \"" + key + "\" (did you mean \"" + guess + "\"?; ignored)";
    }
    reporter_.warning_at_key(path(key), message);
  }
}

}  // namespace sw::json
