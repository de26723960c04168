// test_condition_reading.cpp — plain-language readings: labels (shortened, disambiguated, non-ASCII), choice and
// yes/no labels, every operator family, grouping, repeat groups, functions, the uses' leading words, and the
// literal fall-backs for what has no natural wording.
#include <gtest/gtest.h>

#include "condition_fixture.h"
#include "core/designer/condition_labels.h"
#include "core/designer/condition_reading.h"

namespace sw::designer {
namespace {

class ConditionReading : public ::testing::Test {
 protected:
  questionnaire::Questionnaire q = test::condition_questionnaire();
  ConditionContext top = ConditionContext::from(q);

  std::string shown(const std::string& text) { return read_condition(text, top, ConditionUse::Visible); }
  std::string computed(const std::string& text) { return read_condition(text, top, ConditionUse::Calculated); }
};

TEST_F(ConditionReading, TheIssueExample) {
  EXPECT_EQ(shown("{sites} > 1 and {gslb} = true"), "Shown when Number of sites is more than 1 and GSLB is Yes");
}

TEST_F(ConditionReading, LeadingWordsDependOnTheUse) {
  const std::string c = "{gslb} = true";
  EXPECT_EQ(read_condition(c, top, ConditionUse::Visible), "Shown when GSLB is Yes");
  EXPECT_EQ(read_condition(c, top, ConditionUse::Enable), "Enabled when GSLB is Yes");
  EXPECT_EQ(read_condition(c, top, ConditionUse::Required), "Required when GSLB is Yes");
  EXPECT_EQ(read_condition(c, top, ConditionUse::ChoiceVisible), "Offered when GSLB is Yes");
  EXPECT_EQ(read_condition(c, top, ConditionUse::Validation), "Valid when GSLB is Yes");
  EXPECT_EQ(read_condition("{sites} * 2", top, ConditionUse::Calculated), "Computed as Number of sites × 2");
}

TEST_F(ConditionReading, EmptyAndBrokenTexts) {
  EXPECT_EQ(read_condition("", top, ConditionUse::Visible), "Always shown");
  EXPECT_EQ(read_condition("  ", top, ConditionUse::Enable), "Always enabled");
  EXPECT_EQ(read_condition("", top, ConditionUse::Required), "Not required by a condition");
  EXPECT_EQ(read_condition("", top, ConditionUse::ChoiceVisible), "Always offered");
  EXPECT_EQ(read_condition("", top, ConditionUse::Validation), "");
  EXPECT_EQ(shown("{sites} > ("), "") << "no reading of text that does not parse";
}

TEST_F(ConditionReading, ChoiceLabels) {
  EXPECT_EQ(shown("{platform} = 'cisco_aci'"), "Shown when Load-balancing platform is Cisco ACI");
  EXPECT_EQ(shown("{platform} = 'CISCO_ACI '"), "Shown when Load-balancing platform is Cisco ACI")
      << "= ignores case and spaces, so the reading does too";
  EXPECT_EQ(shown("{platform} != 'f5'"), "Shown when Load-balancing platform is not F5 BIG-IP");
  EXPECT_EQ(shown("{platform} = 'other'"), "Shown when Load-balancing platform is Other");
  EXPECT_EQ(shown("{platform} = 'juniper'"), "Shown when Load-balancing platform is \"juniper\"")
      << "not a choice: the value as written";
  EXPECT_EQ(shown("'f5' = {platform}"), "Shown when Load-balancing platform is F5 BIG-IP");
}

TEST_F(ConditionReading, MultipleChoiceMembership) {
  EXPECT_EQ(shown("{features} contains 'waf'"), "Shown when Features needed includes Web application firewall");
  EXPECT_EQ(shown("{features} notcontains 'ssl'"), "Shown when Features needed does not include SSL offload");
  EXPECT_EQ(shown("{features} anyof ['waf', 'ssl']"),
            "Shown when Features needed includes any of Web application firewall or SSL offload");
  EXPECT_EQ(shown("{features} allof ['waf', 'ssl']"),
            "Shown when Features needed includes all of Web application firewall and SSL offload");
  EXPECT_EQ(shown("{features} noneof ['waf']"), "Shown when Features needed includes none of Web application firewall");
  EXPECT_EQ(shown("{features} = ['waf', 'ssl']"),
            "Shown when Features needed is exactly Web application firewall and SSL offload");
  EXPECT_EQ(shown("{platform} anyof ['f5', 'nginx', 'other']"),
            "Shown when Load-balancing platform is any of F5 BIG-IP, NGINX or Other");
  EXPECT_EQ(shown("{platform} noneof ['f5', 'nginx']"), "Shown when Load-balancing platform is none of F5 BIG-IP or NGINX");
}

TEST_F(ConditionReading, TextAndAnsweredness) {
  EXPECT_EQ(shown("{contact} contains 'net'"), "Shown when Nom du contact contains \"net\"");
  EXPECT_EQ(shown("{contact} notempty"), "Shown when Nom du contact is answered");
  EXPECT_EQ(shown("{contact} empty"), "Shown when Nom du contact is not answered");
  EXPECT_EQ(shown("{sites} = null"), "Shown when Number of sites is not answered");
  EXPECT_EQ(shown("{sites} != ''"), "Shown when Number of sites is answered");
  EXPECT_EQ(shown("{city} = 'Città'"), "Shown when Città principale is \"Città\"");
  EXPECT_EQ(shown("{contact.length} > 3"), "Shown when the length of Nom du contact is more than 3");
}

TEST_F(ConditionReading, Negations) {
  EXPECT_EQ(shown("!{gslb}"), "Shown when GSLB is not Yes");
  EXPECT_EQ(shown("!{sites}"), "Shown when Number of sites is 0 or not answered");
  EXPECT_EQ(shown("!({platform} = 'f5')"), "Shown when Load-balancing platform is not F5 BIG-IP");
  EXPECT_EQ(shown("not ({platform} != 'f5')"), "Shown when Load-balancing platform is F5 BIG-IP");
  EXPECT_EQ(shown("!({sites} > 1)"), "Shown when not (Number of sites is more than 1)")
      << "not the same as 'at most 1' when unanswered: stays literal";
  EXPECT_EQ(shown("!({contact} empty)"), "Shown when Nom du contact is answered");
  EXPECT_EQ(shown("!{contact}"), "Shown when not (Nom du contact is true)");
}

TEST_F(ConditionReading, BareReferencesAsConditions) {
  EXPECT_EQ(shown("{gslb}"), "Shown when GSLB is Yes");
  EXPECT_EQ(shown("{sites}"), "Shown when Number of sites is true");
  EXPECT_EQ(computed("{gslb}"), "Computed as GSLB") << "a value, not a test";
}

TEST_F(ConditionReading, Dates) {
  EXPECT_EQ(shown("{go_live} < '2027-01-01'"), "Shown when Target go-live date is before \"2027-01-01\"");
  EXPECT_EQ(shown("{go_live} >= today()"), "Shown when Target go-live date is on or after today");
  EXPECT_EQ(shown("{go_live} <= dateAdd(today(), 30)"), "Shown when Target go-live date is on or before today + 30 days");
  EXPECT_EQ(shown("dateDiff({go_live}, today(), 'months') > 3"),
            "Shown when the number of months from Target go-live date to today is more than 3");
  EXPECT_EQ(shown("diffDays(currentDate(), {go_live}) < 14"),
            "Shown when the number of days from now to Target go-live date is less than 14");
  EXPECT_EQ(shown("age({go_live}) >= 1"), "Shown when the full years since Target go-live date is at least 1");
  EXPECT_EQ(computed("year({go_live})"), "Computed as the year of Target go-live date");
  EXPECT_EQ(computed("month()"), "Computed as the current month (1-12)");
  EXPECT_EQ(computed("weekday({go_live})"), "Computed as the weekday (0 = Sunday) of Target go-live date");
  EXPECT_EQ(computed("today(7)"), "Computed as today + 7 days");
  EXPECT_EQ(computed("currentYear() - getYear({go_live})"),
            "Computed as (the current year) - (the year of Target go-live date)");
}

TEST_F(ConditionReading, GroupingFollowsTheParse) {
  EXPECT_EQ(shown("{sites} > 1 or {gslb} = true and {contact} notempty"),
            "Shown when Number of sites is more than 1 or (GSLB is Yes and Nom du contact is answered)");
  EXPECT_EQ(shown("({sites} > 1 or {gslb}) and {contact} empty"),
            "Shown when (Number of sites is more than 1 or GSLB is Yes) and Nom du contact is not answered");
  EXPECT_EQ(shown("({sites} + 1) * 2 > 4"), "Shown when (Number of sites + 1) × 2 is more than 4");
  EXPECT_EQ(shown("{sites} + 1 * 2 > 4"), "Shown when Number of sites + 1 × 2 is more than 4");
  EXPECT_EQ(computed("{sites} - ({sites} - 1)"), "Computed as Number of sites - (Number of sites - 1)");
  EXPECT_EQ(shown("{sites} % 2 = 0"), "Shown when Number of sites mod 2 is 0");
  EXPECT_EQ(computed("{sites} ^ 2 / 4"), "Computed as Number of sites to the power of 2 ÷ 4");
  EXPECT_EQ(shown("1 < 2 < 3"), "Shown when (1 is less than 2) is less than 3");
  EXPECT_EQ(shown("5 < {sites}"), "Shown when Number of sites is more than 5");
  EXPECT_EQ(shown("{sites} > {sites_list.length} + 1"),
            "Shown when Number of sites is more than the number of entries of Sites + 1");
}

TEST_F(ConditionReading, RepeatGroups) {
  auto in_group = ConditionContext::from(q, "sites_list", "dr");
  EXPECT_EQ(read_condition("{entry.site_users} > 100", in_group, ConditionUse::Visible),
            "Shown when Users at the site of this entry is more than 100");
  EXPECT_EQ(shown("{sites_list[0].site_name} = 'HQ'"), "Shown when Site name of the first entry of Sites is \"HQ\"");
  EXPECT_EQ(shown("{sites_list[-1].dr} = true"), "Shown when Disaster recovery site of the last entry of Sites is Yes");
  EXPECT_EQ(shown("{sites_list[2].site_users} > 1"), "Shown when Users at the site of entry 3 of Sites is more than 1");
  EXPECT_EQ(shown("{sites_list.length} >= 2"), "Shown when the number of entries of Sites is at least 2");
}

TEST_F(ConditionReading, InArrayFunctions) {
  EXPECT_EQ(computed("{sites} * 2 + sumInArray({sites_list}, 'site_users')"),
            "Computed as Number of sites × 2 + (the sum of Users at the site over the entries of Sites)");
  EXPECT_EQ(shown("countInArray({sites_list}, 'site_name', {dr} = true) > 0"),
            "Shown when the number of entries of Sites with Site name answered where Disaster recovery site is Yes is "
            "more than 0");
  EXPECT_EQ(computed("sumInArray({sites_list}, 'site_users', '{dr} = true')"),
            "Computed as the sum of Users at the site over the entries of Sites where Disaster recovery site is Yes");
  EXPECT_EQ(computed("avgInArray({sites_list}, 'site_users')"),
            "Computed as the average of Users at the site over the entries of Sites");
  EXPECT_EQ(computed("minInArray({sites_list}, 'site_users')"),
            "Computed as the smallest Users at the site among the entries of Sites");
  EXPECT_EQ(computed("maxInArray({sites_list}, 'site_users', 'site_name')"),
            "Computed as Site name of the entry of Sites with the largest Users at the site");
  EXPECT_EQ(computed("sumInArray({sites_list}, 'nope')"), "Computed as the sum of \"nope\" over the entries of Sites");
}

TEST_F(ConditionReading, WordedFunctionsInArithmeticAreKeptApart) {
  EXPECT_EQ(computed("round({sites} * 2) / 2"), "Computed as ((Number of sites × 2) rounded) ÷ 2");
  EXPECT_EQ(computed("1 + iif({gslb}, 1.5, 0) + 2"), "Computed as 1 + (1.5 if GSLB is Yes, otherwise 0) + 2");
  EXPECT_EQ(computed("{sites} + foo(1)"), "Computed as Number of sites + foo(1)") << "call forms need no parentheses";
  EXPECT_EQ(shown("round({sites}) > 2"), "Shown when Number of sites rounded is more than 2") << "comparisons read fine";
}

TEST_F(ConditionReading, OtherFunctions) {
  EXPECT_EQ(computed("iif({gslb}, 2, 1)"), "Computed as 2 if GSLB is Yes, otherwise 1");
  EXPECT_EQ(computed("iif({sites} > 3, 'big')"), "Computed as \"big\" if Number of sites is more than 3, otherwise nothing");
  EXPECT_EQ(computed("round({sites} / 3, 1)"), "Computed as (Number of sites ÷ 3) rounded to 1 decimal");
  EXPECT_EQ(computed("round({rom_days}, 2)"), "Computed as ROM rounded to 2 decimals");
  EXPECT_EQ(computed("trunc({rom_days})"), "Computed as ROM truncated");
  EXPECT_EQ(computed("sum({sites}, 2, {rom_days})"), "Computed as the sum of Number of sites, 2, ROM");
  EXPECT_EQ(computed("max({sites}, 1)"), "Computed as the largest of Number of sites, 1");
  EXPECT_EQ(computed("min({sites}, 1)"), "Computed as the smallest of Number of sites, 1");
  EXPECT_EQ(computed("avg({sites}, 1)"), "Computed as the average of Number of sites, 1");
  EXPECT_EQ(computed("count({features})"), "Computed as the number of values in Features needed");
  EXPECT_EQ(computed("substring({contact}, 0, 3)"),
            "Computed as the characters of Nom du contact from position 0 to 3 (counting from 0)");
  EXPECT_EQ(computed("getDate('2026-01-01')"), "Computed as the date \"2026-01-01\"");
}

TEST_F(ConditionReading, LiteralFallbacks) {
  EXPECT_EQ(shown("foo({sites}) > 1"), "Shown when foo(Number of sites) is more than 1") << "unknown function";
  EXPECT_EQ(shown("iif(1) = 2"), "Shown when iif(1) is 2") << "wrong argument count";
  EXPECT_EQ(shown("{zzz} = 1"), "Shown when {zzz} is 1") << "unknown reference as written";
  EXPECT_EQ(shown("[1, 2] contains 1"), "Shown when the list (1, 2) contains 1");
  EXPECT_EQ(computed("{\"a\": 1}"), "Computed as {\"a\":1}");
  EXPECT_EQ(shown("{platform} = f5"), "Shown when Load-balancing platform is F5 BIG-IP") << "a bare word is text";
  EXPECT_EQ(shown("{#sites} > 1"), "Shown when Number of sites is more than 1");
}

TEST_F(ConditionReading, ValidationAndCalculatedNames) {
  EXPECT_EQ(read_condition("{gslb_mode} != 'active_active' or {sites} >= 2", top, ConditionUse::Validation),
            "Valid when GSLB mode is not Active/active or Number of sites is at least 2");
  EXPECT_EQ(shown("{rom_days} > 20"), "Shown when ROM is more than 20");
  EXPECT_EQ(shown("{platform.other} contains 'x'"), "Shown when Load-balancing platform (other text) contains \"x\"");
  EXPECT_EQ(shown("{notes} notempty"), "Shown when Notes for … is answered");
}

TEST_F(ConditionReading, SameLabelsAreToldApart) {
  auto loaded = questionnaire::load_questionnaire(R"({"format": "scopewright.questionnaire/1", "id": "d",
    "version": "1", "title": "D", "sections": [{"id": "s", "title": "S", "questions": [
      {"id": "a", "type": "text", "label": "Name"}, {"id": "b", "type": "text", "label": "Name:"},
      {"id": "ok", "type": "yes_no", "label": "Happy?", "yes_label": "Très bien", "no_label": "Pas du tout"}]}]})",
                                                  "d.json");
  ASSERT_TRUE(loaded.ok());
  auto ctx = ConditionContext::from(loaded.questionnaire);
  EXPECT_EQ(read_condition("{a} = {b}", ctx, ConditionUse::Visible), "Shown when Name (a) is Name (b)");
  EXPECT_EQ(read_condition("{ok} = false or {ok}", ctx, ConditionUse::Visible),
            "Shown when Happy is Pas du tout or Happy is Très bien");
}

TEST(ShortLabel, Rules) {
  EXPECT_EQ(short_label("Number of sites?", "sites"), "Number of sites");
  EXPECT_EQ(short_label("Budget (EUR):", "b"), "Budget");
  EXPECT_EQ(short_label("(x)", "b"), "(x)");
  EXPECT_EQ(short_label("", "the_id"), "the_id");
  EXPECT_EQ(short_label("  Multi \n  line  ", "m"), "Multi line");
  EXPECT_EQ(short_label("{contact}'s role", "r"), "…'s role");
  EXPECT_EQ(short_label("Which load-balancing platform does your organisation use today?", "p"),
            "Which load-balancing platform does your…");
  std::string long_word;
  for (int i = 0; i < 45; ++i) long_word += "é";
  std::string expected;
  for (int i = 0; i < 40; ++i) expected += "é";
  EXPECT_EQ(short_label(long_word, "x"), expected + "…") << "cut between characters, not bytes";
}

}  // namespace
}  // namespace sw::designer
