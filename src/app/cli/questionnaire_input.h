// questionnaire_input.h — reading a questionnaire file for a CLI command: load, compile, collect every problem.
#pragma once

#include <memory>
#include <string>

#include "core/diagnostics.h"
#include "core/engine/engine.h"

namespace sw::cli {

struct LoadedQuestionnaire {
  std::unique_ptr<engine::Engine> engine;  // null when the file could not be read or parsed as a questionnaire
  Diagnostics diagnostics;                 // the loader's and the engine's, in file order
  bool readable = false;                   // false: the file could not be opened (exit code 2)
};

/// Reads and compiles the questionnaire at `path` (today's date from `context`).
LoadedQuestionnaire load_questionnaire_file(const std::string& path, const expr::EvalContext& context);

}  // namespace sw::cli
