// test_engagements_reimport.cpp — through the real views: newer answers for an existing engagement (the record's
// "Attach newer answers", the differences shown before anything changes, one undoable apply), deleting an
// engagement (asks first; Cancel keeps it), and flushing the workspace autosave when the page is hidden.
#include "test_engagements_fixture.h"

namespace sw::test {
namespace {

class Reimport : public EngagementsFixture {
 protected:
  // An engagement made from the Acme answers, open on its Customer section.
  void SetUp() override {
    first = nlohmann::json::parse(read_repo_file("tests/data/answers/general_acme.json"));
    click("New from answers file");
    pick("general_acme.json", first.dump());
    click("Apply pre-fill");
    ASSERT_NE(session().current(), nullptr);
    click("Customer");
  }
  engagement::Engagement& e() { return *session().current(); }
  nlohmann::json first;
};

TEST_F(Reimport, NewerAnswersShowTheDifferencesThenApplyInOneUndoStep) {
  ASSERT_EQ(e().answers.size(), 1u);
  ASSERT_EQ(e().customer.time_zone, "Europe/Oslo");
  auto newer = first;
  newer["answers"]["timezone"] = "Europe/London";
  newer["answers"]["contact_email"] = "soren@acme.test";
  newer["status"] = "complete";

  click("Attach newer answers");
  pick("acme-newer.json", newer.dump());
  ASSERT_TRUE(session().pending_reimport.has_value()) << session().error;
  const auto& p = session().pending_reimport->preview;
  std::vector<std::string> changed;
  for (const auto& a : p.answers) changed.push_back(a.id);
  EXPECT_EQ(changed, (std::vector<std::string>{"contact_email", "timezone"}));
  bool tz_listed = false;
  for (const auto& c : p.prefill.changes)
    if (c.path == "/customer/time_zone") {
      tz_listed = true;
      EXPECT_EQ(c.current, "Europe/Oslo");
      EXPECT_EQ(c.proposed, "Europe/London");
      EXPECT_TRUE(c.selected);
    }
  EXPECT_TRUE(tz_listed);
  ASSERT_NE(imgui.item("Attach and apply"), nullptr) << dump();
  EXPECT_EQ(e().customer.time_zone, "Europe/Oslo") << "nothing changes before Apply";

  click("Attach and apply");
  EXPECT_FALSE(session().pending_reimport.has_value());
  EXPECT_EQ(e().answers.size(), 2u);
  EXPECT_EQ(e().customer.time_zone, "Europe/London");
  EXPECT_EQ(e().contacts[0].email, "soren@acme.test");
  EXPECT_EQ(session().undo_stack(e().id).undo_label(), "Undo Attach newer answers");
  click("Undo");
  EXPECT_EQ(e().answers.size(), 1u);
  EXPECT_EQ(e().customer.time_zone, "Europe/Oslo");
  EXPECT_EQ(e().contacts[0].email, "soren@acme.example");
}

TEST_F(Reimport, CancelChangesNothingAndAFileThatIsNotAnswersIsRefused) {
  click("Attach newer answers");
  pick("notes.json", R"({"format": "scopewright.engagement/1"})");
  EXPECT_FALSE(session().pending_reimport.has_value());
  EXPECT_NE(session().error.find("not a questionnaire answers file"), std::string::npos) << session().error;

  auto newer = first;
  newer["answers"]["timezone"] = "Europe/London";
  click("Attach newer answers");
  pick("acme-newer.json", newer.dump());
  ASSERT_TRUE(session().pending_reimport.has_value());
  click("Cancel");
  EXPECT_FALSE(session().pending_reimport.has_value());
  EXPECT_EQ(e().answers.size(), 1u);
  EXPECT_EQ(e().customer.time_zone, "Europe/Oslo");
}

TEST_F(Reimport, AnUnchosenChangeLeavesTheFieldAsItIs) {
  auto newer = first;
  newer["answers"]["timezone"] = "Europe/London";
  newer["answers"]["ps_days_sold"] = 8;
  click("Attach newer answers");
  pick("acme-newer.json", newer.dump());
  ASSERT_TRUE(session().pending_reimport.has_value());
  for (auto& c : session().pending_reimport->preview.prefill.changes)
    if (c.path == "/commercial/ps_days") c.selected = false;  // as unticking its "Use" box
  click("Attach and apply");
  EXPECT_EQ(e().customer.time_zone, "Europe/London");
  EXPECT_EQ(e().commercial.ps_days, 5);
  EXPECT_EQ(e().answers.size(), 2u);
}

using DeleteEngagement = EngagementsFixture;

TEST_F(DeleteEngagement, AsksFirstCancelKeepsDeleteRemoves) {
  create("Keep me");
  click("\xE2\x86\x90 All engagements");
  create("Remove me");
  ASSERT_EQ(workspace().engagements.size(), 2u);
  click("Delete engagement");
  ASSERT_NE(imgui.item("Delete"), nullptr) << "the confirmation is open\n" << dump();
  click("Cancel");
  EXPECT_EQ(workspace().engagements.size(), 2u);
  EXPECT_NE(session().current(), nullptr);

  click("Delete engagement");
  click("Export first");
  EXPECT_EQ(downloaded_name.find(".engagement.json") != std::string::npos, true) << downloaded_name;
  click("Delete");
  ASSERT_EQ(workspace().engagements.size(), 1u);
  EXPECT_EQ(workspace().engagements[0].title, "Keep me");
  EXPECT_EQ(session().current(), nullptr) << "back to the workspace";
  EXPECT_NE(session().notice.find("Deleted \"Remove me\""), std::string::npos) << session().notice;
  wait(1.0);
  make_view();  // reload: the deletion was saved
  ASSERT_EQ(workspace().engagements.size(), 1u);
  EXPECT_EQ(workspace().engagements[0].title, "Keep me");
}

TEST_F(DeleteEngagement, FlushSavesTheLastEditAtOnce) {
  create("Typed");
  wait(1.0);
  click("Overview");
  click("Title");
  imgui.type(" fast");
  EXPECT_TRUE(session().unsaved());
  view->flush();
  EXPECT_FALSE(session().unsaved());
  make_view();
  ASSERT_EQ(workspace().engagements.size(), 1u);
  EXPECT_EQ(workspace().engagements[0].title, "Typed fast");
}

}  // namespace
}  // namespace sw::test
