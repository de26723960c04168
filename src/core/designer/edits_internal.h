// edits_internal.h — helpers shared by the designer's property edits (private to edits_*.cpp).
#pragma once

#include <optional>
#include <string>

#include "core/designer/edits_properties.h"

namespace sw::designer::detail {

/// "1.2" / "1.2.0": identifies a question in merge keys.
std::string key_of(const QuestionRef& ref);
/// The condition of kind `which` in c.
std::optional<questionnaire::ExprText>& condition_slot(questionnaire::Conditions& c, ConditionKind which);
/// An expression for text; nothing for "" (an absent condition means "always").
std::optional<questionnaire::ExprText> expr_or_none(std::string text);

}  // namespace sw::designer::detail
