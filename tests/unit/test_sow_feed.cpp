// test_sow_feed.cpp — the SoW feed built through the core API: visible answers only, display texts, every
// part of the engagement present, deterministic, and `now` only in "generated".
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "cli_runner.h"
#include "core/engagement/format.h"
#include "core/questionnaire/loader.h"
#include "core/sow/feed.h"

namespace sw::sow {
namespace {

std::string slurp(const std::string& relative) {
  std::ifstream in(test::source_path(relative), std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Fixture {
  engagement::Engagement e;
  questionnaire::Questionnaire q;
  std::vector<AnswersInput> answers;
};

Fixture acme() {
  Fixture f;
  auto e = engagement::load_engagement(slurp("tests/data/sow/engagement_acme.json"), "engagement_acme.json");
  EXPECT_TRUE(e.ok());
  f.e = e.engagement;
  auto q = questionnaire::load_questionnaire(slurp("assets/questionnaires/general.json"), "general.json");
  EXPECT_TRUE(q.ok());
  f.q = q.questionnaire;
  return f;
}

FeedResult build(Fixture& f, const FeedOptions& o = {}) {
  f.answers = {{&f.q, nlohmann::json::parse(slurp("tests/data/sow/answers_acme.json")), "answers_acme.json"}};
  return build_feed(f.e, f.answers, o);
}

const nlohmann::ordered_json* item(const nlohmann::ordered_json& feed, const std::string& id) {
  for (const auto& s : feed["requirements"][0]["sections"])
    for (const auto& i : s["items"])
      if (i["id"] == id) return &i;
  return nullptr;
}

TEST(SowFeed, HasEveryPartInDocumentedOrder) {
  auto f = acme();
  auto r = build(f);
  ASSERT_TRUE(r.ok());
  std::vector<std::string> keys;
  for (const auto& [k, v] : r.feed.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"format", "generated", "provenance", "parties", "contacts", "project",
                                            "objectives", "deliverables", "requirements", "assumptions", "exclusions",
                                            "dependencies", "timeline", "roles", "commercial", "change_control",
                                            "sign_off"}));
  EXPECT_EQ(r.feed["format"], "scopewright.sow-feed/1");
  EXPECT_EQ(r.feed["deliverables"][0]["acceptance_criteria"][0], "Failover completes in under 5 seconds");
  EXPECT_EQ(r.feed["commercial"]["purchase_order"], "PO-4471");
  EXPECT_EQ(r.feed["change_control"]["approved_days"], 0.5);
  EXPECT_EQ(r.feed["roles"]["provider"].size(), 2u);
  EXPECT_EQ(r.feed["sign_off"]["customer"]["signatory"]["name"], "Søren Ødegård");
}

TEST(SowFeed, ProvenanceNamesQuestionnaireAnswersAndEngagement) {
  auto f = acme();
  FeedOptions o;
  o.engagement_file = "engagement_acme.json";
  auto r = build(f, o);
  const auto& p = r.feed["provenance"];
  EXPECT_EQ(p["engagement"]["id"], "eng-acme-7");
  EXPECT_EQ(p["engagement"]["updated"], "2026-11-21T16:30:00+01:00");
  EXPECT_EQ(p["engagement"]["sow_revision"]["number"], 1);
  EXPECT_EQ(p["questionnaires"][0]["id"], "general");
  EXPECT_EQ(p["questionnaires"][0]["version"], "1.0.0");
  EXPECT_EQ(p["questionnaires"][0]["hash"].get<std::string>().rfind("fnv1a64:", 0), 0u);
  EXPECT_EQ(p["questionnaires"][0]["answers_file"], "answers_acme.json");
}

TEST(SowFeed, RequirementsShowOnlyVisibleAnswersWithDisplayText) {
  auto f = acme();
  auto r = build(f);
  EXPECT_EQ(item(r.feed, "technical_contact_name"), nullptr);  // hidden: technical_contact_same is true
  ASSERT_NE(item(r.feed, "technical_contact_same"), nullptr);
  EXPECT_EQ((*item(r.feed, "technical_contact_same"))["text"], "Yes");
  EXPECT_EQ((*item(r.feed, "has_hld"))["text"], "No");
  EXPECT_EQ((*item(r.feed, "previous_vendor"))["text"], "F5 BIG-IP");
  EXPECT_EQ((*item(r.feed, "previous_vendor"))["answer"], "f5");
  EXPECT_EQ((*item(r.feed, "workloads"))["text"], "Web applications, Other: Legacy SOAP API");
  EXPECT_EQ((*item(r.feed, "ps_days_sold"))["text"], "5 days");
  EXPECT_EQ((*item(r.feed, "change_lead_time"))["question"], "How many working days' notice does the CAB need?");
  const auto* sites = item(r.feed, "sites");
  ASSERT_NE(sites, nullptr);
  EXPECT_EQ((*sites)["entries"][0]["label"], "Site: Oslo DC1");
  EXPECT_EQ((*sites)["entries"][0]["fields"][1]["text"], "Fibre, multimode (SFP/SFP+)");
  EXPECT_EQ(r.feed["requirements"][0]["sections"][0]["title"], "You and your team");
}

TEST(SowFeed, IsDeterministicAndNowOnlyFillsGenerated) {
  auto f = acme();
  const std::string a = build(f).feed.dump();
  EXPECT_EQ(a, build(f).feed.dump());
  FeedOptions o;
  o.now = "2026-11-22T10:00:00Z";
  auto with_now = build(f, o).feed;
  EXPECT_EQ(with_now["generated"], "2026-11-22T10:00:00Z");
  with_now["generated"] = nullptr;
  EXPECT_EQ(with_now.dump(), a);
}

TEST(SowFeed, AnswersForAnotherQuestionnaireAreAnError) {
  auto f = acme();
  auto answers = nlohmann::json::parse(slurp("tests/data/sow/answers_acme.json"));
  answers["questionnaire"]["id"] = "medical";
  f.answers = {{&f.q, answers, "wrong.json"}};
  auto r = build_feed(f.e, f.answers);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.feed["requirements"][0]["sections"].empty());
}

TEST(SowFeed, WorksWithoutAnswers) {
  auto f = acme();
  auto r = build_feed(f.e, {});
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.feed["requirements"].empty());
  EXPECT_TRUE(r.feed["provenance"]["questionnaires"].empty());
}

}  // namespace
}  // namespace sw::sow
