// test_designer_editing.cpp — the designer driven like an engineer: add a question and name it, set a condition
// and watch the live preview branch, undo it, keyboard moves/duplicates/deletes, and the delete confirmation.
#include "designer_fixture.h"

namespace sw {
namespace {

class DesignerEditing : public test::DesignerFixture {
 protected:
  void SetUp() override {
    session().open_text(test::kBranching, "branching.json");
    imgui.frame(3);
  }
};

TEST_F(DesignerEditing, AddAQuestionAndTypeItsLabelAsOneUndoStep) {
  ASSERT_TRUE(click("Add question to basics"));
  ASSERT_EQ(draft().sections[0].questions.size(), 3u);
  EXPECT_EQ(draft().sections[0].questions[2].id, "question_1");
  ASSERT_TRUE(click("Label"));
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);  // select all, then type over it
  ImGui::GetIO().AddKeyEvent(ImGuiKey_A, true);
  imgui.frame();
  ImGui::GetIO().AddKeyEvent(ImGuiKey_A, false);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
  imgui.type("Primary data ");
  imgui.type("centre");
  click_nowhere();
  EXPECT_EQ(draft().sections[0].questions[2].label, "Primary data centre");
  session().undo();
  EXPECT_EQ(draft().sections[0].questions[2].label, "New question") << "typing is one undo step";
  session().undo();
  EXPECT_EQ(draft().sections[0].questions.size(), 2u);
}

TEST_F(DesignerEditing, AConditionChangesTheLivePreviewAndUndoTakesItBack) {
  imgui.frame(3);
  ASSERT_TRUE(click("Start"));  // the preview's landing page
  ASSERT_NE(item("How many sites?"), nullptr) << "no condition yet: shown";
  ASSERT_TRUE(click("Question site_count"));
  ASSERT_TRUE(click("Visible if"));
  imgui.type("{gslb} = true");
  click_nowhere();
  ASSERT_TRUE(draft().sections[0].questions[1].conditions.visible_if.has_value());
  EXPECT_EQ(item("How many sites?"), nullptr) << "the preview hides it until GSLB is Yes";
  ASSERT_TRUE(click("Yes"));
  EXPECT_EQ(preview()->answer("gslb"), true);
  EXPECT_NE(item("How many sites?"), nullptr);
  ASSERT_TRUE(click("No"));
  EXPECT_EQ(item("How many sites?"), nullptr);
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_FALSE(draft().sections[0].questions[1].conditions.visible_if.has_value());
  EXPECT_NE(item("How many sites?"), nullptr) << "undo removed the condition";
  EXPECT_EQ(preview()->answer("gslb"), false) << "the test answers survive a refresh of the preview";
  EXPECT_EQ(designer->preview().page(), runner::Page::Section) << "and so does the page";
}

TEST_F(DesignerEditing, ABrokenConditionShowsTheErrorsInsteadOfThePreview) {
  ASSERT_TRUE(click("Question site_count"));
  ASSERT_TRUE(click("Visible if"));
  imgui.type("{nosuch} = 1");
  click_nowhere();
  EXPECT_FALSE(session().check().ok());
  EXPECT_EQ(session().check().errors().size(), 1u);
  EXPECT_EQ(item("Start"), nullptr) << "no preview while the draft does not compile";
}

TEST_F(DesignerEditing, KeyboardMovesDuplicatesAndDeletesWithConfirmation) {
  ASSERT_TRUE(click("Question gslb"));
  imgui.press(ImGuiKey_DownArrow, ImGuiMod_Alt);
  EXPECT_EQ(draft().sections[0].questions[1].id, "gslb");
  imgui.press(ImGuiKey_DownArrow, ImGuiMod_Alt);
  ASSERT_EQ(draft().sections[1].questions[0].id, "gslb") << "moved into the next section";
  imgui.press(ImGuiKey_D, ImGuiMod_Ctrl);
  ASSERT_EQ(draft().sections[1].questions.size(), 3u);
  EXPECT_EQ(draft().sections[1].questions[1].id, "gslb_copy");
  imgui.press(ImGuiKey_UpArrow);  // select the original again
  imgui.press(ImGuiKey_Delete);
  imgui.frame(2);
  ASSERT_NE(item("Cancel"), nullptr) << "Delete asks first";
  ASSERT_TRUE(click("Cancel"));
  EXPECT_NE(draft().find_question("gslb"), nullptr);
  ASSERT_TRUE(click("Question gslb"));
  imgui.press(ImGuiKey_Delete);
  imgui.frame(2);
  ASSERT_TRUE(click("Delete"));
  EXPECT_EQ(draft().find_question("gslb"), nullptr);
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_NE(draft().find_question("gslb"), nullptr);
}

TEST_F(DesignerEditing, DeletingAReferencedQuestionWarnsWhatBreaks) {
  session().apply(designer::set_question_condition({0, 1, {}}, designer::ConditionKind::Visible, "{gslb} = true"));
  ASSERT_TRUE(click("Question gslb"));
  imgui.press(ImGuiKey_Delete);
  imgui.frame(2);
  ASSERT_EQ(designer->delete_consequences().size(), 1u);
  EXPECT_NE(designer->delete_consequences()[0].find("gslb"), std::string::npos) << designer->delete_consequences()[0];
  ASSERT_TRUE(click("Delete"));
  EXPECT_FALSE(session().check().ok());
}

TEST_F(DesignerEditing, ARefusedIdIsExplainedAndNothingChanges) {
  ASSERT_TRUE(click("Question site_count"));
  ASSERT_TRUE(click("Id"));
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
  ImGui::GetIO().AddKeyEvent(ImGuiKey_A, true);
  imgui.frame();
  ImGui::GetIO().AddKeyEvent(ImGuiKey_A, false);
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
  imgui.type("gslb");
  click_nowhere();
  EXPECT_EQ(draft().sections[0].questions[1].id, "site_count");
  EXPECT_NE(session().error.find("already the id"), std::string::npos) << session().error;
}

}  // namespace
}  // namespace sw
