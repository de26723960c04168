// test_designer_properties.cpp — the designer's property edits: ids (format and uniqueness), types, texts,
// numbers, conditions, defaults, validators, choices, sections and the questionnaire's fields; each refusal.
#include <gtest/gtest.h>

#include "core/designer/check.h"
#include "core/designer/edits_properties.h"
#include "designer_fixture.h"

namespace sw::designer {
namespace {

using questionnaire::QuestionType;

const QuestionRef kName{0, 0, {}}, kGslb{0, 1, {}}, kPlatform{0, 2, {}}, kSites{1, 1, {}}, kSiteName{1, 1, 0};

const questionnaire::Question& at(const Document& d, const QuestionRef& r) { return *find(d.questionnaire(), r); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(DesignerProperties, QuestionIdsAreCheckedForFormatAndUniqueness) {
  Document d = test::sample_document();
  EXPECT_TRUE(contains(d.apply(set_question_id(kName, "2fast")), "not a valid id"));
  EXPECT_TRUE(contains(d.apply(set_question_id(kName, "has space")), "not a valid id"));
  EXPECT_TRUE(contains(d.apply(set_question_id(kName, std::string(65, 'a'))), "not a valid id"));
  EXPECT_TRUE(contains(d.apply(set_question_id(kName, "platform")), "already the id"));
  EXPECT_EQ(d.apply(set_question_id(kName, "customer_name")), "");
  EXPECT_EQ(at(d, kName).id, "customer_name");
  // Fields are unique within their group only.
  EXPECT_TRUE(contains(d.apply(set_question_id(kSiteName, "vips")), "already has a field"));
  EXPECT_EQ(d.apply(set_question_id(kSiteName, "gslb")), "");
}

TEST(DesignerProperties, ChangingTheTypeAddsWhatTheTypeNeedsAndClearsADefaultThatNoLongerFits) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(set_default(kName, "Acme")), "");
  ASSERT_EQ(d.apply(set_question_type(kName, QuestionType::MultipleChoice)), "");
  EXPECT_EQ(at(d, kName).choices.size(), 2u);
  EXPECT_TRUE(at(d, kName).default_value.is_null());
  EXPECT_TRUE(contains(d.apply(set_question_type(kSiteName, QuestionType::Repeat)), "cannot be nested"));
  ASSERT_EQ(d.apply(set_question_type(kGslb, QuestionType::Currency)), "");
  EXPECT_EQ(at(d, kGslb).currency, "EUR");
}

TEST(DesignerProperties, DefaultsMustFitTheQuestion) {
  Document d = test::sample_document();
  EXPECT_TRUE(contains(d.apply(set_default(kGslb, "yes")), "does not fit"));
  EXPECT_EQ(d.apply(set_default(kGslb, true)), "");
  EXPECT_TRUE(contains(d.apply(set_default(kPlatform, "c")), "does not fit"));
  EXPECT_EQ(d.apply(set_default(kPlatform, "b")), "");
  EXPECT_EQ(d.apply(set_default(kPlatform, nullptr)), "");
  EXPECT_TRUE(at(d, kPlatform).default_value.is_null());
}

TEST(DesignerProperties, NumbersAreCheckedAndCountsAreWhole) {
  Document d = test::sample_document();
  const QuestionRef sites{1, 0, {}};
  EXPECT_EQ(d.apply(set_question_number(sites, QuestionNumber::Min, 1.5)), "");
  EXPECT_EQ(*at(d, sites).validation.min, 1.5);
  EXPECT_TRUE(contains(d.apply(set_question_number(sites, QuestionNumber::Step, 0)), "greater than 0"));
  EXPECT_TRUE(contains(d.apply(set_question_number(kSites, QuestionNumber::MinCount, 1.5)), "whole number"));
  EXPECT_TRUE(contains(d.apply(set_question_number(kSites, QuestionNumber::MaxCount, -1)), "negative"));
  EXPECT_EQ(d.apply(set_question_number(kSites, QuestionNumber::MaxCount, 8)), "");
  EXPECT_EQ(*at(d, kSites).max_count, 8);
  EXPECT_EQ(d.apply(set_question_number(kSites, QuestionNumber::MaxCount, std::nullopt)), "");
  EXPECT_FALSE(at(d, kSites).max_count.has_value());
  EXPECT_TRUE(contains(d.apply(set_question_number(kName, QuestionNumber::ScaleMax, 500)), "at most 101"));
}

TEST(DesignerProperties, ConditionsAreSetAndRemovedAndBadOnesAreReportedByTheCheck) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(set_question_condition(kPlatform, ConditionKind::Visible, "{gslb} = true")), "");
  EXPECT_EQ(at(d, kPlatform).conditions.visible_if->text, "{gslb} = true");
  EXPECT_TRUE(check_draft(d.questionnaire(), "t.json").ok());
  ASSERT_EQ(d.apply(set_question_condition(kPlatform, ConditionKind::Required, "{nosuch} > 1")), "");
  const auto check = check_draft(d.questionnaire(), "t.json");
  ASSERT_FALSE(check.ok());
  EXPECT_TRUE(contains(check.errors().front(), "/sections/0/questions/2/required_if")) << check.errors().front();
  ASSERT_EQ(d.apply(set_question_condition(kPlatform, ConditionKind::Required, "")), "");
  EXPECT_FALSE(at(d, kPlatform).conditions.required_if.has_value());
  EXPECT_TRUE(check_draft(d.questionnaire(), "t.json").ok());
}

TEST(DesignerProperties, TextsFlagsAndValidators) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(set_question_text(kName, QuestionText::Help, "Legal name")), "");
  ASSERT_EQ(d.apply(set_question_text(kName, QuestionText::Pattern, "[A-Z].*")), "");
  ASSERT_EQ(d.apply(set_required(kName, true)), "");
  ASSERT_EQ(d.apply(add_validator(kName)), "");
  ASSERT_EQ(d.apply(set_validator(kName, 0, true, "Too short")), "");
  const auto& q = at(d, kName);
  EXPECT_EQ(q.help, "Legal name");
  EXPECT_EQ(*q.validation.pattern, "[A-Z].*");
  EXPECT_TRUE(q.required);
  ASSERT_EQ(q.validators.size(), 1u);
  EXPECT_EQ(q.validators[0].message, "Too short");
  EXPECT_TRUE(check_draft(d.questionnaire(), "t.json").ok());
  EXPECT_TRUE(contains(d.apply(remove_validator(kName, 3)), "does not exist"));
  ASSERT_EQ(d.apply(set_question_text(kName, QuestionText::Pattern, "")), "");
  EXPECT_FALSE(at(d, kName).validation.pattern.has_value());
}

TEST(DesignerProperties, ChoicesAddRemoveReorderAndValuesAreChecked) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_choice(kPlatform)), "");
  EXPECT_EQ(at(d, kPlatform).choices[2].value, "option_3");
  ASSERT_EQ(d.apply(move_choice(kPlatform, 2, 0)), "");
  EXPECT_EQ(at(d, kPlatform).choices[0].value, "option_3");
  EXPECT_TRUE(contains(d.apply(set_choice_value(kPlatform, 0, "a")), "already has the value"));
  EXPECT_TRUE(contains(d.apply(set_choice_value(kPlatform, 0, "")), "cannot be empty"));
  ASSERT_EQ(d.apply(set_choice_value(kPlatform, 0, "c")), "");
  ASSERT_EQ(d.apply(set_choice_label(kPlatform, 0, "C")), "");
  ASSERT_EQ(d.apply(set_allow_other(kPlatform, true)), "");
  EXPECT_TRUE(contains(d.apply(set_choice_value(kPlatform, 0, "other")), "reserved"));
  ASSERT_EQ(d.apply(remove_choice(kPlatform, 0)), "");
  ASSERT_EQ(d.apply(remove_choice(kPlatform, 0)), "");
  EXPECT_TRUE(contains(d.apply(remove_choice(kPlatform, 0)), "at least one choice"));
  EXPECT_TRUE(contains(d.apply(add_choice(kName)), "only single_choice"));
  EXPECT_TRUE(check_draft(d.questionnaire(), "t.json").ok());
}

TEST(DesignerProperties, SectionsAndTheQuestionnaire) {
  Document d = test::sample_document();
  EXPECT_TRUE(contains(d.apply(set_section_id(0, "sites")), "already has the id"));
  EXPECT_TRUE(contains(d.apply(set_section_id(0, "bad-id")), "not a valid section id"));
  ASSERT_EQ(d.apply(set_section_id(0, "intro")), "");
  ASSERT_EQ(d.apply(set_section_title(0, "Introduction")), "");
  ASSERT_EQ(d.apply(set_section_condition(1, ConditionKind::Visible, "{gslb} = true")), "");
  EXPECT_TRUE(contains(d.apply(set_questionnaire_id("Not A Slug")), "not a valid questionnaire id"));
  ASSERT_EQ(d.apply(set_questionnaire_id("sample.acme")), "");
  ASSERT_EQ(d.apply(set_questionnaire_text(QuestionnaireText::Intro, "Hello")), "");
  EXPECT_EQ(d.questionnaire().sections[0].title, "Introduction");
  EXPECT_EQ(d.questionnaire().intro, "Hello");
  EXPECT_TRUE(check_draft(d.questionnaire(), "t.json").ok());
}

}  // namespace
}  // namespace sw::designer
