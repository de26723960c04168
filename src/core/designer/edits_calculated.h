// edits_calculated.h — the designer's edits of calculated values: add, delete, duplicate, move, and every field
// (id with its references rewritten, expression, label, format, currency, unit, show). Refusals follow the format
// (docs/questionnaire.md): ids unique among questions and calculated values, a currency code for format currency.
#pragma once

#include <cstddef>
#include <string>

#include "core/designer/document.h"

namespace sw::designer {

/// A new calculated value at `at` (clamped) with a fresh id ("value_1"), expression "0" and format number.
Edit add_calculated(std::size_t at);
/// Deletes one; allowed when others read it (the delete confirmation lists the problems the check will report).
Edit delete_calculated(std::size_t index);
/// A copy right after it, with a fresh id ("rom_days" → "rom_days_copy").
Edit duplicate_calculated(std::size_t index);
/// Moves one to position `to` (in the list after removing it).
Edit move_calculated(std::size_t from, std::size_t to);

/// Renames one: an identifier unique among questions and calculated values. Every reference to the old id is
/// rewritten in the same step (rename.h); Edit::report says how many and where.
Edit set_calculated_id(std::size_t index, std::string id);

enum class CalculatedText { Expression, Label, Unit };
/// Free texts; typing merges into one undo step. The expression is checked by the draft check (an empty or
/// broken one is reported there, as for conditions), so it can be typed through invalid states.
Edit set_calculated_text(std::size_t index, CalculatedText which, std::string value);
/// The format; choosing currency fills in "EUR" when no currency is set (like a currency question), leaving it
/// clears the currency (the format would ignore it).
Edit set_calculated_format(std::size_t index, questionnaire::ValueFormat format);
/// The ISO 4217 code (three upper-case letters) of a value of format currency; refused when empty or malformed,
/// and for other formats.
Edit set_calculated_currency(std::size_t index, std::string code);
/// Shown to the respondent (on the review page).
Edit set_calculated_show(std::size_t index, bool show);

}  // namespace sw::designer
