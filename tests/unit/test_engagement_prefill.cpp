// test_engagement_prefill.cpp — answers → engagement: preview, apply (undoable), re-import differences.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/engagement/prefill.h"

namespace {

using namespace sw::engagement;

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

nlohmann::json answers(const std::string& email, int sites) {
  nlohmann::json a = {
      {"format", "scopewright.answers/1"},
      {"questionnaire", {{"id", "general"}, {"version", "1.0.0"}}},
      {"answers",
       {{"customer_name", "Acme Ltd"}, {"contact_name", "Dana"}, {"contact_email", email}, {"timezone", "Europe/London"},
        {"ps_days_sold", 3}, {"purchase_order", "PO-1"}, {"team_familiarity", 4}, {"goals", "HA for the web farm"},
        {"virtual_services", {{{"vs_name", "web"}, {"vs_protocol", "https"}, {"vs_ports", "443"}}}}}},
      {"calculated", {{"rom_days", 3.5}}}};
  for (int i = 0; i < sites; ++i)
    a["answers"]["sites"].push_back({{"site_name", "DC" + std::to_string(i + 1)}, {"rack_units", 2}});
  return a;
}

class Prefill : public ::testing::Test {
 protected:
  void SetUp() override {
    PrefillMappingLoad r = load_prefill_mapping(read_source("assets/prefill/loadbalancer.json"), "lb.json");
    ASSERT_TRUE(r.diagnostics.empty()) << sw::format(r.diagnostics.front());
    mapping = r.mapping;
    e.id = "eng-1";
  }
  const PrefillChange* find(const PrefillPreview& p, const std::string& path) {
    for (const auto& c : p.changes)
      if (c.path == path) return &c;
    return nullptr;
  }
  PrefillMapping mapping;
  Engagement e;
};

TEST_F(Prefill, PreviewChangesNothingThenApplyFills) {
  PrefillPreview p = preview_prefill(e, mapping, answers("dana@acme.test", 2));
  EXPECT_TRUE(p.diagnostics.empty());
  EXPECT_EQ(e.customer.name, "");  // preview only
  const PrefillChange* name = find(p, "/customer/name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->current, "");
  EXPECT_EQ(name->proposed, "Acme Ltd");
  EXPECT_TRUE(name->selected);
  ASSERT_NE(find(p, "/customer/technical_level"), nullptr);
  EXPECT_EQ(find(p, "/customer/technical_level")->proposed, "expert");
  EXPECT_EQ(find(p, "/commercial/rom_days")->proposed, 3.5);
  int new_records = 0;
  for (const auto& c : p.changes) new_records += c.path.size() > 2 && c.path.substr(c.path.size() - 2) == "/-";
  EXPECT_EQ(new_records, 5);  // primary contact, objective, 1 deliverable, 2 sites (no technical contact given)

  UndoStack u;
  ASSERT_TRUE(u.apply(e, apply_prefill(p)).empty());
  EXPECT_EQ(e.customer.name, "Acme Ltd");
  EXPECT_EQ(e.commercial.ps_days, 3.0);
  EXPECT_EQ(e.customer.technical_level, TechnicalLevel::Expert);
  ASSERT_EQ(e.contacts.size(), 1u);
  EXPECT_EQ(e.contacts[0].email, "dana@acme.test");
  EXPECT_EQ(e.contacts[0].origin, "prefill:/contacts:primary");
  ASSERT_EQ(e.plan.readiness.size(), 2u);
  EXPECT_EQ(e.plan.readiness[1].site, "DC2");
  EXPECT_NE(e.plan.readiness[1].item.find("2U rack space"), std::string::npos);
  EXPECT_EQ(e.scope.deliverables[0].title, "Virtual service web");
  u.undo(e);  // one step
  EXPECT_EQ(e.customer.name, "");
  EXPECT_TRUE(e.contacts.empty());
}

TEST_F(Prefill, ReimportShowsOnlyDifferencesAndKeepsEdits) {
  apply(e, apply_prefill(preview_prefill(e, mapping, answers("dana@acme.test", 1))));
  e.commercial.purchase_order = "PO-1-rev";  // edited by hand since
  PrefillPreview p = preview_prefill(e, mapping, answers("dana@new.test", 2));
  ASSERT_EQ(p.changes.size(), 3u);
  const PrefillChange* email = find(p, "/contacts/0/email");
  ASSERT_NE(email, nullptr);
  EXPECT_EQ(email->current, "dana@acme.test");
  EXPECT_EQ(email->proposed, "dana@new.test");
  EXPECT_TRUE(email->conflict);
  EXPECT_FALSE(email->selected);  // someone's value is not overwritten unless chosen
  const PrefillChange* po = find(p, "/commercial/purchase_order");
  ASSERT_NE(po, nullptr);
  EXPECT_EQ(po->current, "PO-1-rev");
  ASSERT_NE(find(p, "/plan/readiness/-"), nullptr);  // the new site only
  for (auto& c : p.changes)
    if (c.path == "/contacts/0/email") c.selected = true;
  ASSERT_TRUE(apply(e, apply_prefill(p)).ok());
  EXPECT_EQ(e.contacts.size(), 1u);  // updated, not duplicated
  EXPECT_EQ(e.contacts[0].email, "dana@new.test");
  EXPECT_EQ(e.commercial.purchase_order, "PO-1-rev");
  EXPECT_EQ(e.plan.readiness.size(), 2u);
}

TEST_F(Prefill, OtherQuestionnaireIsRefused) {
  nlohmann::json a = answers("x@y.z", 0);
  a["questionnaire"]["id"] = "hr_survey";
  PrefillPreview p = preview_prefill(e, mapping, a);
  EXPECT_TRUE(p.changes.empty());
  ASSERT_EQ(p.diagnostics.size(), 1u);
  EXPECT_NE(p.diagnostics[0].message.find("\"hr_survey\""), std::string::npos);
}

TEST_F(Prefill, BadMappingTargetsAreErrors) {
  PrefillMappingLoad r = load_prefill_mapping(R"({"format": "scopewright.prefill/1", "id": "m",
    "fields": [{"answer": "a", "to": "/customer/nmae"}, {"answer": "b", "to": "/contacts"}],
    "records": [{"list": "/customer/name", "key": "k", "fields": {}}]})", "m.json");
  ASSERT_EQ(r.diagnostics.size(), 3u);
  EXPECT_EQ(r.diagnostics[0].json_path, "/fields/0/to");
  EXPECT_NE(r.diagnostics[0].message.find("no engagement field"), std::string::npos);
  EXPECT_NE(r.diagnostics[1].message.find("is a list"), std::string::npos);
  EXPECT_NE(r.diagnostics[2].message.find("not a list"), std::string::npos);
}

}  // namespace
