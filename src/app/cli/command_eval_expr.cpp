// command_eval_expr.cpp — `scopewright-cli eval-expr`: evaluates one expression against JSON answers.
#include <optional>
#include <ostream>

#include <nlohmann/json.hpp>

#include "app/cli/clock.h"
#include "app/cli/command.h"
#include "core/expr/checker.h"
#include "core/expr/evaluator.h"
#include "core/expr/parser.h"

namespace sw::cli {
namespace {

const char kUsage[] =
    "usage: scopewright-cli eval-expr EXPRESSION [--data JSON | --data-file FILE] [--today YYYY-MM-DD]\n"
    "\n"
    "Evaluates a questionnaire expression (SurveyJS syntax, see docs/expressions.md) and prints its value\n"
    "as one line of JSON on stdout.\n"
    "\n"
    "options:\n"
    "  --data JSON          the answers {references} read, as a JSON object (default: {})\n"
    "  --data-file FILE     the same, read from a file\n"
    "  --today YYYY-MM-DD   the date today(), age(), currentDate() and friends use, at 00:00\n"
    "                       (default: the computer's current local date and time)\n"
    "  --condition          print true/false as a visibleIf/requiredIf condition would decide\n"
    "\n"
    "exit codes: 0 the value was printed, 1 the expression is invalid (syntax error, unknown function,\n"
    "            wrong number of arguments; the message gives the column), 2 wrong usage or bad --data\n";

// The expression with a caret under the column, for error messages.
void show_column(const std::string& text, int column, std::ostream& err) {
  if (text.size() > 200 || text.find('\n') != std::string::npos) return;
  err << "  " << text << "\n  ";
  int col = 1;
  for (size_t i = 0; i < text.size() && col < column; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      err << (text[i] == '\t' ? '\t' : ' ');
      ++col;
    }
  err << "^\n";
}

int run_eval_expr(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::optional<std::string> expression, data_text, today;
  bool condition = false, options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value_of = [&](const char* name, std::optional<std::string>& slot) -> bool {
      std::string prefix = std::string(name) + "=";
      if (a.rfind(prefix, 0) == 0) {
        slot = a.substr(prefix.size());
        return true;
      }
      if (i + 1 >= args.size()) {
        err << "eval-expr: " << name << " needs a value (see scopewright-cli help eval-expr)\n";
        return false;
      }
      slot = args[++i];
      return true;
    };
    if (!options_done && a == "--") {
      options_done = true;
    } else if (!options_done && (a == "--data" || a.rfind("--data=", 0) == 0)) {
      if (data_text) return err << "eval-expr: --data given twice\n", 2;
      if (!value_of("--data", data_text)) return 2;
    } else if (!options_done && (a == "--data-file" || a.rfind("--data-file=", 0) == 0)) {
      std::optional<std::string> path;
      if (data_text) return err << "eval-expr: --data given twice\n", 2;
      if (!value_of("--data-file", path)) return 2;
      std::string contents;
      if (!read_file(*path, contents, err)) return 2;
      data_text = std::move(contents);
    } else if (!options_done && (a == "--today" || a.rfind("--today=", 0) == 0)) {
      if (!value_of("--today", today)) return 2;
    } else if (!options_done && a == "--condition") {
      condition = true;
    } else if (!options_done && a.size() > 1 && a.rfind("--", 0) == 0) {
      return err << "eval-expr: unknown option '" << a << "' (see scopewright-cli help eval-expr)\n", 2;
    } else if (expression) {
      return err << "eval-expr: more than one expression given; quote the expression as one argument\n", 2;
    } else {
      expression = a;
    }
  }
  if (!expression) return err << kUsage, 2;

  expr::EvalContext context = local_now();
  if (today) {
    auto day = context_for_day(*today);
    if (!day) return err << "eval-expr: --today '" << *today << "' is not a date in the form YYYY-MM-DD\n", 2;
    context = *day;
  }

  nlohmann::ordered_json data = nlohmann::ordered_json::object();  // keeps the answers' member order
  if (data_text) {
    data = nlohmann::ordered_json::parse(*data_text, nullptr, false);
    if (data.is_discarded()) return err << "eval-expr: --data is not valid JSON\n", 2;
    if (!data.is_object())
      return err << "eval-expr: --data must be a JSON object of answers, e.g. {\"age\": 42}\n", 2;
  }

  expr::ParseResult parsed = expr::parse(*expression);
  if (!parsed.ok()) {
    err << "eval-expr: error: " << parsed.error->text() << "\n";
    show_column(*expression, parsed.error->column, err);
    return 1;
  }
  expr::CheckOptions options;
  options.warn_bare_words = true;
  bool failed = false;
  for (const auto& issue : expr::check(parsed.expression, options)) {
    bool is_error = issue.severity == Severity::Error;
    err << "eval-expr: " << (is_error ? "error: " : "warning: ") << issue.text() << "\n";
    if (is_error) {
      show_column(*expression, issue.column, err);
      failed = true;
    }
  }
  if (failed) return 1;

  expr::ValueScope scope = expr::ValueScope::from_json(data);
  if (condition) {
    out << (expr::evaluate_condition(parsed.expression, scope, context) ? "true" : "false") << "\n";
  } else {
    out << expr::to_json_string(expr::evaluate(parsed.expression, scope, context)) << "\n";
  }
  return 0;
}

}  // namespace

extern const Command kEvalExprCommand{"eval-expr", "evaluate an expression against JSON answers", kUsage,
                                      run_eval_expr};

}  // namespace sw::cli
