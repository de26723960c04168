// test_cli_questionnaire.cpp — `scopewright-cli validate` and `evaluate` on real files: summaries, every error
// with file:line:column and JSON path, exit codes, and the evaluation report and export.
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

namespace sw {
namespace {

using test::run_cli;
using test::source_path;

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

TEST(CliValidate, EveryTemplateIsValid) {
  for (const char* t : {"general", "medical", "storage", "waf", "telephony"}) {
    auto r = run_cli("validate " + source_path(std::string("assets/questionnaires/") + t + ".json"));
    EXPECT_EQ(r.exit_code, 0) << t << "\n" << r.err;
    EXPECT_NE(r.out.find(": valid: "), std::string::npos) << r.out;
    EXPECT_EQ(r.err, "");
  }
}

TEST(CliValidate, ReportsEveryProblemWithLineColumnAndPath) {
  const auto path = write_temp("bad_q.json", R"({"format": "scopewright.questionnaire/1", "id": "x", "version": "1",
"title": "T", "sections": [{"id": "s", "title": "S", "questions": [
  {"id": "a", "type": "number", "label": "A", "visible_if": "{b} > 1"},
  {"id": "c", "type": "numbr", "label": "C"}]}],
"calculated": [{"id": "k", "expression": "{k} + 1"}]})");
  auto r = run_cli("validate " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, path + ": invalid: 3 errors\n");
  EXPECT_NE(r.err.find(path + ":3:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: /sections/0/questions/0/visible_if: (expression column 1) unknown"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/sections/0/questions/1/type"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: /calculated/0/expression: calculated value 'k' depends on itself: k -> k"), std::string::npos) << r.err;
}

TEST(CliValidate, BadJsonGivesLineAndColumn) {
  const auto path = write_temp("bad_json.json", "{\"format\": 1,\n  \"id\": [1 2]}");
  auto r = run_cli("validate " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, path + ":2:12: error: expected ',' or ']' after an array element but got '2'\n");
}

TEST(CliValidate, JsonReportAndUsageErrors) {
  auto r = run_cli("validate " + source_path("assets/questionnaires/waf.json") + " --json");
  ASSERT_EQ(r.exit_code, 0);
  auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["valid"], true);
  EXPECT_TRUE(report["diagnostics"].empty());
  EXPECT_EQ(run_cli("validate").exit_code, 2);
  EXPECT_EQ(run_cli("validate /no/such/file.json").exit_code, 2);
  EXPECT_EQ(run_cli("validate /no/such/file.json").err, "/no/such/file.json: cannot open file\n");
}

TEST(CliEvaluate, ReportsStateAndExportsVisibleAnswersOnly) {
  auto r = run_cli("evaluate " + source_path("assets/questionnaires/general.json") + " " +
                   source_path("tests/data/answers/general_acme.json") + " --today 2026-11-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["questionnaire"]["id"], "general");
  EXPECT_EQ(report["progress"]["required"].get<int>() - report["progress"]["answered"].get<int>(), 2);
  // The hidden technical contact (technical_contact_same = true) is kept in the file but not exported.
  const auto& exported = report["export"]["answers"];
  EXPECT_FALSE(exported.contains("technical_contact_name"));
  EXPECT_EQ(exported["previous_vendor"], "f5");  // shown: deployment_kind = migration
  EXPECT_EQ(report["export"]["respondent"]["name"], "Søren Ødegård");
  EXPECT_TRUE(report["export"]["calculated"].contains("rom_days"));
  ASSERT_EQ(report["dropped"].size(), 1u);
  EXPECT_EQ(report["dropped"][0]["path"], "/answers/no_longer_asked");
  EXPECT_NE(r.err.find("warning: /answers/no_longer_asked"), std::string::npos);
  int found = 0;
  for (const auto& s : report["sections"]) {
    for (const auto& q : s["questions"]) {
      if (q["id"] != "technical_contact_name") continue;
      ++found;
      EXPECT_EQ(q["visible"], false);
    }
  }
  EXPECT_EQ(found, 1);
}

TEST(CliEvaluate, RefusesAnswersOfAnotherQuestionnaire) {
  auto r = run_cli("evaluate " + source_path("assets/questionnaires/waf.json") + " " +
                   source_path("tests/data/answers/general_acme.json"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("general"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace sw
