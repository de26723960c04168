// test_engagements_editing.cpp — creating engagements and editing their fields through the real views:
// typing, undo/redo by button and keyboard, list records, SoW revisions, layout on a phone.
#include "core/engagement/format.h"
#include "test_engagements_fixture.h"

namespace sw::test {
namespace {

using Engagements = EngagementsFixture;

TEST_F(Engagements, CreatesABlankEngagementOnTheDefaultProcess) {
  create("Load balancer migration");
  ASSERT_EQ(workspace().engagements.size(), 1u);
  const auto& e = workspace().engagements[0];
  EXPECT_EQ(e.title, "Load balancer migration");
  EXPECT_EQ(e.process_id, "loadbalancer");
  EXPECT_EQ(e.stage, "pipeline");
  EXPECT_EQ(e.created, "2026-11-22T10:00:00+00:00");
  ASSERT_NE(session().current(), nullptr);
  EXPECT_NE(imgui.item("\xE2\x86\x90 All engagements"), nullptr) << "the new engagement opens";
}

TEST_F(Engagements, TypingEditsAFieldAndUndoRedoRestoreIt) {
  create("Migration");
  click("Customer");
  type_into("Customer name", "Acme Ltd");
  auto& e = workspace().engagements[0];
  EXPECT_EQ(e.customer.name, "Acme Ltd");
  EXPECT_EQ(session().undo_stack(e.id).size(), 1u) << "typing merges into one undo step";

  click("Undo");
  EXPECT_EQ(e.customer.name, "");
  click("Redo");
  EXPECT_EQ(e.customer.name, "Acme Ltd");

  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl);
  EXPECT_EQ(e.customer.name, "");
  imgui.press(ImGuiKey_Z, ImGuiMod_Ctrl | ImGuiMod_Shift);
  EXPECT_EQ(e.customer.name, "Acme Ltd");
}

TEST_F(Engagements, NumbersDatesAndChoicesAreEditable) {
  create("Migration");
  click("Commercial");
  type_into("PS days sold", "5.5");
  type_into("Purchase order", "PO-77");
  auto& e = workspace().engagements[0];
  ASSERT_TRUE(e.commercial.ps_days.has_value());
  EXPECT_DOUBLE_EQ(*e.commercial.ps_days, 5.5);
  EXPECT_EQ(e.commercial.purchase_order, "PO-77");
}

TEST_F(Engagements, RecordsAreAddedEditedAndRemovedInTables) {
  create("Migration");
  click("Risks");
  click("Add risk or issue");
  auto& e = workspace().engagements[0];
  ASSERT_EQ(e.risks.size(), 1u);
  type_into("Title", "Firewall change window");
  EXPECT_EQ(e.risks[0].title, "Firewall change window");
  click("Remove");
  EXPECT_TRUE(e.risks.empty());
  click("Undo");
  ASSERT_EQ(e.risks.size(), 1u);
  EXPECT_EQ(e.risks[0].title, "Firewall change window");
}

TEST_F(Engagements, SowRevisionIsSentAndRejectedWithAReason) {
  create("Migration");
  click("SoW");
  click("New revision");
  auto& e = workspace().engagements[0];
  ASSERT_EQ(e.sow.size(), 1u);
  click("Send revision");
  EXPECT_EQ(e.sow[0].status, engagement::SowStatus::Sent);
  click("Rejection reason");
  imgui.type("Needs GSLB");
  click("Reject revision");
  EXPECT_EQ(e.sow[0].status, engagement::SowStatus::Rejected);
  EXPECT_EQ(e.sow[0].rejection_reason, "Needs GSLB");
  click("New revision");
  EXPECT_EQ(e.sow.size(), 2u);
}

TEST_F(Engagements, MeetingActionBecomesAChecklistItem) {
  create("Migration");
  click("Meetings");
  click("Add meeting");
  click("Add action item");
  type_into("Action", "Order second interface card");
  click("To checklist");
  auto& e = workspace().engagements[0];
  ASSERT_EQ(e.checklist.size(), 1u);
  EXPECT_EQ(e.checklist[0].item, "Order second interface card");
  EXPECT_EQ(e.meetings[0].actions[0].checklist_id, e.checklist[0].id);
}

TEST_F(Engagements, FitsAPhoneWindow) {
  imgui.resize(390, 844);
  imgui.frame(2);
  create("Migration");
  click("Customer");
  const auto* field = imgui.item("Customer name");
  ASSERT_NE(field, nullptr);
  EXPECT_LE(field->x0, 40.0f);
  EXPECT_LT(field->center_x(), 390.0f);
  click("Commercial");
  EXPECT_NE(imgui.item("Purchase order"), nullptr);
}

}  // namespace
}  // namespace sw::test
