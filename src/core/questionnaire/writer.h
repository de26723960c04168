// writer.h — questionnaire model → JSON (the inverse of the loader: load(to_json(q)) gives q back).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/questionnaire/model.h"

namespace sw::questionnaire {

/// The questionnaire as a document in the file format, fields in the documented order; fields with their
/// default value are left out, except format and hidden_answers (always explicit).
nlohmann::ordered_json to_json(const Questionnaire& q);

/// to_json(q) as text, indented by 2, ending with a newline.
std::string to_text(const Questionnaire& q);

}  // namespace sw::questionnaire
