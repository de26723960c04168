// test_engagements_workspace.cpp — the workspace through the real views: stage moves (allowed and refused with
// the failing guards), the board's move menu, pre-fill from an answers file, import conflicts and bad files,
// autosave and recovery, and a full storage.
#include "core/engagement/format.h"
#include "test_engagements_fixture.h"

namespace sw::test {
namespace {

using Workspace = EngagementsFixture;

bool has_failure(const ui::engagements::MoveRefusal& r, const std::string& message) {
  for (const auto& f : r.failed)
    if (f.message == message) return true;
  return false;
}

TEST_F(Workspace, RefusedMoveListsEveryFailingGuardThenAllowedMoveRecordsHistory) {
  create("Migration");
  click("Start discovery (blocked)");
  ASSERT_TRUE(session().refusal.has_value());
  const auto& r = *session().refusal;
  EXPECT_EQ(r.failed.size(), 3u);
  EXPECT_TRUE(has_failure(r, "Enter the customer's name."));
  EXPECT_TRUE(has_failure(r, "Record how much PS was sold (days or amount)."));
  EXPECT_NE(imgui.item("OK"), nullptr) << "the refusal dialog is open";
  auto& e = workspace().engagements[0];
  EXPECT_EQ(e.stage, "pipeline");
  click("OK");
  EXPECT_FALSE(session().refusal.has_value());

  click("Customer");
  type_into("Customer name", "Acme Ltd");
  click("Commercial");
  type_into("PS days sold", "5");
  type_into("Purchase order", "PO-1");
  click("Overview");
  // Only the guard still failing is listed now.
  click("Start discovery");
  EXPECT_EQ(e.stage, "discovery");
  ASSERT_EQ(e.history.size(), 1u);
  EXPECT_EQ(e.history[0].from, "pipeline");
  click("Undo");
  EXPECT_EQ(e.stage, "pipeline");
}

TEST_F(Workspace, BoardMoveMenuMovesACardThroughTheProcessRules) {
  create("Migration");
  auto& e = workspace().engagements[0];
  e.customer.name = "Acme";
  e.commercial.ps_days = 3;
  e.commercial.quote_number = "Q-9";
  click("\xE2\x86\x90 All engagements");
  EXPECT_EQ(session().current(), nullptr);
  ASSERT_NE(imgui.item("Acme"), nullptr) << "the card shows the customer";
  click("Move");
  click("Start discovery");
  EXPECT_EQ(e.stage, "discovery");
  click("Move");
  click("Write the SoW (blocked)");
  ASSERT_TRUE(session().refusal.has_value());
  EXPECT_TRUE(has_failure(*session().refusal, "Add at least one customer contact."));
  EXPECT_EQ(e.stage, "discovery");
}

TEST_F(Workspace, BoardCardsMoveByDragAndDrop) {
  create("Migration");
  auto& e = workspace().engagements[0];
  e.customer.name = "Acme";
  e.commercial.ps_days = 3;
  e.commercial.quote_number = "Q-9";
  click("\xE2\x86\x90 All engagements");
  const auto* card = imgui.item("Acme");
  ASSERT_NE(card, nullptr);
  const float from_x = card->center_x(), from_y = card->center_y();
  const float to_x = from_x + 240, to_y = from_y + 80;  // the next column (Discovery)
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(from_x, from_y);
  imgui.frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  imgui.frame();
  for (int i = 1; i <= 10; ++i) {
    io.AddMousePosEvent(from_x + (to_x - from_x) * i / 10, from_y + (to_y - from_y) * i / 10);
    imgui.frame();
  }
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  imgui.frame(3);
  EXPECT_EQ(e.stage, "discovery");
}

TEST_F(Workspace, ListSearchesAndOpens) {
  create("Alpha");
  click("\xE2\x86\x90 All engagements");
  create("Beta");
  click("\xE2\x86\x90 All engagements");
  click("List");
  click("Search");
  imgui.type("beta");
  imgui.frame(2);
  click("Open");
  ASSERT_NE(session().current(), nullptr);
  EXPECT_EQ(session().current()->title, "Beta");
}

TEST_F(Workspace, NewFromAnswersPreviewsThenAppliesThePrefill) {
  click("New from answers file");
  pick("general_acme.json", read_repo_file("tests/data/answers/general_acme.json"));
  ASSERT_TRUE(session().pending_prefill.has_value());
  EXPECT_FALSE(session().pending_prefill->preview.changes.empty());
  EXPECT_TRUE(workspace().engagements.empty()) << "nothing is created before Apply";
  click("Apply pre-fill");
  ASSERT_EQ(workspace().engagements.size(), 1u);
  const auto& e = workspace().engagements[0];
  EXPECT_EQ(e.customer.name, "Acme Ltd");
  EXPECT_EQ(e.answers.size(), 1u);
  EXPECT_FALSE(e.contacts.empty());
  EXPECT_EQ(e.title, "Acme Ltd engagement");
}

TEST_F(Workspace, AnswersFileThatIsNotAnswersIsRefused) {
  click("New from answers file");
  pick("notes.json", "{\"hello\": 1}");
  EXPECT_FALSE(session().pending_prefill.has_value());
  EXPECT_NE(session().error.find("not a questionnaire answers file"), std::string::npos);
}

TEST_F(Workspace, ImportOfAnExistingIdAsksReplaceOrKeepBoth) {
  create("Original");
  auto& first = workspace().engagements[0];
  first.customer.name = "Acme";
  click("Export engagement");
  ASSERT_EQ(downloaded_name, "e1.engagement.json");
  const std::string exported = downloaded_text;
  first.title = "Changed here";
  click("\xE2\x86\x90 All engagements");

  click("Import");
  pick("e1.engagement.json", exported);
  ASSERT_TRUE(session().pending_import.has_value());
  ASSERT_NE(imgui.item("Replace"), nullptr);
  ASSERT_NE(imgui.item("Keep both"), nullptr);
  click("Keep both");
  ASSERT_EQ(workspace().engagements.size(), 2u);
  EXPECT_EQ(workspace().engagements[1].id, "e1-2");
  EXPECT_EQ(workspace().engagements[0].title, "Changed here");

  click("Import");
  pick("e1.engagement.json", exported);
  click("Replace");
  ASSERT_EQ(workspace().engagements.size(), 2u);
  EXPECT_EQ(workspace().find("e1")->title, "Original");
}

TEST_F(Workspace, BadImportIsRefusedWithTheLoadersMessageAndChangesNothing) {
  create("Original");
  click("\xE2\x86\x90 All engagements");
  click("Import");
  pick("broken.json", "{\"format\": \"scopewright.engagement/1.0\", \"id\": \"x\", \"risks\": 3}");
  EXPECT_EQ(workspace().engagements.size(), 1u);
  EXPECT_NE(session().error.find("Not imported: broken.json"), std::string::npos) << session().error;
  EXPECT_NE(session().error.find("/risks"), std::string::npos) << session().error;
}

TEST_F(Workspace, AutosavesWithinASecondAndRecoversOnStart) {
  create("Kept");
  wait(1.0);
  EXPECT_FALSE(session().unsaved());
  EXPECT_TRUE(storage.get("scopewright.workspace.index.a").has_value());
  EXPECT_TRUE(storage.get("scopewright.workspace.engagement." + workspace().engagements[0].id + ".a").has_value());
  make_view();  // reload
  ASSERT_EQ(workspace().engagements.size(), 1u);
  EXPECT_EQ(workspace().engagements[0].title, "Kept");
}

TEST_F(Workspace, AnEditSavesOnlyThatEngagement) {
  create("First");
  click("\xE2\x86\x90 All engagements");
  create("Second");
  wait(1.0);
  const std::string first_key = "scopewright.workspace.engagement." + workspace().engagements[0].id + ".a";
  const std::string first_copy = *storage.get(first_key);
  click("Customer");
  type_into("Customer name", "Acme Ltd");  // the open engagement: Second
  wait(1.0);
  EXPECT_FALSE(session().unsaved());
  EXPECT_EQ(*storage.get(first_key), first_copy) << "the other engagement was not written again";
  make_view();
  ASSERT_EQ(workspace().engagements.size(), 2u);
  EXPECT_EQ(workspace().engagements[1].customer.name, "Acme Ltd");
}

TEST_F(Workspace, AnUnreadableEngagementIsReportedAndTheOthersLoad) {
  create("First");
  click("\xE2\x86\x90 All engagements");
  create("Second");
  wait(1.0);
  const std::string key = "scopewright.workspace.engagement." + workspace().engagements[0].id + ".a";
  std::string error;
  storage.set(key, R"({"generation": 1, "saved_at": "x", "engagement": {"format": "scopewright.engagement/1.0", "stage": 3}})", error);
  make_view();
  ASSERT_EQ(workspace().engagements.size(), 1u);
  EXPECT_EQ(workspace().engagements[0].title, "Second");
  EXPECT_NE(session().notice.find("could not be read"), std::string::npos) << session().notice;
  EXPECT_NE(session().notice.find(key), std::string::npos) << session().notice;
}

TEST_F(Workspace, AWorkspaceSavedInTheOldLayoutIsConvertedOnStart) {
  engagement::Engagement e;
  e.id = "e1";
  e.title = "From the old layout";
  engagement::Workspace old;
  old.engagements.push_back(e);
  nlohmann::ordered_json copy;
  copy["generation"] = 4;
  copy["saved_at"] = "2024-05-01T10:00:00Z";
  copy["workspace"] = engagement::to_json(old);
  std::string error;
  storage.set("scopewright.workspace.b", copy.dump(), error);
  storage.set("scopewright.workspace.current", "scopewright.workspace.b", error);
  make_view();
  ASSERT_EQ(workspace().engagements.size(), 1u);
  EXPECT_EQ(workspace().engagements[0].title, "From the old layout");
  EXPECT_TRUE(session().unsaved()) << "converted by the next autosave";
  wait(1.0);
  EXPECT_TRUE(storage.get("scopewright.workspace.engagement.e1.a").has_value());
  EXPECT_FALSE(storage.get("scopewright.workspace.b").has_value());
  EXPECT_FALSE(storage.get("scopewright.workspace.current").has_value());
  make_view();
  ASSERT_EQ(workspace().engagements.size(), 1u);
  EXPECT_EQ(workspace().engagements[0].title, "From the old layout");
}

TEST_F(Workspace, FullStorageSaysSoAndOffersADownload) {
  FullStorage full;
  make_view(&full);
  create("Unsaved");
  wait(1.0);
  EXPECT_NE(session().save_error.find("QuotaExceededError"), std::string::npos);
  ASSERT_NE(imgui.item("Download workspace"), nullptr);
  click("Download workspace");
  EXPECT_EQ(downloaded_name, "scopewright-workspace.json");
  EXPECT_NE(downloaded_text.find("Unsaved"), std::string::npos);
}

}  // namespace
}  // namespace sw::test
