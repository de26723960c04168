// test_cli.cpp — scopewright-cli as users run it: help, version, unknown commands, exit codes.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

#include "scopewright/version.h"

namespace sw {
namespace {

struct Run {
  int exit_code;
  std::string out;  // stdout and stderr together
};

Run run_cli(const std::string& args) {
  const std::string command = std::string(SCOPEWRIGHT_CLI) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {-1, "popen failed"};
  std::string out;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
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
