// condition_completion.cpp — finds where the cursor is (reference, string, after an operand, before one) and
// lists what fits there.
#include "core/designer/condition_completion.h"

#include <algorithm>
#include <optional>

#include "core/expr/functions.h"
#include "core/expr/js.h"
#include "core/expr/reference.h"
#include "core/json/utf8.h"

namespace sw::designer {
namespace {

bool is_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ref_char(char c) { return is_ident(c) || c == '.' || c == '[' || c == ']' || c == '-' || c == '#'; }
std::string lower(std::string_view s) { return expr::js::to_lower(s); }

std::size_t skip_ws_back(std::string_view t, std::size_t p) {
  while (p > 0 && is_ws(t[p - 1])) --p;
  return p;
}

// Case-insensitive "text[at...] starts with prefix" where prefix is already lower-case (ASCII letters fold;
// other bytes compare as they are). Allocation-free: it runs for every name on every frame.
bool starts_with_at(std::string_view text, std::size_t at, std::string_view lower_prefix) {
  if (text.size() - at < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    char c = text[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower_prefix[i]) return false;
  }
  return true;
}

// 0: the id/value starts with the (lower-case) prefix; 1: a word of the label does; -1: no match.
int rank(std::string_view p, std::string_view id, std::string_view label) {
  if (p.empty() || starts_with_at(id, 0, p)) return 0;
  for (std::size_t i = 0; i < label.size(); ++i) {
    const bool word_start = i == 0 || !(is_ident(label[i - 1]) || static_cast<unsigned char>(label[i - 1]) >= 0x80);
    if (word_start && starts_with_at(label, i, p)) return 1;
  }
  return -1;
}

struct Ranked {
  int rank;
  Completion item;
};

class Completer {
 public:
  Completer(std::string_view text, std::size_t cursor, const ConditionContext& ctx) : t_(text), ctx_(ctx) {
    cursor_ = std::min(cursor, text.size());
    while (cursor_ > 0 && cursor_ < t_.size() && !json::starts_char(static_cast<unsigned char>(t_[cursor_]))) --cursor_;
  }

  Completions run() {
    // Lexical state at the cursor: inside a string, inside braces, or plain.
    std::optional<std::size_t> string_start, brace_start;
    for (std::size_t i = 0; i < cursor_; ++i) {
      const char c = t_[i];
      if (string_start) {
        if (c == '\\' && i + 1 < cursor_) ++i;
        else if (c == t_[*string_start]) string_start.reset();
      } else if (brace_start) {
        if (c == '}') brace_start.reset();
        else if (c == '{') brace_start = i;
      } else if (c == '\'' || c == '"') {
        string_start = i;
      } else if (c == '{') {
        brace_start = i;
      }
    }
    if (brace_start) in_reference(*brace_start);
    else if (string_start) in_string(*string_start);
    else plain();
    // Drop candidates that would change nothing, then order by rank (stable: context order within a rank).
    const std::string_view current = t_.substr(out_.begin, out_.end - out_.begin);
    std::stable_sort(ranked_.begin(), ranked_.end(), [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    for (auto& r : ranked_)
      if (r.item.insert != current) out_.items.push_back(std::move(r.item));
    out_.prefix = std::string(t_.substr(out_.begin, cursor_ - out_.begin));
    return std::move(out_);
  }

 private:
  std::string_view t_;
  const ConditionContext& ctx_;
  std::size_t cursor_ = 0;
  Completions out_;
  std::vector<Ranked> ranked_;

  void add(int r, CompletionKind kind, std::string shown, std::string detail, std::string insert,
           std::size_t cursor = std::string::npos) {
    if (r < 0) return;
    const std::size_t at = cursor == std::string::npos ? insert.size() : cursor;
    ranked_.push_back(Ranked{r, Completion{kind, std::move(shown), std::move(detail), std::move(insert), at}});
  }

  static std::string detail_of(const AnswerName& n) {
    return n.label.empty() ? n.type_text() : n.label + " · " + n.type_text();
  }
  static CompletionKind kind_of(const AnswerName& n) {
    if (n.kind == AnswerName::Kind::Calculated) return CompletionKind::Calculated;
    if (n.kind == AnswerName::Kind::Field) return CompletionKind::Field;
    return CompletionKind::Question;
  }

  // `{pre|...}`: ids (or `entry.` fields in a repeat group, or a group entry's fields after `group[0].`).
  void in_reference(std::size_t brace) {
    std::size_t begin = brace + 1;
    if (begin < t_.size() && t_[begin] == '#') ++begin;
    std::size_t end = cursor_;
    while (end < t_.size() && is_ref_char(t_[end])) ++end;
    const bool closed = end < t_.size() && t_[end] == '}';
    const std::string typed = lower(t_.substr(begin, cursor_ - begin));
    const std::size_t dot = typed.rfind('.');
    out_.begin = begin;
    out_.end = closed ? end + 1 : end;
    if (dot != std::string_view::npos) {
      const std::string_view head = t_.substr(begin, dot);  // as written (the insert keeps its case)
      const std::string_view part = std::string_view(typed).substr(dot + 1);
      const AnswerName* group = nullptr;
      if (lower(head) == "entry") group = ctx_.entry_group();
      else {
        const expr::Reference r = expr::parse_reference(head);
        const AnswerName* root = ctx_.find(r.root());
        if (root && root->is_group() && r.segments.size() == 2 && r.segments[1].is_index()) group = root;
      }
      if (!group) {  // a dotted name such as "platform.other"
        for (const auto& n : ctx_.names())
          add(rank(typed, n.id, "") == 0 && !typed.empty() ? 0 : -1, kind_of(n), n.id, detail_of(n), n.id + "}");
        return;
      }
      for (const auto& f : group->fields)
        add(rank(part, f.id, f.label), CompletionKind::Field, std::string(head) + "." + f.id, detail_of(f),
            std::string(head) + "." + f.id + "}");
      return;
    }
    if (const AnswerName* group = in_array_group_at(brace)) add_fields(*group, typed, "", "}");
    if (const AnswerName* group = ctx_.entry_group()) add_fields(*group, typed, "entry.", "}");
    for (const auto& n : ctx_.names())
      if (const int r = rank(typed, n.id, n.label); r >= 0) add(r, kind_of(n), n.id, detail_of(n), n.id + "}");
  }

  void add_fields(const AnswerName& group, std::string_view typed, const std::string& head, const std::string& tail) {
    for (const auto& f : group.fields) {
      const std::string name = head + f.id;
      add(rank(typed, name, f.label) == 0 ? 0 : rank(typed, f.id, f.label), CompletionKind::Field, name,
          detail_of(f) + " (" + group.id + ")", name + tail);
    }
  }

  // The repeat group of a `sumInArray({group}, 'field', <here>)` call that the position is an argument of.
  const AnswerName* in_array_group_at(std::size_t pos) const {
    int depth = 0;
    for (std::size_t p = pos; p > 0; --p) {
      const char c = t_[p - 1];
      if (c == ')') ++depth;
      else if (c == '(' && depth > 0) --depth;
      else if (c == '(') {
        std::size_t w = p - 1;
        while (w > 0 && is_ident(t_[w - 1])) --w;
        const std::string_view name = t_.substr(w, p - 1 - w);
        if (name.size() < 7 || name.substr(name.size() - 7) != "InArray") return nullptr;
        std::size_t open = p;
        while (open < t_.size() && is_ws(t_[open])) ++open;
        if (open >= t_.size() || t_[open] != '{') return nullptr;
        const std::size_t close = t_.find('}', open);
        if (close == std::string_view::npos || close >= pos) return nullptr;
        const AnswerName* g = ctx_.find(t_.substr(open + 1, close - open - 1));
        return g && g->is_group() ? g : nullptr;
      }
    }
    return nullptr;
  }

  // The question compared with what follows position p: `{q} = `, `{q} anyof [..., `; nullptr if none.
  const AnswerName* comparison_subject(std::size_t p) const {
    p = skip_ws_back(t_, p);
    if (p > 0 && (t_[p - 1] == ',' || t_[p - 1] == '[')) {  // inside an array literal: go back to its '['
      while (p > 0 && t_[p - 1] != '[') --p;
      if (p == 0) return nullptr;
      p = skip_ws_back(t_, p - 1);
    }
    static const char* const kOps[] = {"==", "!=", "<>", "*=", "=", "notequals", "notequal", "equals", "equal",
                                       "notcontains", "notcontain", "contains", "contain", "anyof", "allof", "noneof"};
    bool found = false;
    for (const char* op : kOps) {
      const std::string_view o(op);
      if (p < o.size() || lower(t_.substr(p - o.size(), o.size())) != o) continue;
      if (is_ident(o[0]) && p > o.size() && is_ident(t_[p - o.size() - 1])) continue;  // part of a longer word
      p -= o.size();
      found = true;
      break;
    }
    if (!found) return nullptr;
    p = skip_ws_back(t_, p);
    if (p == 0 || t_[p - 1] != '}') return nullptr;
    const std::size_t open = t_.rfind('{', p - 1);
    if (open == std::string_view::npos) return nullptr;
    std::string_view inner = t_.substr(open + 1, p - 2 - open);
    if (!inner.empty() && inner[0] == '#') inner.remove_prefix(1);
    return ctx_.resolve(expr::parse_reference(inner), in_array_group_at(open));
  }

  // `'pre|...'`: choice values after a comparison with a choice question, or a group's field names as the
  // second argument of an *InArray function.
  void in_string(std::size_t start) {
    const char q = t_[start];
    std::size_t end = cursor_;
    while (end < t_.size() && t_[end] != q && !is_ws(t_[end])) ++end;
    const bool closed = end < t_.size() && t_[end] == q;
    out_.begin = start + 1;
    out_.end = closed ? end + 1 : end;
    const std::string typed = lower(t_.substr(start + 1, cursor_ - start - 1));
    const std::string tail(1, q);
    if (const AnswerName* subject = comparison_subject(start)) {
      for (const auto& c : subject->choices)
        add(rank(typed, c.value, c.label), CompletionKind::ChoiceValue, c.value, c.label, c.value + tail);
      return;
    }
    std::size_t p = skip_ws_back(t_, start);
    if (p > 0 && t_[p - 1] == ',') {
      p = skip_ws_back(t_, p - 1);
      if (p > 0 && t_[p - 1] == '}')
        if (const AnswerName* group = in_array_group_at(start)) add_fields(*group, typed, "", tail);
    }
  }

  // Outside strings and references: an operator after an operand, else an operand.
  void plain() {
    std::size_t begin = cursor_;
    while (begin > 0 && is_ident(t_[begin - 1])) --begin;
    std::size_t end = cursor_;
    while (end < t_.size() && is_ident(t_[end])) ++end;
    out_.begin = begin;
    out_.end = end;
    const std::string typed = lower(t_.substr(begin, cursor_ - begin));
    if (!typed.empty() && typed[0] >= '0' && typed[0] <= '9') return;  // a number is being typed
    const std::size_t p = skip_ws_back(t_, begin);
    if (after_operand(p)) return operators(typed, p);
    operands(typed, p);
  }

  bool after_operand(std::size_t p) const {
    if (p == 0) return false;
    const char c = t_[p - 1];
    if (c == '}' || c == ')' || c == ']' || c == '\'' || c == '"' || (c >= '0' && c <= '9')) return true;
    if (!is_ident(c)) return false;
    std::size_t w = p;
    while (w > 0 && is_ident(t_[w - 1])) --w;
    static const char* const kOperatorWords[] = {
        "and", "or", "not", "negate", "contains", "contain", "notcontains", "notcontain", "anyof", "allof", "noneof",
        "equal", "equals", "notequal", "notequals", "less", "greater", "lessorequal", "greaterorequal", "power"};
    const std::string word = lower(t_.substr(w, p - w));
    for (const char* op : kOperatorWords)
      if (word == op) return false;
    return true;
  }

  void operators(std::string_view typed, std::size_t p) {
    struct Op {
      const char* text;
      const char* detail;
    };
    static const Op kOps[] = {
        {"and", "both are true"},
        {"or", "either is true"},
        {"=", "is (text ignores case)"},
        {"!=", "is not"},
        {">", "more than"},
        {">=", "at least"},
        {"<", "less than"},
        {"<=", "at most"},
        {"contains", "text contains / list includes"},
        {"notcontains", "does not contain / include"},
        {"anyof", "includes any of [list]"},
        {"allof", "includes all of [list]"},
        {"noneof", "includes none of [list]"},
        {"notempty", "is answered"},
        {"empty", "is not answered"},
        {"+", "plus"},
        {"-", "minus"},
        {"*", "times"},
        {"/", "divided by"},
    };
    // Keep one space between the operand and the operator, and one after it.
    const bool space_before = out_.begin == p && p > 0;
    const bool space_after = !(out_.end < t_.size() && is_ws(t_[out_.end]));
    for (const auto& op : kOps) {
      const bool word = is_ident(op.text[0]);
      if (!typed.empty() && (!word || lower(op.text).rfind(lower(typed), 0) != 0)) continue;
      std::string insert = std::string(space_before ? " " : "") + op.text + (space_after ? " " : "");
      add(0, word ? CompletionKind::Keyword : CompletionKind::Operator, op.text, op.detail, insert);
    }
  }

  void operands(std::string_view typed, std::size_t p) {
    if (const AnswerName* subject = comparison_subject(p)) {
      if (subject->type == questionnaire::QuestionType::YesNo) {
        add(rank(typed, "true", subject->yes_label), CompletionKind::ChoiceValue, "true", subject->yes_label, "true");
        add(rank(typed, "false", subject->no_label), CompletionKind::ChoiceValue, "false", subject->no_label, "false");
      }
      for (const auto& c : subject->choices)
        add(rank(typed, c.value, c.label), CompletionKind::ChoiceValue, "'" + c.value + "'", c.label,
            "'" + c.value + "'");
    }
    if (const AnswerName* group = ctx_.entry_group())
      for (const auto& f : group->fields)
        add(rank(typed, f.id, f.label) == 0 ? 0 : rank(typed, "entry." + f.id, f.label), CompletionKind::Field,
            "{entry." + f.id + "}", detail_of(f) + " (this entry)", "{entry." + f.id + "}");
    for (const auto& n : ctx_.names())
      if (const int r = rank(typed, n.id, n.label); r >= 0) add(r, kind_of(n), "{" + n.id + "}", detail_of(n), "{" + n.id + "}");
    for (const auto& f : expr::all_functions()) {
      if (rank(typed, f.name, "") < 0) continue;
      std::string insert = std::string(f.name) + "()";
      add(rank(typed, f.name, ""), CompletionKind::Function, f.name, f.usage, insert,
          f.max_args == 0 ? insert.size() : insert.size() - 1);
    }
    for (const char* k : {"true", "false", "null"})
      if (!typed.empty()) add(rank(typed, k, ""), CompletionKind::Keyword, k, "", k);
  }
};

}  // namespace

Completions complete(std::string_view text, std::size_t cursor, const ConditionContext& ctx) {
  return Completer(text, cursor, ctx).run();
}

AppliedCompletion apply_completion(std::string_view text, const Completions& c, std::size_t index) {
  AppliedCompletion out;
  if (index >= c.items.size() || c.begin > c.end || c.end > text.size()) {
    out.text = std::string(text);
    out.cursor = std::min(c.end, text.size());
    return out;
  }
  const Completion& item = c.items[index];
  out.text = std::string(text.substr(0, c.begin)) + item.insert + std::string(text.substr(c.end));
  out.cursor = c.begin + std::min(item.cursor, item.insert.size());
  return out;
}

}  // namespace sw::designer
