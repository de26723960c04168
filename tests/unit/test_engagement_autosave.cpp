// test_engagement_autosave.cpp — the per-engagement autosave: only changed engagements are written, every
// failure or crash point between writes keeps the last good copy of every engagement, one unreadable
// engagement does not cost the others, and workspaces saved in the old whole-workspace layout are converted.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "core/engagement/autosave.h"
#include "core/engagement/format.h"
#include "core/engagement/workspace.h"

namespace {

using namespace sw::engagement;

Engagement make(const std::string& id, const std::string& customer) {
  Engagement e;
  e.id = id;
  e.title = customer + " project";
  e.customer.name = customer;
  e.stage = "pipeline";
  return e;
}

Workspace sample() {
  Workspace w;
  w.engagements = {make("e1", "Zeta Health"), make("e2", "Acme"), make("e3", "Beta Storage")};
  return w;
}

// A store whose contents the tests can list, that can refuse writes (a full quota: every write, one key, the
// Nth write from now, or any write past a size) or die at the Nth operation, a write or a removal (the tab
// crashed: that operation is lost, or a write torn when `torn`, and nothing after it happens), and that records
// the writes made.
class TestStorage final : public sw::Storage {
 public:
  std::optional<std::string> get(const std::string& key) const override {
    auto it = values.find(key);
    if (it == values.end()) return std::nullopt;
    return it->second;
  }
  bool set(const std::string& key, const std::string& value, std::string& error) override {
    if (dead || crashes_now()) {
      if (dead_torn_write) values[key] = value.substr(0, value.size() / 2);
      dead_torn_write = false;
      return true;
    }
    ++sets;
    written.push_back(key);
    std::size_t total = value.size();
    for (const auto& [k, v] : values)
      if (k != key) total += v.size();
    if (fail_all || key == fail_key || fail_at == sets || total > capacity) {
      error = "QuotaExceededError";
      return false;
    }
    values[key] = key == torn_key ? value.substr(0, value.size() / 2) : value;
    return true;
  }
  void remove(const std::string& key) override {
    if (!dead && !crashes_now()) values.erase(key);
    dead_torn_write = false;
  }
  bool crashes_now() {
    if (dead || ++ops != crash_at) return dead;
    dead = true;
    dead_torn_write = torn;
    return true;
  }
  void revive() {
    dead = false;
    crash_at = 0;
  }
  std::vector<std::string> keys() const {
    std::vector<std::string> out;
    for (const auto& [k, v] : values) out.push_back(k);
    return out;
  }
  void reset_counts() {
    sets = ops = 0;
    written.clear();
  }

  std::map<std::string, std::string> values;
  int sets = 0;
  std::vector<std::string> written;
  int fail_at = 0;     // the fail_at-th write (counted by `sets`) is refused
  int ops = 0, crash_at = 0;  // the crash_at-th operation (counted by `ops`) crashes the tab
  bool torn = false, dead = false, dead_torn_write = false;
  bool fail_all = false;
  std::string fail_key, torn_key;
  std::size_t capacity = std::numeric_limits<std::size_t>::max();  // characters of all values together
};

std::string text(const Workspace& w) { return to_text(w); }

std::string title_of(const Workspace& w, const std::string& id) {
  const Engagement* e = w.find(id);
  return e ? e->title : "<missing>";
}

const std::string kPrefix = "scopewright.workspace";

// The old whole-workspace layout, as earlier versions wrote it.
void store_legacy(TestStorage& s, const Workspace& w, char slot, long long generation, const std::string& saved_at) {
  nlohmann::ordered_json copy;
  copy["generation"] = generation;
  copy["saved_at"] = saved_at;
  copy["workspace"] = to_json(w);
  s.values[kPrefix + "." + slot] = copy.dump();
  s.values[kPrefix + ".current"] = kPrefix + "." + slot;
}

TEST(EngagementAutosave, EachEngagementHasItsOwnKeyAndTheIndexKeepsTheOrder) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  std::swap(w.engagements[0], w.engagements[2]);
  const SaveResult saved = a.save(w, "2024-05-01T10:00:00Z");
  ASSERT_TRUE(saved.ok) << saved.error;
  EXPECT_EQ(saved.slot, a.index_key('a'));
  EXPECT_EQ(saved.written.size(), 3u);
  EXPECT_EQ(s.keys(), (std::vector<std::string>{a.engagement_key("e1", 'a'), a.engagement_key("e2", 'a'),
                                                a.engagement_key("e3", 'a'), a.index_key('a')}));
  EXPECT_NE(s.values[a.engagement_key("e2", 'a')].find("\"engagement\":{\"format\":\"scopewright.engagement/"),
            std::string::npos);
  RecoverResult r = Autosave(s).load();
  ASSERT_TRUE(r.found);
  EXPECT_FALSE(r.recovered);
  EXPECT_FALSE(r.migrated);
  EXPECT_EQ(r.saved_at, "2024-05-01T10:00:00Z");
  EXPECT_EQ(text(r.workspace), text(w));  // order and content
}

TEST(EngagementAutosave, IdsWithAnyCharacterHaveKeysOfTheirOwn) {
  TestStorage s;
  Autosave a(s);
  Workspace w;
  // "x" + ".a" and "x.a" + ".a" differ in their last character, so no two ids share a key.
  w.engagements = {make("x", "One"), make("x.a", "Two"), make("q\"uote \xC3\xA9", "Three")};
  ASSERT_TRUE(a.save(w, "t1").ok);
  w.engagements[1].title = "Edited";
  ASSERT_TRUE(a.save(w, "t2").ok);
  RecoverResult r = Autosave(s).load();
  EXPECT_FALSE(r.recovered) << r.message;
  EXPECT_EQ(text(r.workspace), text(w));
}

TEST(EngagementAutosave, ASaveWritesOnlyTheChangedEngagementAndTheIndex) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);

  s.reset_counts();
  ASSERT_TRUE(a.save(w, "t2").ok);
  EXPECT_EQ(s.sets, 0) << "nothing changed, so nothing is written";

  w.engagements[1].title = "Edited";
  s.reset_counts();
  SaveResult r = a.save(w, "t3");  // compares every engagement
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(s.written, (std::vector<std::string>{a.engagement_key("e2", 'b'), a.index_key('b')}));
  EXPECT_FALSE(s.get(a.engagement_key("e2", 'a'))) << "the replaced copy is removed once the index names the new one";

  w.engagements[1].title = "Edited again";
  s.reset_counts();
  r = a.save(w, "t4", {"e2"});  // told which one changed: the others are not even serialised
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(s.written, (std::vector<std::string>{a.engagement_key("e2", 'a'), a.index_key('a')}));
  EXPECT_EQ(title_of(Autosave(s).load().workspace, "e2"), "Edited again");
  EXPECT_EQ(s.keys().size(), 5u);  // one copy per engagement and the two indexes
}

TEST(EngagementAutosave, AHintedSaveTrustsTheHintButAlwaysWritesNewEngagements) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);
  w.engagements[0].title = "Not announced";
  w.engagements.push_back(make("e4", "Delta"));
  s.reset_counts();
  ASSERT_TRUE(a.save(w, "t2", {}).ok);
  // The index announcing the new copy (see autosave.h), the copy, the new index.
  EXPECT_EQ(s.written, (std::vector<std::string>{a.index_key('b'), a.engagement_key("e4", 'a'), a.index_key('b')}));
  EXPECT_EQ(title_of(Autosave(s).load().workspace, "e1"), "Zeta Health project");  // as the hint said: unchanged
  ASSERT_TRUE(a.save(w, "t3").ok);  // a full comparison finds it
  EXPECT_EQ(text(Autosave(s).load().workspace), text(w));
}

TEST(EngagementAutosave, ReorderingWritesOnlyTheIndex) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);
  std::reverse(w.engagements.begin(), w.engagements.end());
  s.reset_counts();
  ASSERT_TRUE(a.save(w, "t2", {}).ok);
  EXPECT_EQ(s.written, (std::vector<std::string>{a.index_key('b')}));
  EXPECT_EQ(text(Autosave(s).load().workspace), text(w));
}

TEST(EngagementAutosave, DeletedEngagementsLeaveStorageOnlyAfterTheIndex) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);
  w.engagements.pop_back();  // e3
  s.fail_key = a.index_key('b');
  SaveResult refused = a.save(w, "t2", {"e3"});
  EXPECT_FALSE(refused.ok);
  EXPECT_EQ(refused.failed_key, a.index_key('b'));
  EXPECT_TRUE(s.get(a.engagement_key("e3", 'a'))) << "still listed by the only index";
  EXPECT_EQ(Autosave(s).load().workspace.engagements.size(), 3u);
  s.fail_key.clear();
  ASSERT_TRUE(a.save(w, "t3", {}).ok);
  EXPECT_FALSE(s.get(a.engagement_key("e3", 'a')));
  EXPECT_FALSE(s.get(a.engagement_key("e3", 'b')));
  EXPECT_EQ(text(Autosave(s).load().workspace), text(w));
}

TEST(EngagementAutosave, DuplicateIdsAreRefusedAndNothingIsWritten) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  w.engagements[2].id = "e1";
  const SaveResult r = a.save(w, "t1");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("\"e1\""), std::string::npos) << r.error;
  EXPECT_TRUE(s.values.empty());
}

// The save from `before` to `after` (e1 edited, e3 deleted, e4 added, e2 untouched), refused at each of its
// writes in turn: storage keeps exactly `before`'s copies, and no copy this save wrote (only, from the second
// write on, the index announcing e4, which lists the same state).
TEST(EngagementAutosave, ARefusalAtAnyWriteKeepsTheLastSavedStateAndTakesNoRoom) {
  Workspace before = sample();
  Workspace after = before;
  after.engagements[0].title = "Edited";
  after.engagements.pop_back();
  after.engagements.push_back(make("e4", "Delta"));
  for (int n = 1;; ++n) {
    TestStorage s;
    Autosave a(s);
    ASSERT_TRUE(a.save(before, "t1").ok);
    const auto stored_before = s.values;
    s.reset_counts();
    s.fail_at = n;
    const SaveResult r = a.save(after, "t2");
    if (r.ok) {
      EXPECT_EQ(n, 5) << "the announcing index, two copies and the index";
      break;
    }
    EXPECT_EQ(r.error, "QuotaExceededError");
    auto stored_after = s.values;
    if (n > 1) stored_after[a.index_key('b')] = stored_before.count(a.index_key('b')) ? stored_before.at(a.index_key('b')) : "";
    if (n > 1 && !stored_before.count(a.index_key('b'))) stored_after.erase(a.index_key('b'));
    EXPECT_TRUE(stored_after == stored_before) << "refused at write " << n;
    RecoverResult loaded = Autosave(s).load();
    EXPECT_FALSE(loaded.recovered) << loaded.message;
    EXPECT_EQ(text(loaded.workspace), text(before)) << "refused at write " << n;
    // The same object saves again once there is room, and it is complete.
    s.fail_at = 0;
    ASSERT_TRUE(a.save(after, "t3", {}).ok) << "after refusal " << n;
    EXPECT_EQ(text(Autosave(s).load().workspace), text(after));
  }
}

// The same save, but the tab dies at each operation in turn (writes and removals; the store's writes atomic, as
// localStorage's and the desktop store's are). The next start loads the whole previous state or the whole new
// one, and says nothing went wrong. No copy is left that no index lists (a copy of a listed engagement left in
// its other slot is replaced when that engagement is next saved: the next session edits them all, and then
// exactly one copy per engagement is left).
TEST(EngagementAutosave, ACrashAtAnyPointLoadsAWholeStateAndTheNextSaveCleansUp) {
  Workspace before = sample();
  Workspace after = before;
  after.engagements[0].title = "Edited";
  after.engagements.pop_back();
  after.engagements.push_back(make("e4", "Delta"));
  int committed_count = 0, previous_count = 0;
  for (int n = 1;; ++n) {
    TestStorage s;
    Autosave a(s);
    ASSERT_TRUE(a.save(before, "t1").ok);
    s.reset_counts();
    s.crash_at = n;
    a.save(after, "t2");
    if (!s.dead) {
      EXPECT_EQ(n, 9) << "an announcing index, two copies, the index, four removals";
      break;
    }
    s.revive();
    Autosave next(s);
    RecoverResult r = next.load();
    ASSERT_TRUE(r.found);
    EXPECT_FALSE(r.recovered) << "crash at operation " << n << ": " << r.message;
    const bool committed = text(r.workspace) == text(after);
    EXPECT_TRUE(committed || text(r.workspace) == text(before)) << "crash at operation " << n;
    (committed ? committed_count : previous_count)++;
    Workspace edited = r.workspace;
    std::set<std::string> ids;
    for (auto& e : edited.engagements) {
      e.title += " (next session)";
      ids.insert(e.id);
    }
    ASSERT_TRUE(next.save(edited, "t3", ids).ok) << "crash at operation " << n;
    EXPECT_EQ(text(Autosave(s).load().workspace), text(edited));
    std::size_t copies = 0;
    for (const auto& key : s.keys()) copies += key.find(".engagement.") != std::string::npos;
    EXPECT_EQ(copies, edited.engagements.size()) << "crash at operation " << n;
  }
  EXPECT_EQ(previous_count, 4) << "the announcing index, two copies, the index";
  EXPECT_EQ(committed_count, 4) << "the four removals after the index";
}

// With a store whose writes can be torn by a crash (not atomic), every engagement of the last saved state still
// loads; a torn index is reported and an older one used.
TEST(EngagementAutosave, ATornWriteAtAnyPointLosesNoSavedEngagement) {
  Workspace before = sample();
  Workspace after = before;
  after.engagements[0].title = "Edited";
  after.engagements.push_back(make("e4", "Delta"));
  for (int n = 1;; ++n) {
    TestStorage s;
    Autosave a(s);
    ASSERT_TRUE(a.save(before, "t1").ok);
    s.reset_counts();
    s.crash_at = n;
    s.torn = true;
    a.save(after, "t2");
    if (!s.dead) break;
    s.revive();
    Autosave next(s);
    RecoverResult r = next.load();
    ASSERT_TRUE(r.found) << "torn at operation " << n;
    for (const auto& id : {"e1", "e2", "e3"}) EXPECT_NE(r.workspace.find(id), nullptr) << id << ", torn at " << n;
    EXPECT_EQ(title_of(r.workspace, "e2"), "Acme project");
    EXPECT_TRUE(title_of(r.workspace, "e1") == "Edited" || title_of(r.workspace, "e1") == "Zeta Health project");
    ASSERT_TRUE(next.save(r.workspace, "t3").ok) << "torn at operation " << n;
    RecoverResult again = Autosave(s).load();
    EXPECT_FALSE(again.recovered) << again.message;
    EXPECT_EQ(text(again.workspace), text(r.workspace));
  }
}

TEST(EngagementAutosave, AWriteThatDoesNotReadBackIsAFailureAndTheCopyBeforeItStays) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);
  s.torn_key = a.engagement_key("e2", 'b');  // the store says yes but keeps half
  w.engagements[1].title = "Edited";
  const SaveResult r = a.save(w, "t2", {"e2"});
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.failed_key, a.engagement_key("e2", 'b'));
  EXPECT_NE(r.error.find("read back"), std::string::npos) << r.error;
  EXPECT_FALSE(s.get(a.engagement_key("e2", 'b'))) << "the torn copy is removed";
  EXPECT_EQ(title_of(Autosave(s).load().workspace, "e2"), "Acme project");
  s.torn_key.clear();
  ASSERT_TRUE(a.save(w, "t3", {}).ok) << "the failed engagement is saved by the next save, hinted or not";
  EXPECT_EQ(title_of(Autosave(s).load().workspace, "e2"), "Edited");
}

TEST(EngagementAutosave, AFullStoreSaysSoAndTheLargerWorkspaceFitsOnceThereIsRoom) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);
  std::size_t used = 0;
  for (const auto& [k, v] : s.values) used += v.size();
  s.capacity = used + 500;
  for (auto& e : w.engagements) e.customer.technical_notes = std::string(400, 'x');
  const auto stored_before = s.values;
  const SaveResult r = a.save(w, "t2");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error, "QuotaExceededError");
  EXPECT_EQ(s.values, stored_before);
  s.capacity = std::numeric_limits<std::size_t>::max();
  ASSERT_TRUE(a.save(w, "t3").ok);
  EXPECT_EQ(text(Autosave(s).load().workspace), text(w));
}

TEST(EngagementAutosave, AnUnreadableEngagementIsReportedKeptAndDoesNotCostTheOthers) {
  TestStorage s;
  Autosave a(s);
  ASSERT_TRUE(a.save(sample(), "t1").ok);
  const std::string key = a.engagement_key("e2", 'a');
  s.values[key] = "{\"generation\": 1,\n \"saved_at\": \"t1\",\n \"engagement\": {\"format\": \"scopewright.engagement/1\",\n"
                  "   \"id\": \"e2\", \"stage\": 7}}";
  Autosave next(s);
  RecoverResult r = next.load();
  ASSERT_TRUE(r.found);
  EXPECT_TRUE(r.recovered);
  EXPECT_EQ(r.unreadable, std::vector<std::string>{"e2"});
  ASSERT_EQ(r.workspace.engagements.size(), 2u);
  EXPECT_EQ(r.workspace.engagements[0].id, "e1");
  EXPECT_EQ(r.workspace.engagements[1].id, "e3");
  EXPECT_NE(r.message.find("Engagement \"e2\" could not be read"), std::string::npos) << r.message;
  EXPECT_NE(r.message.find(key), std::string::npos) << "the message names the key: " << r.message;
  const auto stage = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                  [](const sw::Diagnostic& d) { return d.severity == sw::Severity::Error; });
  ASSERT_NE(stage, r.diagnostics.end());
  EXPECT_EQ(stage->file, key);
  EXPECT_EQ(stage->json_path, "/engagement/stage");
  EXPECT_EQ(stage->line, 4);
  EXPECT_EQ(stage->column, 25) << stage->message;

  // Saving the others leaves the unreadable copy where it is, still listed.
  Workspace w = r.workspace;
  w.engagements[0].title = "Edited";
  const std::string unreadable = s.values[key];
  ASSERT_TRUE(next.save(w, "t2", {"e1"}).ok);
  EXPECT_EQ(s.values[key], unreadable);
  RecoverResult again = Autosave(s).load();
  EXPECT_EQ(again.unreadable, std::vector<std::string>{"e2"});
  EXPECT_EQ(title_of(again.workspace, "e1"), "Edited");
  EXPECT_EQ(again.workspace.engagements.size(), 2u);
}

TEST(EngagementAutosave, AnUnreadableNewestCopyFallsBackToTheEngagementsOtherCopy) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);
  const std::string older = s.values[a.engagement_key("e2", 'a')];
  w.engagements[1].title = "Edited";
  ASSERT_TRUE(a.save(w, "t2", {"e2"}).ok);
  // Both copies present (as after a crash before clean-up), the one the index names cut off.
  s.values[a.engagement_key("e2", 'a')] = older;
  s.values[a.engagement_key("e2", 'b')] = s.values[a.engagement_key("e2", 'b')].substr(0, 40);
  Autosave next(s);
  RecoverResult r = next.load();
  EXPECT_TRUE(r.recovered);
  EXPECT_EQ(title_of(r.workspace, "e2"), "Acme project");
  EXPECT_EQ(r.workspace.engagements.size(), 3u);
  EXPECT_NE(r.message.find("The newest copy of engagement \"e2\" could not be read; recovered its copy saved at t1"),
            std::string::npos) << r.message;
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].file, a.engagement_key("e2", 'b'));
  // The next save goes over the unreadable copy, never the recovered one.
  s.torn_key = a.engagement_key("e2", 'b');
  EXPECT_FALSE(next.save(r.workspace, "t3", {}).ok);
  EXPECT_EQ(title_of(Autosave(s).load().workspace, "e2"), "Acme project");
  s.torn_key.clear();
  ASSERT_TRUE(next.save(r.workspace, "t4", {}).ok);
  RecoverResult fixed = Autosave(s).load();
  EXPECT_FALSE(fixed.recovered) << fixed.message;
  EXPECT_EQ(text(fixed.workspace), text(r.workspace));
}

TEST(EngagementAutosave, AnUnreadableNewestIndexFallsBackAndStillFindsTheNewestCopies) {
  TestStorage s;
  Autosave a(s);
  Workspace w = sample();
  ASSERT_TRUE(a.save(w, "t1").ok);
  w.engagements[0].title = "Edited";
  ASSERT_TRUE(a.save(w, "t2", {"e1"}).ok);  // index b names e1's copy in slot b; e1's slot a is removed
  const std::string good_index = s.values[a.index_key('a')];
  s.values[a.index_key('b')] = s.values[a.index_key('b')].substr(0, 30);  // torn
  Autosave next(s);
  RecoverResult r = next.load();
  ASSERT_TRUE(r.found);
  EXPECT_TRUE(r.recovered);
  EXPECT_EQ(r.slot, a.index_key('a'));
  EXPECT_NE(r.message.find("The newest autosave index could not be read; recovered the previous one saved at t1"),
            std::string::npos) << r.message;
  EXPECT_EQ(text(r.workspace), text(w)) << "e1's newest copy is found in its other slot";
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].file, a.index_key('b'));
  // The next save replaces the unreadable index, not the good one, even with nothing changed.
  ASSERT_TRUE(next.save(r.workspace, "t3", {}).ok);
  EXPECT_EQ(s.values[a.index_key('a')], good_index);
  RecoverResult fixed = Autosave(s).load();
  EXPECT_FALSE(fixed.recovered) << fixed.message;
  EXPECT_EQ(fixed.slot, a.index_key('b'));
  EXPECT_EQ(text(fixed.workspace), text(w));
}

TEST(EngagementAutosave, IndexProblemsAreLocatedAndNothingReadableMeansAnEmptyWorkspace) {
  TestStorage s;
  Autosave a(s);
  ASSERT_TRUE(a.save(sample(), "t1").ok);
  s.values[a.index_key('a')] =
      "{\"format\": \"scopewright.workspace-index/1.0\", \"generation\": 1, \"saved_at\": \"t1\",\n"
      " \"engagements\": [{\"id\": \"e1\", \"slot\": \"c\", \"generation\": 1}]}";
  RecoverResult r = Autosave(s).load();
  EXPECT_FALSE(r.found);
  EXPECT_TRUE(r.recovered);
  EXPECT_NE(r.message.find("No autosaved copy could be read"), std::string::npos) << r.message;
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].file, a.index_key('a'));
  EXPECT_EQ(r.diagnostics[0].json_path, "/engagements/0/slot");
  EXPECT_EQ(r.diagnostics[0].line, 2);
  TestStorage empty;
  RecoverResult none = Autosave(empty).load();
  EXPECT_FALSE(none.found);
  EXPECT_FALSE(none.recovered);
  EXPECT_TRUE(none.message.empty());
}

TEST(EngagementAutosave, AfterUnreadableIndexesTheNextSaveLeavesNoneBehind) {
  for (const bool legacy : {false, true}) {
    TestStorage s;
    if (legacy) store_legacy(s, sample(), 'a', 1, "t0");
    Autosave a(s);
    s.values[a.index_key('b')] = "{\"generation\": ";  // torn
    if (!legacy) s.values[a.index_key('a')] = "also torn";
    RecoverResult r = a.load();
    EXPECT_EQ(r.found, legacy);
    EXPECT_TRUE(r.recovered);
    EXPECT_FALSE(r.message.empty());
    Workspace w = legacy ? r.workspace : sample();
    ASSERT_TRUE(a.save(w, "t1").ok);
    RecoverResult next = Autosave(s).load();
    EXPECT_FALSE(next.recovered) << next.message;
    EXPECT_EQ(text(next.workspace), text(w));
    EXPECT_EQ(s.get(a.index_key('a')).has_value() + s.get(a.index_key('b')).has_value(), 1);
  }
}

TEST(EngagementAutosave, TheOldWholeWorkspaceLayoutIsReadThenConvertedAndRemovedAfterwards) {
  TestStorage s;
  Workspace older = sample();
  older.engagements.pop_back();
  store_legacy(s, older, 'a', 1, "t0");
  store_legacy(s, sample(), 'b', 2, "t1");
  Autosave a(s);
  RecoverResult r = a.load();
  ASSERT_TRUE(r.found);
  EXPECT_TRUE(r.migrated);
  EXPECT_FALSE(r.recovered);
  EXPECT_EQ(r.slot, kPrefix + ".b");
  EXPECT_EQ(r.saved_at, "t1");
  EXPECT_EQ(text(r.workspace), text(sample()));
  ASSERT_TRUE(a.save(r.workspace, "t2", {}).ok);
  EXPECT_FALSE(s.get(kPrefix + ".a"));
  EXPECT_FALSE(s.get(kPrefix + ".b"));
  EXPECT_FALSE(s.get(kPrefix + ".current"));
  RecoverResult converted = Autosave(s).load();
  EXPECT_FALSE(converted.migrated);
  EXPECT_EQ(converted.slot, a.index_key('a'));
  EXPECT_EQ(text(converted.workspace), text(sample()));
}

TEST(EngagementAutosave, AConversionRefusedOrCutOffAtAnyWriteKeepsTheOldCopy) {
  for (const bool crash : {false, true}) {
    for (int n = 1; n <= (crash ? 10 : 4); ++n) {
      TestStorage s;
      store_legacy(s, sample(), 'a', 3, "t1");
      const auto stored_before = s.values;
      {
        Autosave a(s);
        const RecoverResult r = a.load();
        if (crash) s.crash_at = s.ops + n;
        else s.fail_at = s.sets + n;
        const SaveResult saved = a.save(r.workspace, "t2");
        if (!crash) {
          EXPECT_FALSE(saved.ok);
          EXPECT_EQ(s.values, stored_before) << "refused at write " << n;
        }
      }
      s.revive();
      s.fail_at = 0;
      Autosave next(s);
      RecoverResult r = next.load();
      ASSERT_TRUE(r.found) << "write " << n << (crash ? " cut off" : " refused");
      EXPECT_EQ(text(r.workspace), text(sample()));
      // Three copies then the index (the 4th operation), then removals.
      EXPECT_EQ(r.migrated, !crash || n <= 4) << "operation " << n;
      ASSERT_TRUE(next.save(r.workspace, "t3").ok);
      EXPECT_FALSE(s.get(kPrefix + ".a"));
      EXPECT_FALSE(s.get(kPrefix + ".current"));
      EXPECT_EQ(text(Autosave(s).load().workspace), text(sample()));
    }
  }
}

TEST(EngagementAutosave, AnInterruptedClearUpOfTheOldLayoutIsFinishedWithoutRewriting) {
  TestStorage s;
  store_legacy(s, sample(), 'a', 3, "t1");
  Autosave a(s);
  ASSERT_TRUE(a.save(a.load().workspace, "t2").ok);
  s.values[kPrefix + ".current"] = kPrefix + ".a";  // as if the tab closed before the pointer was removed
  s.values[kPrefix + ".a"] = "old";
  Autosave next(s);
  RecoverResult r = next.load();
  EXPECT_FALSE(r.migrated) << "the index is newer";
  s.reset_counts();
  ASSERT_TRUE(next.save(r.workspace, "t3", {}).ok);
  EXPECT_EQ(s.sets, 0);
  EXPECT_FALSE(s.get(kPrefix + ".a"));
  EXPECT_FALSE(s.get(kPrefix + ".current"));
}

TEST(EngagementAutosave, AConversionWithRoomForOnlyOneOldCopyDropsTheOlderOldCopyFirst) {
  TestStorage s;
  Workspace w = sample();
  for (auto& e : w.engagements) e.customer.technical_notes = std::string(300, 'x');
  store_legacy(s, w, 'a', 1, "t0");
  store_legacy(s, w, 'b', 2, "t1");
  std::size_t used = 0;
  for (const auto& [k, v] : s.values) used += v.size();
  s.capacity = used + s.values[kPrefix + ".b"].size() / 2;  // not enough for a third whole copy
  Autosave a(s);
  RecoverResult r = a.load();
  const SaveResult saved = a.save(r.workspace, "t2");
  ASSERT_TRUE(saved.ok) << saved.error;
  EXPECT_EQ(text(Autosave(s).load().workspace), text(w));
  EXPECT_FALSE(s.get(kPrefix + ".a"));
  EXPECT_FALSE(s.get(kPrefix + ".b"));
}

TEST(EngagementAutosave, AnUnreadableOldCopyFallsBackToTheOtherAndSaysSo) {
  TestStorage s;
  store_legacy(s, sample(), 'a', 1, "t1");
  store_legacy(s, sample(), 'b', 2, "t2");
  s.values[kPrefix + ".b"] = "{\"generation\": 2, \"saved_at\": \"t2\", \"workspace\": {\"format\": ";
  RecoverResult r = Autosave(s).load();
  ASSERT_TRUE(r.found);
  EXPECT_TRUE(r.migrated);
  EXPECT_TRUE(r.recovered);
  EXPECT_NE(r.message.find("recovered the previous copy saved at t1"), std::string::npos) << r.message;
  EXPECT_EQ(r.diagnostics[0].file, kPrefix + ".b");
}

}  // namespace
