// semantics.h — SurveyJS's value rules on top of JS coercion: emptiness, number detection, equality, `+`.
//
// Each function mirrors one helper of survey-core (Helpers / OperandMaker); the names say which.
#pragma once

#include "core/expr/value.h"

namespace sw::expr::sem {

/// Helpers.isValueEmpty: null, "", NaN, [] and objects whose members are all empty.
bool is_empty(const Value& v);

/// Helpers.getNumber: the number a value reads as ("1,5" is 1.5, " 12 " is 12, "0x1A" is 26), else NaN.
double get_number(const Value& v);

/// Helpers.isNumber: get_number is not NaN.
bool is_number(const Value& v);

/// Const.getCorrectValue: a string "true"/"false" becomes a bool, a quoted string loses its quotes and a
/// numeric string becomes a number (except ones with a leading zero like "007"). Other values are unchanged.
Value correct_value(const Value& v);

/// Helpers.isTwoValueEquals as expressions use it: case-insensitive, trimmed strings, numeric strings equal
/// numbers, null equals "", arrays compared ignoring order when ignore_order.
bool values_equal(const Value& x, const Value& y, bool ignore_order = true);

/// Helpers.correctAfterPlusMinis: rounds away binary noise (0.1 + 0.2 is 0.3) to the operands' decimals.
double correct_after_plus_minus(const Value& a, const Value& b, double result);

/// Helpers.correctAfterMultiple: same for products (0.1 * 3 is 0.3).
double correct_after_multiple(const Value& a, const Value& b, double result);

/// Helpers.sumAnyValues: the `+` operator (numbers add, strings concatenate, arrays merge or sum).
Value sum_any_values(const Value& a, const Value& b);

/// JS `a + b` on two values (string concatenation when either side is a string after ToPrimitive).
Value js_plus(const Value& a, const Value& b);

}  // namespace sw::expr::sem
