// ast.h — the compiled form of an expression: a flat vector of small nodes that refer to each other by index.
//
// Binary operators of one precedence level form a Chain (first operand + (operator, operand) links) so
// `1+1+...+1` is one node evaluated in a loop, not a million-deep tree.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/expr/reference.h"
#include "core/expr/value.h"

namespace sw::expr {

struct FunctionInfo;

enum class Op : std::uint8_t {
  Or, And,
  Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
  Plus, Minus, Mul, Div, Mod, Power,
  Contains, NotContains, AnyOf, AllOf, NoneOf,
  Negate, Empty, NotEmpty,
};

/// The operator as users write it most often ("=", "and", "contains", "!").
const char* op_text(Op op);

/// True for = != < <= > >= (the operators the checker inspects for type mismatches).
bool is_comparison(Op op);

enum class NodeKind : std::uint8_t { Literal, Reference, Unary, Chain, Call, Array };

/// What a literal looked like in the source (the checker uses it to judge types).
enum class LiteralKind : std::uint8_t { Null, Bool, Number, String, Word, Object };

constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;

struct Node {
  NodeKind kind = NodeKind::Literal;
  Op op = Op::Negate;                   // Unary only
  LiteralKind literal = LiteralKind::Null;  // Literal only
  std::uint32_t offset = 0;             // byte offset of the node's first character in the source
  std::uint32_t end = 0;                // byte offset just past its last character (a literal's closing quote,
                                        // a reference's '}'; a parenthesised operand's span excludes the parentheses)
  std::uint32_t a = 0;  // Literal: constant; Reference: reference; Unary: operand node; Chain: first operand;
                        // Call: call; Array: first entry in `items`
  std::uint32_t b = 0;  // Chain: first link; Array: item count
  std::uint32_t c = 0;  // Chain: link count
};

struct Link {
  Op op;
  std::uint32_t node;    // right operand
  std::uint32_t offset;  // byte offset of the operator
};

struct Call {
  std::string name;
  const FunctionInfo* function = nullptr;  // nullptr: unknown function (evaluates to null, like SurveyJS)
  std::uint32_t first_arg = 0;             // into `items`
  std::uint32_t arg_count = 0;
};

/// One of an Expression's tables: a fixed-size array in the expression's single block, read like a std::vector.
template <class T>
class Table {
 public:
  using value_type = T;
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  const T& front() const { return data_[0]; }
  const T& back() const { return data_[size_ - 1]; }

 private:
  friend struct Expression;
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

/// What the parser collects before it packs an Expression (kept by a caller that parses many expressions, so
/// the lists are allocated once for all of them).
struct ParseLists {
  std::vector<Node> nodes;
  std::vector<Value> constants;
  std::vector<Reference> references;
  std::vector<Link> links;
  std::vector<Call> calls;
  std::vector<std::uint32_t> items;
  void clear();
};

/// A parsed expression. Cheap to evaluate many times; immutable after parse() (but for Reference::binding).
/// Its tables share one allocation: a questionnaire compiles thousands of expressions, and six vectors each
/// (nodes, constants, references, links, calls, items) were most of the allocations of loading one.
struct Expression {
  std::string source;
  Table<Node> nodes;
  Table<Value> constants;
  Table<Reference> references;  // one per reference node, in source order
  Table<Link> links;
  Table<Call> calls;
  Table<std::uint32_t> items;   // argument and array entry node indices
  std::uint32_t root = kNoNode; // kNoNode: empty (failed) expression

  Expression() = default;
  Expression(const Expression& other);
  Expression(Expression&& other) noexcept;
  Expression& operator=(const Expression& other);
  Expression& operator=(Expression&& other) noexcept;
  ~Expression();

  /// Moves the lists' contents into this expression's tables (the lists are left empty, their room kept).
  void pack(ParseLists& lists);

  bool empty() const { return root == kNoNode; }
  /// 1-based column (in characters) of a byte offset in the source.
  int column(std::uint32_t offset) const;

 private:
  template <class Nodes, class Constants, class References, class Links, class Calls, class Items>
  void build(Nodes& n, Constants& c, References& r, Links& l, Calls& k, Items& i, bool move);
  void release();
  void* block_ = nullptr;
};

}  // namespace sw::expr
