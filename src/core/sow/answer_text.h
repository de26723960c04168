// answer_text.h — an answer as a person reads it in a Statement of Work: choice labels, Yes/No, amounts
// with their currency, numbers with their unit, "Other: <text>" for "other, please specify".
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/questionnaire/model.h"

namespace sw::sow {

/// The display text of `value` answered to question q; `other` is the "<id>.other" text (may be null).
std::string answer_text(const questionnaire::Question& q, const nlohmann::json& value, const nlohmann::json& other);

}  // namespace sw::sow
