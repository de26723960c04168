// command_evaluate.cpp — `scopewright-cli evaluate`: runs a questionnaire on an answers file and prints what the
// respondent would see (visible sections and questions, required state, errors, progress, calculated values)
// and the answers document the runner would export.
#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/clock.h"
#include "app/cli/command.h"
#include "app/cli/questionnaire_input.h"
#include "core/expr/value.h"
#include "core/questionnaire/answers.h"
#include "core/runner/completion.h"
#include "core/runner/runner_documents.h"

namespace sw::cli {
namespace {

const char kUsage[] =
    "usage: scopewright-cli evaluate QUESTIONNAIRE.json ANSWERS.json [--today YYYY-MM-DD] [--finished]\n"
    "\n"
    "Evaluates the questionnaire with the answers (docs/answers.md) and prints one JSON object on stdout:\n"
    "  questionnaire             id, version and content hash\n"
    "  sections                  every section: id, visible, has_errors, and its questions: id, visible,\n"
    "                            enabled, required, errors [{entry, field, message}], visible_choices\n"
    "  visible_sections          ids of the sections the respondent sees, in order\n"
    "  first_section_with_errors id or null\n"
    "  progress                  {answered, required}: required visible questions answered\n"
    "  calculated                every calculated value\n"
    "  dropped                   answers that no longer fit the questionnaire [{path, value, reason}]\n"
    "  complete                  true when every visible required question is answered and nothing has errors\n"
    "  export                    the answers document to hand over (hidden answers left out per the policy);\n"
    "                            its status: the file's, but in_progress once the answers are not complete\n"
    "Problems with the files go to stderr.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD   the date today() and age() use (default: the computer's date)\n"
    "  --finished           the respondent finishes (as the runner's Download / Copy on the review page):\n"
    "                       the export's status is complete when the answers are complete, else in_progress\n"
    "\n"
    "exit codes: 0 evaluated, 1 invalid questionnaire or answers (e.g. for another questionnaire),\n"
    "            2 wrong usage or unreadable file\n";

nlohmann::json question_report(const engine::Engine& e, engine::QuestionPos p) {
  const auto& q = e.questionnaire().sections[p.section].questions[p.question];
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& err : e.errors(p)) {
    nlohmann::json item = {{"message", err.message}};
    if (err.entry >= 0) item["entry"] = err.entry, item["field"] = err.field;
    errors.push_back(std::move(item));
  }
  nlohmann::json report = {{"id", q.id}, {"visible", e.question_visible(p)}, {"enabled", e.question_enabled(p)},
                           {"required", e.question_required(p)}, {"errors", std::move(errors)}};
  if (!q.choices.empty()) {
    nlohmann::json shown = nlohmann::json::array();
    for (std::size_t c = 0; c < q.choices.size(); ++c)
      if (e.choice_visible(p, c)) shown.push_back(q.choices[c].value);
    report["visible_choices"] = std::move(shown);
  }
  return report;
}

nlohmann::json evaluation_report(const engine::Engine& e) {
  const auto& q = e.questionnaire();
  nlohmann::json sections = nlohmann::json::array();
  for (std::size_t si = 0; si < q.sections.size(); ++si) {
    nlohmann::json questions = nlohmann::json::array();
    for (std::size_t qi = 0; qi < q.sections[si].questions.size(); ++qi) questions.push_back(question_report(e, {si, qi}));
    sections.push_back({{"id", q.sections[si].id}, {"visible", e.section_visible(si)},
                        {"has_errors", e.section_has_errors(si)}, {"questions", std::move(questions)}});
  }
  nlohmann::json visible = nlohmann::json::array();
  for (auto si : e.visible_sections()) visible.push_back(q.sections[si].id);
  const auto first_error = e.first_section_with_errors();
  const auto progress = e.progress();
  return {{"sections", std::move(sections)},
          {"visible_sections", std::move(visible)},
          {"first_section_with_errors", first_error ? nlohmann::json(q.sections[*first_error].id) : nlohmann::json()},
          {"progress", {{"answered", progress.answered}, {"required", progress.required}}},
          {"calculated", e.export_calculated()}};
}

int run_evaluate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::optional<std::string> today;
  auto finishing = runner::Finishing::No;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--today" && i + 1 < args.size()) {
      today = args[++i];
    } else if (a.rfind("--today=", 0) == 0) {
      today = a.substr(8);
    } else if (a == "--finished") {
      finishing = runner::Finishing::Yes;
    } else if (a.size() > 1 && a.rfind("--", 0) == 0) {
      return err << "evaluate: unknown option '" << a << "' (see scopewright-cli help evaluate)\n", 2;
    } else {
      files.push_back(a);
    }
  }
  if (files.size() != 2) return err << kUsage, 2;
  expr::EvalContext context = local_now();
  if (today) {
    auto day = context_for_day(*today);
    if (!day) return err << "evaluate: --today '" << *today << "' is not a date in the form YYYY-MM-DD\n", 2;
    context = *day;
  }

  auto loaded = load_questionnaire_file(files[0], context);
  if (!loaded.readable) return err << files[0] << ": cannot open file\n", 2;
  for (const auto& d : loaded.diagnostics) err << format(d) << "\n";
  if (has_errors(loaded.diagnostics)) return 1;
  engine::Engine& e = *loaded.engine;

  std::string answers_text;
  if (!read_file(files[1], answers_text, err)) return 2;
  auto answers = questionnaire::load_answers(answers_text, files[1], e.questionnaire());
  for (const auto& d : answers.diagnostics) err << format(d) << "\n";
  if (!answers.ok()) return 1;

  e.set_answers(answers.document.answers);
  nlohmann::ordered_json report;
  report["questionnaire"] = {{"id", e.questionnaire().id}, {"version", e.questionnaire().version},
                             {"hash", answers.document.questionnaire_hash}};
  const nlohmann::json state = evaluation_report(e);
  for (const char* key : {"visible_sections", "first_section_with_errors", "progress", "calculated", "sections"})
    report[key] = state.at(key);
  report["complete"] = runner::answers_complete(e);
  nlohmann::json dropped = nlohmann::json::array();
  for (const auto& d : answers.dropped) dropped.push_back({{"path", d.json_path}, {"value", d.value}, {"reason", d.reason}});
  report["dropped"] = std::move(dropped);
  // The runner's export with the file's own `updated`: the same document the runner downloads for these answers.
  report["export"] = questionnaire::to_json(
      runner::export_document(e, answers.document, answers.document.updated, finishing));
  out << report.dump(2) << "\n";
  return 0;
}

}  // namespace

extern const Command kEvaluateCommand{"evaluate", "run a questionnaire on an answers file; print state and export",
                                      kUsage, run_evaluate};

}  // namespace sw::cli
