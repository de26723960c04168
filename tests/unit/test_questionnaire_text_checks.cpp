// test_questionnaire_text_checks.cpp — ids, dates, timestamps, currency codes and format tags.
#include <gtest/gtest.h>

#include "core/questionnaire/text_checks.h"

namespace {

using namespace sw::questionnaire;

TEST(QuestionnaireTextChecks, Identifiers) {
  EXPECT_TRUE(is_identifier("site_name"));
  EXPECT_TRUE(is_identifier("_x1"));
  EXPECT_FALSE(is_identifier("1st"));
  EXPECT_FALSE(is_identifier("site-name"));
  EXPECT_FALSE(is_identifier(""));
  EXPECT_FALSE(is_identifier(std::string(65, 'a')));
  EXPECT_TRUE(is_slug("lb.medical-v2"));
  EXPECT_FALSE(is_slug("Medical"));
  EXPECT_FALSE(is_slug("-x"));
}

TEST(QuestionnaireTextChecks, Dates) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_TRUE(is_iso_date("2000-02-29"));
  EXPECT_FALSE(is_iso_date("1900-02-29"));
  EXPECT_FALSE(is_iso_date("2024-13-01"));
  EXPECT_FALSE(is_iso_date("2024-4-01"));
  EXPECT_TRUE(is_iso_datetime("2024-05-02T09:30:00Z"));
  EXPECT_TRUE(is_iso_datetime("2024-05-02T09:30+05:30"));
  EXPECT_TRUE(is_iso_datetime("2024-05-02T09:30:00.123-04:00"));
  EXPECT_FALSE(is_iso_datetime("2024-05-02T09:30:00"));  // no zone: ambiguous
  EXPECT_FALSE(is_iso_datetime("2024-05-02 09:30:00Z"));
  EXPECT_FALSE(is_iso_datetime("2024-05-02T24:00:00Z"));
  EXPECT_FALSE(is_iso_datetime("2024-05-02T09:30:00.Z"));
}

TEST(QuestionnaireTextChecks, CurrencyCodes) {
  EXPECT_TRUE(is_currency_code("GBP"));
  EXPECT_FALSE(is_currency_code("gbp"));
  EXPECT_FALSE(is_currency_code("GBPX"));
}

TEST(QuestionnaireTextChecks, FormatTags) {
  auto v = parse_format_tag("scopewright.answers/1.2", "scopewright.answers");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->major, 1);
  EXPECT_EQ(v->minor, 2);
  EXPECT_FALSE(parse_format_tag("scopewright.answers/01", "scopewright.answers"));
  EXPECT_FALSE(parse_format_tag("scopewright.answers/", "scopewright.answers"));
  EXPECT_FALSE(parse_format_tag("scopewright.answers/0", "scopewright.answers"));
  EXPECT_FALSE(parse_format_tag("scopewright.answersx/1", "scopewright.answers"));
  bool fatal = false;
  int minor = -1;
  EXPECT_EQ(check_format_tag("x/1", "x", 1, 0, fatal, minor), "");
  EXPECT_FALSE(fatal);
  EXPECT_EQ(minor, 0);
  EXPECT_NE(check_format_tag("x/1.1", "x", 1, 0, fatal, minor), "");
  EXPECT_FALSE(fatal);
  EXPECT_EQ(minor, 1);
  check_format_tag("x/2", "x", 1, 0, fatal, minor);
  EXPECT_TRUE(fatal);
}

}  // namespace
