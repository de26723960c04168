// test_sow_golden.cpp — every SoW template and document rendered by the CLI from the fixtures in
// tests/data/sow, compared byte for byte with the committed goldens (tests/data/sow/golden; see README there).
// SCOPEWRIGHT_UPDATE_GOLDENS=1 rewrites the goldens instead of comparing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace sw {
namespace {

struct GoldenCase {
  std::string name;  // file name under tests/data/sow/golden
  std::string args;  // after the fixture paths are substituted
};

std::string q(const std::string& s) { return "'" + s + "'"; }

// ACME / HOSTILE stand for "<engagement> --answers <answers>" of each fixture.
std::vector<GoldenCase> cases() {
  const std::string common = " --now 2026-11-22T10:00:00Z --provider 'Example Load Balancers Ltd' --assets " +
                             q(test::source_path("assets"));
  auto fixture = [&](const std::string& name) {
    return q(test::source_path("tests/data/sow/engagement_" + name + ".json")) + " --answers " +
           q(test::source_path("tests/data/sow/answers_" + name + ".json")) + common;
  };
  std::vector<GoldenCase> out;
  out.push_back({"acme_feed.json", "sow " + fixture("acme")});
  for (const char* t : {"general", "medical", "storage", "waf", "telephony"})
    for (const char* f : {"md", "html"})
      out.push_back({std::string("acme_sow_") + t + "." + f,
                     "sow " + fixture("acme") + " --format " + f + " --template " +
                         q(test::source_path(std::string("assets/sow/") + t + ".json"))});
  for (const char* k : {"handover-email-services", "handover-email-customer", "customer-handover", "support-handover",
                        "acceptance", "welcome-packet", "completion-notice"})
    for (const char* f : {"md", "html"})
      out.push_back({std::string("acme_") + k + "." + f, std::string("document ") + k + " " + fixture("acme") + " --format " + f});
  out.push_back({"acme_calendar.ics", "document calendar " + fixture("acme")});
  out.push_back({"hostile_feed.json", "sow " + fixture("hostile")});
  for (const char* f : {"md", "html"}) {
    out.push_back({std::string("hostile_sow.") + f, "sow " + fixture("hostile") + " --format " + f});
    out.push_back({std::string("hostile_customer-handover.") + f, "document customer-handover " + fixture("hostile") + " --format " + f});
  }
  out.push_back({"hostile_calendar.ics", "document calendar " + fixture("hostile")});
  return out;
}

std::string golden_path(const std::string& name) { return test::source_path("tests/data/sow/golden/" + name); }

TEST(SowGolden, EveryTemplateAndDocumentMatchesItsGolden) {
  const bool update = std::getenv("SCOPEWRIGHT_UPDATE_GOLDENS") != nullptr;
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.name);
    auto r = test::run_cli(c.args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    if (update) {
      std::ofstream(golden_path(c.name), std::ios::binary) << r.out;
      continue;
    }
    std::ifstream in(golden_path(c.name), std::ios::binary);
    ASSERT_TRUE(in) << "missing golden " << golden_path(c.name) << " (SCOPEWRIGHT_UPDATE_GOLDENS=1 writes it)";
    std::stringstream expected;
    expected << in.rdbuf();
    EXPECT_EQ(r.out, expected.str()) << "differs from " << golden_path(c.name);
  }
}

TEST(SowGolden, RenderingTwiceGivesTheSameBytes) {
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(test::run_cli(c.args).out, test::run_cli(c.args).out);
  }
}

// Lines of a that differ from b (same line count expected).
std::vector<std::string> differing_lines(const std::string& a, const std::string& b) {
  std::istringstream sa(a), sb(b);
  std::string la, lb;
  std::vector<std::string> out;
  while (std::getline(sa, la)) {
    if (!std::getline(sb, lb)) lb = "<missing>";
    if (la != lb) out.push_back(la);
  }
  return out;
}

TEST(SowGolden, NowOnlyChangesWhatDependsOnIt) {
  const std::string base = q(test::source_path("tests/data/sow/engagement_acme.json")) + " --answers " +
                           q(test::source_path("tests/data/sow/answers_acme.json"));
  auto feed1 = test::run_cli("sow " + base + " --now 2026-11-22T10:00:00Z").out;
  auto feed2 = test::run_cli("sow " + base + " --now 2027-01-05T08:30:00+01:00").out;
  EXPECT_EQ(differing_lines(feed1, feed2), std::vector<std::string>{"  \"generated\": \"2026-11-22T10:00:00Z\","});
  EXPECT_NE(test::run_cli("sow " + base).out.find("\"generated\": null"), std::string::npos);

  auto ics1 = test::run_cli("document calendar " + base + " --now 2026-11-22T10:00:00Z").out;
  auto ics2 = test::run_cli("document calendar " + base + " --now 2027-01-05T08:30:00+01:00").out;
  for (const auto& line : differing_lines(ics1, ics2)) EXPECT_EQ(line, "DTSTAMP:20261122T100000Z\r");
  EXPECT_NE(ics2.find("DTSTAMP:20270105T073000Z\r\n"), std::string::npos);

  // Documents that do not show the time do not change at all.
  EXPECT_EQ(test::run_cli("sow " + base + " --format md --now 2026-01-01").out.size(),
            test::run_cli("sow " + base + " --format md --now 2027-12-31").out.size());
  EXPECT_EQ(test::run_cli("document acceptance " + base + " --now 2026-01-01").out,
            test::run_cli("document acceptance " + base + " --now 2027-12-31").out);
}

}  // namespace
}  // namespace sw
