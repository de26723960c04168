// parser.h — turns expression text into an Expression, or says where and why it cannot.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/expr/ast.h"
#include "core/expr/issue.h"

namespace sw::expr {

struct ParseLimits {
  std::size_t max_length = 65536;  // bytes of source text
  int max_depth = 200;             // nesting of ( [ function calls and unary operators
};

struct ParseResult {
  Expression expression;       // empty() when error is set
  std::optional<Issue> error;  // the first syntax error, with its column
  bool ok() const { return !error.has_value(); }
};

/// Parses SurveyJS expression syntax. Never throws; bounded stack use (see ParseLimits).
ParseResult parse(std::string_view text, const ParseLimits& limits = {});
/// The same, collecting the tables in `lists` (a caller parsing many expressions keeps one, so its room is
/// allocated once).
ParseResult parse(std::string_view text, const ParseLimits& limits, ParseLists& lists);

}  // namespace sw::expr
