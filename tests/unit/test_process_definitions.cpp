// test_process_definitions.cpp — shipped processes load cleanly; bad definitions are refused precisely;
// every guard field exists in the view and in docs/process.md.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/engagement/guard_view.h"
#include "core/engagement/process.h"
#include "core/expr/reference.h"

namespace {

using namespace sw::engagement;

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string all(const sw::Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds) out += sw::format(d) + "\n";
  return out;
}

// A minimal valid definition; tests break one thing at a time.
const char* kBase = R"({
  "format": "scopewright.process/1",
  "id": "p",
  "version": "1",
  "title": "P",
  "stages": [
    {"id": "a", "label": "A", "kind": "active"},
    {"id": "b", "label": "B", "kind": "active"},
    {"id": "z", "label": "Z", "kind": "terminal"}
  ],
  "moves": [
    {"from": "a", "to": "b", "guards": [{"require": "{sow.accepted}", "message": "SoW"}]},
    {"from": "b", "to": "z"}
  ]
})";

ProcessLoadResult load_replaced(const std::string& from, const std::string& to) {
  std::string text = kBase;
  auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return load_process(text, "p.json");
}

class ShippedProcess : public ::testing::TestWithParam<const char*> {};

TEST_P(ShippedProcess, LoadsWithoutDiagnostics) {
  ProcessLoadResult r = load_process(read_source(std::string("assets/processes/") + GetParam()), GetParam());
  EXPECT_TRUE(r.diagnostics.empty()) << all(r.diagnostics);
  EXPECT_FALSE(r.process.moves.empty());
  ASSERT_NE(r.process.stage(r.process.initial_stage), nullptr);
  for (const auto& s : r.process.stages) {
    if (s.kind == StageKind::Terminal) {
      EXPECT_TRUE(r.process.moves_from(s.id).empty()) << s.id;
    }
  }
}
INSTANTIATE_TEST_SUITE_P(Process, ShippedProcess, ::testing::Values("loadbalancer.json", "six_phase.json", "go_no_go.json"));

TEST(ProcessLoad, ExpandsFromListsAndStar) {
  ProcessLoadResult r = load_process(read_source("assets/processes/loadbalancer.json"), "lb.json");
  ASSERT_TRUE(r.ok());
  // "*" → every active stage may go on hold, but not the on-hold or terminal stages themselves.
  EXPECT_NE(r.process.find_move("scoping", "on_hold"), nullptr);
  EXPECT_NE(r.process.find_move("handover", "on_hold"), nullptr);
  EXPECT_EQ(r.process.find_move("on_hold", "on_hold"), nullptr);
  EXPECT_EQ(r.process.find_move("complete", "on_hold"), nullptr);
  EXPECT_NE(r.process.find_move("acceptance", "cancelled"), nullptr);
  EXPECT_EQ(r.process.stage_index("pipeline"), 0u);
}

TEST(ProcessLoad, UnknownStageInMove) {
  ProcessLoadResult r = load_replaced(R"({"from": "b", "to": "z"})", R"({"from": "b", "to": "zz"})");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u) << all(r.diagnostics);
  EXPECT_EQ(r.diagnostics[0].json_path, "/moves/1/to");
  EXPECT_EQ(r.diagnostics[0].message, "unknown stage \"zz\" (did you mean \"z\"?)");
  EXPECT_EQ(r.diagnostics[0].line, 13);
}

TEST(ProcessLoad, DuplicateStageId) {
  ProcessLoadResult r = load_replaced(R"({"id": "b", "label": "B")", R"({"id": "a", "label": "B")");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].json_path, "/stages/1/id");
  EXPECT_NE(r.diagnostics[0].message.find("duplicate stage id \"a\": first defined at /stages/0/id (line 7"),
            std::string::npos)
      << all(r.diagnostics);
}

TEST(ProcessLoad, DuplicateMoveAndSelfMoveAndTerminalSource) {
  ProcessLoadResult r = load_replaced(R"({"from": "b", "to": "z"})",
                                      R"({"from": "b", "to": "z"}, {"from": ["b", "z"], "to": "z"}, {"from": "a", "to": "a"})");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 3u) << all(r.diagnostics);
  EXPECT_EQ(r.diagnostics[0].json_path, "/moves/2/from/0");
  EXPECT_NE(r.diagnostics[0].message.find("duplicate move from \"b\" to \"z\""), std::string::npos);
  EXPECT_EQ(r.diagnostics[1].message, "stage \"z\" is terminal: no move may leave it");
  EXPECT_EQ(r.diagnostics[2].message, "a move from \"a\" to itself is not a move");
}

TEST(ProcessLoad, GuardSyntaxErrorHasExpressionColumn) {
  ProcessLoadResult r = load_replaced("\"{sow.accepted}\"", "\"{sow.accepted} and (\"");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 1u) << all(r.diagnostics);
  const auto& d = r.diagnostics[0];
  EXPECT_EQ(d.json_path, "/moves/0/guards/0/require");
  EXPECT_EQ(d.line, 12);
  EXPECT_GT(d.column, 0);
  EXPECT_EQ(d.expr_column, 21);  // just after the text (20 characters), where ')' or an operand was expected
  EXPECT_EQ(d.file, "p.json");
}

TEST(ProcessLoad, GuardUnknownFieldAndFunction) {
  ProcessLoadResult r = load_replaced("\"{sow.accepted}\"", "\"{sow.acepted} and nope(1)\"");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 2u) << all(r.diagnostics);
  EXPECT_NE(r.diagnostics[0].message.find("unknown reference {sow.acepted}"), std::string::npos) << all(r.diagnostics);
  EXPECT_EQ(r.diagnostics[0].expr_column, 1);
  EXPECT_NE(r.diagnostics[1].message.find("nope"), std::string::npos);
  EXPECT_EQ(r.diagnostics[1].expr_column, 19);
}

TEST(ProcessLoad, FormatAndStructureErrors) {
  EXPECT_NE(load_replaced("scopewright.process/1", "scopewright.process/3").diagnostics.at(0).message.find("newer"),
            std::string::npos);
  ProcessLoadResult kind = load_replaced(R"("kind": "terminal")", R"("kind": "final")");
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.diagnostics[0].json_path, "/stages/2/kind");
  ProcessLoadResult guard = load_replaced(R"(, "message": "SoW")", "");
  ASSERT_FALSE(guard.ok());
  EXPECT_EQ(guard.diagnostics[0].json_path, "/moves/0/guards/0");
  EXPECT_NE(guard.diagnostics[0].message.find("message"), std::string::npos) << all(guard.diagnostics);
  ProcessLoadResult initial = load_replaced(R"("title": "P",)", R"("title": "P", "initial_stage": "q",)");
  ASSERT_FALSE(initial.ok());
  EXPECT_EQ(initial.diagnostics[0].json_path, "/initial_stage");
}

TEST(ProcessLoad, UnreachableStageWarns) {
  ProcessLoadResult r = load_replaced(R"({"from": "a", "to": "b")", R"({"from": "a", "to": "z")");
  ASSERT_TRUE(r.ok()) << all(r.diagnostics);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, sw::Severity::Warning);
  EXPECT_NE(r.diagnostics[0].message.find("\"b\" cannot be reached"), std::string::npos);
}

TEST(ProcessGuardFields, EveryFieldIsInTheViewAndTheDocs) {
  Engagement e;
  e.id = "x";
  sw::expr::ValueScope scope = guard_scope(e, "2024-05-02T09:00:00Z");
  const std::string docs = read_source("docs/process.md");
  for (const auto& f : guard_fields()) {
    sw::expr::Value v;
    EXPECT_TRUE(scope.lookup(sw::expr::parse_reference(f.name), v)) << f.name;
    EXPECT_NE(docs.find("`{" + f.name + "}`"), std::string::npos) << f.name << " is not documented in docs/process.md";
  }
}

TEST(ProcessGuardFields, SummariesFollowTheRecords) {
  Engagement e;
  e.tests.push_back({"t-1", "a", "", "", "", "", TestResult::Pass, "", "", ""});
  e.tests.push_back({"t-2", "b", "", "", "", "", TestResult::Fail, "", "", ""});
  e.checklist.push_back({"c-1", "x", "", Side::Customer, "2024-05-01", ItemStatus::Open, "", ""});
  nlohmann::json v = guard_view(e, "2024-05-02T09:00:00Z");
  EXPECT_EQ(v["tests"]["failed_count"], 1);
  EXPECT_EQ(v["tests"]["all_passed_or_waived"], false);
  EXPECT_EQ(v["checklist"]["overdue_count"], 1);
  EXPECT_TRUE(guard_view(e, "")["checklist"]["overdue_count"].is_null());
  e.tests[1].result = TestResult::Waived;
  EXPECT_EQ(guard_view(e, "")["tests"]["all_passed_or_waived"], true);
}

}  // namespace
