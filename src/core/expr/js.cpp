// js.cpp — JavaScript coercion rules (ToString, ToNumber, parseFloat, ==, <) over expression Values.
#include "core/expr/js.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/expr/dates.h"

namespace sw::expr::js {
namespace {

// Decodes one UTF-8 code point at s[i]; advances i. Invalid bytes decode as themselves (never loops).
char32_t decode(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

void encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_js_space(char32_t c) {
  return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

char32_t lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x178 && c != 0x17F) {
    // Latin Extended-A alternates upper/lower, with a parity shift between U+0139 and U+0148 and after U+0178.
    bool shifted = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    bool upper = shifted ? (c % 2 == 1) : (c % 2 == 0);
    return upper ? c + 1 : c;
  }
  if (c == 0x178) return 0xFF;
  if (c == 0x130) return 'i';  // JS lowercases İ to "i̇"; the base letter is close enough for comparisons
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;                // Cyrillic А..Я
  if (c >= 0x400 && c <= 0x40F) return c + 80;                // Cyrillic Ѐ..Џ
  return c;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of a StrDecimalLiteral ([+-]? digits [. digits] [e[+-]digits] | .digits...) at the start of s; 0 if none.
size_t decimal_prefix(std::string_view s, bool& infinity) {
  size_t i = 0;
  infinity = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (s.substr(i, 8) == "Infinity") {
    infinity = true;
    return i + 8;
  }
  size_t int_digits = 0, frac_digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++int_digits;
  if (i < s.size() && s[i] == '.') {
    size_t j = i + 1;
    while (j < s.size() && is_digit(s[j])) ++j, ++frac_digits;
    if (int_digits + frac_digits > 0) i = j;
  }
  if (int_digits + frac_digits == 0) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    size_t exp_digits = 0;
    while (j < s.size() && is_digit(s[j])) ++j, ++exp_digits;
    if (exp_digits > 0) i = j;
  }
  return i;
}

double decimal_value(std::string_view s, size_t len, bool infinity) {
  if (infinity) return s[0] == '-' ? -INFINITY : INFINITY;
  std::string text(s.substr(0, len));
  return std::strtod(text.c_str(), nullptr);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

std::string join(const Values& a) {
  std::string out;
  for (size_t i = 0; i < a.size(); ++i) {
    if (i) out += ',';
    if (!a[i].is_null()) out += to_string(a[i]);
  }
  return out;
}

// ToPrimitive: objects become strings, dates numbers (hint "number") or strings (hint "default").
Value to_primitive(const Value& v, bool hint_number) {
  switch (v.kind()) {
    case Value::Kind::Array: return Value(join(v.as_array()));
    case Value::Kind::Object: return Value("[object Object]");
    case Value::Kind::Date: return hint_number ? Value(v.as_date_ms()) : Value(dates::js_string(v.as_date_ms()));
    default: return v;
  }
}

bool is_primitive(const Value& v) {
  return !v.is_array() && !v.is_object() && !v.is_date();
}

}  // namespace

std::string number_to_string(double d) {
  if (std::isnan(d)) return "NaN";
  if (d == 0) return "0";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  std::string sign = d < 0 ? "-" : "";
  double a = std::fabs(d);
  char buf[64];
  // Shortest precision that reads back to the same double (what JS prints).
  for (int p = 1; p <= 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*e", p - 1, a);
    if (std::strtod(buf, nullptr) == a) break;
  }
  std::string digits;
  const char* e = std::strchr(buf, 'e');
  for (const char* c = buf; c != e; ++c)
    if (is_digit(*c)) digits += *c;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int n = std::atoi(e + 1) + 1;  // value = 0.digits * 10^n
  int k = static_cast<int>(digits.size());
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(n - k, '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, n) + "." + digits.substr(n);
  } else if (-6 < n && n <= 0) {
    out = "0." + std::string(-n, '0') + digits;
  } else {
    int exp = n - 1;
    out = digits.substr(0, 1);
    if (k > 1) out += "." + digits.substr(1);
    out += exp < 0 ? "e-" : "e+";
    out += std::to_string(exp < 0 ? -exp : exp);
  }
  return sign + out;
}

std::string_view trim(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t i = b;
    if (!is_js_space(decode(s, i))) break;
    b = i;
  }
  size_t e = s.size();
  while (e > b) {
    size_t start = e - 1;  // step back to the lead byte of the last code point
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t i = start;
    if (!is_js_space(decode(s, i))) break;
    e = start;
  }
  return s.substr(b, e - b);
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  size_t i = 0;
  // ASCII (names, mostly) is lowered in place; appending character by character showed in profiles.
  for (; i < s.size() && static_cast<unsigned char>(s[i]) < 0x80; ++i)
    if (s[i] >= 'A' && s[i] <= 'Z') out[i] = static_cast<char>(s[i] + 32);
  if (i == s.size()) return out;
  out.resize(i);
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // fast path for ASCII
      out += static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = decode(s, i);
    char32_t lo = lower(cp);
    if (lo == cp) out.append(s.substr(start, i - start));
    else encode(lo, out);
  }
  return out;
}

double string_to_number(std::string_view text) {
  std::string_view s = trim(text);
  if (s.empty()) return 0;
  if (s.size() > 2 && s[0] == '0') {
    int radix = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : (s[1] == 'b' || s[1] == 'B') ? 2 : 0;
    if (radix) {
      double v = 0;
      for (size_t i = 2; i < s.size(); ++i) {
        int dv = digit_value(s[i]);
        if (dv >= radix) return NAN;
        v = v * radix + dv;
      }
      return v;
    }
  }
  bool inf = false;
  size_t len = decimal_prefix(s, inf);
  if (len == 0 || len != s.size()) return NAN;
  return decimal_value(s, len, inf);
}

double parse_float(std::string_view text) {
  std::string_view s = trim(text);
  bool inf = false;
  size_t len = decimal_prefix(s, inf);
  if (len == 0) return NAN;
  return decimal_value(s, len, inf);
}

double parse_int(std::string_view text) {
  std::string_view s = trim(text);
  double sign = 1;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    if (s[0] == '-') sign = -1;
    s.remove_prefix(1);
  }
  int radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    radix = 16;
    s.remove_prefix(2);
  }
  double v = 0;
  size_t n = 0;
  while (n < s.size() && digit_value(s[n]) < radix) v = v * radix + digit_value(s[n++]);
  if (n == 0) return NAN;
  if (radix == 10 && n > 15) v = std::strtod(std::string(s.substr(0, n)).c_str(), nullptr);  // exact rounding
  return sign * v;
}

std::string to_string(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return v.as_bool() ? "true" : "false";
    case Value::Kind::Number: return number_to_string(v.as_number());
    case Value::Kind::String: return v.as_string();
    case Value::Kind::Array: return join(v.as_array());
    case Value::Kind::Object: return "[object Object]";
    case Value::Kind::Date: return dates::js_string(v.as_date_ms());
  }
  return "";
}

double to_number(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return 0;
    case Value::Kind::Bool: return v.as_bool() ? 1 : 0;
    case Value::Kind::Number: return v.as_number();
    case Value::Kind::String: return string_to_number(v.as_string());
    case Value::Kind::Array: return string_to_number(join(v.as_array()));
    case Value::Kind::Object: return NAN;
    case Value::Kind::Date: return v.as_date_ms();
  }
  return NAN;
}

bool truthy(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return false;
    case Value::Kind::Bool: return v.as_bool();
    case Value::Kind::Number: return v.as_number() != 0 && !std::isnan(v.as_number());
    case Value::Kind::String: return !v.as_string().empty();
    default: return true;
  }
}

bool loose_equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  if (!is_primitive(a) && !is_primitive(b)) {
    // Distinct JS objects are never ==; arrays/objects shared from the same source are the same object.
    if (a.is_array() && b.is_array()) return &a.as_array() == &b.as_array();
    if (a.is_object() && b.is_object()) return &a.as_object() == &b.as_object();
    return false;
  }
  if (!is_primitive(a)) return loose_equals(to_primitive(a, false), b);
  if (!is_primitive(b)) return loose_equals(a, to_primitive(b, false));
  if (a.kind() == b.kind()) {
    if (a.is_bool()) return a.as_bool() == b.as_bool();
    if (a.is_number()) return a.as_number() == b.as_number();
    return a.as_string() == b.as_string();
  }
  // Mixed primitives: booleans and strings compare as numbers.
  return to_number(a) == to_number(b);
}

bool less_than(const Value& a, const Value& b) {
  Value pa = to_primitive(a, true), pb = to_primitive(b, true);
  if (pa.is_string() && pb.is_string()) return pa.as_string() < pb.as_string();  // UTF-8 byte order = code point order
  double x = to_number(pa), y = to_number(pb);
  return x < y;  // false when either is NaN
}

std::string to_fixed(double d, int digits) {
  if (std::isnan(d)) return "NaN";
  if (std::fabs(d) >= 1e21) return number_to_string(d);
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*f", digits, d);
  std::string out = buf;
  if (d == 0 && out[0] == '-') out.erase(0, 1);  // (-0).toFixed(2) is "0.00", but (-0.001).toFixed(2) is "-0.00"
  return out;
}

}  // namespace sw::expr::js
