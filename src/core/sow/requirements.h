// requirements.h — the technical requirements of a SoW, drawn from one questionnaire's answers: the visible
// sections and questions (as the respondent saw them, labels piped) with each answer's display text.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/expr/evaluator.h"
#include "core/questionnaire/model.h"

namespace sw::sow {

/// One answers document and the questionnaire it answers (the caller loads both; core reads no files).
struct AnswersInput {
  const questionnaire::Questionnaire* questionnaire = nullptr;
  nlohmann::json document;  // a scopewright.answers/1 document
  std::string file;         // where it came from: a file name, or "engagement:<attachment id>"
};

/// {"questionnaire": {id, version, title, hash}, "answers": {file, status, updated, recorded_version,
/// recorded_hash}, "sections": [{id, title, items: [{id, question, type, answer, text, entries?}]}]}.
/// Only visible sections, questions and repeat fields with an answer appear, in questionnaire order.
/// Problems reading or fitting the answers are appended to `diagnostics` (errors: nothing is drawn).
nlohmann::ordered_json requirements_from_answers(const AnswersInput& input, const expr::EvalContext& context,
                                                 Diagnostics& diagnostics);

}  // namespace sw::sow
