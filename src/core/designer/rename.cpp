// rename.cpp — rewriting the references to a renamed name (see rename.h).
#include "core/designer/rename.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/designer/condition_dependencies.h"
#include "core/expr/js.h"

namespace sw::designer {

using questionnaire::Question;
using questionnaire::Questionnaire;

namespace {

bool same(std::string_view a, std::string_view b) { return expr::js::to_lower(a) == expr::js::to_lower(b); }
// As `=` compares a choice value (and as AnswerName::find_choice matches one): case and outer spaces ignored.
bool same_value(std::string_view a, std::string_view b) {
  return expr::js::to_lower(expr::js::trim(a)) == expr::js::to_lower(expr::js::trim(b));
}

// A value written between quotes: both quote characters escaped, so it reads back the same in '...' or "...".
std::string quoted_text(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\'' || c == '"') out += '\\';
    out += c;
  }
  return out;
}

// "question gslb_sites" from a place (its describe() without the property).
std::string owner_of(const Place& p) {
  switch (p.kind) {
    case Place::Kind::Questionnaire: return "the questionnaire";
    case Place::Kind::Section: return "section " + p.id;
    case Place::Kind::Question: return "question " + p.id;
    case Place::Kind::Field: return "field " + p.group + "." + p.id;
    case Place::Kind::Calculated: return "calculated " + p.id;
  }
  return p.id;
}

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty() && path.front() == '/') {
    path.remove_prefix(1);
    const std::size_t slash = path.find('/');
    out.push_back(path.substr(0, slash));
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  return out;
}

std::optional<std::size_t> index_of(std::string_view token) {
  if (token.empty() || token.size() > 9) return std::nullopt;
  std::size_t n = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  return n;
}

std::string* condition_text(questionnaire::Conditions& c, std::string_view name) {
  auto& slot = name == "visible_if" ? c.visible_if : name == "enable_if" ? c.enable_if : c.required_if;
  if (name != "visible_if" && name != "enable_if" && name != "required_if") return nullptr;
  return slot ? &slot->text : nullptr;
}

template <typename T>
T* at_index(std::vector<T>& list, std::string_view token) {
  const auto i = index_of(token);
  return i && *i < list.size() ? &list[*i] : nullptr;
}

std::string* question_text(Question& qn, const std::vector<std::string_view>& t, std::size_t i) {
  if (i + 1 == t.size()) {
    if (t[i] == "label") return &qn.label;
    if (t[i] == "help") return &qn.help;
    if (t[i] == "entry_label") return &qn.entry_label;
    return condition_text(qn.conditions, t[i]);
  }
  if (i + 3 == t.size() && t[i] == "validators" && t[i + 2] == "expression")
    if (auto* v = at_index(qn.validators, t[i + 1])) return &v->expression.text;
  if (i + 3 == t.size() && t[i] == "choices")
    if (auto* c = at_index(qn.choices, t[i + 1])) return condition_text(c->conditions, t[i + 2]);
  if (i + 2 < t.size() && t[i] == "fields")
    if (auto* f = at_index(qn.fields, t[i + 1])) return question_text(*f, t, i + 2);
  return nullptr;
}

// The question or field whose choice is renamed.
Question* choice_owner(Questionnaire& q, const RenameTarget& t) {
  for (auto& s : q.sections)
    for (auto& qn : s.questions) {
      if (!same(qn.id, t.id)) continue;
      if (t.field.empty()) return &qn;
      for (auto& f : qn.fields)
        if (same(f.id, t.field)) return &f;
    }
  return nullptr;
}

struct Replacement {
  std::uint32_t offset, length;
  std::string text;
};

}  // namespace

std::string* text_at(Questionnaire& q, std::string_view json_path) {
  const auto t = split_path(json_path);
  if (t.size() == 1) {
    if (t[0] == "title") return &q.title;
    if (t[0] == "intro") return &q.intro;
    if (t[0] == "outro") return &q.outro;
    return nullptr;
  }
  if (t.size() == 3 && t[0] == "calculated") {
    auto* c = at_index(q.calculated, t[1]);
    if (!c) return nullptr;
    if (t[2] == "expression") return &c->expression.text;
    if (t[2] == "label") return &c->label;
    return nullptr;
  }
  if (t.size() >= 3 && t[0] == "sections") {
    auto* s = at_index(q.sections, t[1]);
    if (!s) return nullptr;
    if (t.size() == 3) {
      if (t[2] == "title") return &s->title;
      if (t[2] == "description") return &s->description;
      return condition_text(s->conditions, t[2]);
    }
    if (t[2] == "questions" && t.size() >= 5)
      if (auto* qn = at_index(s->questions, t[3])) return question_text(*qn, t, 4);
  }
  return nullptr;
}

RenameReport rewrite_references(Questionnaire& q, const RenameTarget& target, std::string_view new_name) {
  RenameReport report;
  const NameSpan::Kind wanted = target.choice_value     ? NameSpan::Kind::Value
                                : target.field.empty() ? NameSpan::Kind::Target
                                                        : NameSpan::Kind::Field;
  const std::string replacement = target.choice_value ? quoted_text(new_name) : std::string(new_name);
  // By place, in questionnaire order (the uses of one place are contiguous).
  std::vector<std::pair<AnswerUse, std::vector<Replacement>>> places;
  for (const AnswerUse& use : answer_uses(q)) {
    if (!same(use.target, target.id)) continue;
    // Renaming a group's id also renames it in {g[0].f}; renaming a field or a choice needs that exact field.
    if ((!target.field.empty() || target.choice_value) && !same(use.field, target.field)) continue;
    if (places.empty() || places.back().first.place.json_path != use.place.json_path) places.push_back({use, {}});
    auto& [first, replacements] = places.back();
    first.exact = first.exact && use.exact;
    for (const NameSpan& span : use.spans) {
      if (span.kind != wanted || (target.choice_value && !same_value(span.value, target.value))) continue;
      const bool seen = std::any_of(replacements.begin(), replacements.end(),
                                    [&](const Replacement& r) { return r.offset == span.offset; });
      if (!seen) replacements.push_back({span.offset, span.length, replacement});
    }
  }
  auto add_owner = [&](const std::string& owner) {
    if (std::find(report.owners.begin(), report.owners.end(), owner) == report.owners.end()) report.owners.push_back(owner);
  };
  for (auto& [use, replacements] : places) {
    // A place not fully understood: an expression that does not parse. For a choice value, only when the old
    // value appears in it at all.
    if (!use.exact && (!target.choice_value || use.place.text.find(target.value) != std::string::npos))
      report.left.push_back(use.place.describe());
    if (replacements.empty()) continue;
    std::string* text = text_at(q, use.place.json_path);
    if (!text) continue;
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement& a, const Replacement& b) { return a.offset > b.offset; });
    for (const Replacement& r : replacements) {
      if (r.offset + r.length > text->size()) continue;
      text->replace(r.offset, r.length, r.text);  // from the end, so earlier offsets stay valid
      ++report.references;
    }
    add_owner(owner_of(use.place));
  }
  if (target.choice_value) {  // the default answer names choice values too
    if (Question* owner = choice_owner(q, target)) {
      bool changed = false;
      auto swap_value = [&](nlohmann::json& v) {
        if (v.is_string() && v.get<std::string>() == target.value) v = std::string(new_name), changed = true;
      };
      if (owner->default_value.is_array())
        for (auto& v : owner->default_value) swap_value(v);
      else
        swap_value(owner->default_value);
      if (changed) {
        ++report.references;
        add_owner(target.field.empty() ? "question " + owner->id : "field " + target.id + "." + owner->id);
      }
    }
  }
  return report;
}

std::string RenameReport::message(std::string_view what, std::string_view from, std::string_view to) const {
  std::string out = "Renamed " + std::string(what) + " " + std::string(from) + " to " + std::string(to);
  if (references == 0) {
    out += " (nothing referred to it).";
  } else {
    // "in 2 questions and 1 calculated value"
    std::map<std::string, std::size_t> count;
    std::vector<std::string> order;
    for (const auto& o : owners) {
      const std::string kind = o.substr(0, o.find(' '));
      if (count[kind]++ == 0) order.push_back(kind);
    }
    auto noun = [](const std::string& kind, std::size_t n) {
      if (kind == "the") return std::string("the questionnaire");  // its title, intro or outro
      const std::string one = kind == "calculated" ? "calculated value" : kind;
      return std::to_string(n) + " " + one + (n == 1 ? "" : "s");
    };
    out += ": " + std::to_string(references) + (references == 1 ? " reference" : " references") + " updated in ";
    for (std::size_t i = 0; i < order.size(); ++i)
      out += (i == 0 ? "" : i + 1 == order.size() ? " and " : ", ") + noun(order[i], count[order[i]]);
    out += ".";
  }
  if (!left.empty()) {
    out += " Left as written because the expression does not parse (fix it, then the name): ";
    for (std::size_t i = 0; i < left.size(); ++i) out += (i ? "; " : "") + left[i];
    out += ".";
  }
  return out;
}

}  // namespace sw::designer
