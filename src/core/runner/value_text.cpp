// value_text.cpp — formatting calculated values (see value_text.h).
#include "core/runner/value_text.h"

#include <cmath>
#include <cstdio>

namespace sw::runner {

std::string number_text(double value, int decimals) {
  if (!std::isfinite(value)) return "—";
  char buf[64];
  if (decimals < 0) {
    std::snprintf(buf, sizeof buf, "%.2f", value);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    std::snprintf(buf, sizeof buf, "%s", s.c_str());
  } else {
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  }
  std::string raw = buf;
  const bool negative = !raw.empty() && raw[0] == '-';
  if (negative) raw.erase(0, 1);
  const auto point = raw.find('.');
  std::string whole = raw.substr(0, point), rest = point == std::string::npos ? "" : raw.substr(point);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  return (negative ? "-" : "") + grouped + rest;
}

std::string calculated_text(const questionnaire::Calculated& c, const expr::Value& value) {
  using questionnaire::ValueFormat;
  if (value.is_null()) return "—";
  std::string text;
  if (c.format == ValueFormat::Text || !value.is_number()) {
    text = value.is_string() ? value.as_string() : expr::to_json_string(value);
  } else {
    const double n = value.as_number();
    switch (c.format) {
      case ValueFormat::Integer: text = number_text(std::round(n), 0); break;
      case ValueFormat::Currency: text = c.currency + " " + number_text(n, 2); break;
      case ValueFormat::Percent: text = number_text(n * 100, -1) + "%"; break;
      default: text = number_text(n, -1); break;
    }
  }
  if (!c.unit.empty()) text += " " + c.unit;
  return text;
}

}  // namespace sw::runner
