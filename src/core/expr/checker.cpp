// checker.cpp — walks the AST to find unknown names, wrong arities and mismatched comparisons.
#include "core/expr/checker.h"

#include <algorithm>
#include <set>
#include <string>

#include "core/expr/functions.h"
#include "core/expr/js.h"
#include "core/expr/semantics.h"

namespace sw::expr {
namespace {

// A coarse static type, known only for literals and operators whose result type is fixed.
enum class Type { Unknown, Number, String, NumericString, Bool, Array };

const char* type_name(Type t) {
  switch (t) {
    case Type::Number: return "number";
    case Type::String: case Type::NumericString: return "string";
    case Type::Bool: return "boolean";
    case Type::Array: return "array";
    default: return "value";
  }
}

bool is_in_array_function(const std::string& name) {
  return name == "sumInArray" || name == "countInArray" || name == "avgInArray" || name == "minInArray" ||
         name == "maxInArray";
}

class Checker {
 public:
  Checker(const Expression& e, const CheckOptions& o) : e_(e), o_(o) {}

  Issues run() {
    if (!e_.empty()) walk(e_.root, o_.entry_group);
    std::stable_sort(issues_.begin(), issues_.end(), [](const Issue& a, const Issue& b) { return a.column < b.column; });
    return std::move(issues_);
  }

 private:
  const Expression& e_;
  const CheckOptions& o_;
  Issues issues_;
  std::set<std::string> reported_;  // messages already in issues_

  // The same problem repeated (e.g. one unknown reference in a 3 000-operator chain) is reported once, at its
  // first column: one message per problem keeps the output bounded by the number of distinct problems.
  void add(Severity s, std::uint32_t offset, std::string message) {
    if (!reported_.insert(message).second) return;
    issues_.push_back(Issue{s, e_.column(offset), std::move(message)});
  }

  // `entry`: the group whose fields `{entry.x}` (or, inside an *InArray condition, `{x}`) refer to.
  void walk(std::uint32_t n, const Symbol* entry, bool in_condition = false) {
    const Node& node = e_.nodes[n];
    switch (node.kind) {
      case NodeKind::Literal:
        if (node.literal == LiteralKind::Word && o_.warn_bare_words) {
          const std::string& w = e_.constants[node.a].as_string();
          add(Severity::Warning, node.offset,
              "the unquoted word '" + w + "' is read as the text '" + w + "': write '" + w +
                  "' in quotes, or {" + w + "} for an answer");
        }
        return;
      case NodeKind::Reference: return reference(node, entry, in_condition);
      case NodeKind::Unary: return walk(node.a, entry, in_condition);
      case NodeKind::Array:
        for (std::uint32_t i = 0; i < node.b; ++i) walk(e_.items[node.a + i], entry, in_condition);
        return;
      case NodeKind::Chain: return chain(node, entry, in_condition);
      case NodeKind::Call: return call(node, entry, in_condition);
    }
  }

  void chain(const Node& node, const Symbol* entry, bool in_condition) {
    walk(node.a, entry, in_condition);
    Type left = type_of(node.a);
    for (std::uint32_t i = 0; i < node.c; ++i) {
      const Link& link = e_.links[node.b + i];
      walk(link.node, entry, in_condition);
      Type right = type_of(link.node);
      if (is_comparison(link.op) && mismatched(left, right)) {
        add(Severity::Warning, link.offset,
            std::string("'") + op_text(link.op) + "' compares a " + type_name(left) + " with a " + type_name(right) +
                (left == Type::Bool || right == Type::Bool ? "" : ": the result is probably not what you want"));
      }
      left = result_type(link.op, left, right);
    }
  }

  void call(const Node& node, const Symbol* entry, bool in_condition) {
    const Call& c = e_.calls[node.a];
    if (!c.function) {
      std::string hint;
      for (const auto& f : all_functions())
        if (js::to_lower(f.name) == js::to_lower(c.name)) hint = ": did you mean '" + std::string(f.name) + "'?";
      add(Severity::Error, node.offset, "unknown function '" + c.name + "'" + hint);
    } else {
      int n = static_cast<int>(c.arg_count);
      const FunctionInfo& f = *c.function;
      if (n < f.min_args || (f.max_args >= 0 && n > f.max_args)) {
        std::string expected = f.max_args < 0 ? "at least " + std::to_string(f.min_args)
                               : f.min_args == f.max_args ? std::to_string(f.min_args)
                                                          : std::to_string(f.min_args) + " to " + std::to_string(f.max_args);
        add(Severity::Error, node.offset,
            "'" + c.name + "' takes " + expected + " argument" + (expected == "1" ? "" : "s") + " but is given " +
                std::to_string(n) + " (usage: " + f.usage + ")");
      }
    }
    // In sumInArray({group}, 'field', condition) the condition reads the fields of each entry.
    const Symbol* condition_entry = nullptr;
    if (is_in_array_function(c.name) && c.arg_count > 0) {
      const Node& first = e_.nodes[e_.items[c.first_arg]];
      if (first.kind == NodeKind::Reference && o_.symbols) {
        const Reference& r = e_.references[first.a];
        const Symbol* s = r.segments.size() == 1 ? o_.symbols->find(r.root()) : nullptr;
        if (s && s->is_group) condition_entry = s;
      }
    }
    for (std::uint32_t i = 0; i < c.arg_count; ++i) {
      bool condition = is_in_array_function(c.name) && i >= 2;
      walk(e_.items[c.first_arg + i], condition ? condition_entry : entry, condition || in_condition);
    }
  }

  void reference(const Node& node, const Symbol* entry, bool in_condition) {
    if (!o_.symbols) return;
    const Reference& r = e_.references[node.a];
    const auto& segs = r.segments;
    // The reference as written, for messages only (built when one is reported: most references are fine).
    const auto shown = [&r] { return "{" + std::string(r.raw ? "#" : "") + r.text + "}"; };
    // Inside an *InArray condition a plain {field} names a field of each entry.
    if (in_condition && entry && segs.size() == 1 && has_field(*entry, segs[0].name)) return;
    if (entry && js::to_lower(r.root()) == js::to_lower(o_.entry_name) && segs.size() >= 2 && segs[1].is_name()) {
      if (!has_field(*entry, segs[1].name))
        add(Severity::Error, node.offset,
            "unknown field '" + segs[1].name + "' in " + shown() + ": the entries of '" + entry->name + "' have " +
                field_list(*entry));
      return;
    }
    // Longest dotted name first, like the lookup at run time.
    size_t names = 0;
    while (names < segs.size() && segs[names].is_name()) ++names;
    const Symbol* sym = nullptr;
    size_t used = 0;
    for (size_t k = names; k >= 1 && !sym; --k) {
      if (k == 1) {
        sym = o_.symbols->find(segs[0].name);  // the common case: no copy of the name
      } else {
        std::string name = segs[0].name;
        for (size_t i = 1; i < k; ++i) name += "." + segs[i].name;
        sym = o_.symbols->find(name);
      }
      used = k;
    }
    if (!sym) {
      std::string message = "unknown reference " + shown();
      if (js::to_lower(r.root()) == js::to_lower(o_.entry_name))
        message += ": {" + o_.entry_name + ".field} can only be used inside a repeat group";
      else if (js::trim(r.text) != r.text)
        message += ": spaces inside the braces are part of the name";
      add(Severity::Error, node.offset, message);
      return;
    }
    if (!sym->is_group || used >= segs.size()) return;
    const Segment& next = segs[used];
    if (next.is_name()) {
      if (next.name == "length") return;
      add(Severity::Error, node.offset,
          shown() + " reads a field of the repeat group '" + sym->name + "' without saying which entry: write {" +
              sym->name + "[0]." + next.name + "} (or use sumInArray and friends)");
      return;
    }
    if (used + 1 < segs.size() && segs[used + 1].is_name() && !has_field(*sym, segs[used + 1].name))
      add(Severity::Error, node.offset,
          "unknown field '" + segs[used + 1].name + "' in " + shown() + ": the entries of '" + sym->name + "' have " +
              field_list(*sym));
  }

  static bool has_field(const Symbol& group, const std::string& field) {
    std::string lower = js::to_lower(field);
    return std::any_of(group.fields.begin(), group.fields.end(),
                       [&](const std::string& f) { return js::to_lower(f) == lower; });
  }
  static std::string field_list(const Symbol& group) {
    if (group.fields.empty()) return "no fields";
    std::string out;
    for (const auto& f : group.fields) out += (out.empty() ? "" : ", ") + f;
    return out;
  }

  Type type_of(std::uint32_t n) const {
    const Node& node = e_.nodes[n];
    switch (node.kind) {
      case NodeKind::Literal:
        switch (node.literal) {
          case LiteralKind::Number: return Type::Number;
          case LiteralKind::Bool: return Type::Bool;
          case LiteralKind::String:
          case LiteralKind::Word: {
            const Value& v = e_.constants[node.a];
            return sem::is_number(v) ? Type::NumericString : Type::String;
          }
          default: return Type::Unknown;
        }
      case NodeKind::Unary: return Type::Bool;
      case NodeKind::Array: return Type::Array;
      case NodeKind::Call: {
        const Call& c = e_.calls[node.a];
        return c.function && c.function->returns_number ? Type::Number : Type::Unknown;
      }
      case NodeKind::Chain: {
        Type t = type_of(node.a);
        for (std::uint32_t i = 0; i < node.c; ++i) {
          const Link& link = e_.links[node.b + i];
          t = result_type(link.op, t, type_of(link.node));
        }
        return t;
      }
      default: return Type::Unknown;
    }
  }

  static Type result_type(Op op, Type left, Type right) {
    switch (op) {
      case Op::Minus: case Op::Mul: case Op::Div: case Op::Mod: case Op::Power: return Type::Number;
      case Op::Plus:
        if (left == Type::Number && right == Type::Number) return Type::Number;
        if (left == Type::String || right == Type::String) return Type::String;
        return Type::Unknown;
      case Op::Or: case Op::And: return Type::Unknown;
      default: return Type::Bool;
    }
  }

  // Clearly different: the values can never compare the way the author meant.
  static bool mismatched(Type a, Type b) {
    if (a == Type::Unknown || b == Type::Unknown || a == b) return false;
    auto pair = [&](Type x, Type y) { return (a == x && b == y) || (a == y && b == x); };
    return pair(Type::Number, Type::String) || pair(Type::Bool, Type::Number) || pair(Type::Bool, Type::String) ||
           pair(Type::Bool, Type::NumericString) || pair(Type::Array, Type::Number) || pair(Type::Array, Type::Bool);
  }
};

}  // namespace

void SymbolTable::add_value(std::string name) { add(Symbol{std::move(name), false, {}}); }

void SymbolTable::add_group(std::string name, std::vector<std::string> fields) {
  add(Symbol{std::move(name), true, std::move(fields)});
}

void SymbolTable::add(Symbol symbol) {
  std::string lower = js::to_lower(symbol.name);
  const int position = static_cast<int>(symbols_.size());
  const int at = by_lower_name_.insert(lower, position, [this](int i) -> const std::string& { return lower_names_[i]; });
  if (at != position) {
    symbols_[at] = std::move(symbol);
    return;
  }
  symbols_.push_back(std::move(symbol));
  lower_names_.push_back(std::move(lower));
}

void SymbolTable::reserve(std::size_t symbols) {
  symbols_.reserve(symbols);
  lower_names_.reserve(symbols);
  by_lower_name_.reserve(symbols);
}

const Symbol* SymbolTable::find(std::string_view name) const {
  const int at = by_lower_name_.find(js::to_lower(name), [this](int i) -> const std::string& { return lower_names_[i]; });
  return at < 0 ? nullptr : &symbols_[at];
}

std::vector<std::string> SymbolTable::names() const {
  std::vector<std::string> out;
  out.reserve(symbols_.size());
  for (const Symbol& s : symbols_) out.push_back(s.name);
  std::sort(out.begin(), out.end());
  return out;
}

Issues check(const Expression& expr, const CheckOptions& options) { return Checker(expr, options).run(); }

std::vector<Reference> references(const Expression& expr) {
  std::vector<Reference> out;
  for (const auto& r : expr.references)
    if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
  return out;
}

}  // namespace sw::expr
