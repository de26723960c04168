// process.h — a process definition: stages, the moves allowed between them and each move's guards.
//
// Processes are data ("scopewright.process/1", docs/process.md, assets/processes/*.json). A definition
// that names unknown stages, repeats ids or has a guard that does not parse or reads unknown fields is
// refused at load with located Diagnostics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/expr/ast.h"
#include "core/json/source_map.h"

namespace sw::engagement {

inline constexpr std::string_view kProcessFormatName = "scopewright.process";
inline constexpr int kProcessFormatMajor = 1;
inline constexpr int kProcessFormatMinor = 0;

enum class StageKind { Active, OnHold, Terminal };
const std::vector<std::string_view>& enum_names(StageKind);

struct Stage {
  std::string id, label, description;
  StageKind kind = StageKind::Active;
};

/// A condition that must hold for a move, and what to tell the user when it does not.
struct Guard {
  std::string require;  // expression text over the guard fields (guard_view.h)
  std::string message;
  std::string json_path;  // of the "require" string, for diagnostics
  expr::Expression expression;
};

/// One allowed move (a definition's "from": [...] list is expanded to one Move per source stage).
struct Move {
  std::string from, to, label;
  std::vector<Guard> guards;
  std::string json_path;
};

struct Process {
  std::string id, version, title, description, initial_stage;
  std::vector<Stage> stages;
  std::vector<Move> moves;

  /// The stage with this id, or nullptr.
  const Stage* stage(std::string_view stage_id) const;
  /// The move from → to, or nullptr when the process does not allow it.
  const Move* find_move(std::string_view from, std::string_view to) const;
  /// Every move out of a stage, in definition order.
  std::vector<const Move*> moves_from(std::string_view from) const;
  /// Position of a stage in the definition (for sorting boards); stages.size() when unknown.
  std::size_t stage_index(std::string_view stage_id) const;
};

struct ProcessLoadResult {
  Process process;
  Diagnostics diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
};

/// Reads a parsed process definition, checking stages, moves and guards (expr::check against guard_symbols()).
ProcessLoadResult process_from_json(const nlohmann::json& doc, std::string_view file,
                                    const json::SourceMap* map = nullptr);
/// Parses and reads a process definition file.
ProcessLoadResult load_process(std::string_view text, std::string_view file);

}  // namespace sw::engagement
