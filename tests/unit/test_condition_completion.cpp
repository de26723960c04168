// test_condition_completion.cpp — completion at various cursor positions: references (top level, entry fields,
// indexed group entries, *InArray conditions), choice values after comparisons, yes/no, field names of
// *InArray, functions, operators, label matching, non-ASCII text and applying a candidate.
#include <gtest/gtest.h>

#include <algorithm>

#include "condition_fixture.h"
#include "core/designer/condition_completion.h"

namespace sw::designer {
namespace {

class ConditionCompletion : public ::testing::Test {
 protected:
  questionnaire::Questionnaire q = test::condition_questionnaire();
  ConditionContext top = ConditionContext::from(q);
  ConditionContext in_group = ConditionContext::from(q, "sites_list", "dr");

  // Completes at the '|' in `marked` (which is removed).
  Completions at(const std::string& marked, const ConditionContext* ctx = nullptr) {
    text = marked;
    const auto bar = text.find('|');
    cursor = bar == std::string::npos ? text.size() : bar;
    if (bar != std::string::npos) text.erase(bar, 1);
    return complete(text, cursor, ctx ? *ctx : top);
  }
  static std::vector<std::string> shown(const Completions& c) {
    std::vector<std::string> out;
    for (const auto& i : c.items) out.push_back(i.shown);
    return out;
  }
  static bool has(const Completions& c, const std::string& s) {
    auto v = shown(c);
    return std::find(v.begin(), v.end(), s) != v.end();
  }
  AppliedCompletion apply(const Completions& c, const std::string& which) {
    auto v = shown(c);
    auto it = std::find(v.begin(), v.end(), which);
    EXPECT_NE(it, v.end()) << which;
    return apply_completion(text, c, static_cast<std::size_t>(it - v.begin()));
  }

  std::string text;
  std::size_t cursor = 0;
};

TEST_F(ConditionCompletion, ReferenceIdsByPrefixWithLabelAndType) {
  auto c = at("{si");
  ASSERT_GE(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].shown, "sites");
  EXPECT_EQ(c.items[0].detail, "Number of sites? · number");
  EXPECT_EQ(c.items[0].kind, CompletionKind::Question);
  EXPECT_EQ(c.items[1].shown, "sites_list");
  EXPECT_EQ(c.items[1].detail, "Sites · repeat group");
  EXPECT_EQ(c.prefix, "si");
  EXPECT_FALSE(has(c, "gslb"));
  auto applied = apply(c, "sites");
  EXPECT_EQ(applied.text, "{sites}");
  EXPECT_EQ(applied.cursor, 7u);
}

TEST_F(ConditionCompletion, ClosingBraceIsNotDoubled) {
  auto c = at("{si|} > 1");
  auto applied = apply(c, "sites_list");
  EXPECT_EQ(applied.text, "{sites_list} > 1");
  EXPECT_EQ(applied.cursor, 12u);
}

TEST_F(ConditionCompletion, ReplacesTheWholeWordUnderTheCursor) {
  auto c = at("{sites} > 1 and {g|sl} = true");
  auto applied = apply(c, "gslb_mode");
  EXPECT_EQ(applied.text, "{sites} > 1 and {gslb_mode} = true");
}

TEST_F(ConditionCompletion, CalculatedValuesAndOtherTexts) {
  auto c = at("{rom");
  ASSERT_FALSE(c.items.empty());
  EXPECT_EQ(c.items[0].shown, "rom_days");
  EXPECT_EQ(c.items[0].kind, CompletionKind::Calculated);
  auto o = at("{platform.");
  EXPECT_EQ(shown(o), (std::vector<std::string>{"platform.other"})) << "a dotted name, not a group's field";
  auto p = at("{platf");
  EXPECT_TRUE(has(p, "platform"));
  EXPECT_TRUE(has(p, "platform.other"));
}

TEST_F(ConditionCompletion, LabelWordsMatchAfterIds) {
  auto c = at("{load");  // 'Load-balancing platform', and its "other" text
  EXPECT_EQ(shown(c), (std::vector<std::string>{"platform", "platform.other"}));
  EXPECT_EQ(c.items[1].detail, "Load-balancing platform · 'other' text");
  auto n = at("{nom");
  ASSERT_EQ(n.items.size(), 1u);
  EXPECT_EQ(n.items[0].shown, "contact");
  auto mixed = at("{s");  // ids starting with s; "SSL offload" is a choice label, not a question's
  EXPECT_EQ(shown(mixed), (std::vector<std::string>{"sites", "sites_list"}));
}

TEST_F(ConditionCompletion, ChoiceValuesAfterAComparison) {
  auto c = at("{platform} = '");
  EXPECT_EQ(shown(c), (std::vector<std::string>{"f5", "cisco_aci", "nginx", "other"}));
  EXPECT_EQ(c.items[1].detail, "Cisco ACI");
  EXPECT_EQ(c.items[1].kind, CompletionKind::ChoiceValue);
  auto applied = apply(c, "cisco_aci");
  EXPECT_EQ(applied.text, "{platform} = 'cisco_aci'");
  EXPECT_EQ(applied.cursor, applied.text.size());
  auto typed = at("{platform} != 'ci");
  ASSERT_EQ(typed.items.size(), 1u);
  EXPECT_EQ(typed.items[0].shown, "cisco_aci");
  auto by_label = at("{platform} = 'big");
  ASSERT_EQ(by_label.items.size(), 1u);
  EXPECT_EQ(by_label.items[0].shown, "f5");
}

TEST_F(ConditionCompletion, ChoiceValueInsideAnExistingString) {
  auto c = at("{platform} = 'ng|x' and {sites} > 1");
  auto applied = apply(c, "nginx");
  EXPECT_EQ(applied.text, "{platform} = 'nginx' and {sites} > 1");
}

TEST_F(ConditionCompletion, QuotedChoiceValuesWhereAnOperandIsExpected) {
  auto c = at("{features} contains ");
  ASSERT_GE(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].shown, "'waf'");
  EXPECT_EQ(c.items[1].shown, "'ssl'");
  auto applied = apply(c, "'ssl'");
  EXPECT_EQ(applied.text, "{features} contains 'ssl'");
  auto list = at("{features} anyof ['waf', '");
  EXPECT_TRUE(has(list, "ssl"));
  EXPECT_TRUE(has(list, "waf"));
}

TEST_F(ConditionCompletion, YesNoOffersTrueAndFalse) {
  auto c = at("{gslb} = ");
  ASSERT_GE(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].shown, "true");
  EXPECT_EQ(c.items[0].detail, "Yes");
  EXPECT_EQ(c.items[1].shown, "false");
  EXPECT_EQ(c.items[1].detail, "No");
}

TEST_F(ConditionCompletion, OperatorsAfterAnOperand) {
  auto c = at("{sites} > 1 ");
  EXPECT_TRUE(has(c, "and"));
  EXPECT_TRUE(has(c, "or"));
  EXPECT_TRUE(has(c, ">="));
  EXPECT_FALSE(has(c, "{sites}"));
  auto typed = at("{sites} > 1 an");
  EXPECT_EQ(shown(typed), (std::vector<std::string>{"and", "anyof"}));
  auto applied = apply(typed, "and");
  EXPECT_EQ(applied.text, "{sites} > 1 and ");
  auto glued = at("{contact}");
  auto empty_op = apply(glued, "notempty");
  EXPECT_EQ(empty_op.text, "{contact} notempty ");
}

TEST_F(ConditionCompletion, OperandsAfterAnOperator) {
  auto c = at("{sites} > 1 and ");
  EXPECT_TRUE(has(c, "{gslb}"));
  EXPECT_TRUE(has(c, "iif"));
  EXPECT_FALSE(has(c, "and"));
  auto typed = at("{sites} > 1 and gs");
  ASSERT_GE(typed.items.size(), 2u);
  EXPECT_EQ(typed.items[0].shown, "{gslb}");
  EXPECT_EQ(apply(typed, "{gslb}").text, "{sites} > 1 and {gslb}");
}

TEST_F(ConditionCompletion, FunctionsWithUsageAndCursorInsideTheCall) {
  auto c = at("sum");
  EXPECT_EQ(shown(c), (std::vector<std::string>{"sum", "sumInArray"}));
  EXPECT_EQ(c.items[1].detail, "sumInArray({group}, 'field', condition?)");
  EXPECT_EQ(c.items[1].kind, CompletionKind::Function);
  auto applied = apply(c, "sumInArray");
  EXPECT_EQ(applied.text, "sumInArray()");
  EXPECT_EQ(applied.cursor, 11u) << "inside the parentheses";
  auto none = at("currentY");
  auto year = apply(none, "currentYear");
  EXPECT_EQ(year.text, "currentYear()");
  EXPECT_EQ(year.cursor, 13u) << "after the parentheses: no arguments";
}

TEST_F(ConditionCompletion, EntryFieldsInsideARepeatGroup) {
  auto c = at("{entry.", &in_group);
  EXPECT_EQ(shown(c), (std::vector<std::string>{"entry.site_name", "entry.site_users", "entry.dr"}));
  auto applied = apply(at("{entry.site_u", &in_group), "entry.site_users");
  EXPECT_EQ(applied.text, "{entry.site_users}");
  auto start = at("{site", &in_group);
  ASSERT_FALSE(start.items.empty());
  EXPECT_EQ(start.items[0].shown, "entry.site_name") << "a group's own fields first";
  auto operand = at("", &in_group);
  ASSERT_FALSE(operand.items.empty());
  EXPECT_EQ(operand.items[0].shown, "{entry.site_name}");
  EXPECT_FALSE(has(at("{entry."), "entry.site_name")) << "no entry outside a group";
}

TEST_F(ConditionCompletion, FieldsOfAnIndexedEntry) {
  auto c = at("{sites_list[0].");
  EXPECT_EQ(shown(c), (std::vector<std::string>{"sites_list[0].site_name", "sites_list[0].site_users",
                                                "sites_list[0].dr"}));
}

TEST_F(ConditionCompletion, InArrayFieldNamesAndConditions) {
  auto c = at("sumInArray({sites_list}, '");
  EXPECT_EQ(shown(c), (std::vector<std::string>{"site_name", "site_users", "dr"}));
  EXPECT_EQ(apply(c, "site_users").text, "sumInArray({sites_list}, 'site_users'");
  auto cond = at("countInArray({sites_list}, 'site_name', {d");
  ASSERT_FALSE(cond.items.empty());
  EXPECT_EQ(cond.items[0].shown, "dr") << "plain {field} names the entry's field in the condition";
  auto choice = at("countInArray({sites_list}, 'site_name', {dr} = ");
  ASSERT_FALSE(choice.items.empty());
  EXPECT_EQ(choice.items[0].shown, "true");
}

TEST_F(ConditionCompletion, NonAsciiTextBeforeTheCursor) {
  auto c = at("{city} = 'Città' and {pla");
  auto applied = apply(c, "platform");
  EXPECT_EQ(applied.text, "{city} = 'Città' and {platform}");
  EXPECT_EQ(applied.cursor, applied.text.size());
  auto mid = complete(text, 13, top);  // inside the 'à' (not a character boundary): moved back, still works
  EXPECT_LE(mid.begin, 13u);
}

TEST_F(ConditionCompletion, NothingToOffer) {
  EXPECT_TRUE(at("12").items.empty()) << "a number being typed";
  EXPECT_TRUE(at("'some text").items.empty()) << "a string that is not compared with a choice question";
  EXPECT_TRUE(at("{zzz").items.empty());
  EXPECT_TRUE(at("{sites}").items.empty() == false) << "operators after the reference";
}

TEST_F(ConditionCompletion, ApplyOutOfRangeChangesNothing) {
  auto c = at("{si");
  auto applied = apply_completion(text, c, 999);
  EXPECT_EQ(applied.text, "{si");
}

TEST_F(ConditionCompletion, CursorPastTheEndIsClamped) {
  auto c = complete("{si", 100, top);
  EXPECT_EQ(c.prefix, "si");
  EXPECT_EQ(c.items[0].shown, "sites");
}

}  // namespace
}  // namespace sw::designer
