// runner_state_json.h — the runner's state for the browser test interface (window.scopewright.state().runner).
#pragma once

#include <nlohmann/json.hpp>

#include "ui/runner/runner_view.h"

namespace sw::ui::runner {

/// {status, failure, problems, questionnaire, page, section, section_id, progress: {answered, required},
///  notice, saved_progress, answers}
nlohmann::json state_json(const RunnerView& view);

}  // namespace sw::ui::runner
