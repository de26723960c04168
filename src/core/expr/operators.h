// operators.h — what each operator computes, with survey-core's OperandMaker semantics.
#pragma once

#include "core/expr/ast.h"
#include "core/expr/value.h"

namespace sw::expr {

/// Applies a binary operator (Or..NoneOf) to two evaluated operands.
Value apply_binary(Op op, const Value& left, const Value& right);

/// Applies a unary operator (Negate, Empty, NotEmpty).
Value apply_unary(Op op, const Value& operand);

/// SurveyJS's arithmetic operand normalisation: an empty operand becomes 0, "" or [] to match the other side.
Value arithmetic_operand(const Value& value, const Value& other);

/// ConditionRunner's verdict on a result: `result == true` in JS (1, "1" and true pass; "true" does not).
bool is_true(const Value& result);

}  // namespace sw::expr
