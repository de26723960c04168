// test_expr_compat.cpp — differential test: our evaluator against survey-core's recorded results.
//
// tests/compat/expr_cases.json holds the expressions and answers, expr_expected.json what survey-core 3.1.1
// computed (regenerate with `TZ=UTC node tests/compat/generate_expected.cjs`), and
// intentional_differences.json the cases where we deliberately differ, with our result and the reason.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/expr/evaluator.h"
#include "core/expr/parser.h"

namespace {

using json = nlohmann::ordered_json;  // keeps member order, like the JS the results came from
using namespace sw::expr;

json load(const std::string& name) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/tests/compat/" + name);
  EXPECT_TRUE(in) << "cannot open tests/compat/" << name;
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str(), nullptr, false);
}

// Our outcome in the recorded form: the JSON.stringify text of the value, or "error" for a syntax error.
std::string ours(const std::string& expr, const Scope& scope, const EvalContext& ctx) {
  ParseResult p = parse(expr);
  if (!p.ok()) return "error";
  return to_json_string(evaluate(p.expression, scope, ctx));
}

TEST(ExprCompat, MatchesSurveyJsExceptDocumentedDifferences) {
  json cases = load("expr_cases.json");
  json expected = load("expr_expected.json");
  json differences = load("intentional_differences.json");
  ASSERT_TRUE(cases.is_object() && expected.is_object() && differences.is_object());
  ASSERT_EQ(cases["cases"].size(), expected["results"].size()) << "regenerate expr_expected.json";

  std::map<std::string, json> known;  // expression -> {ours, reason}
  for (const auto& d : differences["differences"]) known[d["expr"].get<std::string>()] = d;

  const EvalContext ctx = EvalContext::at(2024, 5, 15, 10, 30, 0);  // the generator's fixed "now"
  std::map<std::string, ValueScope> scopes;
  for (auto it = cases["data"].begin(); it != cases["data"].end(); ++it)
    scopes.emplace(it.key(), ValueScope::from_json(it.value()));

  size_t equal = 0, documented = 0;
  std::string report;
  std::map<std::string, bool> used;
  for (size_t i = 0; i < cases["cases"].size(); ++i) {
    const json& c = cases["cases"][i];
    const json& e = expected["results"][i];
    std::string expr = c["expr"].get<std::string>();
    ASSERT_EQ(expr, e["expr"].get<std::string>()) << "expr_expected.json is out of date";
    std::string theirs = e.contains("error") ? "error" : e.contains("exception") ? "exception" : e["result"].get<std::string>();
    std::string mine;
    if (c["data"].is_string()) {
      mine = ours(expr, scopes.at(c["data"].get<std::string>()), ctx);
    } else {
      ValueScope scope = ValueScope::from_json(c["data"]);
      mine = ours(expr, scope, ctx);
    }
    auto k = known.find(expr);
    if (k != known.end()) {
      used[expr] = true;
      // A documented difference must still be one, and give the result we documented.
      if (mine == theirs) report += "documented as different but now equal: " + expr + "\n";
      else if (mine != k->second["ours"].get<std::string>())
        report += "documented difference changed: " + expr + "\n  ours now: " + mine + "\n  documented: " +
                  k->second["ours"].get<std::string>() + "\n";
      else ++documented;
      continue;
    }
    if (mine == theirs) ++equal;
    else report += "differs: " + expr + "\n  survey-core: " + theirs + "\n  ours:        " + mine + "\n";
  }
  for (const auto& [expr, d] : known)
    if (!used.count(expr)) report += "documented difference has no case: " + expr + "\n";
  EXPECT_EQ(report, "");
  std::cout << "[ compat ] " << cases["cases"].size() << " cases: " << equal << " equal to survey-core, " << documented
            << " documented differences\n";
}

}  // namespace
