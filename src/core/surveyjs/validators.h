// validators.h — SurveyJS validators for the importer (internal).
#pragma once

#include "core/surveyjs/internal.h"

namespace sw::surveyjs::detail {

/// Converts a question's "validators": numeric/text limits and regex into `validation`, email into the
/// email type, expression validators (and limits on other types) into `question["validators"]`.
void convert_validators(const Json& validators, const std::string& path, const std::string& id, bool in_group,
                        const NameScope& names, Context& ctx, OJson& question, OJson& validation);

}  // namespace sw::surveyjs::detail
