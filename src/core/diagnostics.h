// diagnostics.h — one error or warning about an input, saying where (file, JSON path, line, column) and what.
//
// Every loader and checker in core reports problems as Diagnostics instead of throwing, so the UI and the
// CLI can show all of them at once and nothing the user already entered is lost.
#pragma once

#include <string>
#include <vector>

namespace sw {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;       // file name or other source label ("" when not known)
  std::string json_path;  // JSON Pointer (RFC 6901) of the offending value, e.g. "/sections/0/questions/2/visible_if"
  int line = 0;           // 1-based line in the file; 0 when not known
  int column = 0;         // 1-based column (in the file, or in the expression when expr_column is set); 0 when not known
  int expr_column = 0;    // 1-based column inside an expression string; 0 when the problem is not in an expression
  std::string message;    // what is wrong and what was expected
};

using Diagnostics = std::vector<Diagnostic>;

/// "file:line:column: error: /json/path: message" — the parts that are known, in the compiler's usual order.
std::string format(const Diagnostic& d);

/// True when any diagnostic is an error (warnings alone do not make an input invalid).
bool has_errors(const Diagnostics& ds);

}  // namespace sw
