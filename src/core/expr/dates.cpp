// dates.cpp — proleptic Gregorian calendar arithmetic and date parsing/printing with JS Date's rules.
#include "core/expr/dates.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace sw::expr::dates {
namespace {

constexpr double kMsPerDay = 86400000.0;

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm; month 1..12).
double days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<double>(era * 146097 + static_cast<long long>(doe) - 719468);
}

void civil_from_days(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long yy = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yy + (m <= 2));
}

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

// A tiny cursor over the date text.
struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  // Reads 1..max digits; returns the count read (0 if none).
  int digits(int max, long long& out) {
    int n = 0;
    out = 0;
    while (n < max && !done() && s[i] >= '0' && s[i] <= '9') out = out * 10 + (s[i++] - '0'), ++n;
    return n;
  }
};

bool valid_fields(long long mo, long long d, long long h, long long mi, long long sec) {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 24 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59;
}

// Optional time "HH:MM[:SS[.sss]]" and zone "Z" / "+HH:MM" / "+HHMM"; returns false on malformed text.
bool parse_time(Cursor& c, long long& h, long long& mi, long long& sec, long long& ms, long long& offset_min, bool& has_zone) {
  h = mi = sec = ms = 0;
  if (c.digits(2, h) != 2 || !c.eat(':') || c.digits(2, mi) != 2) return false;
  if (c.eat(':')) {
    if (c.digits(2, sec) != 2) return false;
    if (c.eat('.')) {
      long long frac = 0;
      int n = c.digits(9, frac);
      if (n == 0) return false;
      while (n > 3) frac /= 10, --n;
      while (n < 3) frac *= 10, ++n;
      ms = frac;
    }
  }
  has_zone = false;
  offset_min = 0;
  if (c.eat('Z') || c.eat('z')) {
    has_zone = true;
  } else if (c.peek() == '+' || c.peek() == '-') {
    int sign = c.s[c.i++] == '-' ? -1 : 1;
    long long oh = 0, om = 0;
    if (c.digits(2, oh) != 2) return false;
    c.eat(':');
    if (c.digits(2, om) != 2) return false;
    offset_min = sign * (oh * 60 + om);
    has_zone = true;
  }
  return true;
}

double assemble(long long y, long long mo, long long d, long long h, long long mi, long long sec, long long ms,
                long long offset_min) {
  if (!valid_fields(mo, d, h, mi, sec)) return NAN;
  if (h == 24 && (mi || sec || ms)) return NAN;
  double t = make_ms(static_cast<double>(y), static_cast<double>(mo - 1), static_cast<double>(d),
                     static_cast<double>(h), static_cast<double>(mi), static_cast<double>(sec), static_cast<double>(ms));
  return time_clip(t - static_cast<double>(offset_min) * 60000.0);
}

int month_from_name(std::string_view s) {
  if (s.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    bool match = true;
    for (int k = 0; k < 3; ++k)
      if ((s[k] | 0x20) != (kMonths[m][k] | 0x20)) match = false;
    if (match) return m + 1;
  }
  return 0;
}

// ISO 8601 as JS reads it: YYYY[-MM[-DD]][THH:MM[:SS[.sss]][Z|±HH:MM]] (also "±YYYYYY").
double parse_iso(std::string_view s) {
  Cursor c{s};
  long long y = 0, mo = 1, d = 1, h = 0, mi = 0, sec = 0, ms = 0, off = 0;
  int sign = 1;
  if (c.peek() == '+' || c.peek() == '-') {
    sign = c.s[c.i++] == '-' ? -1 : 1;
    if (c.digits(6, y) != 6) return NAN;
  } else if (c.digits(4, y) != 4) {
    return NAN;
  }
  y *= sign;
  if (c.eat('-')) {
    if (c.digits(2, mo) != 2) return NAN;
    if (c.eat('-') && c.digits(2, d) != 2) return NAN;
  }
  if (c.eat('T') || c.eat('t')) {
    bool zone = false;
    if (!parse_time(c, h, mi, sec, ms, off, zone)) return NAN;
  }
  if (!c.done()) return NAN;
  return assemble(y, mo, d, h, mi, sec, ms, off);
}

// The browser fallback formats: "YYYY-M-D", "YYYY/M/D", "M/D/YYYY", "Mon D YYYY", "D Mon YYYY" + optional time.
double parse_loose(std::string_view s) {
  Cursor c{s};
  long long y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0, off = 0;
  auto skip_spaces = [&] { while (c.peek() == ' ' || c.peek() == ',') ++c.i; };
  skip_spaces();
  long long first = 0;
  int n = c.digits(6, first);
  if (n >= 1) {
    char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.' && sep != ' ') return NAN;
    ++c.i;
    if (sep == ' ') {  // "5 May 2024"
      size_t start = c.i;
      while (!c.done() && ((c.peek() | 0x20) >= 'a' && (c.peek() | 0x20) <= 'z')) ++c.i;
      mo = month_from_name(s.substr(start, c.i - start));
      skip_spaces();
      d = first;
      if (!mo || c.digits(6, y) == 0) return NAN;
    } else {
      long long second = 0, third = 0;
      if (c.digits(2, second) == 0 || !c.eat(sep) || c.digits(6, third) == 0) return NAN;
      if (n >= 3) y = first, mo = second, d = third;   // Y-M-D
      else mo = first, d = second, y = third;          // M/D/Y
    }
  } else {  // "May 5 2024", optionally after a weekday name
    size_t start = c.i;
    while (!c.done() && ((c.peek() | 0x20) >= 'a' && (c.peek() | 0x20) <= 'z')) ++c.i;
    std::string_view word = s.substr(start, c.i - start);
    if (word.size() >= 3 && !month_from_name(word)) {  // a weekday name is ignored
      skip_spaces();
      start = c.i;
      while (!c.done() && ((c.peek() | 0x20) >= 'a' && (c.peek() | 0x20) <= 'z')) ++c.i;
      word = s.substr(start, c.i - start);
    }
    mo = month_from_name(word);
    skip_spaces();
    if (!mo || c.digits(2, d) == 0) return NAN;
    skip_spaces();
    if (c.digits(6, y) == 0) return NAN;
  }
  skip_spaces();
  c.eat('T');
  if (!c.done()) {
    bool zone = false;
    if (!parse_time(c, h, mi, sec, ms, off, zone)) return NAN;
    skip_spaces();
    if (!c.done()) return NAN;
  }
  if (y < 50 && n != 0 && n < 3) y += 2000;  // two-digit years, as browsers guess them
  else if (y < 100 && n != 0 && n < 3) y += 1900;
  return assemble(y, mo, d, h, mi, sec, ms, off);
}

}  // namespace

double time_clip(double ms) {
  if (!std::isfinite(ms) || std::fabs(ms) > 8.64e15) return NAN;
  return std::trunc(ms) + 0.0;  // + 0.0 turns -0 into +0
}

double make_ms(double year, double month0, double day, double hour, double minute, double second, double millisecond) {
  if (!std::isfinite(year) || !std::isfinite(month0) || !std::isfinite(day) || !std::isfinite(hour) ||
      !std::isfinite(minute) || !std::isfinite(second) || !std::isfinite(millisecond))
    return NAN;
  double y = std::trunc(year), m = std::trunc(month0);
  double ym = y + std::floor(m / 12);
  if (std::fabs(ym) > 400000) return NAN;
  double mn = std::fmod(m, 12);
  if (mn < 0) mn += 12;
  double days = days_from_civil(static_cast<long long>(ym), static_cast<unsigned>(mn) + 1, 1) + std::trunc(day) - 1;
  double t = std::trunc(hour) * 3600000.0 + std::trunc(minute) * 60000.0 + std::trunc(second) * 1000.0 + std::trunc(millisecond);
  return days * kMsPerDay + t;
}

Civil civil(double ms) {
  Civil c;
  double days = std::floor(ms / kMsPerDay);
  double rest = ms - days * kMsPerDay;
  civil_from_days(static_cast<long long>(days), c.year, c.month, c.day);
  long long r = static_cast<long long>(rest);
  c.hour = static_cast<int>(r / 3600000);
  c.minute = static_cast<int>(r / 60000 % 60);
  c.second = static_cast<int>(r / 1000 % 60);
  c.millisecond = static_cast<int>(r % 1000);
  long long wd = (static_cast<long long>(days) + 4) % 7;
  c.weekday = static_cast<int>(wd < 0 ? wd + 7 : wd);
  return c;
}

double parse(std::string_view text) {
  // Surrounding spaces are tolerated by browsers for every format.
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n')) text.remove_suffix(1);
  if (text.empty()) return NAN;
  double iso = parse_iso(text);
  if (!std::isnan(iso)) return iso;
  return parse_loose(text);
}

double parse_survey(std::string_view text) {
  bool has_t = text.find('T') != std::string_view::npos && text.find('T') > 0;
  bool has_date = false;
  for (size_t i = 0; i + 10 <= text.size() && !has_date; ++i) {
    auto d = [&](size_t k) { return text[i + k] >= '0' && text[i + k] <= '9'; };
    has_date = d(0) && d(1) && d(2) && d(3) && text[i + 4] == '-' && d(5) && d(6) && text[i + 7] == '-' && d(8) && d(9);
  }
  if (!has_t && has_date && !std::isnan(parse(text))) return parse(std::string(text) + "T00:00:00");
  return parse(text);
}

std::string iso_string(double ms) {
  if (std::isnan(ms)) return "";
  Civil c = civil(ms);
  char buf[64];
  if (c.year >= 0 && c.year <= 9999)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year, c.month, c.day, c.hour, c.minute,
                  c.second, c.millisecond);
  else
    std::snprintf(buf, sizeof buf, "%c%06d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year < 0 ? '-' : '+',
                  c.year < 0 ? -c.year : c.year, c.month, c.day, c.hour, c.minute, c.second, c.millisecond);
  return buf;
}

std::string js_string(double ms) {
  if (std::isnan(ms)) return "Invalid Date";
  Civil c = civil(ms);
  char buf[128];
  char year[16];
  if (c.year < 0) std::snprintf(year, sizeof year, "-%06d", -c.year);
  else std::snprintf(year, sizeof year, "%04d", c.year);
  std::snprintf(buf, sizeof buf, "%s %s %02d %s %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)", kDays[c.weekday],
                kMonths[c.month - 1], c.day, year, c.hour, c.minute, c.second);
  return buf;
}

}  // namespace sw::expr::dates
