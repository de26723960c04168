// value.cpp — Value equality and its conversions to and from JSON.
#include "core/expr/value.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/expr/dates.h"
#include "core/expr/js.h"

namespace sw::expr {
namespace {

void append_json_string(const std::string& s, std::string& out) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void append_json(const Value& v, std::string& out) {
  switch (v.kind()) {
    case Value::Kind::Null: out += "null"; break;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; break;
    case Value::Kind::Number:
      out += std::isfinite(v.as_number()) ? js::number_to_string(v.as_number()) : "null";
      break;
    case Value::Kind::String: append_json_string(v.as_string(), out); break;
    case Value::Kind::Date:
      if (std::isnan(v.as_date_ms())) out += "null";
      else append_json_string(dates::iso_string(v.as_date_ms()), out);
      break;
    case Value::Kind::Array: {
      out += '[';
      bool first = true;
      for (const auto& e : v.as_array()) {
        if (!first) out += ',';
        first = false;
        append_json(e, out);
      }
      out += ']';
      break;
    }
    case Value::Kind::Object: {
      out += '{';
      bool first = true;
      for (const auto& [k, e] : v.as_object()) {
        if (!first) out += ',';
        first = false;
        append_json_string(k, out);
        out += ':';
        append_json(e, out);
      }
      out += '}';
      break;
    }
  }
}

}  // namespace

const Value* Value::find(std::string_view key) const {
  if (!is_object()) return nullptr;
  for (const auto& [k, v] : as_object())
    if (k == key) return &v;
  return nullptr;
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::Null: return true;
    case Value::Kind::Bool: return a.as_bool() == b.as_bool();
    case Value::Kind::Number:
      return a.as_number() == b.as_number() || (std::isnan(a.as_number()) && std::isnan(b.as_number()));
    case Value::Kind::String: return a.as_string() == b.as_string();
    case Value::Kind::Date:
      return a.as_date_ms() == b.as_date_ms() || (std::isnan(a.as_date_ms()) && std::isnan(b.as_date_ms()));
    case Value::Kind::Array: return a.as_array() == b.as_array();
    case Value::Kind::Object: return a.as_object() == b.as_object();
  }
  return false;
}

template <typename Json>
Value from_json_any(const Json& j) {
  switch (j.type()) {
    case nlohmann::detail::value_t::boolean: return Value(j.template get<bool>());
    case nlohmann::detail::value_t::number_integer: return Value(static_cast<double>(j.template get<std::int64_t>()));
    case nlohmann::detail::value_t::number_unsigned: return Value(static_cast<double>(j.template get<std::uint64_t>()));
    case nlohmann::detail::value_t::number_float: return Value(j.template get<double>());
    case nlohmann::detail::value_t::string: return Value(j.template get<std::string>());
    case nlohmann::detail::value_t::array: {
      Values a;
      a.reserve(j.size());
      for (const auto& e : j) a.push_back(from_json_any(e));
      return Value(std::move(a));
    }
    case nlohmann::detail::value_t::object: {
      Members o;
      o.reserve(j.size());
      for (auto it = j.begin(); it != j.end(); ++it) o.emplace_back(it.key(), from_json_any(it.value()));
      return Value(std::move(o));
    }
    default: return Value();
  }
}

Value from_json(const nlohmann::json& j) { return from_json_any(j); }
Value from_json(const nlohmann::ordered_json& j) { return from_json_any(j); }

nlohmann::json to_json(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return nullptr;
    case Value::Kind::Bool: return v.as_bool();
    case Value::Kind::Number: {
      double d = v.as_number();
      if (!std::isfinite(d)) return nullptr;
      // Whole numbers become JSON integers so they print as 3, not 3.0.
      if (d == std::trunc(d) && std::fabs(d) < 9007199254740992.0) return static_cast<std::int64_t>(d);
      return d;
    }
    case Value::Kind::String: return v.as_string();
    case Value::Kind::Date:
      if (std::isnan(v.as_date_ms())) return nullptr;
      return dates::iso_string(v.as_date_ms());
    case Value::Kind::Array: {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& e : v.as_array()) a.push_back(to_json(e));
      return a;
    }
    case Value::Kind::Object: {
      nlohmann::json o = nlohmann::json::object();
      for (const auto& [k, e] : v.as_object()) o[k] = to_json(e);
      return o;
    }
  }
  return nullptr;
}

std::string to_json_string(const Value& v) {
  std::string out;
  append_json(v, out);
  return out;
}

const char* kind_name(Value::Kind k) {
  switch (k) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return "boolean";
    case Value::Kind::Number: return "number";
    case Value::Kind::String: return "string";
    case Value::Kind::Array: return "array";
    case Value::Kind::Object: return "object";
    case Value::Kind::Date: return "date";
  }
  return "?";
}

}  // namespace sw::expr
