// operators.cpp — comparison, arithmetic, logical and array operators as survey-core's OperandMaker runs them.
#include "core/expr/operators.h"

#include <cmath>

#include "core/expr/dates.h"
#include "core/expr/js.h"
#include "core/expr/semantics.h"

namespace sw::expr {
namespace {

// convertValForDateCompare(val, second): a string compared with a date is read as a date (at midnight
// unless the date has a time; the date loses its milliseconds), and a date compared with a short string
// loses the parts the string cannot express.
void date_compare_operand(Value& val, Value& second) {
  if (second.is_date() && val.is_string()) {
    double d = dates::parse_survey(val.as_string());
    double s = second.as_date_ms();
    if (std::isnan(s)) {
      val = Value(Date{d});
      return;
    }
    dates::Civil sc = dates::civil(s);
    second = Value(Date{s - sc.millisecond});
    if (std::isnan(d) || sc.hour > 0 || sc.minute > 0 || sc.second > 0) {
      val = Value(Date{d});
      return;
    }
    dates::Civil dc = dates::civil(d);
    val = Value(Date{dates::make_ms(dc.year, dc.month - 1, dc.day, 0, 0, 0, dc.millisecond)});
    return;
  }
  if (second.is_string() && val.is_date() && !std::isnan(val.as_date_ms())) {
    dates::Civil c = dates::civil(val.as_date_ms());
    size_t len = second.as_string().size();
    int h = c.hour, mi = c.minute, s = c.second, ms = c.millisecond;
    if (len < 17) s = 0, ms = 0;
    if (len < 14) mi = 0;
    if (len < 11) h = 0;
    val = Value(Date{dates::make_ms(c.year, c.month - 1, c.day, h, mi, s, ms)});
  }
}

// left = convert(left, right); right = convert(right, left), as every comparison operator does.
void comparable(Value& a, Value& b) {
  date_compare_operand(a, b);
  date_compare_operand(b, a);
}

bool equal(const Value& l, const Value& r) {
  Value a = l, b = r;
  comparable(a, b);
  // OperandMaker.isTwoValueEquals: the text "undefined" means undefined (null here).
  auto undef = [](const Value& v) { return v.is_string() && v.as_string() == "undefined" ? Value() : v; };
  return sem::values_equal(undef(a), undef(b), true);
}

bool greater(const Value& l, const Value& r) {
  if (l.is_null() || r.is_null()) return false;
  Value a = l, b = r;
  comparable(a, b);
  return js::less_than(b, a);
}

bool less(const Value& l, const Value& r) {
  if (l.is_null() || r.is_null()) return false;
  Value a = l, b = r;
  comparable(a, b);
  return js::less_than(a, b);
}

// `left.length` as JS reads it: strings and arrays have one, other values do not (0 = falsy).
bool has_length(const Value& v) {
  if (v.is_string()) return !v.as_string().empty();
  if (v.is_array()) return !v.as_array().empty();
  return false;
}

bool contains_core(const Value& left_in, const Value& right, bool is_contains) {
  if (left_in.is_array() && left_in.as_array().empty()) return !is_contains;
  if (!js::truthy(left_in) && !(left_in.is_number() && left_in.as_number() == 0) &&
      !(left_in.is_bool() && !left_in.as_bool()))
    return false;
  Value left = has_length(left_in) ? left_in : Value(js::to_string(left_in));
  if (left.is_string()) {
    if (!js::truthy(right)) return false;
    std::string l = js::to_lower(left.as_string()), r = js::to_lower(js::to_string(right));
    bool found = l.find(r) != std::string::npos;
    return is_contains ? found : !found;
  }
  const Values& items = left.as_array();
  auto check = [&](const Value& r) {
    for (const auto& item : items)
      if (sem::values_equal(item, r, true)) return true;
    return false;
  };
  if (right.is_array()) {
    for (const auto& r : right.as_array())
      if (!check(r)) return !is_contains;
  } else if (!check(right)) {
    return !is_contains;
  }
  return is_contains;
}

bool contains(const Value& l, const Value& r) { return contains_core(l, r, true); }

bool notcontains(const Value& l, const Value& r) {
  if (!js::truthy(l) && !sem::is_empty(r)) return true;
  return contains_core(l, r, false);
}

bool anyof(const Value& l, const Value& r) {
  bool le = sem::is_empty(l), re = sem::is_empty(r);
  if (le && re) return true;
  if (le) return false;  // also covers a non-array left with length 0 ("")
  if (re) return true;
  if (!l.is_array()) return contains(r, l);
  if (!r.is_array()) return contains(l, r);
  for (const auto& item : r.as_array())
    if (contains(l, item)) return true;
  return false;
}

bool allof(const Value& l, const Value& r) {
  if (!js::truthy(l) && !sem::is_empty(r)) return false;
  if (!r.is_array()) return contains(l, r);
  for (const auto& item : r.as_array())
    if (!contains(l, item)) return false;
  return true;
}

// JS `%` (fmod keeps the dividend's sign, like JS).
double js_mod(double a, double b) { return std::fmod(a, b); }

Value arithmetic(Op op, const Value& a, const Value& b) {
  switch (op) {
    case Op::Or: return js::truthy(a) ? a : b;
    case Op::And: return js::truthy(a) ? b : a;
    case Op::Plus: return sem::sum_any_values(a, b);
    case Op::Minus: {
      double r = js::to_number(a) - js::to_number(b);
      return Value(sem::correct_after_plus_minus(a, b, r));
    }
    case Op::Mul: {
      double r = js::to_number(a) * js::to_number(b);
      return Value(sem::correct_after_multiple(a, b, r));
    }
    case Op::Div: {
      if (!js::truthy(b)) return Value();
      return Value(js::to_number(a) / js::to_number(b));
    }
    case Op::Mod: {
      if (!js::truthy(b)) return Value();
      return Value(js_mod(js::to_number(a), js::to_number(b)));
    }
    case Op::Power: {
      // Math.pow differs from C pow: x^0 is 1 even for NaN, otherwise NaN in gives NaN, and 1 or -1 to an
      // infinite power is NaN.
      double x = js::to_number(a), y = js::to_number(b);
      if (y == 0) return Value(1.0);
      if (std::isnan(x) || std::isnan(y) || (std::isinf(y) && std::fabs(x) == 1)) return Value(NAN);
      return Value(std::pow(x, y));
    }
    default: return Value();
  }
}

}  // namespace

Value arithmetic_operand(const Value& value, const Value& other) {
  if (!sem::is_empty(value)) return value;
  if (other.is_number()) return Value(0.0);
  if (value.is_string()) return value;
  if (other.is_string()) return Value(std::string());
  if (other.is_array()) return Value(Values{});
  return Value(0.0);
}

Value apply_binary(Op op, const Value& left, const Value& right) {
  switch (op) {
    case Op::Or: case Op::And: case Op::Plus: case Op::Minus: case Op::Mul: case Op::Div: case Op::Mod:
    case Op::Power: {
      Value a = arithmetic_operand(left, right);
      Value b = arithmetic_operand(right, a);
      return arithmetic(op, a, b);
    }
    case Op::Equal: return Value(equal(left, right));
    case Op::NotEqual: return Value(!equal(left, right));
    case Op::Less: return Value(less(left, right));
    case Op::Greater: return Value(greater(left, right));
    case Op::LessOrEqual: return Value(equal(left, right) || less(left, right));
    case Op::GreaterOrEqual: return Value(equal(left, right) || greater(left, right));
    case Op::Contains: return Value(contains(left, right));
    case Op::NotContains: return Value(notcontains(left, right));
    case Op::AnyOf: return Value(anyof(left, right));
    case Op::AllOf: return Value(allof(left, right));
    case Op::NoneOf: return Value(!anyof(left, right));
    default: return Value();
  }
}

Value apply_unary(Op op, const Value& operand) {
  switch (op) {
    case Op::Negate: return Value(!js::truthy(operand));
    case Op::Empty: return Value(sem::is_empty(operand));
    case Op::NotEmpty: return Value(!sem::is_empty(operand));
    default: return Value();
  }
}

bool is_true(const Value& result) { return js::loose_equals(result, Value(true)); }

}  // namespace sw::expr
