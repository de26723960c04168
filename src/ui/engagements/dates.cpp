// dates.cpp — days between two ISO dates (see dates.h).
#include "ui/engagements/dates.h"

#include <cstdlib>
#include <string>

namespace sw::ui::engagements {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date.
long days_from_civil(long y, long m, long d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<long> day_number(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  const std::string s(iso.substr(0, 10));
  const long y = std::strtol(s.c_str(), nullptr, 10);
  const long m = std::strtol(s.c_str() + 5, nullptr, 10);
  const long d = std::strtol(s.c_str() + 8, nullptr, 10);
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return days_from_civil(y, m, d);
}

}  // namespace

std::optional<long> days_between(std::string_view from, std::string_view to) {
  const auto a = day_number(from), b = day_number(to);
  if (!a || !b) return std::nullopt;
  return *b - *a;
}

}  // namespace sw::ui::engagements
