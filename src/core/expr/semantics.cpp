// semantics.cpp — survey-core's Helpers rules (emptiness, numbers, equality, sums) on expression Values.
#include "core/expr/semantics.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/expr/js.h"

namespace sw::expr::sem {
namespace {

bool has_operator(std::string_view s) {
  if (s.rfind('-') != std::string_view::npos && s.rfind('-') > 0) return false;
  if (s.rfind('+') != std::string_view::npos && s.rfind('+') > 0) return false;
  return s.find_first_of("*^/%") != std::string_view::npos;
}

bool digits_only(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Helpers.isConvertibleToNumber: not null, not an array, and ToNumber is not NaN.
bool convertible_to_number(const Value& v) {
  if (v.is_null() || v.is_array()) return false;
  return !std::isnan(js::to_number(v));
}

// Helpers.countDecimals: digits after "." in the JS text of a non-integer number.
int count_decimals(const Value& v) {
  if (!is_number(v)) return 0;
  double d = js::to_number(v);
  // Math.floor(v) !== v is always true for a non-number (strict comparison), so only numbers skip here.
  if (v.is_number() && std::floor(d) == d) return 0;
  std::string text = js::to_string(v);
  size_t dot = text.find('.');
  if (dot == std::string::npos) return 0;
  size_t rest = text.size() - dot - 1;
  return static_cast<int>(rest);
}

bool arrays_equal(const Values& x, const Values& y, bool ignore_order) {
  if (x.size() != y.size()) return false;
  if (!ignore_order) {
    for (size_t i = 0; i < x.size(); ++i)
      if (!values_equal(x[i], y[i], ignore_order)) return false;
    return true;
  }
  // Array.prototype.sort() with no comparator: by ToString, stable.
  auto sorted = [](const Values& a) {
    std::vector<std::pair<std::string, const Value*>> keyed;
    keyed.reserve(a.size());
    for (const auto& e : a) keyed.emplace_back(js::to_string(e), &e);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
    return keyed;
  };
  auto sx = sorted(x), sy = sorted(y);
  for (size_t i = 0; i < sx.size(); ++i)
    if (!values_equal(*sx[i].second, *sy[i].second, ignore_order)) return false;
  return true;
}

bool objects_equal(const Members& x, const Members& y, bool ignore_order) {
  auto find = [](const Members& o, const std::string& key) -> const Value* {
    for (const auto& [k, v] : o)
      if (k == key) return &v;
    return nullptr;
  };
  for (const auto& [k, v] : x) {
    const Value* other = find(y, k);
    if (!other || !values_equal(v, *other, ignore_order)) return false;
  }
  for (const auto& [k, v] : y)
    if (!find(x, k)) return false;
  return true;
}

}  // namespace

bool is_empty(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return true;
    case Value::Kind::Bool: return false;
    case Value::Kind::Number: return std::isnan(v.as_number());
    case Value::Kind::String: return v.as_string().empty();
    case Value::Kind::Array: return v.as_array().empty();
    case Value::Kind::Object:
      return std::all_of(v.as_object().begin(), v.as_object().end(), [](const auto& kv) { return is_empty(kv.second); });
    case Value::Kind::Date: return false;
  }
  return true;
}

double get_number(const Value& v) {
  std::string prepared;
  if (v.is_string()) {
    std::string_view s = js::trim(v.as_string());
    if (s.empty()) return NAN;
    if (s.substr(0, 2) == "0x") {
      if (s.size() > 32) return NAN;
      return js::parse_int(s);
    }
    if (s.size() > 15 && digits_only(s)) return NAN;
    if (has_operator(s)) return NAN;
    prepared = std::string(s);
    size_t comma = prepared.find(',');
    if (comma != std::string::npos && prepared.find(',', comma + 1) == std::string::npos) prepared[comma] = '.';
    double res = js::parse_float(prepared);
    if (std::isnan(res) || !std::isfinite(js::string_to_number(prepared))) return NAN;
    return res;
  }
  double res = js::parse_float(js::to_string(v));
  if (std::isnan(res) || !std::isfinite(js::to_number(v))) return NAN;
  return res;
}

bool is_number(const Value& v) { return !std::isnan(get_number(v)); }

Value correct_value(const Value& v) {
  if (!v.is_string() || v.as_string().empty()) return v;
  const std::string& s = v.as_string();
  std::string lower = js::to_lower(s);
  if (lower == "true") return Value(true);
  if (lower == "false") return Value(false);
  auto is_quote = [](char c) { return c == '\'' || c == '"'; };
  if (s.size() > 1 && is_quote(s.front()) && is_quote(s.back())) return Value(s.substr(1, s.size() - 2));
  if (is_number(v)) {
    if (s[0] == '0' && s.rfind("0x", 0) != 0) {
      size_t len = s.size();
      bool has_point = len > 1 && (s[1] == '.' || s[1] == ',');
      if ((!has_point && len > 1) || (has_point && len < 2)) return v;
    }
    return Value(get_number(v));
  }
  return v;
}

bool values_equal(const Value& x, const Value& y, bool ignore_order) {
  // x === y
  if (x.is_null() && y.is_null()) return true;
  if (x.kind() == y.kind()) {
    if (x.is_bool() && x.as_bool() == y.as_bool()) return true;
    if (x.is_number() && x.as_number() == y.as_number()) return true;
  }
  if (x.is_null() && y.is_string() && y.as_string().empty()) return true;
  if (y.is_null() && x.is_string() && x.as_string().empty()) return true;
  if (x.is_string() && y.is_string())
    return js::to_lower(js::trim(x.as_string())) == js::to_lower(js::trim(y.as_string()));
  if (x.is_date() && y.is_date()) return x.as_date_ms() == y.as_date_ms();
  if (convertible_to_number(x) && convertible_to_number(y)) {
    std::string sx = js::to_string(x), sy = js::to_string(y);
    if (js::parse_int(sx) == js::parse_int(sy) && js::parse_float(sx) == js::parse_float(sy)) return true;
  }
  if (is_empty(x) != is_empty(y)) return false;
  if (x.is_bool() && y.is_string()) return (x.as_bool() ? "true" : "false") == js::to_lower(y.as_string());
  if (y.is_bool() && x.is_string()) return (y.as_bool() ? "true" : "false") == js::to_lower(x.as_string());
  bool x_obj = x.is_array() || x.is_object() || x.is_date();
  bool y_obj = y.is_array() || y.is_object() || y.is_date();
  if (!x_obj && !y_obj) return js::loose_equals(x, y);
  if (!x_obj || !y_obj) return false;
  if (x.is_array() && y.is_array()) return arrays_equal(x.as_array(), y.as_array(), ignore_order);
  if (x.is_object() && y.is_object()) return objects_equal(x.as_object(), y.as_object(), ignore_order);
  return false;
}

double correct_after_plus_minus(const Value& a, const Value& b, double result) {
  int digits = std::max(count_decimals(a), count_decimals(b));
  if (digits > 0) result = js::parse_float(js::to_fixed(result, std::min(digits, 100)));
  return result;
}

double correct_after_multiple(const Value& a, const Value& b, double result) {
  int digits = count_decimals(a) + count_decimals(b);
  if (digits > 0) result = js::parse_float(js::to_fixed(result, std::min(digits, 100)));
  return result;
}

Value js_plus(const Value& a, const Value& b) {
  auto prim = [](const Value& v) -> Value {
    if (v.is_array() || v.is_object() || v.is_date()) return Value(js::to_string(v));  // Date's default hint is string
    return v;
  };
  Value pa = prim(a), pb = prim(b);
  if (pa.is_string() || pb.is_string()) return Value(js::to_string(pa) + js::to_string(pb));
  return Value(js::to_number(pa) + js::to_number(pb));
}

Value sum_any_values(const Value& a, const Value& b) {
  if (!is_number(a) || !is_number(b)) {
    if (a.is_array() && b.is_array()) {
      Values out = a.as_array();
      out.insert(out.end(), b.as_array().begin(), b.as_array().end());
      return Value(std::move(out));
    }
    if (a.is_array() || b.is_array()) {
      const Value& arr = a.is_array() ? a : b;
      const Value& val = a.is_array() ? b : a;
      if (val.is_string()) {
        std::string joined;
        const Values& items = arr.as_array();
        for (size_t i = 0; i < items.size(); ++i) {
          if (i) joined += ", ";
          if (!items[i].is_null()) joined += js::to_string(items[i]);
        }
        return a.is_array() ? Value(joined + val.as_string()) : Value(val.as_string() + joined);
      }
      if (val.is_number()) {
        double res = 0;
        for (const auto& e : arr.as_array())
          if (e.is_number()) res = correct_after_plus_minus(Value(res), e, res + e.as_number());
        return Value(correct_after_plus_minus(Value(res), val, res + val.as_number()));
      }
    }
    return js_plus(a, b);
  }
  if (a.is_string() || b.is_string()) return js_plus(a, b);
  Value sum = js_plus(a, b);
  if (!sum.is_number()) return sum;
  return Value(correct_after_plus_minus(a, b, sum.as_number()));
}

}  // namespace sw::expr::sem
