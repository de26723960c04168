// load.h — JSON text → nlohmann::json (or a json::Tree) with located Diagnostics, limits enforced as it is built.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/json/scanner.h"
#include "core/json/source_map.h"
#include "core/json/tree.h"

namespace sw::json {

/// A parsed document, its problems and where each of its values is in the text.
struct Document {
  nlohmann::json value;      // null when the text could not be parsed
  Diagnostics diagnostics;   // syntax, UTF-8 and limit errors; duplicate-key warnings
  SourceMap source_map;      // empty when the text could not be parsed

  /// True when the text parsed (warnings allowed).
  bool ok() const { return !has_errors(diagnostics); }
};

/// Parses text (file labels the diagnostics). Never throws; reports the first syntax error with line:column.
Document load(std::string_view text, std::string_view file, const Limits& limits = {});

/// A parsed document as a compact json::Tree (for loaders that read it once), its problems and source map.
struct TreeDocument {
  Tree tree;                 // an empty tree (root null) when the text could not be parsed
  Diagnostics diagnostics;
  SourceMap source_map;

  bool ok() const { return !has_errors(diagnostics); }
};

/// load() into a Tree: the same checks and messages, a fraction of the allocations.
TreeDocument load_tree(std::string_view text, std::string_view file, const Limits& limits = {});

}  // namespace sw::json
