// edits_structure.h — the designer's tree edits: add, delete, duplicate and move sections, questions and
// repeat-group fields. Each returns an Edit for Document::apply (refusals say why; nothing changes then).
#pragma once

#include <cstddef>

#include "core/designer/document.h"
#include "core/designer/node.h"

namespace sw::designer {

/// A new empty section at index `at` (clamped), with a fresh id ("section_2") and title "New section".
Edit add_section(std::size_t at);
/// Deletes a section and its questions (refused for the only section: a questionnaire needs one).
Edit delete_section(std::size_t section);
/// A copy of the section right after it; the copy and its questions get fresh ids.
Edit duplicate_section(std::size_t section);
/// Moves a section to index `to` (in the list after removing it).
Edit move_section(std::size_t from, std::size_t to);

/// A new question of `type` at `at` in `into` (a section: field unset; a repeat group: field set to the index in
/// its fields). It gets a fresh id and the minimum its type needs (two choices, one field).
Edit add_question(const QuestionRef& into, questionnaire::QuestionType type);
/// Deletes a question or field. Allowed even when other questions refer to it: the check then reports them.
Edit delete_question(const QuestionRef& ref);
/// A copy right after the original with a fresh id ("site" → "site_copy").
Edit duplicate_question(const QuestionRef& ref);
/// Moves a question to position `to` (a section's question index, or a field index in the same group). Index is
/// in the destination list after removal. Top-level questions move between sections; fields stay in their group.
Edit move_question(const QuestionRef& from, const QuestionRef& to);
/// One place up (-1) or down (+1); at the top or bottom of a section, a question moves into the neighbouring
/// section (last place of the previous one, first of the next). Where it lands is returned through `landed`.
Edit step_question(const QuestionRef& ref, int direction, QuestionRef* landed = nullptr);

/// The minimal valid question of a type (fresh id chosen by the caller).
questionnaire::Question new_question(std::string id, questionnaire::QuestionType type);

}  // namespace sw::designer
