// commands.cpp — the table of scopewright-cli subcommands. Add a new command here (one line) and in its own file.
#include "app/cli/command.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace sw::cli {

// Each command lives in command_<name>.cpp and exposes its Command object.
extern const Command kValidateCommand;
extern const Command kEvaluateCommand;
extern const Command kEvalExprCommand;
extern const Command kVersionCommand;
extern const Command kSowCommand;
extern const Command kDocumentCommand;
extern const Command kShareLinkCommand;
extern const Command kImportSurveyJsCommand;

std::span<const Command> all_commands() {
  static const Command kCommands[] = {
      kValidateCommand,
      kEvaluateCommand,
      kEvalExprCommand,
      kSowCommand,
      kDocumentCommand,
      kShareLinkCommand,
      kImportSurveyJsCommand,
      kVersionCommand,
  };
  return kCommands;
}

bool read_file(const std::string& path, std::string& contents, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << path << ": cannot open file\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    err << path << ": read error\n";
    return false;
  }
  contents = std::move(buffer).str();
  return true;
}

}  // namespace sw::cli
