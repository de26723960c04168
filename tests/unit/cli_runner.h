// cli_runner.h — runs the built scopewright-cli as users do (through the shell) and captures its output.
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace sw::test {

struct CliRun {
  int exit_code;
  std::string out;  // stdout
  std::string err;  // stderr
};

/// Runs `scopewright-cli ARGS` (ARGS is shell text: quote as in a terminal).
inline CliRun run_cli(const std::string& args) {
  // A file of its own: ctest runs tests in parallel processes.
  std::string err_file = ::testing::TempDir() + "/scopewright_cli_stderr_XXXXXX";
  const int fd = mkstemp(err_file.data());
  if (fd < 0) return {-1, "", "mkstemp failed"};
  close(fd);
  const std::string command = std::string(SCOPEWRIGHT_CLI) + " " + args + " 2>" + err_file;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {-1, "", "popen failed"};
  std::string out, err;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe);
  if (FILE* f = std::fopen(err_file.c_str(), "r")) {
    while ((n = fread(buffer.data(), 1, buffer.size(), f)) > 0) err.append(buffer.data(), n);
    std::fclose(f);
  }
  std::remove(err_file.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, err};
}

/// A path in the source tree.
inline std::string source_path(const std::string& relative) { return std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative; }

}  // namespace sw::test
