// prefill.cpp — answers → engagement fields and records, as a preview of changes and then a command.
#include "core/engagement/prefill.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/engagement/format.h"
#include "core/json/describe.h"
#include "core/json/load.h"
#include "core/json/pointer.h"
#include "core/json/reader.h"
#include "core/questionnaire/text_checks.h"

namespace sw::engagement {
namespace {

using J = nlohmann::json;

std::string as_text(const J& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
  if (v.is_number()) {
    double d = v.get<double>();
    char buf[32];
    if (std::floor(d) == d && std::fabs(d) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", d);
    else std::snprintf(buf, sizeof buf, "%g", d);
    return buf;
  }
  if (v.is_array()) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ", ") + as_text(x);
    return out;
  }
  return "";
}

const J* lookup(const J& primary, const J& fallback, const std::string& name) {
  for (const J* obj : {&primary, &fallback})
    if (obj->is_object()) {
      auto it = obj->find(name);
      if (it != obj->end() && !it->is_null()) return &*it;
    }
  return nullptr;
}

// "{name}" alone keeps the answer's type; otherwise each {name} is replaced by its text. `any` tells
// whether at least one placeholder had a value (records whose placeholders are all empty are skipped).
J render(const std::string& tmpl, const J& entry, const J& answers, bool& any) {
  if (tmpl.size() > 2 && tmpl.front() == '{' && tmpl.back() == '}' && tmpl.find('{', 1) == std::string::npos) {
    const J* v = lookup(entry, answers, tmpl.substr(1, tmpl.size() - 2));
    if (v) any = true;
    return v ? *v : J("");
  }
  std::string out;
  for (std::size_t i = 0; i < tmpl.size();) {
    std::size_t open = tmpl.find('{', i);
    if (open == std::string::npos) {
      out += tmpl.substr(i);
      break;
    }
    std::size_t close = tmpl.find('}', open);
    if (close == std::string::npos) {
      out += tmpl.substr(i);
      break;
    }
    out += tmpl.substr(i, open - i);
    const J* v = lookup(entry, answers, tmpl.substr(open + 1, close - open - 1));
    if (v) {
      any = true;
      out += as_text(*v);
    }
    i = close + 1;
  }
  return out;
}

bool empty_value(const J& v) { return v.is_null() || (v.is_string() && v.get<std::string>().empty()); }

// A field still at its default ("", null, "unknown", false) counts as empty: filling it overwrites nothing.
void field_change(PrefillPreview& p, const std::string& path, const J& current, const J& proposed, const J& fallback) {
  if (empty_value(proposed) || current == proposed) return;
  const bool unset = empty_value(current) || current == fallback;
  PrefillChange c{path, current, proposed, !unset, unset};
  p.changes.push_back(std::move(c));
}

}  // namespace

PrefillMappingLoad load_prefill_mapping(std::string_view text, std::string_view file) {
  PrefillMappingLoad out;
  json::Document doc = json::load(text, file);
  out.diagnostics = doc.diagnostics;
  if (!doc.ok()) return out;
  json::Reporter rep(std::string(file), &doc.source_map, out.diagnostics);
  json::ObjectReader root(doc.value, "", rep);
  if (!root.valid()) return out;
  root.ignore("$schema");
  bool fatal = false;
  int minor = 0;
  std::string problem = questionnaire::check_format_tag(root.string("format", json::Need::Required).value_or(""),
                                                         "scopewright.prefill", 1, 0, fatal, minor);
  if (fatal) {
    rep.error("/format", problem);
    return out;
  }
  const J shape = to_dom(Engagement{});  // every field the format has, for checking targets
  auto target_ok = [&](const std::string& pointer, const std::string& at, bool list) {
    try {
      const J& v = shape.at(J::json_pointer(pointer));
      if (list != v.is_array()) rep.error(at, pointer + (list ? " is not a list of records" : " is a list, not a field"));
      else return true;
    } catch (const J::exception&) {
      rep.error(at, "no engagement field " + json::json_quoted(pointer) + " (see docs/engagement.md)");
    }
    return false;
  };
  PrefillMapping& m = out.mapping;
  m.id = root.string("id", json::Need::Required).value_or("");
  if (const J* qs = root.array("questionnaires"))
    for (const auto& q : *qs)
      if (q.is_string()) m.questionnaires.push_back(q.get<std::string>());
  if (const J* list = root.array("fields")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      json::ObjectReader r((*list)[i], json::child("/fields", i), rep);
      if (!r.valid()) continue;
      PrefillField f;
      f.answer = r.string("answer").value_or("");
      f.calculated = r.string("calculated").value_or("");
      if (f.answer.empty() == f.calculated.empty())
        rep.error(r.pointer(), "give exactly one of \"answer\" and \"calculated\"");
      f.to = r.string("to", json::Need::Required).value_or("");
      if (const J* map = r.object("map")) f.map = *map;
      r.report_unknown();
      if (!f.to.empty() && target_ok(f.to, r.path("to"), false)) m.fields.push_back(std::move(f));
    }
  }
  if (const J* list = root.array("records")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      json::ObjectReader r((*list)[i], json::child("/records", i), rep);
      if (!r.valid()) continue;
      PrefillRecord rec;
      rec.list = r.string("list", json::Need::Required).value_or("");
      rec.each = r.string("each").value_or("");
      rec.key = r.non_empty_string("key", json::Need::Required).value_or("");
      rec.require = r.string("require").value_or("");
      if (const J* fs = r.object("fields", json::Need::Required))
        for (const auto& [k, v] : fs->items()) {
          if (v.is_string()) rec.fields.emplace_back(k, v.get<std::string>());
          else rep.error(json::child(r.path("fields"), k), "expected a text template but got " + json::describe(v));
        }
      r.report_unknown();
      if (!rec.list.empty() && target_ok(rec.list, r.path("list"), true)) m.records.push_back(std::move(rec));
    }
  }
  root.report_unknown();
  return out;
}

PrefillPreview preview_prefill(const Engagement& e, const PrefillMapping& m, const J& doc) {
  PrefillPreview p;
  const J answers = doc.is_object() ? doc.value("answers", J::object()) : J::object();
  const J calculated = doc.is_object() ? doc.value("calculated", J::object()) : J::object();
  const std::string qid = doc.is_object() && doc.contains("questionnaire") && doc["questionnaire"].is_object()
                              ? doc["questionnaire"].value("id", "")
                              : "";
  if (!m.questionnaires.empty() && std::find(m.questionnaires.begin(), m.questionnaires.end(), qid) == m.questionnaires.end()) {
    Diagnostic d;
    d.json_path = "/questionnaire/id";
    d.message = "the prefill mapping \"" + m.id + "\" does not read answers of the questionnaire \"" + qid + "\"";
    p.diagnostics.push_back(d);
    return p;
  }
  const J current = to_dom(e);
  const J defaults = to_dom(Engagement{});
  for (const auto& f : m.fields) {
    const J* v = f.answer.empty() ? lookup(calculated, J(), f.calculated) : lookup(answers, J(), f.answer);
    if (!v) continue;
    J proposed = *v;
    if (f.map.is_object()) {
      auto it = f.map.find(as_text(*v));
      if (it == f.map.end()) continue;
      proposed = *it;
    }
    const J& now = current.at(J::json_pointer(f.to));
    if (now.is_string() && !proposed.is_string()) proposed = as_text(proposed);
    field_change(p, f.to, now, proposed, defaults.at(J::json_pointer(f.to)));
  }
  for (const auto& rec : m.records) {
    std::vector<J> entries;
    if (rec.each.empty()) entries.push_back(J::object());
    else if (const J* list = lookup(answers, J(), rec.each); list && list->is_array())
      for (const auto& entry : *list) entries.push_back(entry);
    const J& target = current.at(J::json_pointer(rec.list));
    for (const auto& entry : entries) {
      if (!rec.require.empty()) {
        const J* needed = lookup(entry, answers, rec.require);
        if (!needed || empty_value(*needed)) continue;
      }
      bool any = false;
      J record = J::object();
      for (const auto& [field, tmpl] : rec.fields) record[field] = render(tmpl, entry, answers, any);
      bool key_any = false;
      const std::string key = as_text(render(rec.key, entry, answers, key_any));
      if (!any || key.empty()) continue;
      record["origin"] = "prefill:" + rec.list + ":" + key;
      std::size_t found = target.size();
      for (std::size_t i = 0; i < target.size(); ++i)
        if (target[i].value("origin", "") == record["origin"]) found = i;
      if (found == target.size()) {
        p.changes.push_back(PrefillChange{rec.list + "/-", nullptr, record, false, true});
        continue;
      }
      for (const auto& [field, value] : record.items()) {
        const std::string path = rec.list + "/" + std::to_string(found) + "/" + json::escape_token(field);
        if (target[found].contains(field)) field_change(p, path, target[found][field], value, J(""));
      }
    }
  }
  return p;
}

Command apply_prefill(const PrefillPreview& preview) {
  Command c{"Fill from questionnaire answers", {}, ""};
  for (const auto& change : preview.changes) {
    if (!change.selected) continue;
    const bool add = change.path.size() >= 2 && change.path.compare(change.path.size() - 2, 2, "/-") == 0;
    c.ops.push_back(Op{add ? OpKind::Insert : OpKind::Set, change.path, change.proposed});
  }
  return c;
}

}  // namespace sw::engagement
