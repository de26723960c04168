// node.h — where a question is in the designer's tree: a section's question, or a field of a repeat group.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/questionnaire/model.h"

namespace sw::designer {

struct QuestionRef {
  std::size_t section = 0;
  std::size_t question = 0;
  std::optional<std::size_t> field;  // set for a field of the repeat group `question`
  friend bool operator==(const QuestionRef&, const QuestionRef&) = default;
};

/// The question ref names, or nullptr when it does not exist (any more).
questionnaire::Question* find(questionnaire::Questionnaire& q, const QuestionRef& ref);
const questionnaire::Question* find(const questionnaire::Questionnaire& q, const QuestionRef& ref);

/// The list ref's question is in: the section's questions, or the group's fields (nullptr when absent).
std::vector<questionnaire::Question>* siblings(questionnaire::Questionnaire& q, const QuestionRef& ref);

/// The question or field a JSON Pointer of the written questionnaire points into
/// ("/sections/1/questions/2/fields/0/label" → {1, 2, 0}); nullopt for other paths.
std::optional<QuestionRef> ref_of_path(std::string_view json_path);
/// The section a JSON Pointer points into ("/sections/3/..." → 3).
std::optional<std::size_t> section_of_path(std::string_view json_path);

/// True when `id` is a top-level question id or a calculated value id (they share one namespace).
bool id_taken(const questionnaire::Questionnaire& q, std::string_view id);

/// The question or calculated value id other than `except` that `id` matches when case is ignored, as references
/// match names ({Site} reads `site`), or "" when none: two such ids could not be told apart in expressions.
std::string id_clash(const questionnaire::Questionnaire& q, std::string_view id, std::string_view except);

/// A question id not yet taken, made from `base` ("question" → "question_1"; "site" → "site_copy").
std::string fresh_question_id(const questionnaire::Questionnaire& q, std::string_view base);
/// A calculated value id not yet taken (they share the questions' ids): "value" → "value_1"; "rom_days" →
/// "rom_days_copy".
std::string fresh_calculated_id(const questionnaire::Questionnaire& q, std::string_view base);
/// A field id not yet used in the group.
std::string fresh_field_id(const questionnaire::Question& group, std::string_view base);
/// A section id not yet used.
std::string fresh_section_id(const questionnaire::Questionnaire& q, std::string_view base);

}  // namespace sw::designer
