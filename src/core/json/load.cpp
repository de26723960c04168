// load.cpp — scan first (limits, UTF-8, syntax with locations), then let nlohmann/json build the DOM.
#include "core/json/load.h"

#include "core/json/line_index.h"

namespace sw::json {

Document load(std::string_view text, std::string_view file, const Limits& limits) {
  Document doc;
  const std::vector<ScanProblem> problems = scan(text, limits);
  bool failed = false;
  if (!problems.empty()) {
    const LineIndex lines(text);
    for (const ScanProblem& p : problems) {
      Diagnostic d;
      d.severity = p.warning ? Severity::Warning : Severity::Error;
      d.file = std::string(file);
      if (p.offset != std::string::npos) {
        const Location at = lines.locate(p.offset);
        d.line = at.line;
        d.column = at.column;
      }
      d.message = p.message;
      if (p.related_offset != std::string::npos) {
        const Location first = lines.locate(p.related_offset);
        d.message += "; the first one is at line " + std::to_string(first.line) + ", column " +
                     std::to_string(first.column);
      }
      failed = failed || !p.warning;
      doc.diagnostics.push_back(std::move(d));
    }
  }
  if (failed) return doc;
  try {
    doc.value = nlohmann::json::parse(text.begin(), text.end());
  } catch (const std::exception& e) {
    // The scanner accepts only what nlohmann/json accepts; reaching here is a bug, but never a crash.
    doc.value = nullptr;
    doc.diagnostics.push_back({Severity::Error, std::string(file), "", 0, 0, 0,
                               std::string("internal error: the JSON parser refused a text the scanner accepted: ") + e.what()});
    return doc;
  }
  doc.source_map = SourceMap(std::string(text));
  return doc;
}

}  // namespace sw::json
