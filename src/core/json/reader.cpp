// reader.cpp — ObjectReader and Reporter: the uniform "path: expected X but got Y" diagnostics of core loaders.
#include "core/json/reader.h"

#include <algorithm>
#include <cmath>

#include "core/json/describe.h"
#include "core/json/pointer.h"

namespace sw::json {
namespace {

// What BasicObjectReader needs from a value beyond the is_*() both types share.
const nlohmann::json* find_member(const nlohmann::json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}
const Node* find_member(const Node& object, std::string_view key) { return object.find(key); }

std::string_view string_of(const nlohmann::json& v) { return v.get_ref<const std::string&>(); }
std::string_view string_of(const Node& v) { return v.string(); }
bool boolean_of(const nlohmann::json& v) { return v.get<bool>(); }
bool boolean_of(const Node& v) { return v.boolean(); }
double number_of(const nlohmann::json& v) { return v.get<double>(); }
double number_of(const Node& v) { return v.number(); }
long long integer_of(const nlohmann::json& v) { return v.get<long long>(); }
long long integer_of(const Node& v) { return v.integer(); }
unsigned long long unsigned_of(const nlohmann::json& v) { return v.get<unsigned long long>(); }
unsigned long long unsigned_of(const Node& v) { return v.unsigned_integer(); }

// A 64-bit summary of an object's member names (one bit per name, from its length and end bytes), so a reader
// rejects most absent names without comparing them with every member: a question is asked for about 25 fields
// and has about 8. All bits set for nlohmann::json, whose look-up is a map search anyway.
std::uint64_t name_bit(std::string_view name) {
  const std::size_t h = name.empty() ? 0 : name.size() * 31 + static_cast<unsigned char>(name.front()) * 7 +
                                               static_cast<unsigned char>(name.back());
  return std::uint64_t{1} << (h & 63);
}
std::uint64_t names_summary(const nlohmann::json&) { return ~std::uint64_t{0}; }
std::uint64_t names_summary(const Node& object) {
  std::uint64_t bits = 0;
  for (const Node& member : object) bits |= name_bit(member.key());
  return bits;
}

// A member's position in its object, for the found-members mask: known for trees; npos for nlohmann::json (whose
// readers answer all_read() by name).
std::size_t member_index(const nlohmann::json&, const nlohmann::json&) { return std::string::npos; }
std::size_t member_index(const Node& object, const Node& member) {
  return static_cast<std::size_t>(&member - object.begin());
}

std::string describe_value(const nlohmann::json& v) { return describe(v); }
std::string describe_value(const Node& v) { return describe(to_nlohmann(v)); }  // only for messages

template <class F>
void for_each_name(const nlohmann::json& object, F&& f) {
  for (const auto& [key, value] : object.items()) f(std::string_view(key));
}
template <class F>
void for_each_name(const Node& object, F&& f) {
  for (const Node& member : object) f(member.key());
}

// The member names of an object in the order nlohmann::json keeps them (sorted, each once): the order of the
// unknown-field warnings.
template <class Value>
std::vector<std::string_view> member_names(const Value& object) {
  std::vector<std::string_view> names;
  for_each_name(object, [&](std::string_view name) { names.push_back(name); });
  std::sort(names.begin(), names.end());  // nlohmann's are sorted already
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace

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

template <class Value>
BasicObjectReader<Value>::BasicObjectReader(const Value& value, std::string pointer, Reporter& reporter)
    : owned_pointer_(std::move(pointer)), pointer_(owned_pointer_), reporter_(reporter) {
  attach(value);
}

template <class Value>
BasicObjectReader<Value>::BasicObjectReader(const Value& value, const std::string* pointer, Reporter& reporter)
    : pointer_(*pointer), reporter_(reporter) {
  attach(value);
}

template <class Value>
void BasicObjectReader<Value>::attach(const Value& value) {
  if (value.is_object()) {
    object_ = &value;
    names_ = names_summary(value);
  } else {
    reporter_.error(pointer_, "expected an object but got " + describe_value(value));
  }
}

template <class Value>
const Value* BasicObjectReader<Value>::lookup(std::string_view key) const {
  return (names_ & name_bit(key)) != 0 ? find_member(*object_, key) : nullptr;
}

template <class Value>
std::string BasicObjectReader<Value>::path(std::string_view key) const { return child(pointer_, key); }

template <class Value>
void BasicObjectReader<Value>::mark_read(std::string_view key) {
  // No check for a key read twice: a repeat in this list is harmless, and checking made every read O(keys read).
  read_.add(key);
}

template <class Value>
bool BasicObjectReader<Value>::was_read(std::string_view key) const {
  return read_.contains(key);
}

template <class Value>
bool BasicObjectReader<Value>::has(std::string_view key) {
  if (!object_) return false;
  mark_read(key);
  const Value* found = lookup(key);
  note_found(found);
  return found != nullptr;
}

template <class Value>
void BasicObjectReader<Value>::ignore(std::string_view key) {
  mark_read(key);
  if (object_) note_found(lookup(key));
}

template <class Value>
void BasicObjectReader<Value>::note_found(const Value* member) {
  if (!member) return;
  const std::size_t i = member_index(*object_, *member);
  if (i < 64) found_ |= std::uint64_t{1} << i;
}

template <class Value>
const Value* BasicObjectReader<Value>::member(std::string_view key, Need need, const char* expected) {
  if (!object_) return nullptr;
  mark_read(key);
  const Value* found = lookup(key);
  note_found(found);
  if (!found) {
    if (need == Need::Required)
      reporter_.error(pointer_, "missing required field \"" + std::string(key) + "\" (" + expected + ")");
    return nullptr;
  }
  return found;
}

template <class Value>
void BasicObjectReader<Value>::wrong_type(std::string_view key, const char* expected, const Value& got) {
  reporter_.error(path(key), std::string("expected ") + expected + " but got " + describe_value(got));
}

template <class Value>
std::optional<std::string> BasicObjectReader<Value>::string(std::string_view key, Need need) {
  const Value* v = member(key, need, "a string");
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    wrong_type(key, "a string", *v);
    return std::nullopt;
  }
  return std::string(string_of(*v));
}

template <class Value>
std::optional<std::string> BasicObjectReader<Value>::non_empty_string(std::string_view key, Need need) {
  const Value* v = member(key, need, "a non-empty string");
  if (!v) return std::nullopt;
  if (!v->is_string() || string_of(*v).empty()) {
    wrong_type(key, "a non-empty string", *v);
    return std::nullopt;
  }
  return std::string(string_of(*v));
}

template <class Value>
std::optional<bool> BasicObjectReader<Value>::boolean(std::string_view key, Need need) {
  const Value* v = member(key, need, "true or false");
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    wrong_type(key, "true or false", *v);
    return std::nullopt;
  }
  return boolean_of(*v);
}

template <class Value>
std::optional<double> BasicObjectReader<Value>::number(std::string_view key, Need need) {
  const Value* v = member(key, need, "a number");
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(key, "a number", *v);
    return std::nullopt;
  }
  return number_of(*v);
}

template <class Value>
std::optional<long long> BasicObjectReader<Value>::integer(std::string_view key, Need need) {
  const Value* v = member(key, need, "an integer");
  if (!v) return std::nullopt;
  if (v->is_number_integer()) return integer_of(*v);
  if (v->is_number_unsigned()) {
    if (unsigned_of(*v) > 9007199254740992ull) {  // beyond exact doubles: surely a mistake
      wrong_type(key, "an integer up to 2^53", *v);
      return std::nullopt;
    }
    return static_cast<long long>(unsigned_of(*v));
  }
  if (v->is_number_float()) {
    const double d = number_of(*v);
    if (std::floor(d) == d && std::fabs(d) <= 9007199254740992.0) return static_cast<long long>(d);  // 3.0 is fine
  }
  wrong_type(key, "an integer", *v);
  return std::nullopt;
}

template <class Value>
std::optional<std::string> BasicObjectReader<Value>::one_of(std::string_view key, const std::vector<std::string_view>& allowed,
                                                Need need) {
  // The list of allowed values is spelled out only when something is wrong (it is the slow part of a good read).
  if (object_ && need == Need::Required && !lookup(key)) {
    member(key, need, ("one of " + quoted_list(allowed, ", ")).c_str());  // reports the missing field
    return std::nullopt;
  }
  const Value* v = member(key, Need::Optional, "");
  if (!v) return std::nullopt;
  if (v->is_string()) {
    const std::string_view s = string_of(*v);
    for (std::string_view a : allowed)
      if (a == s) return std::string(s);
  }
  const std::string expected = "one of " + quoted_list(allowed, ", ");
  if (!v->is_string()) {
    wrong_type(key, expected.c_str(), *v);
    return std::nullopt;
  }
  const std::string_view s = string_of(*v);
  std::string message = "expected " + expected + " but got " + describe_value(*v);
  const std::string guess = closest(s, allowed);
  if (!guess.empty()) message += " (did you mean \"" + guess + "\"?)";
  reporter_.error(path(key), message);
  return std::nullopt;
}

template <class Value>
const Value* BasicObjectReader<Value>::array(std::string_view key, Need need) {
  const Value* v = member(key, need, "an array");
  if (v && !v->is_array()) {
    wrong_type(key, "an array", *v);
    return nullptr;
  }
  return v;
}

template <class Value>
const Value* BasicObjectReader<Value>::object(std::string_view key, Need need) {
  const Value* v = member(key, need, "an object");
  if (v && !v->is_object()) {
    wrong_type(key, "an object", *v);
    return nullptr;
  }
  return v;
}

template <class Value>
const Value* BasicObjectReader<Value>::any(std::string_view key, Need need) { return member(key, need, "a value"); }

template <class Value>
void BasicObjectReader<Value>::report_unknown(const std::vector<std::string_view>& known_elsewhere, std::string_view where) {
  if (all_read()) return;  // the usual case, found without sorting the names
  std::vector<std::string_view> known;  // the keys read, for "did you mean": filled at the first unknown key
  for (const std::string_view name : member_names(*object_)) {
    if (was_read(name)) continue;
    const std::string key(name);
    if (known.empty()) known = read_.all();
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


template <class Value>
bool BasicObjectReader<Value>::all_read() const {
  if (!object_) return true;
  // The usual answer from the members found (trees only), else by name. A member is marked found only when its
  // name was read, so the two agree whenever the first says yes.
  const std::size_t n = object_->size();
  if (n < 64 && found_ == (std::uint64_t{1} << n) - 1) return true;
  bool all = true;
  for_each_name(*object_, [&](std::string_view name) { all = all && was_read(name); });
  return all;
}

template class BasicObjectReader<nlohmann::json>;
template class BasicObjectReader<Node>;

}  // namespace sw::json
