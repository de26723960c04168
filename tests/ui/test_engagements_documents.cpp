// test_engagements_documents.cpp — the Documents section of an open engagement: the in-app download equals
// the shared core function's output and `scopewright-cli` output for the same engagement, answers, provider
// and time; the provider name is kept in storage; a document that cannot be made says why.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../unit/cli_runner.h"
#include "core/documents/generate.h"
#include "core/engagement/format.h"
#include "test_engagements_fixture.h"

namespace sw::test {
namespace {

using Documents = EngagementsFixture;

constexpr const char* kNow = "2026-11-22T10:00:00+00:00";  // the fixture's clock
constexpr const char* kProvider = "Example Load Balancers Ltd";

/// The realistic SoW fixture with its pre-discovery answers attached, as the app holds it.
engagement::Engagement acme_with_answers() {
  auto loaded = engagement::load_engagement(read_repo_file("tests/data/sow/engagement_acme.json"), "engagement_acme.json");
  EXPECT_TRUE(loaded.ok());
  auto e = std::move(loaded.engagement);
  engagement::AnswersAttachment att;
  att.id = "ans-1";
  att.questionnaire_id = "general";
  att.questionnaire_version = "1.0.0";
  att.received = "2026-10-01T09:00:00Z";
  att.document = nlohmann::json::parse(read_repo_file("tests/data/sow/answers_acme.json"));
  e.answers.push_back(att);
  return e;
}

/// What the shared core function makes of the engagement (the CLI and the app both call it).
std::string core_output(const engagement::Engagement& e, const std::string& output, const std::string& format,
                        const ui::engagements::EditorServices& services) {
  documents::Sources sources{services.assets_dir, services.read_file};
  auto resolved = documents::resolve_answers(documents::attached_answers(e), sources);
  EXPECT_TRUE(resolved.ok());
  documents::Request r;
  r.output = output;
  r.format = format;
  r.now = kNow;
  r.provider = kProvider;
  r.engagement_file = e.id + ".engagement.json";
  auto rendered = documents::render_output(e, resolved.answers, r, sources);
  EXPECT_TRUE(rendered.ok());
  return rendered.text;
}

/// `scopewright-cli ARGS` on the engagement written where "Export engagement" would name it.
CliRun cli_on(const engagement::Engagement& e, const std::string& args) {
  const std::string dir = ::testing::TempDir() + "/documents_" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  const std::string file = dir + "/" + e.id + ".engagement.json";
  std::ofstream(file, std::ios::binary) << engagement::to_text(e);
  return run_cli(args + " '" + file + "' --now " + kNow + " --provider '" + kProvider + "' --assets '" +
                 source_path("assets") + "'");
}

TEST_F(Documents, DownloadedSowAndFeedEqualTheCoreFunctionAndTheCli) {
  session().add(acme_with_answers());
  imgui.frame(2);
  const engagement::Engagement e = *session().current();
  click("Documents");
  type_into("Our organisation", kProvider);
  EXPECT_EQ(session().provider(), kProvider);

  click("Statement of Work");
  click("Markdown");
  click("Download");
  EXPECT_EQ(downloaded_name, "acme-ltd-statement-of-work-2026-11-22.md");
  const std::string sow_md = downloaded_text;
  EXPECT_NE(sow_md.find("Example Load Balancers Ltd"), std::string::npos) << "the provider is in the parties";
  EXPECT_EQ(sow_md, core_output(e, "sow", "md", services));
  const auto cli_md = cli_on(e, "sow --format md");
  ASSERT_EQ(cli_md.exit_code, 0) << cli_md.err;
  EXPECT_EQ(sow_md, cli_md.out) << "the in-app download equals the CLI's output for the same engagement";

  click("SoW feed");
  click("Download");
  EXPECT_EQ(downloaded_name, "acme-ltd-sow-feed-2026-11-22.json");
  EXPECT_EQ(downloaded_text, core_output(e, "sow-feed", "json", services));
  const auto cli_json = cli_on(e, "sow --format json");
  ASSERT_EQ(cli_json.exit_code, 0) << cli_json.err;
  EXPECT_EQ(downloaded_text, cli_json.out);
  // The answers were resolved to the built-in questionnaire: the requirements are in the feed.
  const auto feed = nlohmann::json::parse(downloaded_text);
  EXPECT_EQ(feed["generated"], kNow);
  EXPECT_FALSE(feed["requirements"].empty());
}

TEST_F(Documents, EveryDocumentPreviewsAndDownloadsWhatTheCliWrites) {
  session().add(acme_with_answers());
  imgui.frame(2);
  const engagement::Engagement e = *session().current();
  click("Documents");
  type_into("Our organisation", kProvider);
  click("Support handover");
  click("HTML");
  click("Download");
  EXPECT_EQ(downloaded_name, "acme-ltd-support-handover-2026-11-22.html");
  EXPECT_EQ(downloaded_text.rfind("<!DOCTYPE html>", 0), 0u) << downloaded_text.substr(0, 80);
  const auto cli_html = cli_on(e, "document support-handover --format html");
  ASSERT_EQ(cli_html.exit_code, 0) << cli_html.err;
  EXPECT_EQ(downloaded_text, cli_html.out);

  click("Calendar");
  click("Download");
  EXPECT_EQ(downloaded_name, "acme-ltd-calendar-2026-11-22.ics");
  EXPECT_EQ(downloaded_text.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_EQ(downloaded_text, cli_on(e, "document calendar").out);
}

TEST_F(Documents, ProviderNameIsKeptInStorageForTheNextVisit) {
  session().add(acme_with_answers());
  imgui.frame(2);
  click("Documents");
  type_into("Our organisation", kProvider);
  EXPECT_EQ(storage.get(ui::engagements::Session::kProviderKey).value_or(""), kProvider);
  make_view();  // like reloading the page
  EXPECT_EQ(session().provider(), kProvider);
}

TEST_F(Documents, AnswersOfAnUnknownQuestionnaireAreReportedAndNothingIsDownloaded) {
  auto e = acme_with_answers();
  e.answers[0].document["questionnaire"]["id"] = "no-such-questionnaire";
  session().add(e);
  imgui.frame(2);
  click("Documents");
  click("Statement of Work");
  const auto* download = imgui.item("Download");
  ASSERT_NE(download, nullptr);
  EXPECT_TRUE(download->disabled);
  ASSERT_TRUE(imgui.click("Download"));
  imgui.frame(2);
  EXPECT_TRUE(downloaded_text.empty());
  const auto& preview = view->ui().sections.preview;
  EXPECT_NE(preview.find("questionnaires/no-such-questionnaire.json"), std::string::npos) << preview;
  EXPECT_NE(preview.find("cannot open file"), std::string::npos) << preview;
}

}  // namespace
}  // namespace sw::test
