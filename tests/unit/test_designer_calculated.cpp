// test_designer_calculated.cpp — the designer's calculated value edits: add, delete, duplicate, move, every field,
// and each refusal the format requires; every edit one undo step.
#include <gtest/gtest.h>

#include "core/designer/check.h"
#include "core/designer/condition_dependencies.h"
#include "core/designer/edits_calculated.h"
#include "core/designer/edits_properties.h"
#include "designer_fixture.h"

namespace sw::designer {
namespace {

using questionnaire::ValueFormat;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(DesignerCalculated, AddGivesAFreshIdAndAValidValue) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_calculated(0)), "");
  ASSERT_EQ(d.apply(add_calculated(5)), "") << "a position past the end adds at the end";
  const auto& c = d.questionnaire().calculated;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].id, "value_1");
  EXPECT_EQ(c[1].id, "value_2");
  EXPECT_EQ(c[0].expression.text, "0");
  EXPECT_TRUE(check_draft(d.questionnaire(), "sample.json").ok());
  EXPECT_TRUE(d.undo());
  EXPECT_EQ(d.questionnaire().calculated.size(), 1u);
}

TEST(DesignerCalculated, IdsAreIdentifiersUniqueAmongQuestionsAndCalculatedValues) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_calculated(0)), "");
  ASSERT_EQ(d.apply(add_calculated(1)), "");
  EXPECT_TRUE(contains(d.apply(set_calculated_id(0, "2days")), "not a valid id"));
  EXPECT_TRUE(contains(d.apply(set_calculated_id(0, "gslb")), "already the id")) << "a question's id";
  EXPECT_TRUE(contains(d.apply(set_calculated_id(0, "value_2")), "already the id")) << "another calculated value's";
  EXPECT_EQ(d.apply(set_calculated_id(0, "rom_days")), "");
  EXPECT_EQ(d.questionnaire().calculated[0].id, "rom_days");
  EXPECT_EQ(d.apply(set_calculated_id(0, "rom_days")), "") << "its own id again changes nothing";
  EXPECT_TRUE(contains(d.apply(set_calculated_id(7, "x")), "does not exist"));
  // A question cannot take a calculated value's id either.
  EXPECT_TRUE(contains(d.apply(set_question_id({0, 0, {}}, "rom_days")), "already the id"));
}

TEST(DesignerCalculated, TextsMergeWhileTypingAndTheExpressionIsCheckedByTheDraftCheck) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_calculated(0)), "");
  const std::size_t depth = d.undo_depth();
  ASSERT_EQ(d.apply(set_calculated_text(0, CalculatedText::Expression, "{gslb_")), "");
  ASSERT_EQ(d.apply(set_calculated_text(0, CalculatedText::Expression, "{gslb_sites} * 2")), "");
  EXPECT_EQ(d.undo_depth(), depth + 1) << "typing one field is one step";
  d.seal();
  ASSERT_EQ(d.apply(set_calculated_text(0, CalculatedText::Label, "Days for {name}")), "");
  ASSERT_EQ(d.apply(set_calculated_text(0, CalculatedText::Unit, "days")), "");
  const auto& c = d.questionnaire().calculated[0];
  EXPECT_EQ(c.expression.text, "{gslb_sites} * 2");
  EXPECT_EQ(c.label, "Days for {name}");
  EXPECT_EQ(c.unit, "days");
  EXPECT_TRUE(check_draft(d.questionnaire(), "sample.json").ok());
  ASSERT_EQ(d.apply(set_calculated_text(0, CalculatedText::Expression, "")), "");
  const auto broken = check_draft(d.questionnaire(), "sample.json");
  ASSERT_FALSE(broken.ok()) << "an empty expression is an error the check reports";
  EXPECT_TRUE(contains(broken.errors().front(), "/calculated/0/expression")) << broken.errors().front();
}

TEST(DesignerCalculated, CurrencyIsRequiredForFormatCurrencyOnly) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_calculated(0)), "");
  EXPECT_TRUE(contains(d.apply(set_calculated_currency(0, "GBP")), "only a value of format currency"));
  ASSERT_EQ(d.apply(set_calculated_format(0, ValueFormat::Currency)), "");
  EXPECT_EQ(d.questionnaire().calculated[0].currency, "EUR") << "filled in, like a currency question";
  EXPECT_TRUE(contains(d.apply(set_calculated_currency(0, "")), "needs its currency code"));
  EXPECT_TRUE(contains(d.apply(set_calculated_currency(0, "pounds")), "not an ISO 4217"));
  ASSERT_EQ(d.apply(set_calculated_currency(0, "GBP")), "");
  EXPECT_EQ(d.questionnaire().calculated[0].currency, "GBP");
  EXPECT_TRUE(check_draft(d.questionnaire(), "sample.json").ok());
  ASSERT_EQ(d.apply(set_calculated_format(0, ValueFormat::Percent)), "");
  EXPECT_EQ(d.questionnaire().calculated[0].currency, "") << "a percent has no currency";
  EXPECT_TRUE(check_draft(d.questionnaire(), "sample.json").diagnostics.empty());
  d.undo();
  EXPECT_EQ(d.questionnaire().calculated[0].currency, "GBP");
  EXPECT_EQ(d.questionnaire().calculated[0].format, ValueFormat::Currency);
}

TEST(DesignerCalculated, ShowDuplicateMoveAndDelete) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_calculated(0)), "");
  ASSERT_EQ(d.apply(set_calculated_id(0, "rom_days")), "");
  ASSERT_EQ(d.apply(set_calculated_show(0, true)), "");
  EXPECT_TRUE(d.questionnaire().calculated[0].show);
  ASSERT_EQ(d.apply(duplicate_calculated(0)), "");
  ASSERT_EQ(d.questionnaire().calculated.size(), 2u);
  EXPECT_EQ(d.questionnaire().calculated[1].id, "rom_days_copy");
  EXPECT_TRUE(d.questionnaire().calculated[1].show);
  ASSERT_EQ(d.apply(move_calculated(1, 0)), "");
  EXPECT_EQ(d.questionnaire().calculated[0].id, "rom_days_copy");
  EXPECT_TRUE(contains(d.apply(move_calculated(0, 2)), "no place 3"));
  ASSERT_EQ(d.apply(delete_calculated(0)), "");
  ASSERT_EQ(d.questionnaire().calculated.size(), 1u);
  EXPECT_EQ(d.questionnaire().calculated[0].id, "rom_days");
  EXPECT_TRUE(contains(d.apply(delete_calculated(3)), "does not exist"));
  d.undo();
  EXPECT_EQ(d.questionnaire().calculated.size(), 2u);
}

TEST(DesignerCalculated, DeletingOneThatOthersReadLeavesProblemsTheCheckReports) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_calculated(0)), "");
  ASSERT_EQ(d.apply(add_calculated(1)), "");
  ASSERT_EQ(d.apply(set_calculated_text(1, CalculatedText::Expression, "{value_1} + 1")), "");
  ASSERT_EQ(dependents_of(d.questionnaire(), "value_1").size(), 1u) << "what depends on it";
  EXPECT_EQ(dependents_of(d.questionnaire(), "value_1")[0].place.describe(), "calculated value_2: expression");
  ASSERT_TRUE(check_draft(d.questionnaire(), "sample.json").ok());
  ASSERT_EQ(d.apply(delete_calculated(0)), "");
  const auto after = check_draft(d.questionnaire(), "sample.json");
  ASSERT_FALSE(after.ok());
  EXPECT_TRUE(contains(after.errors().front(), "value_1")) << after.errors().front();
}

}  // namespace
}  // namespace sw::designer
