// fuzz_expression.cpp — libFuzzer target: any bytes as an expression, parsed, checked and evaluated against
// a scope with numbers, strings, dates, arrays and repeat-group-like entries.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/expr/checker.h"
#include "core/expr/evaluator.h"
#include "core/expr/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const sw::expr::ValueScope scope = sw::expr::ValueScope::from_json(nlohmann::json::parse(R"({
    "a": 1, "b": -2.5, "s": "text", "d": "2024-02-29", "yes": true, "none": null, "list": ["x", "y", 3],
    "sites": [{"name": "Oslo", "vips": 2}, {"name": "Leeds", "vips": null}, {}], "obj": {"k": {"k": [1, 2]}}
  })"));
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = sw::expr::parse(text);
  if (!parsed.ok()) {
    (void)parsed.error->text();
    return 0;
  }
  (void)sw::expr::check(parsed.expression);
  const auto context = sw::expr::EvalContext::at(2026, 11, 22, 12, 30);
  (void)sw::expr::to_json_string(sw::expr::evaluate(parsed.expression, scope, context));
  (void)sw::expr::evaluate_condition(parsed.expression, scope, context);
  return 0;
}
