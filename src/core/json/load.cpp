// load.cpp — one pass over clean text: the scanner checks it and builds the DOM at once. Only when it finds a
// problem or a duplicate key does a second scan (the checking one) list every problem with its location.
#include "core/json/load.h"

#include "core/json/line_index.h"
#include "core/json/tree_builder.h"

namespace sw::json {
namespace {

// The scanner's problems as Diagnostics; true when one of them is an error.
bool report(const std::vector<ScanProblem>& problems, std::string_view text, std::string_view file, Diagnostics& out) {
  if (problems.empty()) return false;
  bool failed = false;
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
      d.message += "; the first one is at line " + std::to_string(first.line) + ", column " + std::to_string(first.column);
    }
    failed = failed || !p.warning;
    out.push_back(std::move(d));
  }
  return failed;
}

// After the one-pass build: when it found problems or duplicate keys, the checking scan lists everything with
// locations (duplicate-key warnings with both places, and the first error). True when the document is usable.
bool check_again(std::vector<ScanProblem> problems, bool duplicates, std::string_view text, std::string_view file,
                 const Limits& limits, Diagnostics& out) {
  if (problems.empty() && !duplicates) return true;
  std::vector<ScanProblem> all = scan(text, limits);
  if (all.empty()) all = std::move(problems);  // cannot happen: both scans check the same rules
  return !report(all, text, file, out);
}

ScanProblem unreadable(const std::exception& e) {  // out of memory while building: a problem, never a crash
  return {std::string::npos, std::string("the document could not be read: ") + e.what(), false};
}

}  // namespace

Document load(std::string_view text, std::string_view file, const Limits& limits) {
  Document doc;
  bool duplicates = false;
  std::vector<ScanProblem> problems;
  try {
    problems = scan_and_build(text, limits, doc.value, duplicates);
  } catch (const std::exception& e) {
    problems.push_back(unreadable(e));
  }
  if (!check_again(std::move(problems), duplicates, text, file, limits, doc.diagnostics)) {
    doc.value = nullptr;
    return doc;
  }
  doc.source_map = SourceMap(std::string(text));
  return doc;
}

TreeDocument load_tree(std::string_view text, std::string_view file, const Limits& limits) {
  TreeDocument doc;
  bool duplicates = false;
  std::vector<ScanProblem> problems;
  try {
    // A value takes at least one byte (a container two), so nodes are fewer than bytes; most files have one
    // value per ten or more.
    TreeBuilder builder(doc.tree, text.size(), text.size() / 12);
    problems = scan_and_build(text, limits, builder);
    builder.finish();
    duplicates = builder.duplicates;
  } catch (const std::exception& e) {
    problems.push_back(unreadable(e));
  }
  if (!check_again(std::move(problems), duplicates, text, file, limits, doc.diagnostics)) {
    doc.tree = Tree();
    return doc;
  }
  doc.source_map = SourceMap(std::string(text));
  return doc;
}

}  // namespace sw::json
