// test_engagement_workspace.cpp — workspace files, import conflicts, search/sort, autosave and recovery.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/engagement/autosave.h"
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

// Refuses every write (a full quota) or writes to one key (an interrupted save).
class FailingStorage : public sw::Storage {
 public:
  std::optional<std::string> get(const std::string& key) const override { return inner.get(key); }
  void remove(const std::string& key) override { inner.remove(key); }
  bool set(const std::string& key, const std::string& value, std::string& error) override {
    if (fail_all || (!fail_key.empty() && key == fail_key)) {
      error = "QuotaExceededError";
      return false;
    }
    return inner.set(key, value, error);
  }
  sw::MemoryStorage inner;
  bool fail_all = false;
  std::string fail_key;
};

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

TEST(WorkspaceAutosave, SavesAndLoadsNewest) {
  sw::MemoryStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "2024-05-01T10:00:00Z").ok);
  w.engagements.pop_back();
  ASSERT_TRUE(a.save(w, "2024-05-01T10:01:00Z").ok);
  RecoverResult r = Autosave(s).load();
  ASSERT_TRUE(r.found);
  EXPECT_FALSE(r.recovered);
  EXPECT_EQ(r.workspace.engagements.size(), 2u);
  EXPECT_EQ(r.saved_at, "2024-05-01T10:01:00Z");
  EXPECT_TRUE(s.get(a.slot_key('a')).has_value());
  EXPECT_TRUE(s.get(a.slot_key('b')).has_value());  // the previous copy is kept
}

TEST(WorkspaceAutosave, RefusedWriteKeepsPreviousCopy) {
  FailingStorage s;
  Autosave a(s);
  ASSERT_TRUE(a.save(sample(), "t1").ok);
  s.fail_all = true;
  Workspace smaller = sample();
  smaller.engagements.clear();
  SaveResult refused = a.save(smaller, "t2");
  EXPECT_FALSE(refused.ok);
  EXPECT_EQ(refused.error, "QuotaExceededError");
  RecoverResult r = Autosave(s).load();
  ASSERT_TRUE(r.found);
  EXPECT_EQ(r.workspace.engagements.size(), 3u);
  EXPECT_EQ(r.saved_at, "t1");
}

TEST(WorkspaceAutosave, PointerWriteFailureStillFindsNewestCopy) {
  FailingStorage s;
  Autosave a(s);
  ASSERT_TRUE(a.save(sample(), "t1").ok);
  s.fail_key = a.pointer_key();  // interrupted between the copy and the switch
  Workspace smaller = sample();
  smaller.engagements.resize(1);
  EXPECT_FALSE(a.save(smaller, "t2").ok);
  RecoverResult r = Autosave(s).load();
  ASSERT_TRUE(r.found);
  EXPECT_EQ(r.saved_at, "t2");  // complete and newer, so it wins
  EXPECT_EQ(r.workspace.engagements.size(), 1u);
}

TEST(WorkspaceAutosave, ProblemsOfACopyPointIntoThatCopy) {
  sw::MemoryStorage s;
  Autosave a(s);
  ASSERT_TRUE(a.save(sample(), "t1").ok);
  std::string error;
  // The copy is read in place: paths and line:column are those of the stored copy itself.
  s.set(a.slot_key('b'), "{\"generation\": 5,\n \"saved_at\": \"t2\",\n \"workspace\": {\"format\": \"scopewright.workspace/1\",\n"
                         "  \"engagements\": [{\"format\": \"scopewright.engagement/1\", \"id\": \"e9\",\n   \"stage\": 7}]}}", error);
  RecoverResult r = Autosave(s).load();
  ASSERT_TRUE(r.recovered);
  const auto stage = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                  [](const sw::Diagnostic& d) { return d.severity == sw::Severity::Error; });
  ASSERT_NE(stage, r.diagnostics.end());
  EXPECT_EQ(stage->file, a.slot_key('b'));
  EXPECT_EQ(stage->json_path, "/workspace/engagements/0/stage");
  EXPECT_EQ(stage->line, 5);
  EXPECT_EQ(stage->column, 13) << stage->message;
}

TEST(WorkspaceAutosave, CorruptNewestRecoversPreviousAndSaysSo) {
  sw::MemoryStorage s;
  Autosave a(s);
  ASSERT_TRUE(a.save(sample(), "t1").ok);
  ASSERT_TRUE(a.save(sample(), "t2").ok);
  const std::string newest = *s.get(a.pointer_key());
  std::string error;
  s.set(newest, "{\"generation\": 9, \"saved_at\": \"t3\", \"workspace\": {\"format\": \"scopewright.workspace/1\", \"engagements\": [{}]}}", error);
  RecoverResult r = Autosave(s).load();
  ASSERT_TRUE(r.found);
  EXPECT_TRUE(r.recovered);
  EXPECT_EQ(r.saved_at, "t1");
  EXPECT_NE(r.message.find("recovered the previous copy saved at t1"), std::string::npos) << r.message;
  EXPECT_FALSE(r.diagnostics.empty());
  s.set(newest, "garbage", error);
  s.set(a.slot_key(newest == a.slot_key('a') ? 'b' : 'a'), "also garbage", error);
  RecoverResult none = Autosave(s).load();
  EXPECT_FALSE(none.found);
  EXPECT_NE(none.message.find("No autosaved copy"), std::string::npos);
  sw::MemoryStorage empty;
  EXPECT_FALSE(Autosave(empty).load().found);
}

// A storage whose writes to one key are torn: part of the value lands and the write reports success (a
// non-atomic file write interrupted by a crash).
class TornWriteStorage final : public sw::Storage {
 public:
  std::optional<std::string> get(const std::string& key) const override { return inner.get(key); }
  bool set(const std::string& key, const std::string& value, std::string& error) override {
    return inner.set(key, key == torn_key ? value.substr(0, value.size() / 2) : value, error);
  }
  void remove(const std::string& key) override { inner.remove(key); }
  sw::MemoryStorage inner;
  std::string torn_key;
};

TEST(WorkspaceAutosave, SaveAfterRecoveryOverwritesTheUnreadableCopyNotTheRecoveredOne) {
  TornWriteStorage s;
  Autosave first(s);
  ASSERT_TRUE(first.save(sample(), "t1").ok);
  ASSERT_TRUE(first.save(sample(), "t2").ok);
  const std::string newest = *s.get(first.pointer_key());
  const std::string older = first.slot_key(newest == first.slot_key('a') ? 'b' : 'a');
  std::string error;
  s.inner.set(newest, "{\"generation\": 2, \"saved_at\": \"t2\", \"workspace\": {\"format\": ", error);  // cut off

  // The next session recovers the older copy and says so.
  Autosave next(s);
  RecoverResult r = next.load();
  ASSERT_TRUE(r.recovered);
  EXPECT_EQ(r.slot, older);
  EXPECT_NE(r.message.find("recovered the previous copy saved at t1"), std::string::npos) << r.message;

  // Its first save goes over the unreadable copy, so even a torn write keeps the recovered copy...
  s.torn_key = newest;
  Workspace edited = r.workspace;
  edited.engagements.pop_back();
  const SaveResult torn = next.save(edited, "t3");
  EXPECT_EQ(torn.slot, newest);
  RecoverResult after_crash = Autosave(s).load();
  ASSERT_TRUE(after_crash.found) << "the torn write destroyed the last good copy";
  EXPECT_EQ(after_crash.saved_at, "t1");
  EXPECT_EQ(after_crash.workspace.engagements.size(), 3u);

  // ...and a complete save becomes the newest copy, with the recovered one kept as the previous.
  s.torn_key.clear();
  Autosave again(s);
  ASSERT_TRUE(again.save(edited, "t4").ok);
  EXPECT_EQ(*s.get(again.pointer_key()), newest);
  RecoverResult latest = Autosave(s).load();
  EXPECT_FALSE(latest.recovered);
  EXPECT_EQ(latest.saved_at, "t4");
  EXPECT_EQ(latest.workspace.engagements.size(), 2u);
  ASSERT_TRUE(again.save(sample(), "t5").ok);
  EXPECT_EQ(*s.get(again.pointer_key()), older);  // alternates again once both copies are good
}

}  // namespace
