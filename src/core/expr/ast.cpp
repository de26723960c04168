// ast.cpp — operator names and source columns of the compiled expression.
#include "core/expr/ast.h"

namespace sw::expr {

const char* op_text(Op op) {
  switch (op) {
    case Op::Or: return "or";
    case Op::And: return "and";
    case Op::Equal: return "=";
    case Op::NotEqual: return "!=";
    case Op::Less: return "<";
    case Op::LessOrEqual: return "<=";
    case Op::Greater: return ">";
    case Op::GreaterOrEqual: return ">=";
    case Op::Plus: return "+";
    case Op::Minus: return "-";
    case Op::Mul: return "*";
    case Op::Div: return "/";
    case Op::Mod: return "%";
    case Op::Power: return "^";
    case Op::Contains: return "contains";
    case Op::NotContains: return "notcontains";
    case Op::AnyOf: return "anyof";
    case Op::AllOf: return "allof";
    case Op::NoneOf: return "noneof";
    case Op::Negate: return "!";
    case Op::Empty: return "empty";
    case Op::NotEmpty: return "notempty";
  }
  return "?";
}

bool is_comparison(Op op) {
  return op == Op::Equal || op == Op::NotEqual || op == Op::Less || op == Op::LessOrEqual || op == Op::Greater ||
         op == Op::GreaterOrEqual;
}

int Expression::column(std::uint32_t offset) const {
  int col = 1;
  for (std::uint32_t i = 0; i < offset && i < source.size(); ++i)
    if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++col;  // count UTF-8 lead bytes only
  return col;
}

}  // namespace sw::expr
