// test_engagement_undo.cpp — edits as commands: all-or-nothing apply, undo/redo, typing groups, stable ids.
#include <gtest/gtest.h>

#include "core/engagement/commands.h"
#include "core/engagement/edit.h"
#include "core/engagement/format.h"

namespace {

using namespace sw::engagement;

Engagement fresh() {
  Engagement e;
  e.id = "eng-1";
  return e;
}

TEST(UndoStack, UndoRedoFieldEdit) {
  Engagement e = fresh();
  UndoStack u;
  EXPECT_FALSE(u.can_undo());
  EXPECT_TRUE(u.apply(e, set_field("/customer/name", "Acme", "Edit customer name")).empty());
  EXPECT_EQ(e.customer.name, "Acme");
  EXPECT_EQ(u.undo_label(), "Undo Edit customer name");
  ASSERT_TRUE(u.undo(e));
  EXPECT_EQ(e.customer.name, "");
  EXPECT_EQ(u.redo_label(), "Redo Edit customer name");
  ASSERT_TRUE(u.redo(e));
  EXPECT_EQ(e.customer.name, "Acme");
  EXPECT_FALSE(u.redo(e));
}

TEST(UndoStack, TypingMergesUntilSealed) {
  Engagement e = fresh();
  UndoStack u;
  for (const char* text : {"P", "PO", "PO-1"}) u.apply(e, set_field("/commercial/purchase_order", text, "Edit PO", true));
  EXPECT_EQ(u.size(), 1u);
  u.seal();
  u.apply(e, set_field("/commercial/purchase_order", "PO-12", "Edit PO", true));
  EXPECT_EQ(u.size(), 2u);
  u.undo(e);
  EXPECT_EQ(e.commercial.purchase_order, "PO-1");
  u.undo(e);
  EXPECT_EQ(e.commercial.purchase_order, "");
  // A different field starts a new step even without seal().
  u.apply(e, set_field("/commercial/purchase_order", "A", "Edit PO", true));
  u.apply(e, set_field("/commercial/quote_number", "B", "Edit quote", true));
  EXPECT_EQ(u.size(), 2u);
}

TEST(UndoStack, NewEditClearsRedo) {
  Engagement e = fresh();
  UndoStack u;
  u.apply(e, set_field("/title", "a", "t"));
  u.undo(e);
  EXPECT_TRUE(u.can_redo());
  u.apply(e, set_field("/title", "b", "t"));
  EXPECT_FALSE(u.can_redo());
}

TEST(UndoStack, RefusedEditChangesNothing) {
  Engagement e = fresh();
  e.customer.name = "Acme";
  UndoStack u;
  // The second op breaks the type: the whole command is refused, the first op is not applied either.
  Command bad{"Bad", {Op{OpKind::Set, "/customer/name", "X"}, Op{OpKind::Set, "/commercial/ps_days", "three"}}, ""};
  sw::Diagnostics ds = u.apply(e, bad);
  ASSERT_FALSE(ds.empty());
  EXPECT_EQ(ds[0].json_path, "/commercial/ps_days");
  EXPECT_EQ(e.customer.name, "Acme");
  EXPECT_FALSE(u.can_undo());
  EXPECT_FALSE(u.apply(e, set_field("/customer/nope", "x", "x")).empty());  // not a field of the format
  EXPECT_FALSE(u.apply(e, set_field("/tests/0/result", "pass", "x")).empty());  // no such record
  EXPECT_FALSE(u.apply(e, set_field("/deployment_type", "laser", "x")).empty());  // not an allowed value
  EXPECT_FALSE(u.apply(e, remove_at("/customer", "x")).empty());
}

TEST(UndoStack, InsertedRecordsKeepTheirIdAcrossUndoRedo) {
  Engagement e = fresh();
  UndoStack u;
  ASSERT_TRUE(u.apply(e, insert_record("/risks", {{"title", "ACI bug"}, {"impact", "high"}}, "Add risk")).empty());
  ASSERT_EQ(e.risks.size(), 1u);
  const std::string id = e.risks[0].id;
  EXPECT_EQ(id.rfind("risk-", 0), 0u) << id;
  EXPECT_EQ(e.risks[0].impact, Level::High);
  u.undo(e);
  EXPECT_TRUE(e.risks.empty());
  u.redo(e);
  ASSERT_EQ(e.risks.size(), 1u);
  EXPECT_EQ(e.risks[0].id, id);
  // A new record after the undo never gets the id back.
  u.undo(e);
  u.apply(e, insert_record("/risks", {{"title", "other"}}, "Add risk"));
  EXPECT_NE(e.risks[0].id, id);
}

TEST(UndoStack, RemoveAndReorderAreUndoable) {
  Engagement e = fresh();
  UndoStack u;
  u.apply(e, insert_record("/lessons", {{"text", "one"}}, "Add"));
  u.apply(e, insert_record("/lessons", {{"text", "two"}}, "Add"));
  u.apply(e, insert_record("/lessons", {{"text", "zero"}}, "Add", 0));
  ASSERT_EQ(e.lessons.size(), 3u);
  EXPECT_EQ(e.lessons[0].text, "zero");
  const nlohmann::json last = to_dom(e)["lessons"][2];
  u.apply(e, move_record("/lessons", 2, 0, last, "Move lesson"));
  EXPECT_EQ(e.lessons[0].text, "two");
  u.apply(e, remove_at(path_of(e, "/lessons", e.lessons[1].id), "Delete lesson"));
  EXPECT_EQ(e.lessons.size(), 2u);
  u.undo(e);
  u.undo(e);
  ASSERT_EQ(e.lessons.size(), 3u);
  EXPECT_EQ(e.lessons[0].text, "zero");
  EXPECT_EQ(e.lessons[2].text, "two");
}

TEST(UndoStack, PromoteActionToChecklist) {
  Engagement e = fresh();
  UndoStack u;
  u.apply(e, insert_record("/meetings", {{"title", "Kick-off"}, {"actions", {{{"text", "Send certificates"}, {"owner", "Dana"}}}}},
                           "Add meeting"));
  const std::string meeting = e.meetings[0].id, action = e.meetings[0].actions[0].id;
  EXPECT_FALSE(action.empty());
  ASSERT_TRUE(u.apply(e, promote_action(e, meeting, action)).empty());
  ASSERT_EQ(e.checklist.size(), 1u);
  EXPECT_EQ(e.checklist[0].item, "Send certificates");
  EXPECT_EQ(e.meetings[0].actions[0].checklist_id, e.checklist[0].id);
  EXPECT_TRUE(promote_action(e, meeting, action).ops.empty());  // only once
  u.undo(e);
  EXPECT_TRUE(e.checklist.empty());
  EXPECT_TRUE(e.meetings[0].actions[0].checklist_id.empty());
}

TEST(UndoStack, SowRevisionSnapshotIsFrozen) {
  Engagement e = fresh();
  UndoStack u;
  u.apply(e, insert_record("/scope/objectives", {{"text", "HA"}}, "Add objective"));
  u.apply(e, new_sow_revision(e, "2024-05-01T10:00:00Z"));
  u.apply(e, send_sow(e, "2024-05-02T10:00:00Z"));
  u.apply(e, insert_record("/scope/objectives", {{"text", "DR"}}, "Add objective"));
  ASSERT_EQ(e.sow.size(), 1u);
  EXPECT_EQ(e.sow[0].status, SowStatus::Sent);
  EXPECT_EQ(e.sow[0].snapshot["objectives"].size(), 1u);
  EXPECT_TRUE(send_sow(e, "x").ops.empty());  // already sent
  u.apply(e, decide_sow(e, false, "needs DR", "2024-05-03T10:00:00Z"));
  EXPECT_EQ(e.sow[0].rejection_reason, "needs DR");
  u.apply(e, new_sow_revision(e, "2024-05-04T10:00:00Z"));
  EXPECT_EQ(e.sow[1].number, 2);
  u.apply(e, save_pdr_revision(e, "sam", "first cut", "2024-05-05T10:00:00Z"));
  EXPECT_EQ(e.pdr.revisions.size(), 1u);
}

}  // namespace
