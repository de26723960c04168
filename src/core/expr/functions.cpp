// functions.cpp — built-in functions with survey-core's exact argument handling (flattening, coercion,
// date arithmetic), minus the ones that need a live survey (displayValue, isContainerReady, ...).
#include "core/expr/functions.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/expr/dates.h"
#include "core/expr/js.h"
#include "core/expr/semantics.h"

namespace sw::expr {
namespace {

using Args = std::vector<Value>;

Value arg(const Args& a, size_t i) { return i < a.size() ? a[i] : Value(); }

// getParamsAsArray: flattens nested arrays, drops null, turns numeric strings into numbers.
void flatten(const Value& v, Args& out) {
  if (v.is_null()) return;
  if (v.is_array()) {
    for (const auto& e : v.as_array()) flatten(e, out);
    return;
  }
  if (sem::is_number(v)) out.push_back(Value(sem::get_number(v)));
  else out.push_back(v);
}

Args flat(const Args& args) {
  Args out;
  for (const auto& a : args) flatten(a, out);
  return out;
}

// res + v with survey-core's decimal correction (JS `+`, so a string operand concatenates).
Value plus_corrected(const Value& res, const Value& v) {
  Value sum = sem::js_plus(res, v);
  if (!sum.is_number()) return sum;
  return Value(sem::correct_after_plus_minus(res, v, sum.as_number()));
}

Value fn_sum(const Args& args, const CallSite&) {
  Value res(0.0);
  for (const auto& v : flat(args)) res = plus_corrected(res, v);
  return res;
}

Value min_max(const Args& args, bool is_min) {
  Value res;
  bool has = false;
  for (const auto& v : flat(args)) {
    if (!has) res = v, has = true;
    if (is_min ? js::less_than(v, res) : js::less_than(res, v)) res = v;
  }
  return res;
}
Value fn_min(const Args& args, const CallSite&) { return min_max(args, true); }
Value fn_max(const Args& args, const CallSite&) { return min_max(args, false); }

Value fn_count(const Args& args, const CallSite&) { return Value(static_cast<double>(flat(args).size())); }

Value fn_avg(const Args& args, const CallSite& site) {
  size_t n = flat(args).size();
  if (n == 0) return Value(0.0);
  return Value(js::to_number(fn_sum(args, site)) / static_cast<double>(n));
}

double js_round(double x) {
  double r = std::floor(x);
  if (x - r >= 0.5) r += 1;
  return r;
}

Value fn_round(const Args& args, const CallSite&) {
  Args a = flat(args);
  if (a.empty()) return Value(NAN);
  Value num = a[0];
  Value precision = a.size() > 1 && js::truthy(a[1]) ? a[1] : Value(0.0);
  if (!sem::is_number(num) || !sem::is_number(precision)) return Value(NAN);
  double p = std::pow(10.0, js::to_number(precision));
  double n = (js::to_number(num) * p) * (1 + DBL_EPSILON);
  return Value(js_round(n) / p);
}

// trunc keeps "-?digits" plus, when the precision is a whole number >= 0, any one character and up to
// `precision` digits: survey-core's regular expression /^-?\d+(?:.\d{0,p})?/ applied to the number's text.
Value fn_trunc(const Args& args, const CallSite&) {
  Args a = flat(args);
  if (a.empty()) return Value(NAN);
  Value num = a[0];
  Value precision = a.size() > 1 && js::truthy(a[1]) ? a[1] : Value(-1.0);
  if (!sem::is_number(num) || !sem::is_number(precision)) return Value(NAN);
  std::string text = js::to_string(num);
  size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  size_t digits = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == digits) return Value(NAN);
  double p = js::to_number(precision);
  if (p >= 0 && p == std::trunc(p) && i < text.size()) {
    size_t j = i + 1, limit = static_cast<size_t>(std::min(p, 400.0));
    while (j < text.size() && j - i - 1 < limit && text[j] >= '0' && text[j] <= '9') ++j;
    i = j;
  }
  return Value(js::string_to_number(text.substr(0, i)));
}

Value fn_iif(const Args& args, const CallSite&) {
  if (args.size() < 2) return Value();
  return js::truthy(args[0]) ? args[1] : arg(args, 2);
}

// createDate(val): what `new Date(val)` gives for a value (null means "now").
double date_of(const Value& v, const CallSite& site) {
  switch (v.kind()) {
    case Value::Kind::Null: return site.now_ms();
    case Value::Kind::Number: return dates::time_clip(v.as_number());
    case Value::Kind::Bool: return v.as_bool() ? 1 : 0;
    case Value::Kind::Date: return v.as_date_ms();
    case Value::Kind::String: return dates::parse_survey(v.as_string());
    case Value::Kind::Array: return dates::parse_survey(js::to_string(v));
    case Value::Kind::Object: return NAN;
  }
  return NAN;
}

// Date.prototype.setX(get + delta): JS `+`, so a string delta concatenates before the number conversion.
double shifted_field(double field, const Value& delta) {
  return js::to_number(sem::js_plus(Value(field), delta));
}

double today_ms(const CallSite& site) {
  double now = site.now_ms();
  if (std::isnan(now)) return NAN;
  return std::floor(now / 86400000.0) * 86400000.0;
}

double day_number(double ms) {  // Date.UTC(y, m, d) of the date part
  dates::Civil c = dates::civil(ms);
  return dates::make_ms(c.year, c.month - 1, c.day);
}

Value diff_days(const Value& a, const Value& b, const CallSite& site) {
  if (!js::truthy(a) || !js::truthy(b)) return Value(0.0);
  double d1 = date_of(a, site), d2 = date_of(b, site);
  if (std::isnan(d1) || std::isnan(d2)) return Value(NAN);
  return Value(std::ceil(std::fabs(day_number(d2) - day_number(d1)) / 86400000.0));
}

// survey-core's dateDiffMonths: whole years or months between two dates (or days via diffDays).
Value diff_months(const Value& a, const Value& b, const Value& type, const CallSite& site) {
  bool is_string = type.is_string();
  if (is_string && type.as_string() == "days") return diff_days(a, b, site);
  double d1 = date_of(a, site), d2 = date_of(b, site);
  double months = NAN;
  if (!std::isnan(d1) && !std::isnan(d2)) {
    dates::Civil c1 = dates::civil(d1), c2 = dates::civil(d2);
    months = (c2.year - c1.year) * 12.0 + c2.month - c1.month;
    if (c2.day < c1.day) months -= 1;
  }
  if (is_string && type.as_string() == "months") return Value(months);
  if (std::isnan(months)) return Value(0.0);  // ~~NaN is 0
  return Value(std::trunc(months / 12));
}

Value fn_get_date(const Args& args, const CallSite& site) {
  if (args.empty() || !js::truthy(args[0])) return Value();
  return Value(Date{date_of(args[0], site)});
}

Value fn_age(const Args& args, const CallSite& site) {
  if (args.empty() || !js::truthy(args[0])) return Value();
  Value type = args.size() > 1 ? args[1] : Value(std::string());
  if (!js::truthy(type)) type = Value("years");
  return diff_months(args[0], Value(), type, site);
}

Value fn_date_diff(const Args& args, const CallSite& site) {
  if (args.size() < 2 || !js::truthy(args[0]) || !js::truthy(args[1])) return Value();
  Value type = args.size() > 2 ? args[2] : Value(std::string());
  if (!js::truthy(type)) type = Value("days");
  if (type.is_string()) {
    const std::string& t = type.as_string();
    double unit = t == "hours" ? 3600000.0 : t == "minutes" ? 60000.0 : t == "seconds" ? 1000.0 : 0;
    if (unit > 0) return Value(std::ceil(std::fabs(date_of(args[1], site) - date_of(args[0], site)) / unit));
  }
  return diff_months(args[0], args[1], type, site);
}

Value fn_date_add(const Args& args, const CallSite& site) {
  if (args.size() < 2 || !js::truthy(args[0]) || !js::truthy(args[1])) return Value();
  double ms = date_of(args[0], site);
  const Value& delta = args[1];
  Value interval = args.size() > 2 && js::truthy(args[2]) ? args[2] : Value("days");
  if (std::isnan(ms) || !interval.is_string()) return Value(Date{ms});
  dates::Civil c = dates::civil(ms);
  double y = c.year, mo = c.month - 1, d = c.day, h = c.hour, mi = c.minute, s = c.second;
  const std::string& unit = interval.as_string();
  if (unit == "days") d = shifted_field(d, delta);
  else if (unit == "months") mo = shifted_field(mo, delta);
  else if (unit == "years") y = shifted_field(y, delta);
  else if (unit == "hours") h = shifted_field(h, delta);
  else if (unit == "minutes") mi = shifted_field(mi, delta);
  else if (unit == "seconds") s = shifted_field(s, delta);
  return Value(Date{dates::time_clip(dates::make_ms(y, mo, d, h, mi, s, c.millisecond))});
}

Value fn_current_date(const Args&, const CallSite& site) { return Value(Date{site.now_ms()}); }

Value fn_today(const Args& args, const CallSite& site) {
  double ms = today_ms(site);
  if (args.size() == 1 && !std::isnan(ms)) {
    dates::Civil c = dates::civil(ms);
    ms = dates::time_clip(dates::make_ms(c.year, c.month - 1, shifted_field(c.day, args[0])));
  }
  return Value(Date{ms});
}

Value fn_get_year(const Args& args, const CallSite& site) {
  if (args.size() != 1 || !js::truthy(args[0])) return Value();
  double ms = date_of(args[0], site);
  return std::isnan(ms) ? Value(NAN) : Value(static_cast<double>(dates::civil(ms).year));
}

Value fn_current_year(const Args&, const CallSite& site) {
  double ms = site.now_ms();
  return std::isnan(ms) ? Value(NAN) : Value(static_cast<double>(dates::civil(ms).year));
}

Value fn_diff_days(const Args& args, const CallSite& site) {
  if (args.size() != 2) return Value(0.0);
  return diff_days(args[0], args[1], site);
}

// year()/month()/day()/weekday(): of the first argument's date, or of today.
double date_or_today(const Args& args, const CallSite& site) {
  if (!args.empty() && js::truthy(args[0])) return date_of(args[0], site);
  return today_ms(site);
}
template <int Field>
Value fn_date_part(const Args& args, const CallSite& site) {
  double ms = date_or_today(args, site);
  if (std::isnan(ms)) return Value(NAN);
  dates::Civil c = dates::civil(ms);
  int v = Field == 0 ? c.year : Field == 1 ? c.month : Field == 2 ? c.day : c.weekday;
  return Value(static_cast<double>(v));
}

// UTF-16 length and slicing, because JS string indices count UTF-16 code units.
std::vector<std::pair<size_t, size_t>> utf16_units(const std::string& s) {  // byte offset and byte length per unit
  std::vector<std::pair<size_t, size_t>> units;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + len > s.size()) len = 1;
    units.emplace_back(i, len);
    if (len == 4) units.emplace_back(i, 0);  // the second surrogate of the pair
    i += len;
  }
  return units;
}

Value fn_substring(const Args& args, const CallSite&) {
  if (args.size() < 2) return Value(std::string());
  if (!args[0].is_string() || args[0].as_string().empty()) return Value(std::string());
  const std::string& s = args[0].as_string();
  if (!sem::is_number(args[1])) return Value(std::string());
  auto units = utf16_units(s);
  double len = static_cast<double>(units.size());
  auto clamp = [&](const Value& v) {
    double d = js::to_number(v);
    if (std::isnan(d)) d = 0;
    d = std::trunc(d);
    return std::min(std::max(d, 0.0), len);
  };
  double start = clamp(args[1]);
  double end = args.size() > 2 && sem::is_number(args[2]) ? clamp(args[2]) : len;
  if (start > end) std::swap(start, end);
  size_t b = static_cast<size_t>(start), e = static_cast<size_t>(end);
  size_t from = b < units.size() ? units[b].first : s.size();
  size_t to = e < units.size() ? units[e].first : s.size();
  return Value(s.substr(from, to > from ? to - from : 0));
}

// ---- *InArray: aggregate one field over the entries of an array (a repeat group) ----

struct InArray {
  Value data;
  std::string name, return_name;
  std::function<bool(const Value&)> condition;
};

bool in_array_params(const Args& args, const CallSite& site, InArray& out) {
  if (args.size() < 2 || args.size() > 4) return false;
  if (!js::truthy(args[0])) return false;
  if (!args[1].is_string()) return false;
  out.data = args[0];
  out.name = out.return_name = args[1].as_string();
  size_t expression_index = 2;
  if (args.size() > 2 && site.arg_is_literal(2) && args[2].is_string() &&
      args[2].as_string().find_first_of("{}><=!") == std::string::npos) {
    out.return_name = args[2].as_string();
    expression_index = 3;
  }
  if (args.size() > expression_index) out.condition = site.condition(expression_index, args[expression_index]);
  return true;
}

// item[name]: exact property access (not the case-insensitive lookup of references).
Value member(const Value& item, const std::string& name) {
  if (item.is_object()) {
    const Value* v = item.find(name);
    return v ? *v : Value();
  }
  if (item.is_array()) {  // arrays have "length" and index properties
    if (name == "length") return Value(static_cast<double>(item.as_array().size()));
    double idx = js::string_to_number(name);
    if (!name.empty() && idx >= 0 && idx == std::trunc(idx) && idx < static_cast<double>(item.as_array().size()) &&
        js::number_to_string(idx) == name)
      return item.as_array()[static_cast<size_t>(idx)];
  }
  if (item.is_string() && name == "length") return Value(static_cast<double>(utf16_units(item.as_string()).size()));
  return Value();
}

std::vector<Value> in_array_items(const Value& data) {
  if (data.is_array()) return data.as_array();
  std::vector<Value> items;
  if (data.is_object())
    for (const auto& kv : data.as_object()) items.push_back(kv.second);
  if (data.is_string())  // Object.keys of a string are its characters
    for (const auto& u : utf16_units(data.as_string()))
      if (u.second) items.push_back(Value(data.as_string().substr(u.first, u.second)));
  return items;
}

// convertToNumber: numeric strings become numbers, other strings null, other values stay.
Value to_number_or_null(const Value& v) {
  if (v.is_string()) return sem::is_number(v) ? Value(sem::get_number(v)) : Value();
  return v;
}

// Runs `step` over the entries that have a non-empty `name` and pass the condition; null when none.
template <typename Step>
bool each_entry(const InArray& p, Step step) {
  bool any = false;
  for (const auto& item : in_array_items(p.data)) {
    if (!js::truthy(item)) continue;
    Value v = member(item, p.name);
    if (sem::is_empty(v)) continue;
    if (p.condition && !p.condition(item)) continue;
    step(item, v);
    any = true;
  }
  return any;
}

Value fn_sum_in_array(const Args& args, const CallSite& site) {
  InArray p;
  if (!in_array_params(args, site, p)) return Value(0.0);
  Value res(0.0);
  each_entry(p, [&](const Value&, const Value& v) {
    Value n = to_number_or_null(v);
    if (!n.is_null()) res = plus_corrected(res, n);
  });
  return res;
}

Value fn_count_in_array(const Args& args, const CallSite& site) {
  InArray p;
  if (!in_array_params(args, site, p)) return Value(0.0);
  double n = 0;
  each_entry(p, [&](const Value&, const Value&) { n += 1; });
  return Value(n);
}

Value min_max_in_array(const Args& args, const CallSite& site, bool is_min) {
  InArray p;
  if (!in_array_params(args, site, p)) return Value();
  Value best, best_item;
  bool found = false;
  each_entry(p, [&](const Value& item, const Value& v) {
    Value n = to_number_or_null(v);
    if (n.is_null()) return;
    if (!found || (is_min ? js::less_than(n, best) : js::less_than(best, n))) {
      best = n;
      best_item = item;
      found = true;
    }
  });
  if (!found) return Value();
  if (p.return_name != p.name) return member(best_item, p.return_name);
  return best;
}
Value fn_min_in_array(const Args& args, const CallSite& site) { return min_max_in_array(args, site, true); }
Value fn_max_in_array(const Args& args, const CallSite& site) { return min_max_in_array(args, site, false); }

Value fn_avg_in_array(const Args& args, const CallSite& site) {
  double count = js::to_number(fn_count_in_array(args, site));
  if (count == 0) return Value(0.0);
  return Value(js::to_number(fn_sum_in_array(args, site)) / count);
}

// Sorted by name for binary search.
const FunctionInfo kFunctions[] = {
    {"age", 1, 2, true, fn_age, "age(birthdate, 'years'|'months'?)"},
    {"avg", 1, -1, true, fn_avg, "avg(value, ...)"},
    {"avgInArray", 2, 4, true, fn_avg_in_array, "avgInArray({group}, 'field', condition?)"},
    {"count", 1, -1, true, fn_count, "count(value, ...)"},
    {"countInArray", 2, 4, true, fn_count_in_array, "countInArray({group}, 'field', condition?)"},
    {"currentDate", 0, 0, false, fn_current_date, "currentDate()"},
    {"currentYear", 0, 0, true, fn_current_year, "currentYear()"},
    {"dateAdd", 2, 3, false, fn_date_add, "dateAdd(date, amount, 'days'|'months'|'years'|'hours'|'minutes'|'seconds'?)"},
    {"dateDiff", 2, 3, true, fn_date_diff, "dateDiff(from, to, 'days'|'months'|'years'|'hours'|'minutes'|'seconds'?)"},
    {"day", 0, 1, true, fn_date_part<2>, "day(date?)"},
    {"diffDays", 2, 2, true, fn_diff_days, "diffDays(from, to)"},
    {"getDate", 1, 1, false, fn_get_date, "getDate(text)"},
    {"getYear", 1, 1, true, fn_get_year, "getYear(date)"},
    {"iif", 2, 3, false, fn_iif, "iif(condition, then, else?)"},
    {"max", 1, -1, false, fn_max, "max(value, ...)"},
    {"maxInArray", 2, 4, false, fn_max_in_array, "maxInArray({group}, 'field', 'returnField'?, condition?)"},
    {"min", 1, -1, false, fn_min, "min(value, ...)"},
    {"minInArray", 2, 4, false, fn_min_in_array, "minInArray({group}, 'field', 'returnField'?, condition?)"},
    {"month", 0, 1, true, fn_date_part<1>, "month(date?)"},
    {"round", 1, 2, true, fn_round, "round(number, digits?)"},
    {"substring", 2, 3, false, fn_substring, "substring(text, start, end?)"},
    {"sum", 1, -1, false, fn_sum, "sum(value, ...)"},
    {"sumInArray", 2, 4, true, fn_sum_in_array, "sumInArray({group}, 'field', condition?)"},
    {"today", 0, 1, false, fn_today, "today(daysToAdd?)"},
    {"trunc", 1, 2, true, fn_trunc, "trunc(number, digits?)"},
    {"weekday", 0, 1, true, fn_date_part<3>, "weekday(date?)"},
    {"year", 0, 1, true, fn_date_part<0>, "year(date?)"},
};

}  // namespace

const FunctionInfo* find_function(std::string_view name) {
  auto it = std::lower_bound(std::begin(kFunctions), std::end(kFunctions), name,
                             [](const FunctionInfo& f, std::string_view n) { return std::string_view(f.name) < n; });
  if (it != std::end(kFunctions) && std::string_view(it->name) == name) return &*it;
  return nullptr;
}

std::span<const FunctionInfo> all_functions() { return kFunctions; }

}  // namespace sw::expr
