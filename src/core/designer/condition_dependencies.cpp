// condition_dependencies.cpp — collects the answer uses of every expression and piped text.
#include "core/designer/condition_dependencies.h"

#include <algorithm>

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

  void add(const Place& place, const std::string& target, const std::string& field) {
    // The uses of one place are contiguous: look back only over them.
    for (auto it = out_.rbegin(); it != out_.rend() && it->place.json_path == place.json_path; ++it)
      if (it->target == target && it->field == field) return;
    out_.push_back(AnswerUse{place, target, field});
  }

  // Resolves a reference to (question, field); `entry`: the repeat group of {entry.f}; `in_array`: the group
  // whose fields plain {f} names inside an *InArray condition.
  void reference(const Place& place, const expr::Reference& r, const AnswerName* entry, const AnswerName* in_array) {
    const auto& segs = r.segments;
    if (in_array && segs.size() == 1)
      if (const AnswerName* f = ctx_.find_field(*in_array, r.root())) return add(place, in_array->id, f->id);
    if (entry && segs.size() >= 2 && segs[1].is_name() && same(r.root(), "entry")) {
      if (const AnswerName* f = ctx_.find_field(*entry, segs[1].name)) add(place, entry->id, f->id);
      return;
    }
    if (const AnswerName* whole = ctx_.find(r.text); whole && whole->kind == AnswerName::Kind::OtherText)
      return add(place, whole->id.substr(0, whole->id.size() - questionnaire::kOtherSuffix.size()), "");
    const AnswerName* root = ctx_.find(r.root());
    if (!root) return;
    if (root->is_group() && segs.size() >= 3 && segs[1].is_index() && segs[2].is_name())
      if (const AnswerName* f = ctx_.find_field(*root, segs[2].name)) return add(place, root->id, f->id);
    add(place, root->id, "");
  }

  void text_place(const Place& p, const std::string& text, const AnswerName* entry = nullptr) {
    Place place = p;
    place.text = text;
    place.expression = false;
    scan_braces(place, text, entry, entry);  // piped into an entry, plain {f} is the entry's field first
  }

  // `{name}` pieces of a text (how the runner pipes), or of an expression that does not parse.
  void scan_braces(const Place& place, std::string_view text, const AnswerName* entry, const AnswerName* fields) {
    std::size_t i = 0;
    while ((i = text.find('{', i)) != std::string_view::npos) {
      const std::size_t close = text.find('}', i + 1);
      if (close == std::string_view::npos) return;
      std::string_view inner = text.substr(i + 1, close - i - 1);
      if (!inner.empty() && inner[0] == '#') inner.remove_prefix(1);
      if (!inner.empty()) reference(place, expr::parse_reference(inner), entry, fields);
      i = close + 1;
    }
  }

  void expression_place(const Place& p, const std::string& text, const AnswerName* entry) {
    Place place = p;
    place.text = text;
    auto parsed = expr::parse(text);
    if (!parsed.ok()) return scan_braces(place, text, entry, nullptr);
    walk_expression(place, parsed.expression, parsed.expression.root, entry, nullptr);
  }

  void walk_expression(const Place& place, const expr::Expression& e, std::uint32_t n, const AnswerName* entry,
                       const AnswerName* in_array) {
    if (n == expr::kNoNode) return;
    const expr::Node& node = e.nodes[n];
    switch (node.kind) {
      case NodeKind::Literal: return;
      case NodeKind::Reference: return reference(place, e.references[node.a], entry, in_array);
      case NodeKind::Unary: return walk_expression(place, e, node.a, entry, in_array);
      case NodeKind::Array:
        for (std::uint32_t i = 0; i < node.b; ++i) walk_expression(place, e, e.items[node.a + i], entry, in_array);
        return;
      case NodeKind::Chain:
        walk_expression(place, e, node.a, entry, in_array);
        for (std::uint32_t i = 0; i < node.c; ++i) walk_expression(place, e, e.links[node.b + i].node, entry, in_array);
        return;
      case NodeKind::Call: return call(place, e, e.calls[node.a], entry, in_array);
    }
  }

  void call(const Place& place, const expr::Expression& e, const expr::Call& c, const AnswerName* entry,
            const AnswerName* in_array) {
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
      const bool text = node.kind == NodeKind::Literal && node.literal == expr::LiteralKind::String;
      if (group && i >= 1 && text) {
        const std::string& s = e.constants[node.a].as_string();
        if (const AnswerName* f = ctx_.find_field(*group, s)) {
          add(place, group->id, f->id);  // 'field' (or a return field) of sumInArray({g}, 'field')
        } else if (i >= 2) {            // a condition written as text: '{ok} = true'
          auto inner = expr::parse(s);
          if (inner.ok()) walk_expression(place, inner.expression, inner.expression.root, entry, group);
        }
        continue;
      }
      walk_expression(place, e, arg, entry, group && i >= 2 ? group : in_array);
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
