// clock.h — the date the CLI's commands evaluate with: --today YYYY-MM-DD, or the computer's clock.
// (Core never reads the clock; the CLI decides and passes it in.)
#pragma once

#include <optional>
#include <string>

#include "core/expr/evaluator.h"

namespace sw::cli {

/// The context for a strict YYYY-MM-DD calendar date at 00:00, or nullopt when `day` is not one.
std::optional<expr::EvalContext> context_for_day(const std::string& day);

/// The computer's current local date and time.
expr::EvalContext local_now();

}  // namespace sw::cli
