// test_condition_check.cpp — live checking of condition text: columns in characters (UTF-8), what was expected,
// names of the questionnaire and of a repeat group, hints, warnings, empty texts and self-references.
#include <gtest/gtest.h>

#include "condition_fixture.h"
#include "core/designer/condition_check.h"

namespace sw::designer {
namespace {

class ConditionCheck : public ::testing::Test {
 protected:
  questionnaire::Questionnaire q = test::condition_questionnaire();
  ConditionContext top = ConditionContext::from(q);
  ConditionContext in_group = ConditionContext::from(q, "sites_list", "dr");

  std::vector<ConditionIssue> check(const std::string& text, ConditionUse use = ConditionUse::Visible) {
    return check_condition(text, top, use);
  }
};

TEST_F(ConditionCheck, ValidConditionsHaveNoIssues) {
  EXPECT_TRUE(check("{sites} > 1 and {gslb} = true").empty());
  EXPECT_TRUE(check("{platform} = 'cisco_aci' or {platform.other} notempty").empty());
  EXPECT_TRUE(check("countInArray({sites_list}, 'site_name', {dr} = true) > 0").empty());
  EXPECT_TRUE(check("{sites_list[0].site_users} >= 10 and {rom_days} < 30").empty());
}

TEST_F(ConditionCheck, SyntaxErrorHasColumnAndWhatWasExpected) {
  auto issues = check("{sites} > (1");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].severity, Severity::Error);
  EXPECT_EQ(issues[0].column, 13);
  EXPECT_EQ(issues[0].offset, 12u);
  EXPECT_EQ(issues[0].message, "expected ')' to close '(' opened at column 11 but found the end of the expression");
  EXPECT_EQ(issues[0].text(), "column 13: " + issues[0].message);
}

TEST_F(ConditionCheck, ColumnsCountCharactersNotBytes) {
  const std::string text = "'Zürich' = {cty}";  // ü is two bytes
  auto issues = check(text);
  ASSERT_FALSE(issues.empty());
  EXPECT_EQ(issues[0].column, 12);
  EXPECT_EQ(issues[0].offset, 12u) << "the byte offset of '{' is one more than its character index";
  EXPECT_EQ(text.substr(issues[0].offset, 5), "{cty}");
  EXPECT_NE(issues[0].message.find("unknown reference {cty}"), std::string::npos);
  EXPECT_NE(issues[0].message.find("did you mean {city}?"), std::string::npos) << issues[0].message;
}

TEST_F(ConditionCheck, SyntaxErrorAfterNonAsciiText) {
  const std::string text = "{city} = 'Città' and (";
  auto issues = check(text);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].column, 23);
  EXPECT_EQ(issues[0].offset, text.size());
  EXPECT_NE(issues[0].message.find("expected a value"), std::string::npos) << issues[0].message;
}

TEST_F(ConditionCheck, UnclosedStringSaysWhereItOpened) {
  auto issues = check("{platform} = 'f5");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].column, 17);
  EXPECT_NE(issues[0].message.find("opened at column 14"), std::string::npos) << issues[0].message;
}

TEST_F(ConditionCheck, UnknownReferenceSuggestsTheClosestId) {
  auto issues = check("{site} > 1");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].column, 1);
  EXPECT_EQ(issues[0].message, "unknown reference {site} (did you mean {sites}?)");
  auto far = check("{completely_else} > 1");
  ASSERT_EQ(far.size(), 1u);
  EXPECT_EQ(far[0].message, "unknown reference {completely_else}");
}

TEST_F(ConditionCheck, RepeatGroupFieldsNeedEntryInsideTheGroup) {
  EXPECT_TRUE(check_condition("{entry.site_users} > 100", in_group, ConditionUse::Visible).empty());
  auto bare = check_condition("{site_users} > 100", in_group, ConditionUse::Visible);
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_NE(bare[0].message.find("write {entry.site_users}"), std::string::npos) << bare[0].message;
  auto typo = check_condition("{entry.site_usr} > 1", in_group, ConditionUse::Visible);
  ASSERT_EQ(typo.size(), 1u);
  EXPECT_NE(typo[0].message.find("the entries of 'sites_list' have site_name, site_users, dr"), std::string::npos)
      << typo[0].message;
  auto outside = check("{entry.site_name} = 'HQ'");
  ASSERT_EQ(outside.size(), 1u);
  EXPECT_NE(outside[0].message.find("can only be used inside a repeat group"), std::string::npos);
}

TEST_F(ConditionCheck, GroupFieldWithoutEntryIndex) {
  auto issues = check("{sites_list.site_name} = 'HQ'");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("without saying which entry"), std::string::npos);
}

TEST_F(ConditionCheck, FunctionsAreChecked) {
  auto arity = check("{sites} > 1 and iif({gslb})");
  ASSERT_EQ(arity.size(), 1u);
  EXPECT_EQ(arity[0].column, 17);
  EXPECT_NE(arity[0].message.find("'iif' takes 2 to 3 arguments but is given 1"), std::string::npos);
  auto unknown = check("Sum({sites}) > 1");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_NE(unknown[0].message.find("did you mean 'sum'"), std::string::npos);
}

TEST_F(ConditionCheck, WarningsDoNotCountAsErrors) {
  auto issues = check("{platform} = f5");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].severity, Severity::Warning);
  EXPECT_EQ(issues[0].column, 14);
  EXPECT_FALSE(has_error(issues));
  EXPECT_EQ(issues[0].text().rfind("column 14: warning: the unquoted word 'f5'", 0), 0u) << issues[0].text();
  auto types = check("{sites} * 2 = 'many'");
  ASSERT_EQ(types.size(), 1u);
  EXPECT_NE(types[0].message.find("compares a number with a string"), std::string::npos);
}

TEST_F(ConditionCheck, SeveralIssuesInColumnOrder) {
  auto issues = check("{b} = 1 or {a} = 2 or iif(1)");
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0].column, 1);
  EXPECT_EQ(issues[1].column, 12);
  EXPECT_EQ(issues[2].column, 23);
  EXPECT_TRUE(has_error(issues));
}

TEST_F(ConditionCheck, EmptyTextIsAlwaysForConditionsButAnErrorForExpressions) {
  EXPECT_TRUE(check("").empty());
  EXPECT_TRUE(check("   ", ConditionUse::Required).empty());
  auto v = check(" ", ConditionUse::Validation);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_NE(v[0].message.find("the expression is empty"), std::string::npos);
  EXPECT_EQ(check("", ConditionUse::Calculated).size(), 1u);
}

TEST_F(ConditionCheck, SelfReferences) {
  auto own = ConditionContext::from(q, "", "gslb");
  auto hidden = check_condition("{gslb} = true", own, ConditionUse::Visible);
  ASSERT_EQ(hidden.size(), 1u);
  EXPECT_EQ(hidden[0].severity, Severity::Warning);
  EXPECT_NE(hidden[0].message.find("cannot change it back"), std::string::npos);
  EXPECT_TRUE(check_condition("{gslb} = true", own, ConditionUse::Validation).empty()) << "validators read their own answer";
  auto calc = ConditionContext::from(q, "", "rom_days");
  auto cycle = check_condition("{rom_days} + 1", calc, ConditionUse::Calculated);
  ASSERT_EQ(cycle.size(), 1u);
  EXPECT_EQ(cycle[0].severity, Severity::Error);
  EXPECT_NE(check_condition("{entry.dr} = true", in_group, ConditionUse::Enable).size(), 0u)
      << "a field's own answer inside its group";
}

TEST_F(ConditionCheck, ColumnHelpers) {
  const std::string text = "é{a}ü";
  EXPECT_EQ(byte_offset_of_column(text, 1), 0u);
  EXPECT_EQ(byte_offset_of_column(text, 2), 2u);
  EXPECT_EQ(byte_offset_of_column(text, 5), 5u);
  EXPECT_EQ(byte_offset_of_column(text, 6), text.size());
  EXPECT_EQ(byte_offset_of_column(text, 99), text.size());
  EXPECT_EQ(column_of_byte_offset(text, 2), 2);
  EXPECT_EQ(column_of_byte_offset(text, text.size()), 6);
}

}  // namespace
}  // namespace sw::designer
