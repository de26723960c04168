// test_share_panel.cpp — the designer's Share panel (ui/designer/share_panel.h) driven headless: the customer
// link and its length, copy / open in new tab, the long-link warning and the refusal, invalid questionnaires,
// the ?q= link of a published file; and a share link opened in the App shows only the customer's runner.
#include <nlohmann/json.hpp>

#include "runner_fixture.h"
#include "ui/app.h"
#include "ui/designer/share_panel.h"

namespace sw {
namespace {

class SharePanel : public test::RunnerFixture {
 protected:
  SharePanel() {
    services.page_url = "https://team.example/sw/index.html";
    services.page_origin = "https://team.example";
    services.open_new_tab = [this](const std::string& url) { opened_tab = url; };
    imgui.set_draw([this] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(900, 780));
      ImGui::Begin("designer", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
      ui::designer::draw_share_panel(state, services, json, valid);
      ImGui::End();
    });
  }

  // A questionnaire of `n` text questions with labels that do not repeat (they compress poorly).
  static std::string questionnaire_with(int n) {
    nlohmann::json q = {{"format", "scopewright.questionnaire/1"}, {"id", "big"}, {"version", "1"}, {"title", "B"}};
    nlohmann::json list = nlohmann::json::array();
    unsigned seed = 7;
    for (int i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      list.push_back({{"id", "q" + std::to_string(i)}, {"type", "text"}, {"label", std::to_string(seed)}});
    }
    q["sections"] = {{{"id", "s"}, {"title", "S"}, {"questions", list}}};
    return q.dump();
  }

  ui::designer::SharePanelState state;
  std::string json = test::read_source_file("tests/data/share/branching.json");
  bool valid = true;
  std::string opened_tab;
};

TEST_F(SharePanel, CopiesTheLinkThatCarriesTheQuestionnaire) {
  ASSERT_NE(item("Customer link"), nullptr);
  ASSERT_TRUE(click("Copy link"));
  EXPECT_EQ(clipboard.rfind("https://team.example/sw/index.html#q=1", 0), 0u) << clipboard;
  EXPECT_EQ(clipboard, state.encoded.link);
  const auto decoded = share::decode_link(clipboard);
  ASSERT_TRUE(decoded.ok) << decoded.error;
  EXPECT_EQ(nlohmann::json::parse(decoded.json), nlohmann::json::parse(json));
  EXPECT_EQ(state.notice, "Link copied.");
  ASSERT_TRUE(click("Open in new tab"));
  EXPECT_EQ(opened_tab, clipboard);
  EXPECT_EQ(state.encoded.size, share::LinkSize::Fine);
}

TEST_F(SharePanel, FollowsEditsAndWarnsThenRefusesLongLinks) {
  imgui.frame(2);
  const std::string first = state.encoded.link;
  json = questionnaire_with(150);
  imgui.frame(2);
  EXPECT_NE(state.encoded.link, first) << "the link must follow the questionnaire";
  EXPECT_EQ(state.encoded.size, share::LinkSize::Long);
  EXPECT_NE(item("Copy link"), nullptr) << "a long link can still be copied";
  json = questionnaire_with(4000);
  imgui.frame(2);
  EXPECT_EQ(state.encoded.size, share::LinkSize::TooLong);
  EXPECT_EQ(item("Copy link"), nullptr) << "no link past the hard limit";
  EXPECT_EQ(item("Customer link"), nullptr);
}

TEST_F(SharePanel, InvalidQuestionnaireOffersNoLink) {
  valid = false;
  EXPECT_EQ(item("Copy link"), nullptr);
  EXPECT_EQ(item("Customer link"), nullptr);
  EXPECT_NE(item("Published file URL"), nullptr) << "a published file's link does not depend on the draft";
}

TEST_F(SharePanel, NoNewTabButtonOnDesktop) {
  services.open_new_tab = nullptr;
  EXPECT_NE(item("Copy link"), nullptr);
  EXPECT_EQ(item("Open in new tab"), nullptr);
}

TEST_F(SharePanel, BuildsThePublishedFileLink) {
  ASSERT_TRUE(click("Published file URL"));
  imgui.type("forms/acme.json");
  ASSERT_TRUE(click("Copy published link"));
  EXPECT_EQ(clipboard, "https://team.example/sw/index.html?q=forms/acme.json");
  state.published_url = "https://elsewhere.example/a.json";
  EXPECT_EQ(item("Copy published link"), nullptr) << "files on other sites are refused";
}

TEST_F(SharePanel, ShareLinkOpensTheCustomerRunnerInTheApp) {
  const std::string link = share::encode_link(json, "https://team.example/sw/index.html").link;
  ui::App app(ui::AppOptions{test::read_font(), {{"link", link.substr(link.find('#'))}}, services}, storage);
  imgui.set_draw([&] { app.draw(); });
  imgui.frame(3);
  EXPECT_EQ(item("Home"), nullptr) << "no engineer sidebar on a customer link";
  EXPECT_NE(item("Start"), nullptr);
  const auto s = nlohmann::json::parse(app.state_json());
  EXPECT_EQ(s["customer_link"], true);
  EXPECT_EQ(s["runner"]["status"], "ready");
  EXPECT_EQ(s["runner"]["questionnaire"], "share-branching");
}

TEST_F(SharePanel, CorruptShareLinkShowsWhy) {
  ui::App app(ui::AppOptions{test::read_font(), {{"link", "#q=1AAAAbroken"}}, services}, storage);
  imgui.set_draw([&] { app.draw(); });
  imgui.frame(3);
  const auto s = nlohmann::json::parse(app.state_json());
  EXPECT_EQ(s["runner"]["status"], "failed");
  ASSERT_FALSE(s["runner"]["problems"].empty());
  EXPECT_EQ(s["runner"]["failure"], "This questionnaire link does not work.");
  EXPECT_EQ(s["runner"]["problems"][0].get<std::string>().rfind("The compressed data ", 0), 0u) << s["runner"]["problems"];
  EXPECT_EQ(item("Home"), nullptr);
  EXPECT_EQ(item("Start"), nullptr);
}

}  // namespace
}  // namespace sw
