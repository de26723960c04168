// ast.cpp — operator names and source columns of the compiled expression.
#include "core/expr/ast.h"

#include <memory>
#include <new>
#include <utility>

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

void ParseLists::clear() {
  nodes.clear();
  constants.clear();
  references.clear();
  links.clear();
  calls.clear();
  items.clear();
}

namespace {

// The offset of a table of n T's placed at or after `offset`, and the offset just past it.
template <class T>
std::size_t place(std::size_t& offset, std::size_t n) {
  const std::size_t at = (offset + alignof(T) - 1) / alignof(T) * alignof(T);
  offset = at + n * sizeof(T);
  return at;
}

}  // namespace

template <class Nodes, class Constants, class References, class Links, class Calls, class Items>
void Expression::build(Nodes& n, Constants& c, References& r, Links& l, Calls& k, Items& i, bool move) {
  // Tables with the strictest alignment first, so none needs padding before it.
  std::size_t size = 0;
  const std::size_t at_c = place<Value>(size, c.size());
  const std::size_t at_r = place<Reference>(size, r.size());
  const std::size_t at_k = place<Call>(size, k.size());
  const std::size_t at_n = place<Node>(size, n.size());
  const std::size_t at_l = place<Link>(size, l.size());
  const std::size_t at_i = place<std::uint32_t>(size, i.size());
  if (size == 0) return;
  static_assert(alignof(Value) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__ && alignof(Reference) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);
  auto* block = static_cast<std::byte*>(::operator new(size));  // aligned for any of these types
  block_ = block;
  const auto put = [&](auto& table, std::size_t at, auto& src) {
    using T = typename std::remove_reference_t<decltype(table)>::value_type;
    T* data = reinterpret_cast<T*>(block + at);
    if (move) std::uninitialized_move(src.begin(), src.end(), data);
    else std::uninitialized_copy(src.begin(), src.end(), data);
    table.data_ = data;
    table.size_ = src.size();
  };
  put(constants, at_c, c);
  put(references, at_r, r);
  put(calls, at_k, k);
  put(nodes, at_n, n);
  put(links, at_l, l);
  put(items, at_i, i);
}

void Expression::pack(ParseLists& lists) {
  release();
  build(lists.nodes, lists.constants, lists.references, lists.links, lists.calls, lists.items, true);
  lists.clear();
}

void Expression::release() {
  // Nodes, links and items are trivially destructible.
  std::destroy(constants.begin(), constants.end());
  std::destroy(references.begin(), references.end());
  std::destroy(calls.begin(), calls.end());
  ::operator delete(block_);
  block_ = nullptr;
  nodes = {};
  constants = {};
  references = {};
  links = {};
  calls = {};
  items = {};
}

Expression::Expression(const Expression& other) : source(other.source), root(other.root) {
  build(other.nodes, other.constants, other.references, other.links, other.calls, other.items, false);
}

Expression::Expression(Expression&& other) noexcept
    : source(std::move(other.source)), nodes(std::exchange(other.nodes, {})),
      constants(std::exchange(other.constants, {})), references(std::exchange(other.references, {})),
      links(std::exchange(other.links, {})), calls(std::exchange(other.calls, {})),
      items(std::exchange(other.items, {})), root(std::exchange(other.root, kNoNode)),
      block_(std::exchange(other.block_, nullptr)) {}

Expression& Expression::operator=(const Expression& other) {
  if (this != &other) *this = Expression(other);
  return *this;
}

Expression& Expression::operator=(Expression&& other) noexcept {
  if (this == &other) return *this;
  release();
  source = std::move(other.source);
  nodes = std::exchange(other.nodes, {});
  constants = std::exchange(other.constants, {});
  references = std::exchange(other.references, {});
  links = std::exchange(other.links, {});
  calls = std::exchange(other.calls, {});
  items = std::exchange(other.items, {});
  root = std::exchange(other.root, kNoNode);
  block_ = std::exchange(other.block_, nullptr);
  return *this;
}

Expression::~Expression() { release(); }

}  // namespace sw::expr
