// choices.h — SurveyJS choice lists for the importer (internal).
#pragma once

#include "core/surveyjs/internal.h"

namespace sw::surveyjs::detail {

/// A choice value as our text value: strings as they are, numbers and booleans as JSON text ("1", "true").
std::string value_text(const Json& v);

/// Converts a "choices" array; values must be unique, non-empty and not our reserved "other".
OJson convert_choices(const Json& choices, const std::string& path, const NameScope& names, Context& ctx);

}  // namespace sw::surveyjs::detail
