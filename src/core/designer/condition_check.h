// condition_check.h — live checking of an expression while it is typed: syntax errors, unknown names, wrong
// argument counts and type warnings (the engine's own parser and checker), plus the designer's extra hints.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/designer/condition_context.h"
#include "core/diagnostics.h"

namespace sw::designer {

struct ConditionIssue {
  Severity severity = Severity::Error;
  int column = 1;          // 1-based, in characters (UTF-8 code points) of the text
  std::size_t offset = 0;  // the same place as a byte offset into the text (for placing a marker)
  std::string message;     // what is wrong and what was expected
  /// "column 7: expected ')' ..." as shown under the input.
  std::string text() const;
};

/// Every problem of `text` used as `use` in `ctx`, in column order; empty when it is fine. An empty (or blank)
/// text is fine for conditions (no condition) and an error for validators and calculated values.
/// Checks the first syntax error only (parsing stops there), then names, arities and types like the engine.
std::vector<ConditionIssue> check_condition(std::string_view text, const ConditionContext& ctx, ConditionUse use);

/// True when an issue list has an error (warnings alone still let the expression work).
bool has_error(const std::vector<ConditionIssue>& issues);

/// The byte offset of 1-based character `column` in `text` (text.size() when past the end).
std::size_t byte_offset_of_column(std::string_view text, int column);

/// The 1-based character column of byte `offset` in `text`.
int column_of_byte_offset(std::string_view text, std::size_t offset);

}  // namespace sw::designer
