// open_questionnaire.h — questionnaire text → a ready engine, or the problems that stop it, worded for the
// person who opened the link (JSON line:column, validation errors); plus the landing page's time estimate.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/engine.h"

namespace sw::runner {

struct OpenedQuestionnaire {
  std::unique_ptr<engine::Engine> engine;  // null when the questionnaire cannot be used
  std::vector<std::string> problems;       // errors (file:line:column: error: ...), then warnings
};

/// Loads and compiles a questionnaire (`file` labels messages). Errors in the file or its expressions leave
/// `engine` null; warnings alone do not.
OpenedQuestionnaire open_questionnaire(std::string_view text, std::string_view file, expr::EvalContext context);

/// Estimated minutes to answer the visible questions at about 20 seconds each (at least 1).
int estimated_minutes(const engine::Engine& engine);

/// The number of visible questions (repeat groups count once).
int visible_question_count(const engine::Engine& engine);

}  // namespace sw::runner
