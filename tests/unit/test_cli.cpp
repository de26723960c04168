// test_cli.cpp — scopewright-cli as users run it: help, version, unknown commands, exit codes.
#include <gtest/gtest.h>

#include <string>

#include "cli_runner.h"

#include "scopewright/version.h"

namespace sw {
namespace {

// stdout and stderr together, as a user sees them in a terminal.
struct Run {
  int exit_code;
  std::string out;
};

Run run_cli(const std::string& args) {
  auto r = test::run_cli(args);
  return {r.exit_code, r.out + r.err};
}

TEST(Cli, VersionPrintsProductAndVersion) {
  auto r = run_cli("version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, std::string("Scopewright ") + kVersion + "\n");
  EXPECT_EQ(run_cli("--version").out, r.out);
}

TEST(Cli, HelpListsCommandsAndExitCodes) {
  auto r = run_cli("--help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("usage: scopewright-cli COMMAND"), std::string::npos);
  EXPECT_NE(r.out.find("  version"), std::string::npos);
  EXPECT_NE(r.out.find("exit codes:"), std::string::npos);
}

TEST(Cli, NoArgumentsIsAUsageError) {
  auto r = run_cli("");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("usage:"), std::string::npos);
}

TEST(Cli, UnknownCommandSaysWhichAndExits2) {
  auto r = run_cli("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "scopewright-cli: unknown command 'frobnicate' (see scopewright-cli --help)\n");
}

TEST(Cli, CommandHelpShowsUsage) {
  auto r = run_cli("help version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "usage: scopewright-cli version\n");
  EXPECT_EQ(run_cli("version --help").out, r.out);
}

TEST(Cli, CommandRejectsExtraArguments) {
  auto r = run_cli("version extra");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "version: takes no arguments\n");
}

}  // namespace
}  // namespace sw
