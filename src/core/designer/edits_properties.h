// edits_properties.h — the designer's property edits of questions and repeat-group fields: id, type, texts,
// flags, numbers, conditions, default, validation and validators. Texts merge while typing (one undo step per
// field); ids and types are checked and refused with a reason.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/designer/document.h"
#include "core/designer/node.h"

namespace sw::designer {

/// Free-text properties of a question (which ones apply depends on its type; see docs/questionnaire.md).
enum class QuestionText {
  Label, Help, Placeholder, Unit, Currency, OtherLabel, YesLabel, NoLabel, EntryLabel, AddLabel,
  Pattern, PatternMessage, ScaleMinLabel, ScaleMaxLabel, MinDate, MaxDate
};
/// Optional numbers; counts (lengths, selections, entries, scale) must be whole.
enum class QuestionNumber { Min, Max, Step, MinLength, MaxLength, MinSelected, MaxSelected, MinCount, MaxCount, ScaleMin, ScaleMax };
enum class ConditionKind { Visible, Enable, Required };

/// The name used in the file ("label", "validation.min", "visible_if"...), for labels and merge keys.
std::string_view text_name(QuestionText which);
std::string_view number_name(QuestionNumber which);
std::string_view condition_name(ConditionKind which);

/// Renames a question or field: an identifier (letters, digits, '_', ≤ 64) unique among questions and
/// calculated values (fields: within their group). Every reference to the old id is rewritten in the same step
/// (rename.h); Edit::report says how many and where.
Edit set_question_id(const QuestionRef& ref, std::string id);
/// Changes the type. Choice types get two choices when they have none, repeat groups one field; a default that
/// no longer fits is cleared. Refused for a repeat group inside a repeat group.
Edit set_question_type(const QuestionRef& ref, questionnaire::QuestionType type);
Edit set_question_text(const QuestionRef& ref, QuestionText which, std::string value);
Edit set_question_number(const QuestionRef& ref, QuestionNumber which, std::optional<double> value);
Edit set_required(const QuestionRef& ref, bool required);
Edit set_allow_other(const QuestionRef& ref, bool allow);
Edit set_dropdown(const QuestionRef& ref, bool dropdown);
/// Sets a condition's text; "" removes it ("always"). The text is checked by the draft check, not here.
Edit set_question_condition(const QuestionRef& ref, ConditionKind which, std::string text);
/// The default answer (null removes it); refused when it does not fit the type or choices.
Edit set_default(const QuestionRef& ref, nlohmann::json value);

Edit add_validator(const QuestionRef& ref);
Edit remove_validator(const QuestionRef& ref, std::size_t index);
Edit set_validator(const QuestionRef& ref, std::size_t index, bool message, std::string text);

// ---- Choices ----------------------------------------------------------------------------------------------
Edit add_choice(const QuestionRef& ref);
/// Refused for the last choice (a choice question needs at least one).
Edit remove_choice(const QuestionRef& ref, std::size_t index);
Edit move_choice(const QuestionRef& ref, std::size_t from, std::size_t to);
/// A choice's value: non-empty, unique in the question, not "other" when "other, please specify" is on. Literals
/// compared directly with this question's answer ({q} = 'old', {q} anyof ['old'], ...) and its default answer are
/// rewritten in the same step (rename.h); Edit::report says how many.
Edit set_choice_value(const QuestionRef& ref, std::size_t index, std::string value);
Edit set_choice_label(const QuestionRef& ref, std::size_t index, std::string label);
Edit set_choice_condition(const QuestionRef& ref, std::size_t index, ConditionKind which, std::string text);

// ---- Sections and the questionnaire -----------------------------------------------------------------------
/// A section's id: an identifier unique among sections.
Edit set_section_id(std::size_t section, std::string id);
Edit set_section_title(std::size_t section, std::string title);
Edit set_section_description(std::size_t section, std::string description);
Edit set_section_condition(std::size_t section, ConditionKind which, std::string text);

enum class QuestionnaireText { Title, Version, Intro, Outro };
/// The questionnaire's id: a slug ([a-z0-9][a-z0-9._-]*, ≤ 64).
Edit set_questionnaire_id(std::string id);
Edit set_questionnaire_text(QuestionnaireText which, std::string value);

}  // namespace sw::designer
