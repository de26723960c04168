// test_designer_calculated.cpp — renaming in the designer rewrites references and says so (one undo step), and the
// calculated values editor: add from the tree, edit every field, the live preview's values following the test
// answers, rename, reorder from the keyboard, delete with the confirmation of what breaks.
#include "core/designer/edits_calculated.h"
#include "designer_fixture.h"

namespace sw {
namespace {

class DesignerCalculated : public test::DesignerFixture {
 protected:
  void SetUp() override {
    session().open_text(test::kBranching, "branching.json");
    imgui.frame(3);
  }
  void select_all_and_type(const std::string& label, const std::string& text) {
    ASSERT_TRUE(click(label)) << "no widget " << label;
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
    ImGui::GetIO().AddKeyEvent(ImGuiKey_A, true);
    imgui.frame();
    ImGui::GetIO().AddKeyEvent(ImGuiKey_A, false);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
    imgui.type(text);
  }
  const questionnaire::Question& site_count() { return draft().sections[0].questions[1]; }
};

TEST_F(DesignerCalculated, RenamingAQuestionRewritesWhatReadsItSaysSoAndUndoesAtOnce) {
  session().apply(designer::set_question_condition({0, 1, {}}, designer::ConditionKind::Visible, "{gslb} = true"));
  session().apply(designer::set_question_text({1, 0, {}}, designer::QuestionText::Label, "Notes ({gslb}, {gslb_x})"));
  ASSERT_TRUE(click("Question gslb"));
  select_all_and_type("Id", "use_gslb");
  click_nowhere();
  EXPECT_EQ(draft().sections[0].questions[0].id, "use_gslb");
  EXPECT_EQ(site_count().conditions.visible_if->text, "{use_gslb} = true");
  EXPECT_EQ(draft().sections[1].questions[0].label, "Notes ({use_gslb}, {gslb_x})");
  EXPECT_EQ(session().notice, "Renamed question gslb to use_gslb: 2 references updated in 2 questions.");
  EXPECT_EQ(designer->test_state()["notice"], session().notice) << "the browser test interface sees it too";
  EXPECT_TRUE(session().check().ok()) << "nothing left broken";
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(draft().sections[0].questions[0].id, "gslb");
  EXPECT_EQ(site_count().conditions.visible_if->text, "{gslb} = true") << "one undo takes back the id and its references";
  EXPECT_EQ(draft().sections[1].questions[0].label, "Notes ({gslb}, {gslb_x})");
}

TEST_F(DesignerCalculated, AddEditAndWatchAValueFollowTheTestAnswers) {
  ASSERT_TRUE(click("Add calculated value"));
  ASSERT_EQ(draft().calculated.size(), 1u);
  EXPECT_EQ(designer->test_state()["selected"], "value_1");
  select_all_and_type("Label", "Days");
  select_all_and_type("Expression", "{site_count} * 1.5");
  click_nowhere();
  select_all_and_type("Unit", "days");
  click_nowhere();
  ASSERT_TRUE(click("Show to the respondent (review page)"));
  const auto& c = draft().calculated[0];
  EXPECT_EQ(c.label, "Days");
  EXPECT_EQ(c.expression.text, "{site_count} * 1.5");
  EXPECT_EQ(c.unit, "days");
  EXPECT_TRUE(c.show);
  ASSERT_TRUE(session().check().ok()) << session().check().errors().front();
  // The live preview computes it from the test answers as they are typed.
  ASSERT_TRUE(click("Start"));
  ASSERT_TRUE(click("How many sites?"));
  imgui.type("4");
  imgui.frame(3);
  EXPECT_EQ(designer->test_state()["preview_calculated"]["value_1"], "6 days");
  imgui.type("0");
  imgui.frame(3);
  EXPECT_EQ(designer->test_state()["preview_calculated"]["value_1"], "60 days");
}

TEST_F(DesignerCalculated, FormatCurrencyNeedsACodeAndABadOneIsRefused) {
  ASSERT_TRUE(click("Add calculated value"));
  ASSERT_TRUE(click("Format"));
  ASSERT_TRUE(click("currency"));
  EXPECT_EQ(draft().calculated[0].format, questionnaire::ValueFormat::Currency);
  EXPECT_EQ(draft().calculated[0].currency, "EUR");
  select_all_and_type("Currency", "pounds");
  click_nowhere();
  EXPECT_EQ(draft().calculated[0].currency, "EUR") << "refused";
  EXPECT_NE(session().error.find("not an ISO 4217"), std::string::npos) << session().error;
  select_all_and_type("Currency", "GBP");
  click_nowhere();
  EXPECT_EQ(draft().calculated[0].currency, "GBP");
}

TEST_F(DesignerCalculated, RenameReorderAndDeleteWithTheConfirmation) {
  session().apply(designer::add_calculated(0));
  session().apply(designer::add_calculated(1));
  session().apply(designer::set_calculated_text(1, designer::CalculatedText::Expression, "{value_1} + 1"));
  ASSERT_TRUE(click("Calculated value_1"));
  select_all_and_type("Id", "base_days");
  click_nowhere();
  EXPECT_EQ(draft().calculated[1].expression.text, "{base_days} + 1");
  EXPECT_EQ(session().notice, "Renamed calculated value value_1 to base_days: 1 reference updated in 1 calculated value.");
  ASSERT_TRUE(click("Calculated base_days"));
  imgui.press(ImGuiKey_DownArrow, ImGuiMod_Alt);
  EXPECT_EQ(draft().calculated[1].id, "base_days") << "Alt+Down moved it";
  imgui.press(ImGuiKey_D, ImGuiMod_Ctrl);
  ASSERT_EQ(draft().calculated.size(), 3u);
  EXPECT_EQ(draft().calculated[2].id, "base_days_copy");
  imgui.press(ImGuiKey_UpArrow);  // back on the original
  imgui.press(ImGuiKey_Delete);
  imgui.frame(2);
  ASSERT_EQ(designer->delete_consequences().size(), 1u) << "value_2 reads it";
  EXPECT_NE(designer->delete_consequences()[0].find("base_days"), std::string::npos);
  ASSERT_TRUE(click("Delete"));
  EXPECT_EQ(draft().calculated.size(), 2u);
  EXPECT_FALSE(session().check().ok());
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(draft().calculated.size(), 3u);
  EXPECT_TRUE(session().check().ok());
}

}  // namespace
}  // namespace sw
