// value_fit.h — does a JSON value fit a question's answer type? Used for defaults and for loading answers.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/questionnaire/model.h"

namespace sw::questionnaire {

/// "" when value can be the answer to q; otherwise why not, e.g. `expected a string but got 42` or
/// `"juniper" is not one of the choices ("cisco_aci", "other")`. Checks shape, not validation rules
/// (a too-long text still fits; a choice that no longer exists does not).
std::string answer_mismatch(const Question& q, const nlohmann::json& value);

/// "" when value is one allowed value of a choice question (a choice value, or "other" when allowed).
std::string choice_mismatch(const Question& q, const nlohmann::json& value);

}  // namespace sw::questionnaire
