// evaluator.h — runs a parsed Expression against a Scope.
#pragma once

#include <cmath>

#include "core/expr/ast.h"
#include "core/expr/scope.h"
#include "core/expr/value.h"

namespace sw::expr {

/// What an evaluation may depend on besides the answers: the current moment, passed in by the caller so
/// that core never reads the clock and results are reproducible.
struct EvalContext {
  double now_ms = NAN;  // naive local time in ms since 1970-01-01T00:00; NaN: today() etc. give invalid dates

  /// The context at a local date and time (month 1..12).
  static EvalContext at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
};

/// Evaluates the expression (null for an empty one). Never throws; recursion is bounded by the parse
/// depth limit and the work by the expression size (times the entries an *InArray function visits).
Value evaluate(const Expression& expr, const Scope& scope, const EvalContext& context);

/// Evaluates as a condition (visibleIf, requiredIf): true only when the result `== true` in JS.
bool evaluate_condition(const Expression& expr, const Scope& scope, const EvalContext& context);

}  // namespace sw::expr
