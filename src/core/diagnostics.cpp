// diagnostics.cpp — formatting of Diagnostics for people (CLI output, UI messages).
#include "core/diagnostics.h"

#include <algorithm>

namespace sw {

std::string format(const Diagnostic& d) {
  std::string out;
  if (!d.file.empty()) {
    out += d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    if (d.line > 0 && d.column > 0) out += ":" + std::to_string(d.column);
    out += ": ";
  }
  out += d.severity == Severity::Error ? "error: " : "warning: ";
  if (!d.json_path.empty()) out += d.json_path + ": ";
  if (d.expr_column > 0) out += "(expression column " + std::to_string(d.expr_column) + ") ";
  out += d.message;
  return out;
}

bool has_errors(const Diagnostics& ds) {
  return std::any_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace sw
