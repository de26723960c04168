// test_engagement_workspace.cpp — workspace files, import conflicts, search/sort (autosave: test_engagement_autosave.cpp).
#include <gtest/gtest.h>

#include <algorithm>

#include "core/engagement/format.h"
#include "core/engagement/workspace.h"

namespace {

using namespace sw::engagement;

Engagement make(const std::string& id, const std::string& customer, const std::string& stage, const std::string& sale) {
  Engagement e;
  e.id = id;
  e.title = customer + " project";
  e.customer.name = customer;
  e.stage = stage;
  e.commercial.sale_date = sale;
  return e;
}

Workspace sample() {
  Workspace w;
  w.engagements = {make("e1", "Zeta Health", "planned", "2024-03-01"), make("e2", "acme", "pipeline", ""),
                   make("e3", "Beta Storage", "complete", "2024-01-15")};
  w.engagements[1].commercial.purchase_order = "PO-778";
  return w;
}

TEST(WorkspaceFile, RoundTrip) {
  Workspace w = sample();
  WorkspaceLoadResult r = load_workspace(to_text(w), "ws.json");
  ASSERT_TRUE(r.diagnostics.empty()) << sw::format(r.diagnostics.front());
  ASSERT_EQ(r.workspace.engagements.size(), 3u);
  EXPECT_EQ(to_text(r.workspace), to_text(w));
}

TEST(WorkspaceFile, BadEngagementIsLocatedInTheWorkspaceFile) {
  std::string text = to_text(sample());
  text.replace(text.find("\"stage\": \"pipeline\""), 19, "\"stage\": 7");
  WorkspaceLoadResult r = load_workspace(text, "ws.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].json_path, "/engagements/1/stage");
  EXPECT_GT(r.diagnostics[0].line, 1);
  EXPECT_TRUE(r.workspace.engagements.empty());
  EXPECT_FALSE(load_workspace(R"({"format": "scopewright.workspace/9", "engagements": []})", "w").ok());
}

TEST(WorkspaceImport, ReportsConflictsAndKeepsBothWithNewId) {
  Workspace w = sample();
  Engagement incoming = make("e2", "Acme Ltd", "discovery", "");
  ImportPlan plan = plan_import(w, to_text(incoming), "e2.json");
  ASSERT_TRUE(plan.ok());
  ASSERT_EQ(plan.conflicts.size(), 1u);
  EXPECT_EQ(plan.conflicts[0].id, "e2");
  EXPECT_EQ(plan.conflicts[0].existing_title, "acme project");
  EXPECT_EQ(plan.conflicts[0].incoming_title, "Acme Ltd project");
  EXPECT_EQ(w.engagements.size(), 3u);  // planning changes nothing
  auto ids = apply_import(w, plan, {{"e2", ConflictChoice::KeepBoth}});
  ASSERT_EQ(ids, std::vector<std::string>{"e2-2"});
  EXPECT_EQ(w.engagements.size(), 4u);
  EXPECT_EQ(w.find("e2")->customer.name, "acme");
  EXPECT_EQ(w.find("e2-2")->customer.name, "Acme Ltd");
}

TEST(WorkspaceImport, ReplaceAndSkip) {
  Workspace w = sample();
  ImportPlan plan = plan_import(w, to_text(make("e2", "Acme Ltd", "discovery", "")), "e2.json");
  apply_import(w, plan, {{"e2", ConflictChoice::Replace}});
  EXPECT_EQ(w.engagements.size(), 3u);
  EXPECT_EQ(w.find("e2")->customer.name, "Acme Ltd");
  Workspace other;
  other.engagements = {make("e1", "X", "", ""), make("e9", "Y", "", "")};
  ImportPlan whole = plan_import(w, to_text(other), "ws.json");
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole.incoming.size(), 2u);
  EXPECT_EQ(whole.conflicts.size(), 1u);
  apply_import(w, whole, {{"e1", ConflictChoice::Skip}});
  EXPECT_EQ(w.find("e1")->customer.name, "Zeta Health");
  EXPECT_NE(w.find("e9"), nullptr);
}

TEST(WorkspaceImport, BadFileLeavesWorkspaceUntouched) {
  Workspace w = sample();
  const std::string before = to_text(w);
  ImportPlan plan = plan_import(w, R"({"format": "scopewright.engagement/1", "id": "n", "risks": [{"kind": "dragon"}]})",
                                "bad.json");
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.diagnostics[0].json_path, "/risks/0/kind");
  EXPECT_TRUE(apply_import(w, plan).empty());
  EXPECT_EQ(to_text(w), before);
  EXPECT_FALSE(plan_import(w, "{not json", "x.json").ok());
}

TEST(WorkspaceSearch, FiltersAndSorts) {
  Workspace w = sample();
  EXPECT_EQ(search(w, "ACME"), std::vector<std::size_t>{1});
  EXPECT_EQ(search(w, "po-778"), std::vector<std::size_t>{1});
  EXPECT_EQ(search(w, "health zeta"), std::vector<std::size_t>{0});
  EXPECT_EQ(search(w, "", {"planned", "complete"}), (std::vector<std::size_t>{0, 2}));
  std::vector<std::size_t> all = search(w, "");
  sort_by(w, all, SortKey::Customer);
  EXPECT_EQ(all, (std::vector<std::size_t>{1, 2, 0}));  // acme, Beta, Zeta: case-insensitive
  sort_by(w, all, SortKey::SaleDate);
  EXPECT_EQ(all, (std::vector<std::size_t>{2, 0, 1}));  // empty date last
  sort_by(w, all, SortKey::SaleDate, false);
  EXPECT_EQ(all, (std::vector<std::size_t>{0, 2, 1}));
  Process p;
  p.stages = {{"pipeline", "", "", StageKind::Active}, {"planned", "", "", StageKind::Active},
              {"complete", "", "", StageKind::Terminal}};
  sort_by(w, all, SortKey::Stage, true, &p);
  EXPECT_EQ(all, (std::vector<std::size_t>{1, 0, 2}));
}

}  // namespace
