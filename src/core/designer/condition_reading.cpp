// condition_reading.cpp — walks the parsed expression and words each node; see condition_reading.h.
#include "core/designer/condition_reading.h"

#include <cmath>

#include "core/expr/functions.h"
#include "core/expr/js.h"
#include "core/expr/parser.h"

namespace sw::designer {
namespace {

using expr::Expression;
using expr::LiteralKind;
using expr::Node;
using expr::NodeKind;
using expr::Op;
using questionnaire::QuestionType;

// Binding level of a chain's operators (loosest 1); atoms are 100.
int op_level(Op op) {
  switch (op) {
    case Op::Or: return 1;
    case Op::And: return 2;
    case Op::Equal: case Op::NotEqual: case Op::Less: case Op::LessOrEqual: case Op::Greater:
    case Op::GreaterOrEqual: return 3;
    case Op::Plus: case Op::Minus: return 4;
    case Op::Mul: case Op::Div: case Op::Mod: return 5;
    case Op::Power: return 6;
    default: return 7;
  }
}

// The comparison seen from the other side: `1 < {a}` is `{a} > 1`.
Op mirror(Op op) {
  switch (op) {
    case Op::Less: return Op::Greater;
    case Op::Greater: return Op::Less;
    case Op::LessOrEqual: return Op::GreaterOrEqual;
    case Op::GreaterOrEqual: return Op::LessOrEqual;
    default: return op;
  }
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string number_text(double d) { return expr::js::number_to_string(d); }

class Reader {
 public:
  Reader(const Expression& e, const ConditionContext& ctx, const AnswerName* in_array_group)
      : e_(e), ctx_(ctx), group_(in_array_group) {}

  std::string read(bool as_condition) {
    if (e_.empty()) return "";
    return as_condition ? condition(e_.root) : value(e_.root);
  }

 private:
  const Expression& e_;
  const ConditionContext& ctx_;
  const AnswerName* group_;  // inside an *InArray condition: the group whose fields plain {f} names

  const Node& node(std::uint32_t n) const { return e_.nodes[n]; }
  int level(std::uint32_t n) const {
    const Node& x = node(n);
    return x.kind == NodeKind::Chain ? op_level(e_.links[x.b].op) : 100;
  }
  bool is_literal(std::uint32_t n, LiteralKind k) const {
    return node(n).kind == NodeKind::Literal && node(n).literal == k;
  }
  const expr::Value& constant(std::uint32_t n) const { return e_.constants[node(n).a]; }
  // A question, field or calculated value the node is a plain reference to, or nullptr.
  const AnswerName* subject(std::uint32_t n) const {
    if (node(n).kind != NodeKind::Reference) return nullptr;
    return ctx_.resolve(e_.references[node(n).a], group_);
  }
  bool is_empty_literal(std::uint32_t n) const {
    if (is_literal(n, LiteralKind::Null)) return true;
    return (is_literal(n, LiteralKind::String)) && constant(n).as_string().empty();
  }

  // ---- values ----------------------------------------------------------------------------------------
  std::string value(std::uint32_t n) const {
    const Node& x = node(n);
    switch (x.kind) {
      case NodeKind::Literal: return literal(n);
      case NodeKind::Reference: return reference(e_.references[x.a]);
      case NodeKind::Unary: return condition(n);
      case NodeKind::Chain: return chain(n);
      case NodeKind::Call: return call(n);
      case NodeKind::Array: {
        std::string out = "the list (";
        for (std::uint32_t i = 0; i < x.b; ++i) out += (i ? ", " : "") + value(e_.items[x.a + i]);
        return out + ")";
      }
    }
    return "";
  }

  std::string literal(std::uint32_t n) const {
    const expr::Value& v = constant(n);
    switch (node(n).literal) {
      case LiteralKind::Null: return "nothing";
      case LiteralKind::Bool: return v.as_bool() ? "true" : "false";
      case LiteralKind::Number: return number_text(v.as_number());
      case LiteralKind::String: case LiteralKind::Word: return quoted(v.as_string());
      case LiteralKind::Object: return expr::to_json_string(v);
    }
    return "";
  }

  std::string reference(const expr::Reference& r) const {
    const auto& segs = r.segments;
    if (const AnswerName* a = ctx_.resolve(r, group_)) {
      std::string label = a->reading_name;
      if (a->kind == AnswerName::Kind::Field && !(group_ && segs.size() == 1)) {
        if (expr::js::to_lower(r.root()) == "entry") return label + " of this entry";
        if (const AnswerName* g = ctx_.find(r.root()); g && segs.size() >= 2 && segs[1].is_index())
          return label + " of " + entry_words(segs[1].index) + " of " + g->reading_name;
      }
      return label;
    }
    const AnswerName* root = ctx_.find(r.root());
    if (root && segs.size() == 2 && segs[1].is_name() && segs[1].name == "length")
      return root->is_group() ? "the number of entries of " + root->reading_name : "the length of " + root->reading_name;
    if (root && root->is_group() && segs.size() == 2 && segs[1].is_index())
      return entry_words(segs[1].index) + " of " + root->reading_name;
    return "{" + std::string(r.raw ? "#" : "") + r.text + "}";  // unknown: as written
  }

  static std::string entry_words(std::int64_t index) {
    if (index == 0) return "the first entry";
    if (index == -1) return "the last entry";
    if (index == expr::Segment::kBadIndex) return "an entry";
    if (index < 0) return "entry " + std::to_string(-index) + " from the end";
    return "entry " + std::to_string(index + 1);
  }

  // A value as compared with `s`: choice values by their label, yes/no by its labels.
  std::string value_for(std::uint32_t n, const AnswerName* s) const {
    if (s && (is_literal(n, LiteralKind::String) || is_literal(n, LiteralKind::Word)))
      if (const ChoiceName* c = s->find_choice(constant(n).as_string())) return c->label.empty() ? c->value : c->label;
    if (s && s->type == QuestionType::YesNo && is_literal(n, LiteralKind::Bool))
      return constant(n).as_bool() ? s->yes_label : s->no_label;
    return value(n);
  }

  // "A, B or C" for an array literal; the value otherwise.
  std::string list_for(std::uint32_t n, const AnswerName* s, const char* conj) const {
    const Node& x = node(n);
    if (x.kind != NodeKind::Array) return value_for(n, s);
    if (x.b == 0) return "nothing";
    std::string out;
    for (std::uint32_t i = 0; i < x.b; ++i) {
      if (i > 0) out += i + 1 == x.b ? std::string(" ") + conj + " " : ", ";
      out += value_for(e_.items[x.a + i], s);
    }
    return out;
  }

  // An operand of a chain at `parent` level: in parentheses when it is itself a chain that binds as loosely.
  std::string operand(std::uint32_t n, int parent, bool as_condition) const {
    std::string s = as_condition ? condition(n) : value(n);
    const int l = level(n);
    // `and` inside `or` also gets parentheses: "A or (B and C)" cannot be misread.
    if (l != 100 && (l <= parent || (parent == 1 && l == 2))) return "(" + s + ")";
    // In arithmetic a worded function ("1.5 if …, otherwise 0", "… rounded") is kept apart from its neighbours.
    if (parent >= 4 && parent <= 6 && node(n).kind == NodeKind::Call && s.find(' ') != std::string::npos)
      return "(" + s + ")";
    return s;
  }

  std::string chain(std::uint32_t n) const {
    const Node& x = node(n);
    const Op first = e_.links[x.b].op;
    const int lvl = op_level(first);
    if (lvl <= 2) {
      std::string out = operand(x.a, lvl, true);
      for (std::uint32_t i = 0; i < x.c; ++i) {
        const auto& link = e_.links[x.b + i];
        out += std::string(link.op == Op::Or ? " or " : " and ") + operand(link.node, lvl, true);
      }
      return out;
    }
    if (lvl == 3 || lvl == 7) {
      const auto& link = e_.links[x.b];
      std::string out = lvl == 3 ? comparison(x.a, link.op, link.node) : membership(x.a, link.op, link.node);
      for (std::uint32_t i = 1; i < x.c; ++i) {  // `a < b < c`: the first result compared again
        const auto& next = e_.links[x.b + i];
        out = "(" + out + ") " + op_words(next.op, nullptr) + " " + operand(next.node, lvl, false);
      }
      return out;
    }
    std::string out = operand(x.a, lvl, false);
    for (std::uint32_t i = 0; i < x.c; ++i) {
      const auto& link = e_.links[x.b + i];
      out += " " + arithmetic(link.op) + " " + operand(link.node, lvl, false);
    }
    return out;
  }

  static std::string arithmetic(Op op) {
    switch (op) {
      case Op::Plus: return "+";
      case Op::Minus: return "-";
      case Op::Mul: return "×";
      case Op::Div: return "÷";
      case Op::Mod: return "mod";
      case Op::Power: return "to the power of";
      default: return expr::op_text(op);
    }
  }

  static bool is_date(const AnswerName* s) { return s && s->type == QuestionType::Date; }

  static std::string op_words(Op op, const AnswerName* s) {
    switch (op) {
      case Op::Equal: return is_date(s) ? "is on" : "is";
      case Op::NotEqual: return is_date(s) ? "is not on" : "is not";
      case Op::Less: return is_date(s) ? "is before" : "is less than";
      case Op::LessOrEqual: return is_date(s) ? "is on or before" : "is at most";
      case Op::Greater: return is_date(s) ? "is after" : "is more than";
      case Op::GreaterOrEqual: return is_date(s) ? "is on or after" : "is at least";
      default: return expr::op_text(op);
    }
  }

  std::string comparison(std::uint32_t l, Op op, std::uint32_t r) const {
    if (!subject(l) && subject(r)) {  // `'yes' = {gslb}` reads as `{gslb} = 'yes'`
      std::swap(l, r);
      op = mirror(op);
    }
    const AnswerName* s = subject(l);
    const std::string lhs = operand(l, 3, false);
    if ((op == Op::Equal || op == Op::NotEqual) && is_empty_literal(r)) {
      if (s) return lhs + (op == Op::Equal ? " is not answered" : " is answered");
      return lhs + (op == Op::Equal ? " is empty" : " is not empty");
    }
    if ((op == Op::Equal || op == Op::NotEqual) && node(r).kind == NodeKind::Array)
      return lhs + (op == Op::Equal ? " is exactly " : " is not exactly ") + list_for(r, s, "and");
    return lhs + " " + op_words(op, s) + " " + (level(r) <= 3 ? "(" + value(r) + ")" : value_for(r, s));
  }

  std::string membership(std::uint32_t l, Op op, std::uint32_t r) const {
    const AnswerName* s = subject(l);
    const bool list = s && s->type == QuestionType::MultipleChoice;
    const bool text = s && s->type && questionnaire::is_text_type(*s->type);
    const std::string lhs = operand(l, 7, false);
    switch (op) {
      case Op::Contains:
        return lhs + (list ? " includes " : text ? " contains " : " contains ") + list_for(r, s, "and");
      case Op::NotContains:
        return lhs + (list ? " does not include " : " does not contain ") + list_for(r, s, "and");
      case Op::AnyOf:
        return lhs + (list ? " includes any of " : " is any of ") + list_for(r, s, "or");
      case Op::AllOf:
        return lhs + (list ? " includes all of " : " is all of ") + list_for(r, s, "and");
      case Op::NoneOf:
        return lhs + (list ? " includes none of " : " is none of ") + list_for(r, s, "or");
      default: return lhs + " " + expr::op_text(op) + " " + value(r);
    }
  }

  // ---- conditions --------------------------------------------------------------------------------------
  std::string condition(std::uint32_t n) const {
    const Node& x = node(n);
    if (x.kind == NodeKind::Reference) {
      const AnswerName* s = subject(n);
      if (s && s->type == QuestionType::YesNo) return reference(e_.references[x.a]) + " is " + s->yes_label;
      return reference(e_.references[x.a]) + " is true";
    }
    if (x.kind != NodeKind::Unary) return value(n);
    const bool answer = subject(x.a) != nullptr;
    switch (x.op) {
      case Op::Empty: return value(x.a) + (answer ? " is not answered" : " is empty");
      case Op::NotEmpty: return value(x.a) + (answer ? " is answered" : " is not empty");
      default: return negation(x.a);
    }
  }

  std::string negation(std::uint32_t n) const {
    const Node& x = node(n);
    if (x.kind == NodeKind::Reference) {
      const AnswerName* s = subject(n);
      const std::string name = reference(e_.references[x.a]);
      if (s && s->type == QuestionType::YesNo) return name + " is not " + s->yes_label;
      if (s && s->type && (*s->type == QuestionType::Number || *s->type == QuestionType::Currency ||
                           *s->type == QuestionType::Rating))
        return name + " is 0 or not answered";
    }
    if (x.kind == NodeKind::Unary && x.op == Op::Empty) return value(x.a) + (subject(x.a) ? " is answered" : " is not empty");
    if (x.kind == NodeKind::Unary && x.op == Op::NotEmpty)
      return value(x.a) + (subject(x.a) ? " is not answered" : " is empty");
    if (x.kind == NodeKind::Chain && x.c == 1) {
      const auto& link = e_.links[x.b];
      if (link.op == Op::Equal) return comparison(x.a, Op::NotEqual, link.node);
      if (link.op == Op::NotEqual) return comparison(x.a, Op::Equal, link.node);
    }
    return "not (" + condition(n) + ")";
  }

  // ---- functions -----------------------------------------------------------------------------------
  std::string arg(const expr::Call& c, std::uint32_t i) const { return value(e_.items[c.first_arg + i]); }
  // An argument followed or preceded by words ("… rounded"): in parentheses when it is an operator chain.
  std::string tight(const expr::Call& c, std::uint32_t i) const {
    const std::uint32_t n = e_.items[c.first_arg + i];
    return level(n) == 100 ? value(n) : "(" + value(n) + ")";
  }
  std::string args_list(const expr::Call& c) const {
    std::string out;
    for (std::uint32_t i = 0; i < c.arg_count; ++i) out += (i ? ", " : "") + arg(c, i);
    return out;
  }
  std::string generic(const expr::Call& c) const { return c.name + "(" + args_list(c) + ")"; }
  // A unit argument ('days', 'months', ...) as a word, or the default.
  std::string unit(const expr::Call& c, std::uint32_t i, const char* fallback) const {
    if (i >= c.arg_count) return fallback;
    const std::uint32_t n = e_.items[c.first_arg + i];
    if (is_literal(n, LiteralKind::String) || is_literal(n, LiteralKind::Word)) return constant(n).as_string();
    return "units of " + value(n);
  }

  std::string call(std::uint32_t n) const {
    const expr::Call& c = e_.calls[node(n).a];
    if (!c.function) return generic(c);
    const int argc = static_cast<int>(c.arg_count);
    if (argc < c.function->min_args || (c.function->max_args >= 0 && argc > c.function->max_args)) return generic(c);
    const std::string& f = c.name;
    auto a = [&](std::uint32_t i) { return arg(c, i); };
    if (f == "iif")
      return a(1) + " if " + condition(e_.items[c.first_arg]) + ", otherwise " + (argc > 2 ? a(2) : "nothing");
    if (f == "sum") return "the sum of " + args_list(c);
    if (f == "avg") return "the average of " + args_list(c);
    if (f == "min") return "the smallest of " + args_list(c);
    if (f == "max") return "the largest of " + args_list(c);
    if (f == "count") return "the number of values in " + args_list(c);
    if (f == "round" || f == "trunc") {
      const std::string verb = f == "round" ? " rounded" : " truncated";
      const std::uint32_t digits = argc > 1 ? e_.items[c.first_arg + 1] : expr::kNoNode;
      const bool one = digits != expr::kNoNode && is_literal(digits, LiteralKind::Number) && constant(digits).as_number() == 1;
      return tight(c, 0) + verb + (argc > 1 ? " to " + a(1) + (one ? " decimal" : " decimals") : "");
    }
    if (f == "today") return argc > 0 ? "today + " + tight(c, 0) + " days" : "today";
    if (f == "currentDate") return "now";
    if (f == "currentYear") return "the current year";
    if (f == "getDate") return "the date " + a(0);
    if (f == "getYear") return "the year of " + a(0);
    if (f == "year") return argc > 0 ? "the year of " + a(0) : "the current year";
    if (f == "month") return argc > 0 ? "the month (1-12) of " + a(0) : "the current month (1-12)";
    if (f == "day") return argc > 0 ? "the day of the month of " + a(0) : "today's day of the month";
    if (f == "weekday") return argc > 0 ? "the weekday (0 = Sunday) of " + a(0) : "today's weekday (0 = Sunday)";
    if (f == "age") return "the full " + unit(c, 1, "years") + " since " + a(0);
    if (f == "dateDiff") return "the number of " + unit(c, 2, "days") + " from " + a(0) + " to " + a(1);
    if (f == "diffDays") return "the number of days from " + a(0) + " to " + a(1);
    if (f == "dateAdd") return tight(c, 0) + " + " + tight(c, 1) + " " + unit(c, 2, "days");
    if (f == "substring")
      return "the characters of " + a(0) + " from position " + a(1) + (argc > 2 ? " to " + a(2) : " on") +
             " (counting from 0)";
    if (f.size() > 7 && f.compare(f.size() - 7, 7, "InArray") == 0) return in_array(c);
    return generic(c);
  }

  // sumInArray({group}, 'field', condition?) and friends (min/max may name a return field before the condition).
  std::string in_array(const expr::Call& c) const {
    const std::uint32_t first = e_.items[c.first_arg];
    const AnswerName* g = subject(first);
    if (!g || !g->is_group()) g = nullptr;
    const std::string group = value(first);
    auto field = [&](std::uint32_t i) {
      const std::uint32_t n = e_.items[c.first_arg + i];
      if (g && is_literal(n, LiteralKind::String))
        if (const AnswerName* f = ctx_.find_field(*g, constant(n).as_string())) return f->reading_name;
      return value(n);
    };
    std::uint32_t cond_index = 2;
    std::string ret;
    if (c.arg_count > 2) {  // the evaluator's rule: a literal text without {}><=! is a return field
      const std::uint32_t n = e_.items[c.first_arg + 2];
      if (is_literal(n, LiteralKind::String) &&
          constant(n).as_string().find_first_of("{}><=!") == std::string::npos) {
        ret = field(2);
        cond_index = 3;
      }
    }
    std::string where;
    if (c.arg_count > cond_index) where = " where " + in_array_condition(e_.items[c.first_arg + cond_index], g);
    const std::string f = field(1);
    const std::string& name = c.name;
    const std::string entries = " the entries of " + group;
    if (name == "sumInArray") return "the sum of " + f + " over" + entries + (ret.empty() ? "" : " (" + ret + ")") + where;
    if (name == "avgInArray") return "the average of " + f + " over" + entries + where;
    if (name == "countInArray") return "the number of entries of " + group + " with " + f + " answered" + where;
    if (name == "minInArray" || name == "maxInArray") {
      const std::string most = name == "minInArray" ? "smallest " : "largest ";
      if (!ret.empty() && ret != f) return ret + " of the entry of " + group + " with the " + most + f + where;
      return "the " + most + f + " among" + entries + where;
    }
    return generic(c);
  }

  // The condition argument: an expression, or text holding one; read with the group's fields as plain names.
  std::string in_array_condition(std::uint32_t n, const AnswerName* g) const {
    if (is_literal(n, LiteralKind::String)) {
      auto parsed = expr::parse(constant(n).as_string());
      if (!parsed.ok()) return value(n);
      return Reader(parsed.expression, ctx_, g).read(true);
    }
    return Reader(e_, ctx_, g).condition(n);
  }
};

std::string lead(ConditionUse use) {
  switch (use) {
    case ConditionUse::Visible: return "Shown when ";
    case ConditionUse::Enable: return "Enabled when ";
    case ConditionUse::Required: return "Required when ";
    case ConditionUse::ChoiceVisible: return "Offered when ";
    case ConditionUse::Validation: return "Valid when ";
    case ConditionUse::Calculated: return "Computed as ";
  }
  return "";
}

std::string when_empty(ConditionUse use) {
  switch (use) {
    case ConditionUse::Visible: return "Always shown";
    case ConditionUse::Enable: return "Always enabled";
    case ConditionUse::Required: return "Not required by a condition";
    case ConditionUse::ChoiceVisible: return "Always offered";
    default: return "";
  }
}

}  // namespace

std::string read_expression(const expr::Expression& e, const ConditionContext& ctx, bool as_condition) {
  return Reader(e, ctx, nullptr).read(as_condition);
}

std::string read_condition(std::string_view text, const ConditionContext& ctx, ConditionUse use) {
  if (expr::js::trim(text).empty()) return when_empty(use);
  auto parsed = expr::parse(text);
  if (!parsed.ok()) return "";
  return lead(use) + read_expression(parsed.expression, ctx, use != ConditionUse::Calculated);
}

}  // namespace sw::designer
