// test_designer_document.cpp — the designer's undo/redo: one step per action, typing merges until sealed,
// refusals change nothing and leave the history alone, redo is cleared by a new edit.
#include <gtest/gtest.h>

#include "core/designer/edits_properties.h"
#include "core/designer/edits_structure.h"
#include "designer_fixture.h"

namespace sw::designer {
namespace {

using questionnaire::QuestionType;

const QuestionRef kName{0, 0, {}};

TEST(DesignerDocument, UndoRedoOfAnAddedQuestion) {
  Document d = test::sample_document();
  const long before = d.revision();
  ASSERT_EQ(d.apply(add_question({0, 3, {}}, QuestionType::Email)), "");
  EXPECT_GT(d.revision(), before);
  ASSERT_EQ(d.questionnaire().sections[0].questions.size(), 4u);
  EXPECT_EQ(d.undo_label(), "Undo Add question");
  ASSERT_TRUE(d.undo());
  EXPECT_EQ(d.questionnaire().sections[0].questions.size(), 3u);
  EXPECT_EQ(d.redo_label(), "Redo Add question");
  ASSERT_TRUE(d.redo());
  EXPECT_EQ(d.questionnaire().sections[0].questions[3].type, QuestionType::Email);
  EXPECT_FALSE(d.redo());
}

TEST(DesignerDocument, TypingIntoOneFieldIsOneStepUntilSealed) {
  Document d = test::sample_document();
  for (const char* text : {"N", "Na", "Nam", "Name of the customer"})
    ASSERT_EQ(d.apply(set_question_text(kName, QuestionText::Label, text)), "");
  EXPECT_EQ(d.undo_depth(), 1u);
  d.seal();
  ASSERT_EQ(d.apply(set_question_text(kName, QuestionText::Label, "Customer")), "");
  EXPECT_EQ(d.undo_depth(), 2u);
  d.undo();
  EXPECT_EQ(d.questionnaire().sections[0].questions[0].label, "Name of the customer");
  d.undo();
  EXPECT_EQ(d.questionnaire().sections[0].questions[0].label, "Name");
}

TEST(DesignerDocument, TypingIntoAnotherFieldOrQuestionStartsANewStep) {
  Document d = test::sample_document();
  d.apply(set_question_text(kName, QuestionText::Label, "A"));
  d.apply(set_question_text(kName, QuestionText::Help, "B"));
  d.apply(set_question_text({0, 1, {}}, QuestionText::Help, "C"));
  EXPECT_EQ(d.undo_depth(), 3u);
}

TEST(DesignerDocument, AStructuralEditBetweenTypingBreaksTheMerge) {
  Document d = test::sample_document();
  d.apply(set_question_text(kName, QuestionText::Label, "A"));
  d.apply(add_section(2));
  d.apply(set_question_text(kName, QuestionText::Label, "AB"));
  EXPECT_EQ(d.undo_depth(), 3u);
}

TEST(DesignerDocument, RefusalChangesNothingAndRecordsNothing) {
  Document d = test::sample_document();
  const long revision = d.revision();
  const std::string refusal = d.apply(set_question_id(kName, "gslb"));
  EXPECT_NE(refusal.find("already the id"), std::string::npos) << refusal;
  EXPECT_EQ(d.questionnaire().sections[0].questions[0].id, "name");
  EXPECT_FALSE(d.can_undo());
  EXPECT_EQ(d.revision(), revision);
}

TEST(DesignerDocument, ANewEditClearsRedo) {
  Document d = test::sample_document();
  d.apply(add_section(0));
  d.undo();
  EXPECT_TRUE(d.can_redo());
  d.apply(add_section(1));
  EXPECT_FALSE(d.can_redo());
}

TEST(DesignerDocument, ReplaceStartsAFreshHistory) {
  Document d = test::sample_document();
  d.apply(add_section(0));
  d.replace(blank_questionnaire(), "");
  EXPECT_FALSE(d.can_undo());
  EXPECT_EQ(d.questionnaire().id, "new-questionnaire");
}

TEST(DesignerDocument, HistoryIsBoundedDroppingTheOldestSteps) {
  Document d = test::sample_document();
  const std::size_t edits = Document::kMaxUndo + 20;
  for (std::size_t i = 0; i < edits; ++i) {
    d.apply(set_question_text(kName, QuestionText::Label, std::to_string(i)));
    d.seal();
  }
  EXPECT_EQ(d.undo_depth(), Document::kMaxUndo);
  while (d.undo()) {
  }
  EXPECT_EQ(d.questionnaire().sections[0].questions[0].label, "19");  // the first 20 steps were dropped
}

}  // namespace
}  // namespace sw::designer
