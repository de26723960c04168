// cli_main.cpp — scopewright-cli: the command-line face of the core (validate, evaluate, export, ...).
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/command.h"
#include "scopewright/version.h"

namespace {

void print_help(std::ostream& out) {
  out << "scopewright-cli " << sw::kVersion << " — Scopewright's questionnaires, engagements and SoW on the command line\n\n"
      << "usage: scopewright-cli COMMAND [ARGS...]\n"
      << "       scopewright-cli help COMMAND     full help of one command\n\n"
      << "commands:\n";
  for (const auto& c : sw::cli::all_commands()) {
    out << "  " << c.name << std::string(c.name[0] && std::strlen(c.name) < 16 ? 16 - std::strlen(c.name) : 1, ' ')
        << c.summary << "\n";
  }
  out << "\nexit codes: 0 success, 1 the input is invalid, 2 wrong usage or unreadable file\n";
}

const sw::cli::Command* find_command(const std::string& name) {
  for (const auto& c : sw::cli::all_commands())
    if (name == c.name) return &c;
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    print_help(args.empty() ? std::cerr : std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") args[0] = "version";
  if (args[0] == "help") {
    if (args.size() < 2) {
      print_help(std::cout);
      return 0;
    }
    if (const auto* c = find_command(args[1])) {
      std::cout << c->usage;
      return 0;
    }
    std::cerr << "scopewright-cli: unknown command '" << args[1] << "' (see scopewright-cli --help)\n";
    return 2;
  }
  const auto* command = find_command(args[0]);
  if (!command) {
    std::cerr << "scopewright-cli: unknown command '" << args[0] << "' (see scopewright-cli --help)\n";
    return 2;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  for (const auto& a : rest) {
    if (a == "--help" || a == "-h") {
      std::cout << command->usage;
      return 0;
    }
  }
  return command->run(rest, std::cout, std::cerr);
}
