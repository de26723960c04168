// test_designer_files.cpp — the designer's toolbar: export (validated) vs save draft, templates, customer copies,
// the autosave that survives a reload, and test answers kept away from customers' saved answers.
#include "core/questionnaire/loader.h"
#include "designer_fixture.h"

namespace sw {
namespace {

class DesignerFiles : public test::DesignerFixture {};

TEST_F(DesignerFiles, ExportRefusesAnInvalidDraftButSaveDraftDownloadsIt) {
  session().open_text(test::kBranching, "branching.json");
  session().apply(designer::set_question_condition({0, 1, {}}, designer::ConditionKind::Visible, "{gslb} = "));
  ASSERT_TRUE(click("Export"));
  EXPECT_TRUE(downloaded_name.empty()) << "nothing is published while the draft has errors";
  ASSERT_FALSE(session().publish_errors.empty());
  EXPECT_NE(session().publish_errors[0].find("/sections/0/questions/1/visible_if"), std::string::npos);
  ASSERT_TRUE(click("Save draft"));
  EXPECT_EQ(downloaded_name, "branching.draft.json");
  EXPECT_NE(downloaded_text.find("{gslb} = "), std::string::npos);
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  ASSERT_TRUE(click("Export"));
  EXPECT_EQ(downloaded_name, "branching.json");
  EXPECT_TRUE(questionnaire::load_questionnaire(downloaded_text, "x").ok());
}

TEST_F(DesignerFiles, OpenATemplateAndMakeACustomerCopy) {
  ASSERT_TRUE(click("Open template"));
  ASSERT_TRUE(click("waf"));
  EXPECT_EQ(draft().id, "waf");
  ASSERT_TRUE(click("Customer copy"));
  imgui.type("Acme Bank");
  imgui.press(ImGuiKey_Enter);
  EXPECT_EQ(draft().id, "waf.acme-bank");
  EXPECT_NE(draft().title.find("Acme Bank"), std::string::npos);
  ASSERT_TRUE(click("Export"));
  EXPECT_EQ(downloaded_name, "waf.acme-bank.json");
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(draft().id, "waf");
  ASSERT_TRUE(click("New blank"));
  EXPECT_EQ(draft().id, "new-questionnaire");
}

TEST_F(DesignerFiles, TheDraftIsAutosavedAndComesBackAfterAReload) {
  session().open_text(test::kBranching, "branching.json");
  ASSERT_TRUE(click("Add question to more"));
  wait(1.0);
  make_designer();
  EXPECT_EQ(draft().id, "branching");
  EXPECT_EQ(draft().sections[1].questions.size(), 2u);
  EXPECT_NE(session().notice.find("Restored your draft"), std::string::npos);
}

TEST_F(DesignerFiles, TestAnswersInThePreviewNeverReachCustomersSavedAnswers) {
  session().open_text(test::kBranching, "branching.json");
  imgui.frame(3);
  ASSERT_TRUE(click("Start"));
  ASSERT_TRUE(click("Yes"));
  wait(1.0);
  designer->flush();
  EXPECT_EQ(preview()->answer("gslb"), true);
  EXPECT_FALSE(storage.get(runner::answers_key("branching")).has_value());
}

TEST_F(DesignerFiles, AnUnreadableFileIsRefusedAndTheDraftKept) {
  session().open_text(test::kBranching, "branching.json");
  session().open_text("{ not json", "broken.json");
  EXPECT_EQ(draft().id, "branching");
  EXPECT_NE(session().error.find("broken.json:1:"), std::string::npos) << session().error;
}

TEST_F(DesignerFiles, ImportSurveyJsOpensTheConvertedDraftAndReportsWhatWasLeftOut) {
  ASSERT_TRUE(click("Import SurveyJS"));
  ASSERT_TRUE(pending_pick);
  const auto survey = *services.read_file(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/tests/data/surveyjs/network_discovery.json");
  auto pick = std::move(pending_pick);
  pick(ui::PickedFile{"network_discovery.json", survey, "", false});
  imgui.frame(2);
  EXPECT_TRUE(session().error.empty()) << session().error;
  EXPECT_NE(session().notice.find("Imported network_discovery.json from SurveyJS"), std::string::npos)
      << session().notice;
  EXPECT_GT(draft().sections.size(), 1u) << "the survey's pages became sections";
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);  // the import is one undoable step
  EXPECT_EQ(draft().id, "new-questionnaire");
}

TEST_F(DesignerFiles, ImportSurveyJsRefusesWhatIsNotASurveyAndKeepsTheDraft) {
  session().open_text(test::kBranching, "branching.json");
  ASSERT_TRUE(click("Import SurveyJS"));
  auto pick = std::move(pending_pick);
  pick(ui::PickedFile{"notes.json", "[1, 2", "", false});
  imgui.frame(2);
  EXPECT_NE(session().error.find("notes.json"), std::string::npos) << session().error;
  EXPECT_EQ(draft().id, "branching");
}

TEST_F(DesignerFiles, ShareOffersTheLinkOfTheCheckedDraft) {
  session().open_text(test::kBranching, "branching.json");
  ASSERT_TRUE(click("Share"));
  imgui.frame(2);
  ASSERT_TRUE(click("Copy link"));
  EXPECT_NE(clipboard.find("#q="), std::string::npos) << clipboard;
}

}  // namespace
}  // namespace sw
