// command_validate.cpp — `scopewright-cli validate`: checks a questionnaire file completely (JSON, structure,
// every expression, cycles) and reports every problem with file:line:column and JSON path.
#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/clock.h"
#include "app/cli/command.h"
#include "app/cli/questionnaire_input.h"

namespace sw::cli {
namespace {

const char kUsage[] =
    "usage: scopewright-cli validate QUESTIONNAIRE.json [--json]\n"
    "\n"
    "Checks a questionnaire (docs/questionnaire.md): JSON syntax, the format's structure, every condition,\n"
    "validator and calculated value (syntax, unknown questions and functions, argument counts, cycles).\n"
    "Problems are printed one per line as FILE:LINE:COLUMN: error|warning: JSON-PATH: MESSAGE on stderr;\n"
    "a one-line summary goes to stdout.\n"
    "\n"
    "options:\n"
    "  --json   print {\"valid\": bool, \"diagnostics\": [{severity, file, path, line, column,\n"
    "           expression_column, message}]} on stdout instead\n"
    "\n"
    "exit codes: 0 valid (warnings allowed), 1 invalid, 2 wrong usage or unreadable file\n";

nlohmann::json to_json(const Diagnostic& d) {
  return {{"severity", d.severity == Severity::Error ? "error" : "warning"}, {"file", d.file}, {"path", d.json_path},
          {"line", d.line}, {"column", d.column}, {"expression_column", d.expr_column}, {"message", d.message}};
}

int run_validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string path;
  bool as_json = false;
  for (const auto& a : args) {
    if (a == "--json") {
      as_json = true;
    } else if (a.size() > 1 && a.rfind("--", 0) == 0) {
      return err << "validate: unknown option '" << a << "' (see scopewright-cli help validate)\n", 2;
    } else if (!path.empty()) {
      return err << "validate: give one questionnaire file\n", 2;
    } else {
      path = a;
    }
  }
  if (path.empty()) return err << kUsage, 2;

  auto loaded = load_questionnaire_file(path, local_now());
  if (!loaded.readable) return err << path << ": cannot open file\n", 2;
  const bool valid = !has_errors(loaded.diagnostics);
  if (as_json) {
    nlohmann::json report = {{"valid", valid}, {"diagnostics", nlohmann::json::array()}};
    for (const auto& d : loaded.diagnostics) report["diagnostics"].push_back(to_json(d));
    out << report.dump(2) << "\n";
    return valid ? 0 : 1;
  }
  int errors = 0, warnings = 0;
  for (const auto& d : loaded.diagnostics) {
    err << format(d) << "\n";
    (d.severity == Severity::Error ? errors : warnings)++;
  }
  if (valid) {
    const auto& q = loaded.engine->questionnaire();
    std::size_t questions = 0;
    for (const auto& s : q.sections) questions += s.questions.size();
    out << path << ": valid: \"" << q.title << "\" (" << q.id << " " << q.version << "), " << q.sections.size()
        << " sections, " << questions << " questions, " << q.calculated.size() << " calculated values";
    if (warnings) out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
    out << "\n";
    return 0;
  }
  out << path << ": invalid: " << errors << (errors == 1 ? " error" : " errors");
  if (warnings) out << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
  out << "\n";
  return 1;
}

}  // namespace

extern const Command kValidateCommand{"validate", "check a questionnaire file: structure and every expression", kUsage,
                                      run_validate};

}  // namespace sw::cli
