// test_documents_generate.cpp — documents::render_output, the one path from an engagement to its downloads
// shared by the CLI and the app: it reproduces the committed goldens, resolves questionnaires and template
// chains through the caller's reader, refuses unknown outputs and formats, and names downloads.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "cli_runner.h"
#include "core/documents/generate.h"
#include "core/engagement/format.h"

namespace sw::test {
namespace {

std::optional<std::string> read_disk(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string golden(const std::string& name) { return *read_disk(source_path("tests/data/sow/golden/" + name)); }

struct Acme {
  engagement::Engagement e;
  documents::ResolvedAnswers resolved;
  documents::Sources sources{source_path("assets"), read_disk};
};

Acme acme() {
  Acme a;
  a.e = engagement::load_engagement(*read_disk(source_path("tests/data/sow/engagement_acme.json")), "acme").engagement;
  auto doc = nlohmann::json::parse(*read_disk(source_path("tests/data/sow/answers_acme.json")));
  a.resolved = documents::resolve_answers({{doc, "answers_acme.json"}}, a.sources);
  return a;
}

documents::Request golden_request(const std::string& output, const std::string& format) {
  documents::Request r;
  r.output = output;
  r.format = format;
  r.now = "2026-11-22T10:00:00Z";  // as the goldens (tests/data/sow/README.md)
  r.provider = "Example Load Balancers Ltd";
  r.engagement_file = "engagement_acme.json";
  return r;
}

TEST(DocumentsGenerate, ReproducesTheGoldensOfTheCli) {
  auto a = acme();
  ASSERT_TRUE(a.resolved.ok());
  ASSERT_EQ(a.resolved.answers.size(), 1u);
  EXPECT_EQ(a.resolved.answers[0].questionnaire->id, "general") << "resolved from assets/questionnaires";
  const std::map<std::pair<std::string, std::string>, std::string> cases = {
      {{"sow-feed", ""}, "acme_feed.json"},
      {{"sow", "md"}, "acme_sow_general.md"},
      {{"sow", "html"}, "acme_sow_general.html"},
      {{"support-handover", "md"}, "acme_support-handover.md"},
      {{"acceptance", "html"}, "acme_acceptance.html"},
      {{"calendar", ""}, "acme_calendar.ics"},
  };
  for (const auto& [what, file] : cases) {
    const auto r = documents::render_output(a.e, a.resolved.answers, golden_request(what.first, what.second), a.sources);
    ASSERT_TRUE(r.ok()) << file;
    EXPECT_EQ(r.text, golden(file)) << file;
  }
  const auto feed = documents::render_output(a.e, a.resolved.answers, golden_request("sow-feed", ""), a.sources);
  EXPECT_EQ(feed.mime, "application/json");
  EXPECT_EQ(feed.extension, "json");
}

TEST(DocumentsGenerate, UnknownOutputsAndFormatsAreRefusedWithWhatIsExpected) {
  auto a = acme();
  auto r = documents::render_output(a.e, a.resolved.answers, golden_request("sow", "pdf"), a.sources);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].message, "Statement of Work is written as md or html, not 'pdf'");
  EXPECT_TRUE(r.text.empty());
  r = documents::render_output(a.e, a.resolved.answers, golden_request("invoice", ""), a.sources);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].message, "unknown output 'invoice'");
}

TEST(DocumentsGenerate, AMissingQuestionnaireOrTemplateSaysWhichFile) {
  auto a = acme();
  auto doc = a.resolved.answers[0].document;
  doc["questionnaire"]["id"] = "nowhere";
  auto resolved = documents::resolve_answers({{doc, "engagement:ans-1"}}, a.sources);
  ASSERT_FALSE(resolved.ok());
  EXPECT_TRUE(resolved.unreadable);
  EXPECT_EQ(resolved.diagnostics[0].file, source_path("assets") + "/questionnaires/nowhere.json");
  EXPECT_NE(resolved.diagnostics[0].message.find("engagement:ans-1"), std::string::npos);

  doc["questionnaire"]["id"] = "../../etc/passwd";
  resolved = documents::resolve_answers({{doc, "x.json"}}, a.sources);
  ASSERT_FALSE(resolved.ok());
  EXPECT_FALSE(resolved.unreadable);
  EXPECT_EQ(resolved.diagnostics[0].message, "the answers do not name a questionnaire");

  documents::Sources no_templates{"/no/assets", a.sources.read_file};
  auto r = documents::render_output(a.e, a.resolved.answers, golden_request("sow", "md"), no_templates);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.unreadable);
  EXPECT_EQ(r.diagnostics[0].file, "/no/assets/sow/general.json");
}

TEST(DocumentsGenerate, TemplatesThatExtendEachOtherInACycleAreRefused) {
  const std::string a = R"({"format": "scopewright.sow-template/1", "id": "a", "extends": "b", "title": "A", "sections": []})";
  const std::string b = R"({"format": "scopewright.sow-template/1", "id": "b", "extends": "a", "title": "B", "sections": []})";
  documents::Sources sources{"/t", [&](const std::string& path) -> std::optional<std::string> {
                               if (path == "/t/sow/a.json") return a;
                               if (path == "/t/sow/b.json") return b;
                               return std::nullopt;
                             }};
  auto r = documents::load_template_chain(engagement::DeploymentType::General, "/t/sow/a.json", sources);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.diagnostics.back().message.find("more than 8 deep"), std::string::npos);
}

TEST(DocumentsGenerate, DownloadNamesAreCustomerDocumentAndDate) {
  engagement::Engagement e;
  e.id = "e1";
  e.customer.organisation = "Acme Ltd.";
  documents::Request r;
  r.output = "sow";
  r.now = "2026-11-22T10:00:00+01:00";
  EXPECT_EQ(documents::download_name(e, r, "md"), "acme-ltd-statement-of-work-2026-11-22.md");
  e.customer.organisation.clear();
  e.customer.name = "Søren Ødegård — Oslo";  // Latin letters folded to ASCII, other characters a dash
  r.output = "calendar";
  EXPECT_EQ(documents::download_name(e, r, "ics"), "soren-odegard-oslo-calendar-2026-11-22.ics");
  e.customer.name.clear();
  r.now.clear();
  r.output = "sow-feed";
  EXPECT_EQ(documents::download_name(e, r, "json"), "e1-sow-feed.json");
}

}  // namespace
}  // namespace sw::test
