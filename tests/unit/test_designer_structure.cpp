// test_designer_structure.cpp — the designer's tree edits: add, delete, duplicate (fresh ids), reorder, move
// between sections, move up/down across section edges, repeat-group fields, and their refusals.
#include <gtest/gtest.h>

#include "core/designer/check.h"
#include "core/designer/edits_structure.h"
#include "designer_fixture.h"

namespace sw::designer {
namespace {

using questionnaire::QuestionType;

std::vector<std::string> ids(const Document& d, std::size_t section) {
  std::vector<std::string> out;
  for (const auto& q : d.questionnaire().sections[section].questions) out.push_back(q.id);
  return out;
}

using Ids = std::vector<std::string>;

TEST(DesignerStructure, AddQuestionGivesFreshIdsAndWhatTheTypeNeeds) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_question({0, 0, {}}, QuestionType::SingleChoice)), "");
  ASSERT_EQ(d.apply(add_question({0, 0, {}}, QuestionType::Repeat)), "");
  EXPECT_EQ(ids(d, 0), (Ids{"question_2", "question_1", "name", "gslb", "platform"}));
  EXPECT_EQ(d.questionnaire().sections[0].questions[1].choices.size(), 2u);
  EXPECT_EQ(d.questionnaire().sections[0].questions[0].fields.size(), 1u);
  EXPECT_TRUE(check_draft(d.questionnaire(), "t.json").ok()) << check_draft(d.questionnaire(), "t.json").errors()[0];
}

TEST(DesignerStructure, AddFieldToARepeatGroupButNotANestedGroup) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_question({1, 1, 2}, QuestionType::Date)), "");
  EXPECT_EQ(d.questionnaire().sections[1].questions[1].fields[2].id, "field_1");
  EXPECT_NE(d.apply(add_question({1, 1, 0}, QuestionType::Repeat)).find("cannot be nested"), std::string::npos);
  EXPECT_NE(d.apply(add_question({0, 0, 0}, QuestionType::Text)).find("only be added to a repeat group"), std::string::npos);
}

TEST(DesignerStructure, DuplicateQuestionGetsAFreshUniqueId) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(duplicate_question({0, 1, {}})), "");
  ASSERT_EQ(d.apply(duplicate_question({0, 1, {}})), "");
  EXPECT_EQ(ids(d, 0), (Ids{"name", "gslb", "gslb_copy2", "gslb_copy", "platform"}));
  ASSERT_EQ(d.apply(duplicate_question({1, 1, 0})), "");
  EXPECT_EQ(d.questionnaire().sections[1].questions[1].fields[1].id, "site_name_copy");
  EXPECT_TRUE(check_draft(d.questionnaire(), "t.json").ok());
}

TEST(DesignerStructure, DuplicateSectionRenamesTheSectionAndEveryQuestion) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(duplicate_section(0)), "");
  ASSERT_EQ(d.questionnaire().sections.size(), 3u);
  EXPECT_EQ(d.questionnaire().sections[1].id, "basics_copy");
  EXPECT_EQ(ids(d, 1), (Ids{"name_copy", "gslb_copy", "platform_copy"}));
  const auto check = check_draft(d.questionnaire(), "t.json");
  EXPECT_TRUE(check.ok()) << check.errors().front();
}

TEST(DesignerStructure, DeleteTheOnlySectionIsRefused) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(delete_section(1)), "");
  EXPECT_NE(d.apply(delete_section(0)).find("at least one section"), std::string::npos);
  EXPECT_NE(d.apply(delete_section(5)).find("no section"), std::string::npos);
}

TEST(DesignerStructure, DeletingAReferencedQuestionIsAllowedAndTheCheckReportsTheReference) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(delete_question({0, 1, {}})), "");  // gslb, read by gslb_sites' visible_if
  const auto check = check_draft(d.questionnaire(), "sample.json");
  ASSERT_FALSE(check.ok());
  bool found = false;
  for (const auto& e : check.errors()) found = found || (e.find("/sections/1/questions/0/visible_if") != std::string::npos &&
                                                         e.find("gslb") != std::string::npos);
  EXPECT_TRUE(found) << check.errors().front();
  d.undo();
  EXPECT_TRUE(check_draft(d.questionnaire(), "sample.json").ok());
}

TEST(DesignerStructure, ReorderWithinASectionAndMoveBetweenSections) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(move_question({0, 0, {}}, {0, 2, {}})), "");
  EXPECT_EQ(ids(d, 0), (Ids{"gslb", "platform", "name"}));
  ASSERT_EQ(d.apply(move_question({0, 2, {}}, {1, 1, {}})), "");
  EXPECT_EQ(ids(d, 0), (Ids{"gslb", "platform"}));
  EXPECT_EQ(ids(d, 1), (Ids{"gslb_sites", "name", "site_list"}));
  d.undo();
  EXPECT_EQ(ids(d, 0), (Ids{"gslb", "platform", "name"}));
}

TEST(DesignerStructure, FieldsMoveOnlyWithinTheirGroup) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(move_question({1, 1, 0}, {1, 1, 1})), "");
  EXPECT_EQ(d.questionnaire().sections[1].questions[1].fields[0].id, "vips");
  EXPECT_NE(d.apply(move_question({1, 1, 0}, {0, 0, {}})), "");
}

TEST(DesignerStructure, StepUpAndDownCrossSectionEdges) {
  Document d = test::sample_document();
  QuestionRef landed;
  ASSERT_EQ(d.apply(step_question({1, 0, {}}, -1, &landed)), "");
  EXPECT_EQ(ids(d, 0), (Ids{"name", "gslb", "platform", "gslb_sites"}));
  EXPECT_EQ(landed, (QuestionRef{0, 3, {}}));
  ASSERT_EQ(d.apply(step_question({0, 3, {}}, +1, &landed)), "");
  EXPECT_EQ(ids(d, 1), (Ids{"gslb_sites", "site_list"}));
  EXPECT_EQ(landed, (QuestionRef{1, 0, {}}));
  ASSERT_EQ(d.apply(step_question({0, 0, {}}, +1, &landed)), "");
  EXPECT_EQ(ids(d, 0), (Ids{"gslb", "name", "platform"}));
  EXPECT_NE(d.apply(step_question({0, 0, {}}, -1)).find("already the first"), std::string::npos);
  EXPECT_NE(d.apply(step_question({1, 1, {}}, +1)).find("already the last"), std::string::npos);
  EXPECT_NE(d.apply(step_question({1, 1, 1}, +1)).find("last field"), std::string::npos);
}

TEST(DesignerStructure, SectionsAddMoveAndDuplicate) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(add_section(1)), "");
  EXPECT_EQ(d.questionnaire().sections[1].id, "section_1");
  ASSERT_EQ(d.apply(move_section(1, 0)), "");
  EXPECT_EQ(d.questionnaire().sections[0].id, "section_1");
  EXPECT_EQ(d.questionnaire().sections[1].id, "basics");
  EXPECT_NE(d.apply(move_section(9, 0)), "");
}

TEST(DesignerStructure, EditsOfAQuestionThatIsGoneAreRefused) {
  Document d = test::sample_document();
  EXPECT_NE(d.apply(delete_question({0, 9, {}})).find("does not exist"), std::string::npos);
  EXPECT_NE(d.apply(duplicate_question({3, 0, {}})).find("does not exist"), std::string::npos);
}

}  // namespace
}  // namespace sw::designer
