// condition_reading.h — an expression read out in plain language with the questions' labels and the choices'
// labels: `{sites} > 1 and {gslb} = true` used as visible_if reads "Shown when Number of sites is more than 1
// and GSLB is Yes". Every operator and function has a reading; where no natural wording is certain, the
// reading stays literal (e.g. "round(…)" becomes "… rounded", an unknown function keeps its call form) rather
// than guess. The rules are listed in docs/conditions-editor.md.
#pragma once

#include <string>
#include <string_view>

#include "core/designer/condition_context.h"
#include "core/expr/ast.h"

namespace sw::designer {

/// The whole sentence for `text` used as `use`: "Shown when …", "Enabled when …", "Required when …",
/// "Offered when …", "Valid when …", "Computed as …". An empty condition reads "Always shown" (etc.);
/// a text that does not parse gives "" (show the errors instead). Deterministic.
std::string read_condition(std::string_view text, const ConditionContext& ctx, ConditionUse use);

/// The reading of a parsed expression without the leading words ("Number of sites is more than 1").
/// `as_condition`: read a bare reference as a test ("GSLB is Yes") rather than as a value ("GSLB").
std::string read_expression(const expr::Expression& e, const ConditionContext& ctx, bool as_condition);

}  // namespace sw::designer
