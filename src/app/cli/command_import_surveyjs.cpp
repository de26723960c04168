// command_import_surveyjs.cpp — `scopewright-cli import-surveyjs`: a SurveyJS survey JSON → our questionnaire
// (core/surveyjs/import.h), with the report of what could not be converted on stderr.
#include <fstream>
#include <ostream>

#include "app/cli/command.h"
#include "core/surveyjs/import.h"

namespace sw::cli {
namespace {

const char kUsage[] =
    "usage: scopewright-cli import-surveyjs SURVEY.json [-o OUT.json] [--id ID] [--locale LANG]\n"
    "\n"
    "Converts a SurveyJS survey (pages, panels, dynamic panels, text/comment/radiogroup/checkbox/dropdown/\n"
    "boolean/rating/expression questions, visibleIf/enableIf/requiredIf, validators, calculated values) into a\n"
    "Scopewright questionnaire (docs/surveyjs-import.md), then validates it like `validate`.\n"
    "The questionnaire goes to OUT.json (or stdout). The report goes to stderr, one line per item:\n"
    "  SURVEY.json: not converted: JSON-PATH: what was left out and why\n"
    "  SURVEY.json: changed: JSON-PATH: what was converted approximately\n"
    "\n"
    "options:\n"
    "  -o OUT.json     write the questionnaire to this file instead of stdout\n"
    "  --id ID         the questionnaire id (default: made from the survey's title)\n"
    "  --locale LANG   the language kept from localized texts (default: the survey's locale, else \"default\")\n"
    "\n"
    "exit codes: 0 converted completely, 3 converted but something was left out (see the report),\n"
    "            1 the result is not a valid questionnaire (nothing written) or the input is not a survey,\n"
    "            2 wrong usage or unreadable file\n";

int run_import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string in, out_path;
  surveyjs::ImportOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" || a == "--id" || a == "--locale") {
      if (i + 1 == args.size()) return err << "import-surveyjs: " << a << " needs a value\n", 2;
      (a == "-o" ? out_path : a == "--id" ? options.id : options.locale) = args[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      return err << "import-surveyjs: unknown option '" << a << "' (see scopewright-cli help import-surveyjs)\n", 2;
    } else if (!in.empty()) {
      return err << "import-surveyjs: give one survey file\n", 2;
    } else {
      in = a;
    }
  }
  if (in.empty()) return err << kUsage, 2;
  std::string text;
  if (!read_file(in, text, err)) return 2;

  const auto result = surveyjs::import_surveyjs(text, in, options);
  std::size_t left_out = 0;
  for (const auto& note : result.notes) {
    err << surveyjs::format(note, in) << "\n";
    if (note.kind == surveyjs::ImportNote::Kind::NotConverted) ++left_out;
  }
  for (const auto& d : result.diagnostics) err << format(d) << "\n";
  if (!result.ok()) return err << "import-surveyjs: no questionnaire written\n", 1;

  const std::string json = result.questionnaire.dump(2) + "\n";
  if (out_path.empty()) {
    out << json;
  } else {
    std::ofstream file(out_path, std::ios::binary);
    file << json;
    file.close();
    if (!file) return err << out_path << ": cannot write file\n", 2;
  }
  err << "import-surveyjs: " << (left_out ? std::to_string(left_out) + " item(s) not converted, " : "converted, ")
      << result.notes.size() - left_out << " change(s) to review\n";
  return left_out ? 3 : 0;
}

}  // namespace

extern const Command kImportSurveyJsCommand{"import-surveyjs",
                                            "convert a SurveyJS survey JSON into a questionnaire, reporting what is "
                                            "left out",
                                            kUsage, run_import};

}  // namespace sw::cli
