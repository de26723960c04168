// test_expr_cli.cpp — `scopewright-cli eval-expr`: output format, exit codes and messages.
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.h"

namespace {

using sw::test::CliRun;

// Runs `scopewright-cli eval-expr ARGS`.
CliRun run(const std::string& args) { return sw::test::run_cli("eval-expr " + args); }

TEST(ExprCli, PrintsTheValueAsOneLineOfJson) {
  EXPECT_EQ(run("'1 + 2'").out, "3\n");
  EXPECT_EQ(run("'10 / 4'").out, "2.5\n");
  EXPECT_EQ(run("\"{a} * 2\" --data '{\"a\": 21}'").out, "42\n");
  EXPECT_EQ(run("\"[{a}, 'x', 1 = 1]\" --data='{\"a\": null}'").out, "[null,\"x\",true]\n");
  EXPECT_EQ(run("'1 / 0'").out, "null\n");
  CliRun r = run("'today()' --today 2024-02-29");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "\"2024-02-29T00:00:00.000Z\"\n");
  EXPECT_EQ(run("\"age('2000-03-01')\" --today 2024-02-29").out, "23\n");
  EXPECT_EQ(run("-- '-1 + 2'").out, "1\n");
}

TEST(ExprCli, ConditionMode) {
  EXPECT_EQ(run("'2' --condition").out, "false\n");
  EXPECT_EQ(run("'1 < 2' --condition").out, "true\n");
}

TEST(ExprCli, SyntaxErrorsExitOneWithTheColumn) {
  CliRun r = run("'(1 + 2'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "eval-expr: error: column 7: expected ')' to close '(' opened at column 1 but found the end of the "
            "expression\n  (1 + 2\n        ^\n");
  CliRun f = run("'iif(1)'");
  EXPECT_EQ(f.exit_code, 1);
  EXPECT_NE(f.err.find("column 1: 'iif' takes 2 to 3 arguments but is given 1"), std::string::npos);
  EXPECT_EQ(run("'nosuch(1)'").exit_code, 1);
}

TEST(ExprCli, WarningsDoNotFail) {
  CliRun r = run("\"1 = 'abc'\"");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "false\n");
  EXPECT_NE(r.err.find("warning: column 3: '=' compares a number with a string"), std::string::npos);
}

TEST(ExprCli, UsageErrorsExitTwo) {
  CliRun none = run("");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("--data JSON"), std::string::npos);
  EXPECT_NE(none.err.find("--today YYYY-MM-DD"), std::string::npos);
  EXPECT_EQ(run("'1' --data '{bad'").err, "eval-expr: --data is not valid JSON\n");
  EXPECT_EQ(run("'1' --data '[1]'").err, "eval-expr: --data must be a JSON object of answers, e.g. {\"age\": 42}\n");
  EXPECT_EQ(run("'1' --today 2024-02-30").err, "eval-expr: --today '2024-02-30' is not a date in the form YYYY-MM-DD\n");
  EXPECT_EQ(run("'1' --today").exit_code, 2);
  EXPECT_EQ(run("'1' --frob").err, "eval-expr: unknown option '--frob' (see scopewright-cli help eval-expr)\n");
  EXPECT_EQ(run("'1' '2'").exit_code, 2);
  EXPECT_EQ(run("'1' --data-file /nonexistent/x.json").exit_code, 2);
}

}  // namespace
