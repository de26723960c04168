// issue.h — one problem found in an expression (parse error, unknown reference, type warning) and its column.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace sw::expr {

struct Issue {
  Severity severity = Severity::Error;
  int column = 0;       // 1-based column (in characters) inside the expression
  std::string message;  // what is wrong and what was expected

  /// As a core Diagnostic with expr_column set (the caller fills in file and JSON path).
  Diagnostic to_diagnostic() const {
    Diagnostic d;
    d.severity = severity;
    d.expr_column = column;
    d.message = message;
    return d;
  }
  /// "column 3: expected ')' ..." for one-line output.
  std::string text() const { return "column " + std::to_string(column) + ": " + message; }
};

using Issues = std::vector<Issue>;

}  // namespace sw::expr
