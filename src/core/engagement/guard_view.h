// guard_view.h — the engagement as seen by process guards: a documented tree of fields and summaries.
//
// Guards do not read the raw file layout: they read this view ({sow.accepted}, {tests.failed_count},
// {handover.support.done}, {commercial.po_number} notempty), so the file format can change without breaking
// process definitions. guard_fields() is the single list behind the view, the checker's SymbolTable and the
// table in docs/process.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engagement/model.h"
#include "core/expr/checker.h"
#include "core/expr/scope.h"

namespace sw::engagement {

struct GuardField {
  std::string name;                 // dotted name as written in braces: "sow.accepted"
  std::string type;                 // "string", "number", "boolean", "date" (YYYY-MM-DD text) or "list"
  std::string description;
  std::vector<std::string> fields;  // for lists: the fields of each entry ({tests.cases[0].result})
};

/// Every field a guard may reference, in documentation order.
const std::vector<GuardField>& guard_fields();

/// The guard fields as an expression SymbolTable (lists are repeat groups), for expr::check.
expr::SymbolTable guard_symbols();

/// The view of e as nested JSON. `now` is ISO 8601 ("2024-05-02T09:30:00Z"); it only feeds the
/// date-relative summaries (overdue counts, days in stage), which are null when now is empty.
nlohmann::json guard_view(const Engagement& e, std::string_view now);

/// guard_view as an expression Scope.
expr::ValueScope guard_scope(const Engagement& e, std::string_view now);

}  // namespace sw::engagement
