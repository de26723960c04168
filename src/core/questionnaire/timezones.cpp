// timezones.cpp — look-ups in the generated time zone table (both lists are sorted: binary search).
#include "core/questionnaire/timezones.h"

#include <algorithm>

namespace sw::questionnaire {

std::span<const TimeZone> time_zones() { return {tzdata::kZones, tzdata::kZoneCount}; }

std::optional<std::string_view> canonical_time_zone(std::string_view name) {
  const auto zones = time_zones();
  const auto z = std::lower_bound(zones.begin(), zones.end(), name,
                                  [](const TimeZone& a, std::string_view n) { return a.name < n; });
  if (z != zones.end() && z->name == name) return z->name;
  const std::span<const TimeZoneAlias> aliases(tzdata::kAliases, tzdata::kAliasCount);
  const auto a = std::lower_bound(aliases.begin(), aliases.end(), name,
                                  [](const TimeZoneAlias& x, std::string_view n) { return x.name < n; });
  if (a != aliases.end() && a->name == name) return a->canonical;
  return std::nullopt;
}

bool is_time_zone(std::string_view name) { return canonical_time_zone(name).has_value(); }

std::string_view tzdata_version() { return tzdata::kVersion; }

}  // namespace sw::questionnaire
