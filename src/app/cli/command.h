// command.h — one subcommand of scopewright-cli: its name, one-line summary, usage text and entry point.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace sw::cli {

struct Command {
  const char* name;     // as typed: scopewright-cli NAME ...
  const char* summary;  // one line for the command list
  const char* usage;    // full help: synopsis, arguments, options, exit codes
  int (*run)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);  // args after NAME
};

/// Every subcommand, in the order `--help` lists them (defined in commands.cpp).
std::span<const Command> all_commands();

/// Reads a whole file; on failure returns false and writes "FILE: <reason>" to err.
bool read_file(const std::string& path, std::string& contents, std::ostream& err);

}  // namespace sw::cli
