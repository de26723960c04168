// designer_state_json.h — the designer's state for the browser test interface (window.scopewright.state().designer).
#pragma once

#include <nlohmann/json.hpp>

#include "ui/designer/designer_view.h"

namespace sw::ui::designer {

/// {id, title, sections, questions: [ids...], calculated: [ids...], selected, ok, errors, undo, redo, error, notice,
/// preview, preview_calculated: {id: text as the respondent reads it}}
nlohmann::json state_json(const DesignerView& view);

}  // namespace sw::ui::designer
