// test_condition_dependencies.cpp — what depends on a question and what it depends on: conditions of sections,
// questions, fields and choices, validators, calculated values (with *InArray field names and conditions),
// piped texts (including entry labels), "other" texts, case-insensitive names and unparseable expressions.
#include <gtest/gtest.h>

#include "condition_fixture.h"
#include "core/designer/condition_dependencies.h"

namespace sw::designer {
namespace {

std::vector<std::string> places(const std::vector<AnswerUse>& uses) {
  std::vector<std::string> out;
  for (const auto& u : uses) out.push_back(u.place.describe());
  return out;
}
std::vector<std::string> targets(const std::vector<AnswerUse>& uses) {
  std::vector<std::string> out;
  for (const auto& u : uses) out.push_back(u.field.empty() ? u.target : u.target + "." + u.field);
  return out;
}
using Strings = std::vector<std::string>;

class ConditionDependencies : public ::testing::Test {
 protected:
  questionnaire::Questionnaire q = test::condition_questionnaire();
};

TEST_F(ConditionDependencies, DependentsOfAYesNoQuestion) {
  auto uses = dependents_of(q, "gslb");
  EXPECT_EQ(places(uses), (Strings{"section details: visible_if", "question gslb_mode: visible_if"}))
      << "{GSLB} matches gslb like the engine's lookup";
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[0].place.json_path, "/sections/1/visible_if");
  EXPECT_EQ(uses[0].place.text, "{sites} > 1 and {gslb} = true");
  EXPECT_TRUE(uses[0].place.expression);
  EXPECT_EQ(uses[1].place.json_path, "/sections/1/questions/0/visible_if");
}

TEST_F(ConditionDependencies, DependentsIncludeChoicesValidatorsAndCalculatedValues) {
  auto uses = dependents_of(q, "sites");
  EXPECT_EQ(places(uses), (Strings{"question platform: choices/2/visible_if", "section details: visible_if",
                                   "question gslb_mode: validators/0/expression", "calculated rom_days: expression"}));
  EXPECT_EQ(uses[0].place.json_path, "/sections/0/questions/2/choices/2/visible_if");
  EXPECT_EQ(uses[3].place.json_path, "/calculated/0/expression");
}

TEST_F(ConditionDependencies, PipedTextsAndOtherTexts) {
  auto contact = dependents_of(q, "contact");
  EXPECT_EQ(places(contact), (Strings{"questionnaire: title", "question notes: label"}));
  EXPECT_FALSE(contact[1].place.expression);
  EXPECT_EQ(contact[1].place.text, "Notes for {contact}");
  EXPECT_EQ(places(dependents_of(q, "platform")), (Strings{"question notes: help"})) << "{platform.other}";
  EXPECT_TRUE(dependents_of(q, "city").empty());
}

TEST_F(ConditionDependencies, RepeatGroupFields) {
  EXPECT_EQ(places(dependents_of(q, "sites_list")),
            (Strings{"question sites_list: entry_label", "field sites_list.dr: visible_if",
                     "calculated rom_days: expression"}))
      << "a place that reads several fields is listed once";
  EXPECT_EQ(places(dependents_of(q, "sites_list", "site_users")),
            (Strings{"field sites_list.dr: visible_if", "calculated rom_days: expression"}))
      << "{entry.site_users} and sumInArray({sites_list}, 'site_users')";
  EXPECT_EQ(places(dependents_of(q, "sites_list", "site_name")),
            (Strings{"question sites_list: entry_label", "calculated rom_days: expression"}))
      << "'Site {site_name}' pipes the entry's field; countInArray names it";
  EXPECT_EQ(places(dependents_of(q, "sites_list", "dr")), (Strings{"calculated rom_days: expression"}))
      << "{dr} inside the countInArray condition is the entry's field";
  EXPECT_EQ(places(dependents_of(q, "SITES_LIST", "DR")), (Strings{"calculated rom_days: expression"}));
}

TEST_F(ConditionDependencies, WhatAQuestionDependsOn) {
  auto mode = dependencies_of(q, "gslb_mode");
  EXPECT_EQ(targets(mode), (Strings{"gslb", "gslb_mode", "sites"}));
  EXPECT_EQ(places(mode), (Strings{"question gslb_mode: visible_if", "question gslb_mode: validators/0/expression",
                                   "question gslb_mode: validators/0/expression"}));
  EXPECT_EQ(targets(dependencies_of(q, "platform")), (Strings{"sites"}));
  EXPECT_TRUE(dependencies_of(q, "gslb").empty());
}

TEST_F(ConditionDependencies, WhatACalculatedValueAndAGroupDependOn) {
  EXPECT_EQ(targets(dependencies_of(q, "rom_days")),
            (Strings{"sites", "sites_list", "sites_list.site_users", "sites_list.site_name", "sites_list.dr"}));
  EXPECT_EQ(targets(dependencies_of(q, "sites_list")), (Strings{"sites_list.site_name", "sites_list.site_users"}))
      << "its entry label and its fields' conditions";
  EXPECT_EQ(targets(dependencies_of(q, "sites_list", "dr")), (Strings{"sites_list.site_users"}));
  auto dr = dependencies_of(q, "sites_list", "dr");
  ASSERT_EQ(dr.size(), 1u);
  EXPECT_EQ(dr[0].place.json_path, "/sections/0/questions/7/fields/2/visible_if");
  EXPECT_EQ(dr[0].place.describe(), "field sites_list.dr: visible_if");
}

TEST_F(ConditionDependencies, BrokenExpressionsAreStillScanned) {
  q.sections[0].questions[1].conditions.enable_if = questionnaire::ExprText{"{sites} > (", "", 0, 0};
  auto uses = dependents_of(q, "sites");
  ASSERT_EQ(uses.size(), 5u);
  EXPECT_EQ(uses[0].place.describe(), "question gslb: enable_if");
}

TEST_F(ConditionDependencies, UnknownNamesAreLeftOut) {
  q.sections[0].questions[1].conditions.visible_if = questionnaire::ExprText{"{nobody} = 1 and {sites} > 0", "", 0, 0};
  auto all = answer_uses(q);
  for (const auto& u : all) EXPECT_NE(u.target, "nobody");
  EXPECT_EQ(dependents_of(q, "sites").size(), 5u);
}

TEST_F(ConditionDependencies, PositionsFollowTheCurrentModel) {
  std::swap(q.sections[0], q.sections[1]);  // the designer moved a section: paths are recomputed
  auto uses = dependents_of(q, "gslb");
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[0].place.json_path, "/sections/0/visible_if");
}

}  // namespace
}  // namespace sw::designer
