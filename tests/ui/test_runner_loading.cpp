// test_runner_loading.cpp — opening a questionnaire: templates, URLs (async), and clear messages for broken or
// unreachable questionnaires; the landing page; a customer link in the App shows only the questionnaire.
#include <nlohmann/json.hpp>

#include "runner_fixture.h"
#include "ui/app.h"
#include "ui/customer_app.h"

namespace sw {
namespace {

using ui::runner::LoadStatus;

class RunnerLoading : public test::RunnerFixture {};

TEST_F(RunnerLoading, TemplateOpensOnTheLandingPage) {
  view->open_link("general");
  imgui.frame(2);
  ASSERT_EQ(view->status(), LoadStatus::Ready) << view->failure();
  EXPECT_EQ(engine().questionnaire().id, "general");
  EXPECT_EQ(view->page(), runner::Page::Landing);
  EXPECT_NE(item("Start"), nullptr);
  EXPECT_NE(item("Open answers file"), nullptr);
  EXPECT_EQ(item("Continue where you left off"), nullptr);
}

TEST_F(RunnerLoading, UnknownTemplateSaysSo) {
  view->open_link("no-such-form");
  imgui.frame(2);
  EXPECT_EQ(view->status(), LoadStatus::Failed);
  ASSERT_EQ(view->problems().size(), 1u);
  EXPECT_NE(view->problems()[0].find("no-such-form"), std::string::npos);
}

TEST_F(RunnerLoading, UrlIsFetchedAsynchronously) {
  view->open_link("forms/all_types.json");
  imgui.frame();
  EXPECT_EQ(view->status(), LoadStatus::Loading);
  EXPECT_EQ(fetched_url, "forms/all_types.json");
  pending_fetch(ui::Fetched{200, test::read_source_file("tests/data/questionnaire/all_types.json"), ""});
  imgui.frame(2);
  ASSERT_EQ(view->status(), LoadStatus::Ready) << view->failure();
  EXPECT_EQ(engine().questionnaire().id, "all-types");
}

TEST_F(RunnerLoading, UnreachableUrlNamesTheHttpStatus) {
  view->open_link("forms/missing.json");
  pending_fetch(ui::Fetched{404, "", "HTTP 404 Not Found for forms/missing.json"});
  imgui.frame(2);
  EXPECT_EQ(view->status(), LoadStatus::Failed);
  EXPECT_EQ(view->failure(), "The questionnaire could not be loaded.");
  ASSERT_FALSE(view->problems().empty());
  EXPECT_NE(view->problems()[0].find("HTTP 404"), std::string::npos);
}

TEST_F(RunnerLoading, BrokenJsonNamesLineAndColumn) {
  view->open_text("{\n  \"format\": \"scopewright.questionnaire/1\",\n  \"id\" \"x\"\n}", "broken.json");
  imgui.frame(2);
  EXPECT_EQ(view->status(), LoadStatus::Failed);
  ASSERT_FALSE(view->problems().empty());
  EXPECT_EQ(view->problems()[0].rfind("broken.json:3:", 0), 0u) << view->problems()[0];
}

TEST_F(RunnerLoading, InvalidQuestionnaireListsItsValidationErrors) {
  view->open_text(test::read_source_file("tests/data/questionnaire/many_errors.json"), "many_errors.json");
  imgui.frame(2);
  EXPECT_EQ(view->status(), LoadStatus::Failed);
  EXPECT_GT(view->problems().size(), 2u);
  EXPECT_NE(view->problems()[0].find("error"), std::string::npos);
}

TEST_F(RunnerLoading, LinksToOtherSitesAreRefused) {
  services.page_origin = "https://scopewright.example";
  view->open_link("https://elsewhere.example/q.json");
  imgui.frame(2);
  EXPECT_EQ(view->status(), LoadStatus::Failed);
  EXPECT_TRUE(fetched_url.empty());
}

TEST_F(RunnerLoading, CustomerLinkInTheAppShowsOnlyTheQuestionnaire) {
  ui::AppOptions options{test::read_font(), {{"q", "general"}}, services};
  ui::App app(std::move(options), storage);
  imgui.set_draw([&] { app.draw(); });
  imgui.frame(3);
  EXPECT_EQ(item("Home"), nullptr) << "the engineer's sidebar must not show on a customer link";
  EXPECT_NE(item("Start"), nullptr);
  const auto state = nlohmann::json::parse(app.state_json());
  EXPECT_EQ(state["screen"], "questionnaire");
  EXPECT_EQ(state["customer_link"], true);
  EXPECT_EQ(state["runner"]["status"], "ready");
  EXPECT_EQ(state["runner"]["questionnaire"], "general");
}

// The web build's customer module (questionnaire.wasm) runs CustomerApp alone, without App.
TEST_F(RunnerLoading, CustomerPageOpensTheLinkOnItsOwn) {
  ui::CustomerApp page(ui::AppOptions{test::read_font(), {{"q", "general"}}, services}, storage);
  imgui.set_draw([&] { page.draw(); });
  imgui.frame(3);
  EXPECT_NE(item("Start"), nullptr);
  const auto state = nlohmann::json::parse(page.state_json());
  EXPECT_EQ(state["product"], "Scopewright");
  EXPECT_EQ(state["customer_link"], true);
  EXPECT_EQ(state["runner"]["questionnaire"], "general");
}

TEST_F(RunnerLoading, CustomerPageWithoutALinkSaysTheLinkDoesNotWork) {
  ui::CustomerApp page(ui::AppOptions{test::read_font(), {}, services}, storage);
  imgui.set_draw([&] { page.draw(); });
  imgui.frame(3);
  EXPECT_EQ(page.runner().status(), LoadStatus::Failed);
  EXPECT_EQ(page.runner().failure(), "This questionnaire link does not work.");
  EXPECT_EQ(item("Start"), nullptr);
}

TEST_F(RunnerLoading, EngineerCanPreviewATemplateAndCopyItsLink) {
  services.page_url = "https://h.example/sw/index.html";
  ui::App app(ui::AppOptions{test::read_font(), {}, services}, storage);
  imgui.set_draw([&] { app.draw(); });
  imgui.frame(2);
  ASSERT_TRUE(click("Questionnaire"));
  EXPECT_EQ(app.screen(), ui::Screen::Questionnaire);
  ASSERT_TRUE(click("Copy customer link general"));
  EXPECT_EQ(clipboard, "https://h.example/sw/index.html?q=general");
  ASSERT_TRUE(click("Preview general"));
  EXPECT_NE(item("Start"), nullptr);
  ASSERT_TRUE(click("Back to templates"));
  EXPECT_NE(item("Preview general"), nullptr);
}

}  // namespace
}  // namespace sw
