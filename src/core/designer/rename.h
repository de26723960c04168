// rename.h — renaming rewrites what reads the old name: every condition, validator, calculated expression, choice
// offered-if and piped text that names a question, calculated value or repeat-group field, and (for a choice
// value) every literal compared directly with that question's answer and its default answer.
//
// Rewriting is token-level: only the bytes of the name (or of the compared literal) change, found by the
// expression parser's own positions (condition_dependencies.h), so `{sites}`, the string 'site' and a function
// named site() are left alone and the rest of each text stays byte-identical. Expressions that do not parse are
// left as written and listed in the report (their references cannot be told from text in a string literal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/questionnaire/model.h"

namespace sw::designer {

/// What a rename rewrote, for the message the engineer sees.
struct RenameReport {
  std::size_t references = 0;       // names (or compared values) rewritten
  std::vector<std::string> owners;  // where, each once, in questionnaire order: "question gslb_sites", "field site_list.vips"
  std::vector<std::string> left;    // places with a reference left as written (Place::describe()): they do not parse
  /// "Renamed site to location: 4 references updated in 3 questions." (+ what was left and why).
  std::string message(std::string_view what, std::string_view from, std::string_view to) const;
};

/// What a rename renames: a top-level question or calculated value (`field` empty), a field of repeat group `id`,
/// or (with `value`) a choice value of that question or field.
struct RenameTarget {
  std::string id;
  std::string field;
  bool choice_value = false;
  std::string value;  // the old choice value (choice_value only)
};

/// Rewrites every reference to `target` as `new_name` (the id, field id or choice value itself is not changed).
RenameReport rewrite_references(questionnaire::Questionnaire& q, const RenameTarget& target, std::string_view new_name);

/// The text at a JSON Pointer of the written questionnaire ("/sections/1/questions/0/visible_if", "/calculated/2/label",
/// "/title"), or nullptr when there is none (an absent condition, a wrong index).
std::string* text_at(questionnaire::Questionnaire& q, std::string_view json_path);

}  // namespace sw::designer
