// test_process_moves.cpp — walking engagements through the shipped processes: guards refuse with their
// messages until the engagement satisfies them; accepted moves append history; loops back are allowed.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/engagement/commands.h"
#include "core/engagement/move.h"

namespace {

using namespace sw::engagement;

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Process shipped(const std::string& name) {
  ProcessLoadResult r = load_process(read_source("assets/processes/" + name), name);
  EXPECT_TRUE(r.ok());
  return r.process;
}

std::vector<std::string> messages(const MoveResult& r) {
  std::vector<std::string> out;
  for (const auto& f : r.failed) out.push_back(f.message);
  return out;
}

const char* kNow = "2024-05-02T10:00:00Z";

class ProcessWalk : public ::testing::Test {
 protected:
  void start(const std::string& file) {
    p = shipped(file);
    e.id = "eng-1";
    ASSERT_TRUE(apply(e, start_on_process(p)).ok());
  }
  void run(const Command& c) { ASSERT_TRUE(apply(e, c).ok()) << c.label; }
  void go(const std::string& to) {
    MoveResult r = try_move(e, p, to, "sam", "", kNow);
    ASSERT_TRUE(r.ok) << "to " << to << ": " << r.refusal << (r.failed.empty() ? "" : r.failed[0].message);
    ASSERT_EQ(e.stage, to);
  }
  void accept_sow() {
    run(new_sow_revision(e, kNow));
    run(send_sow(e, kNow));
    run(decide_sow(e, true, "", kNow));
  }
  Process p;
  Engagement e;
};

TEST_F(ProcessWalk, LoadBalancerRefusesWithEveryFailingGuard) {
  start("loadbalancer.json");
  EXPECT_EQ(e.stage, "pipeline");
  MoveResult r = try_move(e, p, "discovery", "sam", "", kNow);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.refusal.empty());
  EXPECT_EQ(messages(r), (std::vector<std::string>{
                             "Enter the customer's name.", "Record how much PS was sold (days or amount).",
                             "Record the purchase order or the quote number from the sales handover."}));
  EXPECT_EQ(e.stage, "pipeline");
  EXPECT_TRUE(e.history.empty());
  EXPECT_EQ(r.failed[0].json_path, "/moves/0/guards/0/require");

  e.customer.name = "Acme";
  e.commercial.ps_days = 2;
  r = try_move(e, p, "discovery", "sam", "", kNow);
  EXPECT_EQ(messages(r), (std::vector<std::string>{"Record the purchase order or the quote number from the sales handover."}));
  e.commercial.quote_number = "Q-1";
  go("discovery");
  ASSERT_EQ(e.history.size(), 1u);
  EXPECT_EQ(e.history[0].from, "pipeline");
  EXPECT_EQ(e.history[0].to, "discovery");
  EXPECT_EQ(e.history[0].who, "sam");
  EXPECT_EQ(e.history[0].time, kNow);
  EXPECT_FALSE(e.history[0].id.empty());
}

TEST_F(ProcessWalk, LoadBalancerFullPathWithLoops) {
  start("loadbalancer.json");
  e.customer.name = "Acme";
  e.commercial.amount = 1000;
  e.commercial.purchase_order = "PO-1";
  go("discovery");
  e.discovery_notes = "call done";
  e.contacts.push_back({"c-1", Side::Customer, "Dana", "", "", "", "", "", ""});
  go("scoping");

  // Planned needs an accepted SoW: a rejected revision is not enough; loop until accepted.
  e.scope.deliverables.push_back({"d-1", "VIP", "", {}, ""});
  run(new_sow_revision(e, kNow));
  run(send_sow(e, kNow));
  run(decide_sow(e, false, "missing DR", kNow));
  EXPECT_EQ(messages(try_move(e, p, "planned", "sam", "", kNow)),
            (std::vector<std::string>{"The customer must accept a revision of the Statement of Work.",
                                      "Every deliverable needs acceptance criteria."}));
  go("discovery");  // another discovery call, then back to scoping
  go("scoping");
  e.scope.deliverables[0].acceptance_criteria.push_back("fails over");
  accept_sow();
  ASSERT_EQ(e.sow.size(), 2u);
  EXPECT_EQ(e.sow[0].rejection_reason, "missing DR");
  EXPECT_EQ(e.sow[1].number, 2);
  EXPECT_TRUE(e.sow[1].snapshot.is_object());
  go("planned");

  e.plan.readiness.push_back({"r-1", "rack", "", "", "", ItemStatus::Open, "", ""});
  EXPECT_FALSE(try_move(e, p, "in_progress", "sam", "", kNow).ok);
  e.plan.readiness[0].status = ItemStatus::Done;
  go("in_progress");

  ConfigItem ci;
  ci.id = "ci-1";
  e.pdr.items.push_back(ci);
  EXPECT_EQ(messages(try_move(e, p, "validation", "sam", "", kNow)),
            (std::vector<std::string>{"Every configuration item needs a passed (or waived) functional test."}));
  e.pdr.items[0].test.result = TestResult::Pass;
  go("validation");

  // Acceptance needs every test case passed or waived (and at least one).
  EXPECT_FALSE(try_move(e, p, "acceptance", "sam", "", kNow).ok);
  e.tests.push_back({"t-1", "failover", "", "", "", "", TestResult::Fail, "", "", ""});
  e.tests.push_back({"t-2", "health", "", "", "", "", TestResult::Waived, "", "", ""});
  EXPECT_EQ(messages(try_move(e, p, "acceptance", "sam", "", kNow)),
            (std::vector<std::string>{"Every test case must be passed or waived."}));
  go("in_progress");  // a further implementation iteration
  go("validation");
  e.tests[0].result = TestResult::Pass;
  go("acceptance");
  e.acceptance.criteria_met = true;
  EXPECT_FALSE(try_move(e, p, "handover", "sam", "", kNow).ok);
  e.acceptance.accepted_by = "Dana";
  go("handover");

  e.handover.support.done = true;
  EXPECT_EQ(messages(try_move(e, p, "complete", "sam", "", kNow)),
            (std::vector<std::string>{"Send the completion notice to sales and finance."}));
  e.handover.finance.done = true;
  go("complete");
  EXPECT_EQ(e.history.size(), 12u);
  MoveResult after = try_move(e, p, "on_hold", "sam", "", kNow);
  EXPECT_FALSE(after.ok);
  EXPECT_NE(after.refusal.find("no move from Complete to On hold"), std::string::npos) << after.refusal;
}

TEST_F(ProcessWalk, OnHoldAndCancel) {
  start("loadbalancer.json");
  go("on_hold");
  EXPECT_EQ(messages(try_move(e, p, "planned", "sam", "", kNow)),
            (std::vector<std::string>{"The customer must accept a revision of the Statement of Work."}));
  go("discovery");
  go("cancelled");
  EXPECT_TRUE(move_options(e, p, kNow).empty());
}

TEST_F(ProcessWalk, MoveOptionsListGuardsPerMove) {
  start("loadbalancer.json");
  auto options = move_options(e, p, kNow);
  ASSERT_EQ(options.size(), 3u);  // discovery, on hold, cancel
  EXPECT_EQ(options[0].move->to, "discovery");
  EXPECT_FALSE(options[0].allowed());
  EXPECT_EQ(options[0].failed.size(), 3u);
  EXPECT_TRUE(options[1].allowed());
}

TEST_F(ProcessWalk, RefusesUnknownStageOtherProcessAndMissingMove) {
  start("loadbalancer.json");
  EXPECT_NE(try_move(e, p, "nowhere", "s", "", kNow).refusal.find("no stage \"nowhere\""), std::string::npos);
  EXPECT_NE(try_move(e, p, "complete", "s", "", kNow).refusal.find("no move from Pipeline to Complete"), std::string::npos);
  Process other = shipped("six_phase.json");
  MoveResult r = try_move(e, other, "plan", "s", "", kNow);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.refusal.find("follows process \"loadbalancer\" version 1.0.0"), std::string::npos) << r.refusal;
  Process newer = p;
  newer.version = "2.0.0";
  EXPECT_FALSE(try_move(e, newer, "on_hold", "s", "", kNow).ok);  // keeps the version it was created with
}

TEST_F(ProcessWalk, MoveIsUndoable) {
  start("loadbalancer.json");
  UndoStack undo;
  MoveResult r = try_move(e, undo, p, "on_hold", "sam", "waiting for PO", kNow);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(undo.undo_label(), "Undo Put on hold");
  ASSERT_TRUE(undo.undo(e));
  EXPECT_EQ(e.stage, "pipeline");
  EXPECT_TRUE(e.history.empty());
  ASSERT_TRUE(undo.redo(e));
  EXPECT_EQ(e.stage, "on_hold");
  ASSERT_EQ(e.history.size(), 1u);
  EXPECT_EQ(e.history[0].note, "waiting for PO");
}

TEST_F(ProcessWalk, SixPhase) {
  start("six_phase.json");
  EXPECT_EQ(e.stage, "assess");
  EXPECT_EQ(messages(try_move(e, p, "plan", "s", "", kNow)),
            (std::vector<std::string>{"Record the customer's goals as objectives.",
                                      "The client must review and accept the Statement of Work."}));
  e.scope.objectives.push_back({"o-1", "HA", ""});
  accept_sow();
  go("plan");
  e.contacts.push_back({"c-1", Side::Customer, "Dana", "", "", "", "", "", ""});
  EXPECT_EQ(messages(try_move(e, p, "design", "s", "", kNow)),
            (std::vector<std::string>{"Name the project team on both sides.", "The project plan needs milestones."}));
  e.contacts.push_back({"c-2", Side::Provider, "Sam", "", "", "", "", "", ""});
  e.plan.milestones.push_back({"m-1", "Go live", "2024-06-01", ""});
  go("design");
  e.scope.deliverables.push_back({"d-1", "VIP", "", {"works"}, ""});
  go("deliver");
  go("design");
  go("deliver");
  e.tests.push_back({"t-1", "x", "", "", "", "", TestResult::Pass, "", "", ""});
  e.acceptance = {true, "Dana", "2024-05-30", ""};
  go("review");
  e.handover.support.done = true;
  EXPECT_EQ(messages(try_move(e, p, "improve", "s", "", kNow)), (std::vector<std::string>{"Obtain client feedback."}));
  e.feedback.rating = 4;
  go("improve");
  e.lessons.push_back({"l-1", "ask early", ""});
  go("closed");
}

TEST_F(ProcessWalk, GoNoGo) {
  start("go_no_go.json");
  e.scope.objectives.push_back({"o-1", "Launch", ""});
  e.contacts.push_back({"c-1", Side::Customer, "A", "", "", "", "", "", ""});
  e.contacts.push_back({"c-2", Side::Provider, "B", "", "", "", "", "", ""});
  EXPECT_EQ(messages(try_move(e, p, "decision", "s", "", kNow)),
            (std::vector<std::string>{"Send the basic SoW with the offer."}));
  run(new_sow_revision(e, kNow));
  run(send_sow(e, kNow));
  go("decision");
  EXPECT_EQ(messages(try_move(e, p, "implementation", "s", "", kNow)),
            (std::vector<std::string>{"The customer must accept the SoW (Go)."}));
  run(decide_sow(e, true, "", kNow));
  go("implementation");
  e.checklist.push_back({"k-1", "DNS", "A", Side::Customer, "", ItemStatus::Open, "", ""});
  EXPECT_EQ(messages(try_move(e, p, "approval", "s", "", kNow)),
            (std::vector<std::string>{"Every requirements checklist item must be checked.", "Write the test protocol."}));
  e.checklist[0].status = ItemStatus::Done;
  e.tests.push_back({"t-1", "login", "", "", "", "", TestResult::Pass, "", "", ""});
  go("approval");
  e.risks.push_back({"r-1", RiskKind::Issue, "slow login", "", "", "", Level::Medium, Level::High, RiskStatus::Open});
  e.acceptance = {true, "A", "", ""};
  EXPECT_EQ(messages(try_move(e, p, "launched", "s", "", kNow)),
            (std::vector<std::string>{"Fix the last-minute issues found in the soft launch."}));
  e.risks[0].status = RiskStatus::Closed;
  go("launched");
  e.handover.support.done = true;
  e.lessons.push_back({"l-1", "x", ""});
  go("closed");
}

TEST_F(ProcessWalk, NoGoEndsTheEngagement) {
  start("go_no_go.json");
  e.scope.objectives.push_back({"o-1", "Launch", ""});
  e.contacts.push_back({"c-1", Side::Customer, "A", "", "", "", "", "", ""});
  e.contacts.push_back({"c-2", Side::Provider, "B", "", "", "", "", "", ""});
  run(new_sow_revision(e, kNow));
  run(send_sow(e, kNow));
  go("decision");
  go("no_go");
  EXPECT_TRUE(move_options(e, p, kNow).empty());
}

}  // namespace
