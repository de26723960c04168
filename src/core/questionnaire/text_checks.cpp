// text_checks.cpp — identifier, date, timestamp, currency and format-tag checks.
#include "core/questionnaire/text_checks.h"

#include <cstdlib>

namespace sw::questionnaire {
namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || is_digit(c); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads exactly n digits at s[at..]; -1 when they are not all digits.
int digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!is_digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Parses a non-negative decimal without sign or leading zeros (except "0"); -1 when malformed.
int small_number(std::string_view s) {
  if (s.empty() || s.size() > 6 || (s.size() > 1 && s[0] == '0')) return -1;
  int v = 0;
  for (char c : s) {
    if (!is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}
}  // namespace

bool is_identifier(std::string_view s) {
  if (s.empty() || s.size() > 64 || is_digit(s[0])) return false;
  for (char c : s)
    if (!is_alpha(c) && !is_digit(c) && c != '_') return false;
  return true;
}

bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 64 || !is_lower_alnum(s[0])) return false;
  for (char c : s)
    if (!is_lower_alnum(c) && c != '.' && c != '_' && c != '-') return false;
  return true;
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool is_iso_datetime(std::string_view s) {
  if (s.size() < 17 || !is_iso_date(s.substr(0, 10)) || s[10] != 'T') return false;
  const int hh = digits(s, 11, 2), mm = digits(s, 14, 2);
  if (s[13] != ':' || hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
  std::size_t i = 16;
  if (i < s.size() && s[i] == ':') {
    const int ss = digits(s, i + 1, 2);
    if (ss < 0 || ss > 60) return false;  // 60: leap second
    i += 3;
    if (i < s.size() && s[i] == '.') {
      const std::size_t start = ++i;
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i == start) return false;
    }
  }
  if (i < s.size() && s[i] == 'Z') return i + 1 == s.size();
  if (i + 6 != s.size() || (s[i] != '+' && s[i] != '-') || s[i + 3] != ':') return false;
  const int oh = digits(s, i + 1, 2), om = digits(s, i + 4, 2);
  return oh >= 0 && oh <= 23 && om >= 0 && om <= 59;
}

bool is_currency_code(std::string_view s) {
  return s.size() == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

std::optional<FormatVersion> parse_format_tag(std::string_view tag, std::string_view name) {
  if (tag.size() <= name.size() + 1 || tag.substr(0, name.size()) != name || tag[name.size()] != '/') return std::nullopt;
  const std::string_view version = tag.substr(name.size() + 1);
  const auto dot = version.find('.');
  FormatVersion v;
  v.major = small_number(version.substr(0, dot));
  v.minor = dot == std::string_view::npos ? 0 : small_number(version.substr(dot + 1));
  if (v.major < 1 || v.minor < 0) return std::nullopt;
  return v;
}

std::string check_format_tag(std::string_view tag, std::string_view name, int major, int minor, bool& fatal,
                             int& declared_minor) {
  fatal = false;
  declared_minor = minor;
  const std::string supported = std::string(name) + "/" + std::to_string(major) + "." + std::to_string(minor);
  const auto v = parse_format_tag(tag, name);
  if (!v) {
    fatal = true;
    if (tag.substr(0, name.size()) == name)
      return "malformed format \"" + std::string(tag) + "\": expected \"" + std::string(name) + "/<major>[.<minor>]\"";
    return "not a " + std::string(name) + " file: format is \"" + std::string(tag) + "\", expected \"" +
           std::string(name) + "/" + std::to_string(major) + "\"";
  }
  declared_minor = v->minor;
  if (v->major > major) {
    fatal = true;
    return "format version " + std::to_string(v->major) + "." + std::to_string(v->minor) +
           " is newer than this version of Scopewright reads (up to " + supported + "); please update Scopewright";
  }
  if (v->major < major) {
    fatal = true;
    return "format version " + std::to_string(v->major) + " is no longer supported (this version reads " + supported + ")";
  }
  if (v->minor > minor)
    return "format version " + std::to_string(v->major) + "." + std::to_string(v->minor) +
           " is newer than this version of Scopewright reads (up to " + supported +
           "); fields added since are ignored";
  return "";
}

}  // namespace sw::questionnaire
