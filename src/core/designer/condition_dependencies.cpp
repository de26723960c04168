// condition_dependencies.cpp — collects the answer uses of every expression and piped text.
#include "core/designer/condition_dependencies.h"

#include <algorithm>
#include <optional>

#include "core/designer/condition_context.h"
#include "core/expr/js.h"
#include "core/expr/parser.h"

namespace sw::designer {
namespace {

using expr::NodeKind;
using questionnaire::Conditions;
using questionnaire::Question;

bool same(std::string_view a, std::string_view b) { return expr::js::to_lower(a) == expr::js::to_lower(b); }

class Collector {
 public:
  explicit Collector(const questionnaire::Questionnaire& q) : q_(q), ctx_(ConditionContext::from(q)) {}

  std::vector<AnswerUse> run() {
    text_place({Place::Kind::Questionnaire, "", "", "title", "/title"}, q_.title);
    text_place({Place::Kind::Questionnaire, "", "", "intro", "/intro"}, q_.intro);
    for (std::size_t si = 0; si < q_.sections.size(); ++si) {
      const auto& s = q_.sections[si];
      const std::string path = "/sections/" + std::to_string(si);
      const Place base{Place::Kind::Section, s.id, "", "", path};
      text_place(with(base, "title"), s.title);
      text_place(with(base, "description"), s.description);
      conditions(base, "", s.conditions);
      for (std::size_t qi = 0; qi < s.questions.size(); ++qi)
        question(s.questions[qi], path + "/questions/" + std::to_string(qi), nullptr);
    }
    for (std::size_t ci = 0; ci < q_.calculated.size(); ++ci) {
      const auto& c = q_.calculated[ci];
      const Place base{Place::Kind::Calculated, c.id, "", "", "/calculated/" + std::to_string(ci)};
      expression_place(with(base, "expression"), c.expression.text, nullptr);
      text_place(with(base, "label"), c.label);
    }
    text_place({Place::Kind::Questionnaire, "", "", "outro", "/outro"}, q_.outro);
    return std::move(out_);
  }

 private:
  const questionnaire::Questionnaire& q_;
  ConditionContext ctx_;
  std::vector<AnswerUse> out_;

  static Place with(Place p, const std::string& property) {
    p.property = property;
    p.json_path += "/" + property;
    return p;
  }

  void question(const Question& qn, const std::string& path, const AnswerName* group) {
    const Place base = group ? Place{Place::Kind::Field, qn.id, group->id, "", path}
                             : Place{Place::Kind::Question, qn.id, "", "", path};
    text_place(with(base, "label"), qn.label, group);
    text_place(with(base, "help"), qn.help, group);
    conditions(base, "", qn.conditions, group);
    for (std::size_t i = 0; i < qn.validators.size(); ++i)
      expression_place(with(base, "validators/" + std::to_string(i) + "/expression"), qn.validators[i].expression.text,
                       group);
    for (std::size_t i = 0; i < qn.choices.size(); ++i)
      conditions(base, "choices/" + std::to_string(i) + "/", qn.choices[i].conditions, group);
    if (qn.type != questionnaire::QuestionType::Repeat) return;
    const AnswerName* self = ctx_.find(qn.id);
    text_place(with(base, "entry_label"), qn.entry_label, self);
    for (std::size_t i = 0; i < qn.fields.size(); ++i)
      question(qn.fields[i], path + "/fields/" + std::to_string(i), self);
  }

  void conditions(const Place& base, const std::string& prefix, const Conditions& c, const AnswerName* group = nullptr) {
    if (c.visible_if) expression_place(with(base, prefix + "visible_if"), c.visible_if->text, group);
    if (c.enable_if) expression_place(with(base, prefix + "enable_if"), c.enable_if->text, group);
    if (c.required_if) expression_place(with(base, prefix + "required_if"), c.required_if->text, group);
  }

  // The expression a walk is in: its text starts at byte `base` of the place's text; `exact` is false inside a
  // string literal whose escapes make its value differ from what is written (positions then cannot be mapped).
  struct Source {
    const expr::Expression& e;
    std::uint32_t base = 0;
    bool exact = true;
  };

  // What a reference names: a top-level question/calculated value and maybe one of its group's fields, with the
  // segments that spell them (-1: not written in this reference, e.g. the group of {entry.f}).
  struct Resolved {
    std::string target, field;
    int target_segment = -1, field_segment = -1;
  };

  void add(const Place& place, const std::string& target, const std::string& field, std::vector<NameSpan> spans,
           bool exact) {
    // The uses of one place are contiguous: look back only over them.
    for (auto it = out_.rbegin(); it != out_.rend() && it->place.json_path == place.json_path; ++it) {
      if (it->target != target || it->field != field) continue;
      it->spans.insert(it->spans.end(), spans.begin(), spans.end());
      it->exact = it->exact && exact;
      return;
    }
    out_.push_back(AnswerUse{place, target, field, std::move(spans), exact});
  }

  // Resolves a reference to (question, field); `entry`: the repeat group of {entry.f}; `in_array`: the group
  // whose fields plain {f} names inside an *InArray condition.
  std::optional<Resolved> resolve(const expr::Reference& r, const AnswerName* entry, const AnswerName* in_array) const {
    const auto& segs = r.segments;
    if (in_array && segs.size() == 1)
      if (const AnswerName* f = ctx_.find_field(*in_array, r.root())) return Resolved{in_array->id, f->id, -1, 0};
    if (entry && segs.size() >= 2 && segs[1].is_name() && same(r.root(), "entry")) {
      if (const AnswerName* f = ctx_.find_field(*entry, segs[1].name)) return Resolved{entry->id, f->id, -1, 1};
      return std::nullopt;
    }
    if (const AnswerName* whole = ctx_.find(r.text); whole && whole->kind == AnswerName::Kind::OtherText)
      return Resolved{whole->id.substr(0, whole->id.size() - questionnaire::kOtherSuffix.size()), "", 0, -1};
    const AnswerName* root = ctx_.find(r.root());
    if (!root) return std::nullopt;
    if (root->is_group() && segs.size() >= 3 && segs[1].is_index() && segs[2].is_name())
      if (const AnswerName* f = ctx_.find_field(*root, segs[2].name)) return Resolved{root->id, f->id, 0, 2};
    return Resolved{root->id, "", 0, -1};
  }

  // A reference whose text (between the braces, after any '#') starts at byte `base` of the place's text.
  void reference(const Place& place, const expr::Reference& r, std::uint32_t base, bool exact, const AnswerName* entry,
                 const AnswerName* in_array) {
    const auto found = resolve(r, entry, in_array);
    if (!found) return;
    std::vector<NameSpan> spans;
    auto span = [&](NameSpan::Kind kind, int segment) {
      if (segment < 0 || !exact) return;
      const expr::Segment& seg = r.segments[static_cast<std::size_t>(segment)];
      spans.push_back({kind, base + seg.offset, static_cast<std::uint32_t>(seg.name.size()), ""});
    };
    span(NameSpan::Kind::Target, found->target_segment);
    span(NameSpan::Kind::Field, found->field_segment);
    add(place, found->target, found->field, std::move(spans), exact);
  }

  void text_place(const Place& p, const std::string& text, const AnswerName* entry = nullptr) {
    Place place = p;
    place.text = text;
    place.expression = false;
    scan_braces(place, text, true, entry, entry);  // piped into an entry, plain {f} is the entry's field first
  }

  // `{name}` pieces of a text (how the runner pipes, engine/piping.cpp), or of an expression that does not parse
  // (then `exact` is false: a brace inside a string literal cannot be told apart there).
  void scan_braces(const Place& place, std::string_view text, bool exact, const AnswerName* entry,
                   const AnswerName* fields) {
    std::size_t i = 0;
    while ((i = text.find('{', i)) != std::string_view::npos) {
      const std::size_t close = text.find('}', i + 1);
      if (close == std::string_view::npos) return;
      std::string_view inner = text.substr(i + 1, close - i - 1);
      std::size_t start = i + 1;
      if (!inner.empty() && inner[0] == '#') inner.remove_prefix(1), ++start;
      if (!inner.empty())
        reference(place, expr::parse_reference(inner), static_cast<std::uint32_t>(start), exact, entry, fields);
      i = close + 1;
    }
  }

  void expression_place(const Place& p, const std::string& text, const AnswerName* entry) {
    Place place = p;
    place.text = text;
    auto parsed = expr::parse(text);
    if (!parsed.ok()) return scan_braces(place, text, false, entry, nullptr);
    walk_expression(place, {parsed.expression, 0, true}, parsed.expression.root, entry, nullptr);
  }

  void walk_expression(const Place& place, const Source& src, std::uint32_t n, const AnswerName* entry,
                       const AnswerName* in_array) {
    if (n == expr::kNoNode) return;
    const expr::Expression& e = src.e;
    const expr::Node& node = e.nodes[n];
    switch (node.kind) {
      case NodeKind::Literal: return;
      case NodeKind::Reference: {
        const expr::Reference& r = e.references[node.a];
        return reference(place, r, src.base + node.offset + 1 + (r.raw ? 1 : 0), src.exact, entry, in_array);
      }
      case NodeKind::Unary: return walk_expression(place, src, node.a, entry, in_array);
      case NodeKind::Array:
        for (std::uint32_t i = 0; i < node.b; ++i) walk_expression(place, src, e.items[node.a + i], entry, in_array);
        return;
      case NodeKind::Chain:
        walk_expression(place, src, node.a, entry, in_array);
        for (std::uint32_t i = 0; i < node.c; ++i) {
          const expr::Link& link = e.links[node.b + i];
          walk_expression(place, src, link.node, entry, in_array);
          compared_values(place, src, i == 0 ? node.a : e.links[node.b + i - 1].node, link, entry, in_array);
        }
        return;
      case NodeKind::Call: return call(place, src, e.calls[node.a], entry, in_array);
    }
  }

  // The text of a string literal node as written between its quotes (the node spans the quotes too).
  static std::string_view written(const expr::Expression& e, const expr::Node& literal) {
    return std::string_view(e.source).substr(literal.offset + 1, literal.end - literal.offset - 2);
  }

  static bool is_string(const expr::Node& node) {
    return node.kind == NodeKind::Literal && node.literal == expr::LiteralKind::String;
  }

  // `{q} = 'v'`, `'v' != {q}`, `{q} contains 'v'`, `{q} anyof ['v', 'w']`: the values a reference is compared with
  // directly, recorded on its use so renaming a choice value can rewrite them.
  void compared_values(const Place& place, const Source& src, std::uint32_t left, const expr::Link& link,
                       const AnswerName* entry, const AnswerName* in_array) {
    using expr::Op;
    const Op op = link.op;
    if (op != Op::Equal && op != Op::NotEqual && op != Op::Contains && op != Op::NotContains && op != Op::AnyOf &&
        op != Op::AllOf && op != Op::NoneOf)
      return;
    const expr::Expression& e = src.e;
    std::uint32_t ref = left, other = link.node;
    if (e.nodes[ref].kind != NodeKind::Reference) std::swap(ref, other);
    if (e.nodes[ref].kind != NodeKind::Reference || !src.exact) return;
    const auto found = resolve(e.references[e.nodes[ref].a], entry, in_array);
    if (!found) return;
    std::vector<NameSpan> spans;
    auto value = [&](const expr::Node& lit) {
      if (!is_string(lit) || lit.end < lit.offset + 2) return;
      spans.push_back({NameSpan::Kind::Value, src.base + lit.offset + 1, lit.end - lit.offset - 2,
                       e.constants[lit.a].as_string()});
    };
    const expr::Node& o = e.nodes[other];
    if (o.kind == NodeKind::Array)
      for (std::uint32_t i = 0; i < o.b; ++i) value(e.nodes[e.items[o.a + i]]);
    else
      value(o);
    if (!spans.empty()) add(place, found->target, found->field, std::move(spans), true);
  }

  void call(const Place& place, const Source& src, const expr::Call& c, const AnswerName* entry,
            const AnswerName* in_array) {
    const expr::Expression& e = src.e;
    const bool array_fn = c.name.size() > 7 && c.name.compare(c.name.size() - 7, 7, "InArray") == 0;
    const AnswerName* group = nullptr;
    if (array_fn && c.arg_count > 0) {
      const expr::Node& first = e.nodes[e.items[c.first_arg]];
      if (first.kind == NodeKind::Reference) {
        const AnswerName* g = ctx_.find(e.references[first.a].text);
        if (g && g->is_group()) group = g;
      }
    }
    for (std::uint32_t i = 0; i < c.arg_count; ++i) {
      const std::uint32_t arg = e.items[c.first_arg + i];
      const expr::Node& node = e.nodes[arg];
      if (group && i >= 1 && is_string(node)) {
        const std::string& s = e.constants[node.a].as_string();
        // Positions inside the literal map to the source only when it is written as its value (no escapes).
        const bool as_written = src.exact && written(e, node) == s;
        const std::uint32_t inner = src.base + node.offset + 1;
        if (const AnswerName* f = ctx_.find_field(*group, s)) {
          // 'field' (or a return field) of sumInArray({g}, 'field')
          std::vector<NameSpan> spans;
          if (as_written) spans.push_back({NameSpan::Kind::Field, inner, static_cast<std::uint32_t>(s.size()), ""});
          add(place, group->id, f->id, std::move(spans), as_written);
        } else if (i >= 2) {  // a condition written as text: '{ok} = true'
          auto parsed = expr::parse(s);
          if (parsed.ok())
            walk_expression(place, {parsed.expression, inner, as_written}, parsed.expression.root, entry, group);
        }
        continue;
      }
      walk_expression(place, src, arg, entry, group && i >= 2 ? group : in_array);
    }
  }
};

bool owned_by(const Place& p, std::string_view id, std::string_view field) {
  if (field.empty())
    return ((p.kind == Place::Kind::Question || p.kind == Place::Kind::Calculated) && same(p.id, id)) ||
           (p.kind == Place::Kind::Field && same(p.group, id));
  return p.kind == Place::Kind::Field && same(p.group, id) && same(p.id, field);
}

}  // namespace

std::string Place::describe() const {
  switch (kind) {
    case Kind::Questionnaire: return "questionnaire: " + property;
    case Kind::Section: return "section " + id + ": " + property;
    case Kind::Question: return "question " + id + ": " + property;
    case Kind::Field: return "field " + group + "." + id + ": " + property;
    case Kind::Calculated: return "calculated " + id + ": " + property;
  }
  return property;
}

std::vector<AnswerUse> answer_uses(const questionnaire::Questionnaire& q) { return Collector(q).run(); }

std::vector<AnswerUse> dependents_of(const questionnaire::Questionnaire& q, std::string_view id,
                                     std::string_view field) {
  std::vector<AnswerUse> out;
  for (auto& u : answer_uses(q)) {
    if (!same(u.target, id) || (!field.empty() && !same(u.field, field))) continue;
    // Without a field, a place that reads several fields of a group is listed once.
    if (field.empty() && !out.empty() && out.back().place.json_path == u.place.json_path) continue;
    u.field = field.empty() ? "" : u.field;
    out.push_back(std::move(u));
  }
  return out;
}

std::vector<AnswerUse> dependencies_of(const questionnaire::Questionnaire& q, std::string_view id,
                                       std::string_view field) {
  std::vector<AnswerUse> out;
  for (auto& u : answer_uses(q))
    if (owned_by(u.place, id, field)) out.push_back(std::move(u));
  return out;
}

}  // namespace sw::designer
