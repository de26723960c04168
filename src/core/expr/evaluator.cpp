// evaluator.cpp — a tree walk over the flat AST; operator chains run in a loop, so only nesting recurses.
#include "core/expr/evaluator.h"

#include <memory>

#include "core/expr/dates.h"
#include "core/expr/functions.h"
#include "core/expr/js.h"
#include "core/expr/operators.h"
#include "core/expr/parser.h"
#include "core/expr/semantics.h"

namespace sw::expr {
namespace {

class Evaluator final : public CallSite {
 public:
  Evaluator(const Expression& e, const Scope& scope, const EvalContext& ctx, int condition_depth = 0)
      : e_(e), scope_(scope), ctx_(ctx), condition_depth_(condition_depth) {}

  Value eval(std::uint32_t n) {
    const Node& node = e_.nodes[n];
    switch (node.kind) {
      case NodeKind::Literal: return e_.constants[node.a];
      case NodeKind::Reference: return reference(e_.references[node.a]);
      case NodeKind::Unary: return apply_unary(node.op, eval(node.a));
      case NodeKind::Chain: return chain(node);
      case NodeKind::Call: return call(e_.calls[node.a]);
      case NodeKind::Array: {
        Values items;
        items.reserve(node.b);
        for (std::uint32_t i = 0; i < node.b; ++i) items.push_back(eval(e_.items[node.a + i]));
        return Value(std::move(items));
      }
    }
    return Value();
  }

  double now_ms() const override { return ctx_.now_ms; }

  bool arg_is_literal(std::size_t i) const override {
    if (!call_ || i >= call_->arg_count) return false;
    return e_.nodes[e_.items[call_->first_arg + i]].kind == NodeKind::Literal;
  }

  std::function<bool(const Value&)> condition(std::size_t i, const Value& arg_value) const override {
    if (!call_ || i >= call_->arg_count) return {};
    // Conditions can nest (and a string condition can come from the answers): cap the nesting.
    if (condition_depth_ >= kMaxConditionDepth) return [](const Value&) { return false; };
    const Expression* expr = &e_;
    std::uint32_t root = e_.items[call_->first_arg + i];
    std::shared_ptr<ParseResult> parsed;
    if (arg_value.is_string() && !arg_value.as_string().empty()) {
      // A string argument is expression text (SurveyJS runs it through a ConditionRunner).
      parsed = std::make_shared<ParseResult>(parse(arg_value.as_string()));
      if (!parsed->ok()) return [](const Value&) { return false; };
      expr = &parsed->expression;
      root = parsed->expression.root;
    }
    const Scope& outer = scope_;
    const EvalContext& ctx = ctx_;
    int depth = condition_depth_ + 1;
    return [expr, root, parsed, &outer, &ctx, depth](const Value& item) {
      ValueScope entry(item);
      ChainScope scope(entry, outer);
      Evaluator inner(*expr, scope, ctx, depth);
      return is_true(inner.eval(root));
    };
  }

 private:
  const Expression& e_;
  const Scope& scope_;
  const EvalContext& ctx_;
  const Call* call_ = nullptr;  // the call whose function is running (for CallSite questions)
  int condition_depth_ = 0;     // how many *InArray conditions enclose this evaluation
  static constexpr int kMaxConditionDepth = 3;

  Value reference(const Reference& ref) {
    Value v;
    if (scope_.lookup(ref, v)) return ref.raw ? v : sem::correct_value(v);
    // survey-core answers 0 for the length of something that does not exist.
    if (ref.text.size() >= 7 && ref.text.compare(ref.text.size() - 7, 7, ".length") == 0) return Value(0.0);
    return Value();
  }

  Value chain(const Node& node) {
    Value acc = eval(node.a);
    for (std::uint32_t i = 0; i < node.c; ++i) {
      const Link& link = e_.links[node.b + i];
      if ((link.op == Op::Or || link.op == Op::And) && !sem::is_empty(acc)) {
        // A non-empty left side decides `or`/`and` alone (the functions are pure, so skipping is safe).
        bool t = js::truthy(acc);
        if ((link.op == Op::Or && t) || (link.op == Op::And && !t)) continue;
      }
      Value right = eval(link.node);
      acc = apply_binary(link.op, acc, right);
    }
    return acc;
  }

  Value call(const Call& c) {
    if (!c.function) return Value();  // unknown function: null, like FunctionFactory.run
    std::vector<Value> args;
    args.reserve(c.arg_count);
    for (std::uint32_t i = 0; i < c.arg_count; ++i) args.push_back(eval(e_.items[c.first_arg + i]));
    const Call* saved = call_;
    call_ = &c;
    Value result = c.function->impl(args, *this);
    call_ = saved;
    return result;
  }
};

}  // namespace

EvalContext EvalContext::at(int year, int month, int day, int hour, int minute, int second) {
  EvalContext c;
  c.now_ms = dates::make_ms(year, month - 1, day, hour, minute, second);
  return c;
}

Value evaluate(const Expression& expr, const Scope& scope, const EvalContext& context) {
  if (expr.empty()) return Value();
  Evaluator ev(expr, scope, context);
  return ev.eval(expr.root);
}

bool evaluate_condition(const Expression& expr, const Scope& scope, const EvalContext& context) {
  return is_true(evaluate(expr, scope, context));
}

}  // namespace sw::expr
