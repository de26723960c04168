// command_version.cpp — `scopewright-cli version`: prints the product name and version.
#include <ostream>

#include "app/cli/command.h"
#include "scopewright/version.h"

namespace sw::cli {
namespace {
int run_version(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (!args.empty()) {
    err << "version: takes no arguments\n";
    return 2;
  }
  out << kProductName << " " << kVersion << "\n";
  return 0;
}
}  // namespace

extern const Command kVersionCommand{"version", "print the version", "usage: scopewright-cli version\n", run_version};

}  // namespace sw::cli
