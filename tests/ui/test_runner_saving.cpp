// test_runner_saving.cpp — never losing an answer: autosave within a second, "Continue where you left off" /
// "Start over", a changed questionnaire; and finishing: review, download (the engine's export), clipboard, and
// opening answers files (bad ones refused with what is on screen unchanged).
#include <nlohmann/json.hpp>

#include "core/runner/runner_session.h"
#include "runner_fixture.h"

namespace sw {
namespace {

// A small questionnaire with a branch (section 2 only when "more" is yes) and a shown calculated value.
constexpr const char* kSmall = R"json({
  "format": "scopewright.questionnaire/1", "id": "small", "version": "1.0.0", "title": "Small form",
  "intro": "Hello.",
  "sections": [
    { "id": "one", "title": "First", "questions": [
      { "id": "customer_name", "type": "text", "label": "Company", "required": true },
      { "id": "size", "type": "single_choice", "label": "Size", "allow_other": true,
        "choices": [ { "value": "s", "label": "Small" }, { "value": "l", "label": "Large" } ] },
      { "id": "more", "type": "yes_no", "label": "Tell us more?" } ] },
    { "id": "two", "title": "Second", "visible_if": "{more} = true", "questions": [
      { "id": "details", "type": "long_text", "label": "Details" } ] } ],
  "calculated": [ { "id": "days", "label": "Estimate", "expression": "iif({more} = true, 3, 1)", "unit": "days",
                    "show": true } ]
})json";

class RunnerSaving : public test::RunnerFixture {
 protected:
  void SetUp() override {
    view->open_text(kSmall, "small.json");
    imgui.frame(2);
    ASSERT_EQ(view->status(), ui::runner::LoadStatus::Ready) << view->failure();
    ASSERT_TRUE(click("Start"));
  }
  std::optional<std::string> saved() const { return storage.get(runner::answers_key("small")); }
};

TEST_F(RunnerSaving, EveryChangeIsSavedWithinASecond) {
  fill("Company", "Acmé");
  wait(1.0);
  ASSERT_TRUE(saved().has_value());
  EXPECT_EQ(nlohmann::json::parse(*saved())["answers"]["customer_name"], "Acmé");
}

TEST_F(RunnerSaving, ReopeningOffersToContinueWithTheAnswers) {
  fill("Company", "Acme");
  ASSERT_TRUE(click("Yes"));
  ASSERT_TRUE(click("Next"));
  ASSERT_EQ(view->section(), 1u);
  wait(1.0);
  make_view();
  view->open_text(kSmall, "small.json");
  imgui.frame(2);
  EXPECT_TRUE(view->has_saved_progress());
  EXPECT_EQ(answer("customer_name"), "Acme");
  ASSERT_TRUE(click("Continue where you left off"));
  EXPECT_EQ(view->page(), runner::Page::Section);
  EXPECT_EQ(view->section(), 1u);
}

TEST_F(RunnerSaving, StartOverClearsTheAnswers) {
  fill("Company", "Acme");
  wait(1.0);
  make_view();
  view->open_text(kSmall, "small.json");
  imgui.frame(2);
  ASSERT_TRUE(click("Start over"));
  ASSERT_TRUE(click("Clear answers and start"));
  EXPECT_TRUE(answer("customer_name").is_null());
  EXPECT_FALSE(saved().has_value());
  EXPECT_EQ(view->page(), runner::Page::Section);
}

TEST_F(RunnerSaving, AChangedQuestionnaireKeepsWhatFits) {
  fill("Company", "Acme");
  ASSERT_TRUE(click("Large"));
  wait(1.0);
  std::string v2 = kSmall;
  v2.replace(v2.find("{ \"value\": \"l\", \"label\": \"Large\" }"), std::string("{ \"value\": \"l\", \"label\": \"Large\" }").size(),
             "{ \"value\": \"m\", \"label\": \"Medium\" }");
  v2.replace(v2.find("\"1.0.0\""), 7, "\"1.1.0\"");
  make_view();
  view->open_text(v2, "small.json");
  imgui.frame(2);
  EXPECT_EQ(answer("customer_name"), "Acme");
  EXPECT_TRUE(answer("size").is_null());
}

TEST_F(RunnerSaving, ReviewListsAnswersAndEditGoesBack) {
  fill("Company", "Acme");
  ASSERT_TRUE(click("Yes"));
  ASSERT_TRUE(click("Next"));
  ASSERT_TRUE(click("Next"));
  ASSERT_EQ(view->page(), runner::Page::Review);
  EXPECT_NE(item("Edit First"), nullptr);
  EXPECT_NE(item("Edit Second"), nullptr);
  ASSERT_TRUE(click("Yes") || true);
  ASSERT_TRUE(click("Edit First"));
  EXPECT_EQ(view->page(), runner::Page::Section);
  EXPECT_EQ(view->section(), 0u);
}

TEST_F(RunnerSaving, DownloadWritesTheEnginesExport) {
  fill("Company", "Acme Ltd");
  ASSERT_TRUE(click("Other (please specify)"));
  fill("Size (other)", "Medium");
  ASSERT_TRUE(click("Next"));
  ASSERT_EQ(view->page(), runner::Page::Review);
  ASSERT_TRUE(click("Download answers"));
  EXPECT_EQ(downloaded_name, "acme-ltd-small-2026-11-22.json");
  const auto doc = nlohmann::json::parse(downloaded_text);
  EXPECT_EQ(doc["format"], "scopewright.answers/1");
  EXPECT_EQ(doc["questionnaire"]["id"], "small");
  EXPECT_EQ(doc["answers"]["customer_name"], "Acme Ltd");
  EXPECT_EQ(doc["answers"]["size"], "other");
  EXPECT_EQ(doc["answers"]["size.other"], "Medium");
  EXPECT_EQ(doc["calculated"]["days"], 1);
  EXPECT_EQ(doc["updated"], "2026-11-22T10:00:00+00:00");
  auto expected = questionnaire::new_answers(engine().questionnaire(), "2026-11-22T10:00:00+00:00");
  expected.status = questionnaire::AnswersStatus::Complete;  // downloaded on the review page with nothing missing
  EXPECT_EQ(downloaded_text, questionnaire::to_text(engine().export_document(expected)));
  ASSERT_TRUE(click("Copy to clipboard"));
  EXPECT_EQ(clipboard, downloaded_text);
}

TEST_F(RunnerSaving, DownloadingCompleteAnswersFinishesAndAnIncompleteChangeReopens) {
  fill("Company", "Acme");
  ASSERT_TRUE(click("Next"));
  ASSERT_EQ(view->page(), runner::Page::Review);
  EXPECT_EQ(view->answers_status(), questionnaire::AnswersStatus::InProgress) << "answering alone does not finish";
  ASSERT_TRUE(click("Download answers"));
  EXPECT_EQ(nlohmann::json::parse(downloaded_text)["status"], "complete");
  EXPECT_EQ(view->answers_status(), questionnaire::AnswersStatus::Complete);
  wait(1.0);
  EXPECT_EQ(nlohmann::json::parse(*saved())["status"], "complete");

  // Reopened: still finished. Emptying the required answer makes the answers incomplete again.
  make_view();
  view->open_text(kSmall, "small.json");
  imgui.frame(2);
  EXPECT_EQ(view->answers_status(), questionnaire::AnswersStatus::Complete);
  ASSERT_TRUE(click("Continue where you left off"));
  ASSERT_TRUE(click("Edit First"));
  ASSERT_TRUE(click("Company"));
  imgui.press(ImGuiKey_A, ImGuiMod_Ctrl);
  imgui.press(ImGuiKey_Backspace);
  imgui.frame(2);
  EXPECT_TRUE(answer("customer_name").is_null() || answer("customer_name") == "") << answer("customer_name");
  EXPECT_EQ(view->answers_status(), questionnaire::AnswersStatus::InProgress);
  wait(1.0);
  EXPECT_EQ(nlohmann::json::parse(*saved())["status"], "in_progress");
}

TEST_F(RunnerSaving, FlushWritesTheLastKeystrokeAtOnce) {
  fill("Company", "Acm");
  wait(1.0);
  imgui.type("e");
  imgui.frame();  // the key is handled; the autosave delay has not passed
  EXPECT_EQ(nlohmann::json::parse(*saved())["answers"]["customer_name"], "Acm");
  view->flush();
  EXPECT_EQ(nlohmann::json::parse(*saved())["answers"]["customer_name"], "Acme");
}

TEST_F(RunnerSaving, OpeningABadAnswersFileChangesNothing) {
  fill("Company", "Acme");
  ASSERT_TRUE(click("Next"));
  ASSERT_TRUE(click("Open answers file"));
  ASSERT_TRUE(pending_pick);
  pending_pick(ui::PickedFile{"notes.txt", "this is not json", "", false});
  imgui.frame(2);
  EXPECT_NE(view->notice().find("notes.txt was not opened"), std::string::npos) << view->notice();
  EXPECT_EQ(answer("customer_name"), "Acme");

  ASSERT_TRUE(click("Open answers file"));
  auto other = questionnaire::new_answers(engine().questionnaire(), "2026-11-22T10:00:00Z");
  other.questionnaire_id = "medical";
  other.answers = {{"customer_name", "Someone else"}};
  pending_pick(ui::PickedFile{"medical.json", questionnaire::to_text(other), "", false});
  imgui.frame(2);
  EXPECT_NE(view->notice().find("\"medical\""), std::string::npos) << view->notice();
  EXPECT_EQ(answer("customer_name"), "Acme");
}

TEST_F(RunnerSaving, OpeningAGoodAnswersFileReplacesTheAnswers) {
  auto mine = questionnaire::new_answers(engine().questionnaire(), "2026-11-20T09:00:00Z");
  mine.answers = {{"customer_name", "Imported Co"}, {"more", true}, {"details", "Lots"}};
  ASSERT_TRUE(click("Next"));  // errors: stays, fine
  view->import_answers_text(questionnaire::to_text(mine), "mine.json");
  imgui.frame(2);
  EXPECT_EQ(answer("customer_name"), "Imported Co");
  EXPECT_EQ(answer("details"), "Lots");
  wait(1.0);
  EXPECT_EQ(nlohmann::json::parse(*saved())["created"], "2026-11-20T09:00:00Z");
}

}  // namespace
}  // namespace sw
