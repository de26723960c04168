// test_questionnaire_timezones.cpp — the generated IANA zone table and its look-ups.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/questionnaire/timezones.h"

namespace {

using namespace sw::questionnaire;

TEST(QuestionnaireTimeZones, ListIsSortedUniqueAndPlausible) {
  const auto zones = time_zones();
  ASSERT_GT(zones.size(), 300u);  // zone.tab has one entry per country and zone
  EXPECT_TRUE(std::is_sorted(zones.begin(), zones.end(), [](const TimeZone& a, const TimeZone& b) { return a.name < b.name; }));
  std::set<std::string_view> names;
  for (const auto& z : zones) EXPECT_TRUE(names.insert(z.name).second) << z.name;
  for (const char* expected : {"Europe/London", "America/New_York", "Asia/Kolkata", "Europe/Oslo", "UTC"})
    EXPECT_TRUE(names.count(expected)) << expected;
  const auto london = std::find_if(zones.begin(), zones.end(), [](const TimeZone& z) { return z.name == "Europe/London"; });
  EXPECT_NE(london->countries.find("GB"), std::string_view::npos);
  EXPECT_FALSE(tzdata_version().empty());
}

TEST(QuestionnaireTimeZones, AliasesResolveToListedZones) {
  EXPECT_EQ(canonical_time_zone("Europe/London"), "Europe/London");
  EXPECT_EQ(canonical_time_zone("Asia/Calcutta"), "Asia/Kolkata");
  EXPECT_EQ(canonical_time_zone("US/Eastern"), "America/New_York");
  EXPECT_EQ(canonical_time_zone("Etc/UTC"), "UTC");
  EXPECT_TRUE(is_time_zone("Etc/GMT+5"));  // a tzdata zone with no listed equivalent is still valid
  EXPECT_FALSE(is_time_zone("Mars/Olympus"));
  EXPECT_FALSE(is_time_zone("europe/london"));  // names are case-sensitive
  EXPECT_FALSE(is_time_zone(""));
}

}  // namespace
