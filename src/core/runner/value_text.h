// value_text.h — a calculated value as the respondent reads it on the review page ("3.5 days", "GBP 12,500.00",
// "40%"), following its declared format.
#pragma once

#include <string>

#include "core/expr/value.h"
#include "core/questionnaire/model.h"

namespace sw::runner {

/// The value in the calculated value's format, with its unit or currency; "—" when it has no value.
std::string calculated_text(const questionnaire::Calculated& c, const expr::Value& value);

/// A number with thousands separators and `decimals` digits after the point (-1: as few as needed, up to 2).
std::string number_text(double value, int decimals);

}  // namespace sw::runner
