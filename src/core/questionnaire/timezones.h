// timezones.h — the IANA time zone names offered by "timezone" questions (data generated from tzdata).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace sw::questionnaire {

struct TimeZone {
  std::string_view name;       // "Europe/London"
  std::string_view countries;  // ISO 3166 codes, comma-separated ("GB,GG,IM,JE"); "" for UTC
};

struct TimeZoneAlias {
  std::string_view name;       // "Asia/Calcutta", "US/Eastern", "Etc/GMT+5"
  std::string_view canonical;  // a listed zone when one is equivalent, else the alias itself
};

/// The pickable zones, sorted by name (about 420: one per country and zone, plus "UTC").
std::span<const TimeZone> time_zones();

/// True for a listed zone or any other tzdata zone or link name.
bool is_time_zone(std::string_view name);

/// The listed zone equivalent to name (itself when listed), the tzdata name when it has no listed
/// equivalent, or nullopt when name is not a tzdata name at all.
std::optional<std::string_view> canonical_time_zone(std::string_view name);

/// The tzdata release the table was generated from, e.g. "2025b".
std::string_view tzdata_version();

namespace tzdata {  // the generated table (timezones_data.cpp)
extern const char kVersion[];
extern const TimeZone kZones[];
extern const std::size_t kZoneCount;
extern const TimeZoneAlias kAliases[];
extern const std::size_t kAliasCount;
}  // namespace tzdata

}  // namespace sw::questionnaire
