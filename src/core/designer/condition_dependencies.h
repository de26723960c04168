// condition_dependencies.h — which places of a questionnaire read which answers: conditions (visible_if,
// enable_if, required_if of sections, questions, repeat fields and choices), validators, calculated values,
// `*InArray` field names, and answers piped into texts (titles, labels, help, entry labels, intro/outro —
// the texts the runner pipes). For "what depends on this question" and "what does it depend on".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/questionnaire/model.h"

namespace sw::designer {

/// Where an expression or piped text is written.
struct Place {
  enum class Kind { Questionnaire, Section, Question, Field, Calculated };
  Kind kind = Kind::Question;
  std::string id;        // the section, question, field or calculated value ("" for the questionnaire)
  std::string group;     // for a field: its repeat group's id
  std::string property;  // relative JSON Pointer: "visible_if", "validators/0/expression", "choices/2/visible_if", "label"
  std::string json_path; // "/sections/1/questions/0/visible_if" (from the current positions, not the file's)
  std::string text;      // the expression or text as written
  bool expression = true;  // false for piped texts
  /// "question gslb_mode: visible_if", "field sites.site_name: label", "calculated rom_days: expression".
  std::string describe() const;
};

/// Where a name is written in Place::text (byte offsets), so a rename rewrites exactly those bytes.
struct NameSpan {
  enum class Kind {
    Target,  // the question or calculated value id (the `site` of {site}, {site.other}, {site[0].f})
    Field,   // the repeat-group field id ({entry.f}, {g[0].f}, 'f' of sumInArray({g}, 'f'), {f} in an *InArray condition)
    Value,   // the text of a string literal compared with the answer: {q} = 'v', {q} anyof ['v', ...], 'v' != {q}
  };
  Kind kind = Kind::Target;
  std::uint32_t offset = 0;  // bytes into place.text
  std::uint32_t length = 0;  // a Value span covers the literal's text between its quotes, as written
  std::string value;         // Value: the literal's value
};

/// One answer read at one place. `target` is a top-level question or calculated value id (as spelled in the
/// questionnaire); `field` the repeat-group field when the reference names one ({entry.f}, {g[0].f}, 'f' in
/// sumInArray({g}, 'f'), {f} in an *InArray condition).
struct AnswerUse {
  Place place;
  std::string target;
  std::string field;
  std::vector<NameSpan> spans;  // where this place writes the names of this use (and values compared with it)
  bool exact = true;            // false when some were found without positions: an expression that does not parse
                                // (scanned for `{name}`), or a condition in a string literal with escapes
};

/// Every answer use of the questionnaire, in questionnaire order (intro/title, sections with their questions,
/// fields and choices, calculated values, outro), each (place, target, field) once. References to unknown
/// names are left out (the checker reports them). Expressions that do not parse are scanned for `{name}`.
std::vector<AnswerUse> answer_uses(const questionnaire::Questionnaire& q);

/// The places that read question (or calculated value) `id`; with `field`, only those naming that field of the
/// repeat group `id`. Names match case-insensitively, like references.
std::vector<AnswerUse> dependents_of(const questionnaire::Questionnaire& q, std::string_view id,
                                     std::string_view field = {});

/// What question `id` (with `field`: that field of the repeat group `id`) reads in its own conditions,
/// validators, choices and texts; for a repeat group also what its fields read; for a calculated value, its
/// expression and label.
std::vector<AnswerUse> dependencies_of(const questionnaire::Questionnaire& q, std::string_view id,
                                       std::string_view field = {});

}  // namespace sw::designer
