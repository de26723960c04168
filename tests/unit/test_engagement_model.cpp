// test_engagement_model.cpp — the engagement file format: round trip, tolerant reading, refusals, migration.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/engagement/format.h"

namespace {

using namespace sw::engagement;

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// An engagement with something in every section, so a lost field shows up in the round trip.
Engagement full() {
  Engagement e;
  e.id = "eng-1";
  e.title = "Acme web farm";
  e.created = "2024-05-01T09:00:00Z";
  e.process_id = "loadbalancer";
  e.process_version = "1.0.0";
  e.stage = "in_progress";
  e.customer = {"Acme Ltd", "Acme Group", "1 High St", "Europe/London", TechnicalLevel::Intermediate, "knows HAProxy"};
  e.contacts.push_back({"contact-1", Side::Customer, "Dana", "IT lead", "signs off", "d@acme.test", "+44 1", "Europe/London", ""});
  e.contacts.push_back({"contact-2", Side::Provider, "Sam", "Engineer", "implements", "s@lb.test", "", "UTC", ""});
  e.commercial.ps_days = 3.5;
  e.commercial.amount = 4200;
  e.commercial.currency = "GBP";
  e.commercial.purchase_order = "PO-1";
  e.commercial.quote_number = "Q-9";
  e.commercial.billing_needs = "milestones";
  e.deployment_type = DeploymentType::Medical;
  e.answers.push_back({"answers-3", "medical", "1.0.0", "2024-05-02T10:00:00Z",
                       nlohmann::json{{"format", "scopewright.answers/1"}, {"answers", {{"customer_name", "Acme"}}}}});
  e.discovery_notes = "ACI in network-centric mode";
  e.scope.objectives.push_back({"objective-4", "Highly available PACS", ""});
  e.scope.deliverables.push_back({"deliv-5", "PACS VIP", "DICOM", {"fails over in < 5 s"}, ""});
  e.scope.exclusions.push_back({"exclude-6", "Firewall changes", ""});
  SowRevision rev;
  rev.id = "sow-7";
  rev.status = SowStatus::Rejected;
  rev.rejection_reason = "missing DR site";
  rev.snapshot = nlohmann::json{{"objectives", nlohmann::json::array()}};
  e.sow.push_back(rev);
  e.plan.meeting_cadence = "weekly";
  e.plan.milestones.push_back({"ms-8", "Go live", "2024-06-01", ""});
  e.plan.readiness.push_back({"ready-9", "4U rack space", "DC1", "Dana", "2024-05-20", ItemStatus::Done, "", ""});
  ConfigItem ci;
  ci.id = "ci-10";
  ci.kind = "virtual_service";
  ci.name = "VIP_PACS";
  ci.settings.push_back({"set-11", "port", "104"});
  ci.test.result = TestResult::Pass;
  e.pdr.items.push_back(ci);
  e.checklist.push_back({"check-12", "Open firewall", "Dana", Side::Customer, "2024-05-10", ItemStatus::Blocked, "", ""});
  Meeting m;
  m.id = "meeting-13";
  m.attendees = {"Dana", "Sam"};
  m.actions.push_back({"action-14", "Send certs", "Dana", "2024-05-11", ""});
  e.meetings.push_back(m);
  e.changes.push_back({"cr-15", "Second site", "", "Dana", "2024-05-12", "adds DR", 1.5, std::nullopt, ChangeStatus::Approved});
  e.risks.push_back({"risk-16", RiskKind::Issue, "ACI bug", "", "Sam", "PBR", Level::High, Level::Low, RiskStatus::Mitigated});
  e.tests.push_back({"test-17", "Failover", "ci-10", "pull cable", "< 5 s", "3 s", TestResult::Pass, "Sam", "2024-05-20", ""});
  e.acceptance = {true, "Dana", "2024-05-21", ""};
  e.handover.support.done = true;
  e.handover.support.how_to_connect = "VPN";
  e.handover.finance.completion_notice = "sent";
  e.lessons.push_back({"lesson-18", "Ask about ACI early", ""});
  e.feedback.rating = 5;
  e.history.push_back({"move-19", "planned", "in_progress", "2024-05-15T09:00:00Z", "Sam", ""});
  e.next_id = 20;
  return e;
}

TEST(EngagementFormat, RoundTripKeepsEveryField) {
  const Engagement e = full();
  const std::string text = to_text(e);
  LoadResult r = load_engagement(text, "e.json");
  ASSERT_TRUE(r.diagnostics.empty()) << sw::format(r.diagnostics.front());
  EXPECT_EQ(to_text(r.engagement), text);
  EXPECT_EQ(r.engagement.commercial.ps_days, 3.5);
  EXPECT_FALSE(r.engagement.commercial.rom_days.has_value());
  EXPECT_EQ(r.engagement.risks[0].impact, Level::Low);
  EXPECT_EQ(r.engagement.answers[0].document["answers"]["customer_name"], "Acme");
  EXPECT_EQ(r.engagement.next_id, 20);
}

TEST(EngagementFormat, WritesVersionedFormatTag) {
  EXPECT_EQ(to_json(full())["format"], "scopewright.engagement/1.0");
}

TEST(EngagementFormat, MissingFieldsTakeDefaults) {
  LoadResult r = load_engagement(R"({"format": "scopewright.engagement/1", "id": "x"})", "min.json");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.engagement.deployment_type, DeploymentType::General);
  EXPECT_TRUE(r.engagement.contacts.empty());
  EXPECT_FALSE(r.engagement.handover.support.done);
}

TEST(EngagementFormat, UnknownFieldsWarnWithLocation) {
  LoadResult r = load_engagement("{\"format\": \"scopewright.engagement/1\", \"id\": \"x\",\n \"customer\": {\"nmae\": \"A\"}}",
                                 "u.json");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, sw::Severity::Warning);
  EXPECT_EQ(r.diagnostics[0].json_path, "/customer/nmae");
  EXPECT_EQ(r.diagnostics[0].line, 2);
  EXPECT_NE(r.diagnostics[0].message.find("name"), std::string::npos) << r.diagnostics[0].message;  // did you mean
}

TEST(EngagementFormat, FutureMajorIsRefused) {
  LoadResult r = load_engagement(R"({"format": "scopewright.engagement/2.0", "id": "x"})", "f.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].json_path, "/format");
  EXPECT_NE(r.diagnostics[0].message.find("newer than this version"), std::string::npos);
}

TEST(EngagementFormat, NewerMinorWarnsOnly) {
  LoadResult r = load_engagement(R"({"format": "scopewright.engagement/1.4", "id": "x"})", "f.json");
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, sw::Severity::Warning);
}

TEST(EngagementFormat, WrongTypesAreErrorsAtTheirLine) {
  const std::string text =
      "{\"format\": \"scopewright.engagement/1\", \"id\": \"x\",\n"
      " \"commercial\": {\"ps_days\": \"three\"},\n"
      " \"tests\": [{\"id\": \"t-1\", \"result\": \"passed\"}]}";
  LoadResult r = load_engagement(text, "bad.json");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].json_path, "/commercial/ps_days");
  EXPECT_EQ(r.diagnostics[0].line, 2);
  EXPECT_EQ(r.diagnostics[0].message, "expected a number or null but got \"three\"");
  EXPECT_EQ(r.diagnostics[1].json_path, "/tests/0/result");
  EXPECT_EQ(r.diagnostics[1].line, 3);
  EXPECT_NE(r.diagnostics[1].message.find("did you mean \"pass\""), std::string::npos) << r.diagnostics[1].message;
}

TEST(EngagementFormat, DuplicateRecordIdsAreRefused) {
  const std::string text = R"({"format": "scopewright.engagement/1", "id": "x",
    "risks": [{"id": "r-1"}], "lessons": [{"id": "r-1"}]})";
  LoadResult r = load_engagement(text, "d.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].json_path, "/lessons/0/id");
  EXPECT_NE(r.diagnostics[0].message.find("first used at /risks/0"), std::string::npos) << r.diagnostics[0].message;
}

TEST(EngagementFormat, RecordsWithoutIdsGetFreshOnes) {
  const std::string text = R"({"format": "scopewright.engagement/1", "id": "x",
    "risks": [{"id": "risk-41"}, {"title": "no id"}]})";
  LoadResult r = load_engagement(text, "i.json");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.engagement.risks[1].id, "risk-42");  // after the largest number in use
  EXPECT_EQ(r.engagement.next_id, 43);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].json_path, "/risks/1");
}

TEST(EngagementFormat, MissingIdAndNonObjectAreErrors) {
  EXPECT_FALSE(load_engagement(R"({"format": "scopewright.engagement/1"})", "a.json").ok());
  EXPECT_FALSE(load_engagement("[1]", "a.json").ok());
  EXPECT_FALSE(load_engagement(R"({"format": "scopewright.questionnaire/1", "id": "x"})", "a.json").ok());
  LoadResult syntax = load_engagement("{\"format\": ", "s.json");
  ASSERT_FALSE(syntax.ok());
  EXPECT_GT(syntax.diagnostics[0].line, 0);
}

TEST(EngagementFormat, MigratesVersionZero) {
  LoadResult r = load_engagement(read_source("tests/data/engagement/v0_engagement.json"), "v0.json");
  ASSERT_TRUE(r.ok()) << sw::format(r.diagnostics.front());
  EXPECT_TRUE(r.migrated);
  EXPECT_EQ(r.engagement.customer.name, "Acme Ltd");
  ASSERT_EQ(r.engagement.contacts.size(), 1u);
  EXPECT_EQ(r.engagement.contacts[0].email, "dana@example.com");
  EXPECT_FALSE(r.engagement.contacts[0].id.empty());
  EXPECT_EQ(r.engagement.commercial.purchase_order, "PO-77");
  EXPECT_EQ(r.engagement.commercial.ps_days, 3.0);
  EXPECT_EQ(r.engagement.stage, "discovery");
  EXPECT_EQ(r.engagement.process_id, "loadbalancer");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("version 0 was converted"), std::string::npos);
}

TEST(EngagementIds, NewIdsNeverRepeat) {
  Engagement e;
  const std::string a = e.new_id("risk"), b = e.new_id("risk");
  EXPECT_NE(a, b);
  EXPECT_EQ(id_prefix("contacts"), "contact");
  EXPECT_EQ(id_prefix("nonsense"), "item");
}

}  // namespace
