// value.h — the dynamic value an expression computes with: null, bool, number, string, array, object, date.
//
// Arrays and objects are immutable and shared, so copying a Value (e.g. an answer read from the engine)
// costs a reference count, not a deep copy.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace sw::expr {

class Value;
using Values = std::vector<Value>;
using Members = std::vector<std::pair<std::string, Value>>;  // keeps the source order, like a JS object

/// A point in time as milliseconds since 1970-01-01T00:00 in the questionnaire's local time (no time zone);
/// NaN is an invalid date (JS "Invalid Date").
struct Date {
  double ms = 0;
};

class Value {
 public:
  enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object, Date };

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : v_(b) {}
  Value(double d) : v_(d) {}
  Value(int i) : v_(static_cast<double>(i)) {}
  Value(long long i) : v_(static_cast<double>(i)) {}
  Value(const char* s) : v_(std::string(s)) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(std::string_view s) : v_(std::string(s)) {}
  Value(Values a) : v_(std::make_shared<const Values>(std::move(a))) {}
  Value(Members o) : v_(std::make_shared<const Members>(std::move(o))) {}
  Value(Date d) : v_(d) {}

  Kind kind() const { return static_cast<Kind>(v_.index()); }
  bool is_null() const { return kind() == Kind::Null; }
  bool is_bool() const { return kind() == Kind::Bool; }
  bool is_number() const { return kind() == Kind::Number; }
  bool is_string() const { return kind() == Kind::String; }
  bool is_array() const { return kind() == Kind::Array; }
  bool is_object() const { return kind() == Kind::Object; }
  bool is_date() const { return kind() == Kind::Date; }

  // Accessors: only valid for the matching kind (checked by the caller).
  bool as_bool() const { return std::get<bool>(v_); }
  double as_number() const { return std::get<double>(v_); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const Values& as_array() const { return *std::get<std::shared_ptr<const Values>>(v_); }
  const Members& as_object() const { return *std::get<std::shared_ptr<const Members>>(v_); }
  double as_date_ms() const { return std::get<Date>(v_).ms; }

  /// The member named exactly `key` of an object, or nullptr.
  const Value* find(std::string_view key) const;

  /// Structural identity (same kind, same contents; NaN equals NaN). Not the expression language's `=`.
  friend bool operator==(const Value& a, const Value& b);

 private:
  std::variant<std::monostate, bool, double, std::string, std::shared_ptr<const Values>,
               std::shared_ptr<const Members>, Date>
      v_;
};

/// Converts JSON to a Value. nlohmann::json sorts object members; ordered_json keeps the source order
/// (which matters where SurveyJS iterates members, e.g. printing an object or case-insensitive lookups).
Value from_json(const nlohmann::json& j);
Value from_json(const nlohmann::ordered_json& j);

/// Converts a Value to JSON the way JSON.stringify would: NaN/Infinity become null, a date its ISO string.
nlohmann::json to_json(const Value& v);

/// One-line JSON text exactly as JavaScript's JSON.stringify prints it (3 not 3.0, 1e+21, 1.5e-7).
std::string to_json_string(const Value& v);

/// Human-readable kind name for messages ("number", "string", ...).
const char* kind_name(Value::Kind k);

}  // namespace sw::expr
