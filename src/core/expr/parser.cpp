// parser.cpp — recursive-descent parser mirroring survey-core's PEG grammar (same precedence, same keyword
// matching), with exact error columns and a nesting limit so hostile input cannot exhaust the stack.
#include "core/expr/parser.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "core/expr/functions.h"

namespace sw::expr {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Precedence levels, loosest first (survey-core's grammar.pegjs order). Level 7 is a single operand.
enum Level { kOr, kAnd, kCompare, kPlusMinus, kMulDiv, kPower, kBinaryFunction, kFactor };

class Parser {
 public:
  Parser(std::string_view text, const ParseLimits& limits, Expression& out, ParseLists& lists)
      : s_(text), limits_(limits), e_(out), l_(lists) {}

  std::optional<Issue> run() {
    if (s_.size() > limits_.max_length) {
      return Issue{Severity::Error, 1,
                   "expression is too long: " + std::to_string(s_.size()) + " bytes, the limit is " +
                       std::to_string(limits_.max_length)};
    }
    size_t first = 0;
    while (first < s_.size() && is_ws(s_[first])) ++first;
    if (first == s_.size()) return Issue{Severity::Error, 1, "the expression is empty: expected a value or a condition"};
    std::uint32_t root = expression();
    if (!err_ && pos_ < s_.size()) trailing();
    if (err_) return err_;
    e_.root = root;
    return std::nullopt;
  }

 private:
  std::string_view s_;
  ParseLimits limits_;
  Expression& e_;  // its source (for columns) and, at the end, its root
  ParseLists& l_;  // the tables being read, packed into e_ by parse()
  size_t pos_ = 0;
  int depth_ = 0;
  std::optional<Issue> err_;
  std::vector<Link> pending_links_;  // the links of the chains being read, innermost last

  char peek(size_t k = 0) const { return pos_ + k < s_.size() ? s_[pos_ + k] : '\0'; }
  void skip_ws() {
    while (pos_ < s_.size() && is_ws(s_[pos_])) ++pos_;
  }
  int col(size_t offset) const { return e_.column(static_cast<std::uint32_t>(offset)); }
  void fail(size_t at, std::string message) {
    if (!err_) err_ = Issue{Severity::Error, col(at), std::move(message)};
  }
  // "'x'" (the whole UTF-8 character) or "the end of the expression".
  std::string found(size_t at) const {
    if (at >= s_.size()) return "the end of the expression";
    size_t len = 1;
    while (at + len < s_.size() && (static_cast<unsigned char>(s_[at + len]) & 0xC0) == 0x80 && len < 4) ++len;
    std::string ch(s_.substr(at, len));
    return ch == "'" ? "\"'\"" : "'" + ch + "'";
  }
  // Case-sensitive / case-insensitive literal at the cursor (keywords match as prefixes, like the PEG grammar).
  bool at(std::string_view lit) const { return s_.substr(pos_, lit.size()) == lit; }
  bool at_ci(std::string_view word) const {
    if (pos_ + word.size() > s_.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      char c = s_[pos_ + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != word[i]) return false;
    }
    return true;
  }
  bool eat(std::string_view lit) {
    if (!at(lit)) return false;
    pos_ += lit.size();
    return true;
  }
  bool eat_ci(std::string_view word) {
    if (!at_ci(word)) return false;
    pos_ += word.size();
    return true;
  }
  bool enter(size_t at) {
    if (++depth_ > limits_.max_depth) {
      fail(at, "expression is nested too deeply: more than " + std::to_string(limits_.max_depth) +
                   " levels of parentheses, brackets, function calls or negations");
      return false;
    }
    return true;
  }

  // Every node is added right after its last character was consumed, so the cursor is its end.
  std::uint32_t add(Node n) {
    n.end = static_cast<std::uint32_t>(pos_);
    l_.nodes.push_back(n);
    return static_cast<std::uint32_t>(l_.nodes.size() - 1);
  }
  std::uint32_t literal(Value v, LiteralKind kind, size_t offset) {
    l_.constants.push_back(std::move(v));
    Node n;
    n.kind = NodeKind::Literal;
    n.literal = kind;
    n.offset = static_cast<std::uint32_t>(offset);
    n.a = static_cast<std::uint32_t>(l_.constants.size() - 1);
    return add(n);
  }
  std::uint32_t unary(Op op, std::uint32_t operand, size_t offset) {
    Node n;
    n.kind = NodeKind::Unary;
    n.op = op;
    n.offset = static_cast<std::uint32_t>(offset);
    n.a = operand;
    return add(n);
  }

  // Expression = _ LogicOr (_ OrSign _ LogicOr)* _
  std::uint32_t expression() {
    skip_ws();
    std::uint32_t r = level(kOr);
    skip_ws();
    return r;
  }

  // Whether an operator of this level can start with c (a superset; match_op decides). Most operands are
  // followed by no operator of most levels, and trying every spelling at each of the 7 levels showed in profiles.
  static bool may_start_op(int level, char c) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    switch (level) {
      case kOr: return c == '|' || c == 'o';
      case kAnd: return c == '&' || c == 'a';
      case kCompare: return c == '<' || c == '>' || c == '=' || c == '!' || c == 'e' || c == 'n' || c == 'l' || c == 'g';
      case kPlusMinus: return c == '+' || c == '-';
      case kMulDiv: return c == '*' || c == '/' || c == '%';
      case kPower: return c == '^' || c == 'p';
      case kBinaryFunction: return c == '*' || c == 'c' || c == 'n' || c == 'a';
      default: return false;
    }
  }

  // Operator of one level at the cursor; advances past it when found.
  std::optional<Op> match_op(int level) {
    if (!may_start_op(level, peek())) return std::nullopt;
    switch (level) {
      case kOr:
        if (eat("||") || eat_ci("or")) return Op::Or;
        return std::nullopt;
      case kAnd:
        if (eat("&&") || eat_ci("and")) return Op::And;
        return std::nullopt;
      case kCompare:
        // "=<", "=>", "<>", "equals", "notequals" are what survey-core's text patching accepts.
        if (eat("<=") || eat("=<") || eat_ci("lessorequal")) return Op::LessOrEqual;
        if (eat(">=") || eat("=>") || eat_ci("greaterorequal")) return Op::GreaterOrEqual;
        if (eat("==") || eat("equals") || eat_ci("equal") || eat("=")) return Op::Equal;
        if (eat("!=") || eat("<>") || eat("notequals") || eat_ci("notequal")) return Op::NotEqual;
        if (eat("<") || eat_ci("less")) return Op::Less;
        if (eat(">") || eat_ci("greater")) return Op::Greater;
        return std::nullopt;
      case kPlusMinus:
        if (eat("+")) return Op::Plus;
        if (eat("-")) return Op::Minus;
        return std::nullopt;
      case kMulDiv:
        if (eat("*")) return Op::Mul;
        if (eat("/")) return Op::Div;
        if (eat("%")) return Op::Mod;
        return std::nullopt;
      case kPower:
        if (eat("^") || eat_ci("power")) return Op::Power;
        return std::nullopt;
      case kBinaryFunction:
        if (eat("*=") || eat_ci("contains") || eat_ci("contain")) return Op::Contains;
        if (eat_ci("notcontains") || eat_ci("notcontain")) return Op::NotContains;
        if (eat_ci("anyof")) return Op::AnyOf;
        if (eat_ci("allof")) return Op::AllOf;
        if (eat_ci("noneof")) return Op::NoneOf;
        return std::nullopt;
      default: return std::nullopt;
    }
  }

  // head (_ op _ operand)*, collected into one Chain node.
  std::uint32_t level(int lvl) {
    if (lvl == kFactor) return factor();
    std::uint32_t first = level(lvl + 1);
    if (err_) return kNoNode;
    // This level's links go on a stack shared by all levels (an inner chain is finished, and taken off, before
    // this one continues): one buffer per parse instead of one per chain.
    const std::size_t mark = pending_links_.size();
    while (true) {
      size_t save = pos_;
      skip_ws();
      size_t op_at = pos_;
      std::optional<Op> op = match_op(lvl);
      if (!op) {
        pos_ = save;
        break;
      }
      skip_ws();
      std::uint32_t rhs;
      if (lvl == kBinaryFunction) {
        // The right operand of contains/anyof/... is optional in SurveyJS (a missing one is null).
        rhs = factor_starts() ? factor() : literal(Value(), LiteralKind::Null, pos_);
      } else {
        rhs = level(lvl + 1);
      }
      if (err_) return kNoNode;
      pending_links_.push_back(Link{*op, rhs, static_cast<std::uint32_t>(op_at)});
    }
    if (pending_links_.size() == mark) return first;
    const auto links_begin = pending_links_.begin() + static_cast<std::ptrdiff_t>(mark);
    Node n;
    n.kind = NodeKind::Chain;
    n.offset = l_.nodes[first].offset;
    n.a = first;
    n.b = static_cast<std::uint32_t>(l_.links.size());
    n.c = static_cast<std::uint32_t>(pending_links_.size() - mark);
    l_.links.insert(l_.links.end(), links_begin, pending_links_.end());
    pending_links_.resize(mark);
    return add(n);
  }

  bool factor_starts() const {
    char c = peek();
    return c == '(' || c == '{' || c == '[' || c == '!' || c == '\'' || c == '"' || is_letter(c) || is_digit(c) ||
           (c == '-' && is_digit(peek(1)));
  }

  size_t identifier_end(size_t from) const {
    size_t i = from;
    while (i < s_.size() && (is_letter(s_[i]) || is_digit(s_[i]))) ++i;
    return i;
  }

  std::uint32_t factor() {
    size_t start = pos_;
    char c = peek();
    if (c == '(') {
      if (!enter(start)) return kNoNode;
      ++pos_;
      std::uint32_t inner = expression();
      if (err_) return kNoNode;
      if (!eat(")")) {
        fail(pos_, "expected ')' to close '(' opened at column " + std::to_string(col(start)) + " but found " +
                       found(pos_));
        return kNoNode;
      }
      --depth_;
      return inner;
    }
    if (is_letter(c)) {
      size_t end = identifier_end(pos_);
      if (end < s_.size() && s_[end] == '(') {
        std::string name(s_.substr(pos_, end - pos_));
        if (name.size() == 3 && at_ci("not")) {  // extension: not(...) negates its group
          pos_ = end;
          if (!enter(start)) return kNoNode;
          std::uint32_t operand = factor();
          --depth_;
          return err_ ? kNoNode : unary(Op::Negate, operand, start);
        }
        return call(std::move(name), start);
      }
    }
    if (c == '!') {
      ++pos_;
      skip_ws();
      if (!factor_starts()) {
        fail(pos_, "expected a value after '!' but found " + found(pos_));
        return kNoNode;
      }
      return negation(start);
    }
    const bool starts_n = (c | 0x20) == 'n';  // "negate" and "not" (checked for every operand)
    if (starts_n && at_ci("negate")) {
      size_t save = pos_;
      pos_ += 6;
      skip_ws();
      if (factor_starts()) return negation(start);
      pos_ = save;  // a bare word that starts with "negate"
    }
    if (starts_n && at_ci("not") && is_ws(peek(3))) {
      // Extension: `not X` where X starts with { ( [ or a quote (never valid SurveyJS, so no clash).
      size_t save = pos_;
      pos_ += 3;
      skip_ws();
      char n = peek();
      if (n == '{' || n == '(' || n == '[' || n == '\'' || n == '"') return negation(start);
      pos_ = save;
    }
    if (c == '[') return array(start);
    std::uint32_t a = atom();
    if (err_) return kNoNode;
    if (a == kNoNode) {
      if (c == '-')
        fail(start, "expected a value but found '-': a minus sign must be followed directly by digits (write 0 - x "
                    "to negate a value)");
      else if (c == ')' || c == ',' || c == ']' || c == '\0')
        fail(start, "expected a value but found " + found(start));
      else
        fail(start, "expected a value (number, 'string', {reference}, function call, '(' or '[') but found " +
                        found(start));
      return kNoNode;
    }
    // Atom _ ("empty" | "notempty")
    size_t save = pos_;
    skip_ws();
    const char next = static_cast<char>(peek() | 0x20);
    if (next == 'e' && eat_ci("empty")) return unary(Op::Empty, a, start);
    if (next == 'n' && eat_ci("notempty")) return unary(Op::NotEmpty, a, start);
    pos_ = save;
    return a;
  }

  std::uint32_t negation(size_t start) {
    if (!enter(start)) return kNoNode;
    std::uint32_t operand = factor();
    if (err_) return kNoNode;
    --depth_;
    return unary(Op::Negate, operand, start);
  }

  std::uint32_t call(std::string name, size_t start) {
    if (!enter(start)) return kNoNode;
    pos_ += name.size() + 1;  // name and '('
    std::vector<std::uint32_t> args;
    skip_ws();
    if (!eat(")")) {
      while (true) {
        std::uint32_t arg = expression();
        if (err_) return kNoNode;
        args.push_back(arg);
        if (eat(",")) continue;
        if (eat(")")) break;
        fail(pos_, "expected ',' or ')' to close the call of '" + name + "' opened at column " +
                       std::to_string(col(start + name.size())) + " but found " + found(pos_));
        return kNoNode;
      }
    }
    --depth_;
    Call info;
    info.function = find_function(name);
    info.name = std::move(name);
    info.first_arg = static_cast<std::uint32_t>(l_.items.size());
    info.arg_count = static_cast<std::uint32_t>(args.size());
    l_.items.insert(l_.items.end(), args.begin(), args.end());
    l_.calls.push_back(std::move(info));
    Node n;
    n.kind = NodeKind::Call;
    n.offset = static_cast<std::uint32_t>(start);
    n.a = static_cast<std::uint32_t>(l_.calls.size() - 1);
    return add(n);
  }

  std::uint32_t array(size_t start) {
    if (!enter(start)) return kNoNode;
    ++pos_;
    std::vector<std::uint32_t> entries;
    skip_ws();
    if (!eat("]")) {
      while (true) {
        std::uint32_t item = expression();
        if (err_) return kNoNode;
        entries.push_back(item);
        if (eat(",")) continue;
        if (eat("]")) break;
        fail(pos_, "expected ',' or ']' to close '[' opened at column " + std::to_string(col(start)) + " but found " +
                       found(pos_));
        return kNoNode;
      }
    }
    --depth_;
    Node n;
    n.kind = NodeKind::Array;
    n.offset = static_cast<std::uint32_t>(start);
    n.a = static_cast<std::uint32_t>(l_.items.size());
    n.b = static_cast<std::uint32_t>(entries.size());
    l_.items.insert(l_.items.end(), entries.begin(), entries.end());
    return add(n);
  }

  // Literals and references; kNoNode (without an error) when nothing here can start one.
  std::uint32_t atom() {
    size_t start = pos_;
    char c = peek();
    const char lower = static_cast<char>(c | 0x20);  // the keywords below, by their first letter (cheaper)
    if ((c == 'u' || c == 'n') && (eat("undefined") || eat("null"))) return literal(Value(), LiteralKind::Null, start);
    if (lower == 't' && eat_ci("true")) return literal(Value(true), LiteralKind::Bool, start);
    if (lower == 'f' && eat_ci("false")) return literal(Value(false), LiteralKind::Bool, start);
    if (at("0x") && is_digit(peek(2))) {
      // The grammar reads "0x" then decimal digits, and parseInt reads those digits as hexadecimal.
      pos_ += 2;
      double v = 0;
      while (is_digit(peek())) v = v * 16 + (s_[pos_++] - '0');
      return literal(Value(v), LiteralKind::Number, start);
    }
    if (is_digit(c) || (c == '-' && is_digit(peek(1)))) return number(start);
    if (is_letter(c)) {
      size_t end = identifier_end(pos_);
      std::string word(s_.substr(pos_, end - pos_));
      pos_ = end;
      return literal(Value(std::move(word)), LiteralKind::Word, start);
    }
    if (c == '\'' || c == '"') return string_literal(start);
    if (c == '{') return reference(start);
    return kNoNode;
  }

  // [-] (Digits "." Digits | [1-9] Digits* | "0")
  std::uint32_t number(size_t start) {
    bool negative = eat("-");
    size_t digits_start = pos_;
    while (is_digit(peek())) ++pos_;
    size_t int_end = pos_;
    double v;
    if (peek() == '.' && is_digit(peek(1))) {
      ++pos_;
      while (is_digit(peek())) ++pos_;
      v = std::strtod(std::string(s_.substr(digits_start, pos_ - digits_start)).c_str(), nullptr);
    } else if (s_[digits_start] != '0') {
      v = std::strtod(std::string(s_.substr(digits_start, int_end - digits_start)).c_str(), nullptr);
    } else {
      pos_ = digits_start + 1;  // a lone "0"; any digits after it are left over (a syntax error later)
      v = 0;
    }
    return literal(Value(negative ? -v : v), LiteralKind::Number, start);
  }

  std::uint32_t string_literal(size_t start) {
    char q = peek();
    char other = q == '\'' ? '"' : '\'';
    if (peek(1) == q) {  // '' and "" are the empty string
      pos_ += 2;
      return literal(Value(std::string()), LiteralKind::String, start);
    }
    std::string text;
    size_t i = pos_ + 1;
    while (true) {
      if (i >= s_.size()) {
        fail(i, std::string("expected ") + q + " to close the string opened at column " + std::to_string(col(start)) +
                    " but found the end of the expression");
        return kNoNode;
      }
      char ch = s_[i];
      if (ch == '\\' && i + 1 < s_.size() && (s_[i + 1] == '\'' || s_[i + 1] == '"')) {
        text += s_[i + 1];
        i += 2;
        continue;
      }
      if (ch == q) break;
      if (ch == other) {
        fail(i, std::string("unexpected ") + other + " inside the string opened at column " +
                    std::to_string(col(start)) + " (write \\" + other + " to include it)");
        return kNoNode;
      }
      text += ch;
      ++i;
    }
    pos_ = i + 1;
    return literal(Value(std::move(text)), LiteralKind::String, start);
  }

  std::uint32_t reference(size_t start) {
    size_t i = pos_ + 1;
    while (i < s_.size() && s_[i] != '}' && s_[i] != '{') ++i;
    if (i >= s_.size() || s_[i] == '{') {
      fail(i, "expected '}' to close '{' opened at column " + std::to_string(col(start)) + " but found " + found(i));
      return kNoNode;
    }
    if (i == pos_ + 1) {
      fail(start, "empty reference: expected a name between '{' and '}'");
      return kNoNode;
    }
    std::string_view text = s_.substr(pos_ + 1, i - pos_ - 1);
    pos_ = i + 1;
    // survey-core reads an unknown "{"key": value}" as a JSON object literal.
    size_t colon = text.find(':');
    if (colon != std::string_view::npos && colon >= 1) {
      std::string json_text = "{" + std::string(text) + "}";
      nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
      if (!j.is_discarded() && j.is_object()) return literal(from_json(j), LiteralKind::Object, start);
    }
    l_.references.push_back(parse_reference(text));
    Node n;
    n.kind = NodeKind::Reference;
    n.offset = static_cast<std::uint32_t>(start);
    n.a = static_cast<std::uint32_t>(l_.references.size() - 1);
    return add(n);
  }

  void trailing() {
    char c = peek();
    if (c == ')') return fail(pos_, "unexpected ')': there is no '(' for it to close");
    if (c == ']') return fail(pos_, "unexpected ']': there is no '[' for it to close");
    if (c == ',') return fail(pos_, "unexpected ',' outside a function call or array");
    if (c == '(') {
      size_t k = pos_;
      while (k > 0 && is_ws(s_[k - 1])) --k;
      if (k < pos_ && k > 0 && (is_letter(s_[k - 1]) || is_digit(s_[k - 1])))
        return fail(pos_, "expected an operator or the end of the expression but found '(': write a function call "
                          "without a space before '('");
    }
    fail(pos_, "expected an operator or the end of the expression but found " + found(pos_));
  }
};

}  // namespace

ParseResult parse(std::string_view text, const ParseLimits& limits, ParseLists& lists) {
  ParseResult result;
  result.expression.source = std::string(text.substr(0, limits.max_length + 1));
  lists.clear();
  Parser parser(text, limits, result.expression, lists);
  result.error = parser.run();
  if (result.error) {
    Expression empty;
    empty.source = std::string(text.substr(0, limits.max_length + 1));
    result.expression = std::move(empty);
    lists.clear();
  } else {
    result.expression.pack(lists);
  }
  return result;
}

ParseResult parse(std::string_view text, const ParseLimits& limits) {
  ParseLists lists;
  return parse(text, limits, lists);
}

}  // namespace sw::expr
