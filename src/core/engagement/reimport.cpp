// reimport.cpp — newer answers for an existing engagement (see reimport.h).
#include "core/engagement/reimport.h"

#include <set>

#include "core/engagement/commands.h"
#include "core/engagement/format.h"

namespace sw::engagement {
namespace {

using J = nlohmann::json;

const J& member(const J& doc, const char* name) {
  static const J kEmpty = J::object();
  if (!doc.is_object()) return kEmpty;
  auto it = doc.find(name);
  return it != doc.end() && it->is_object() ? *it : kEmpty;
}

void diff_object(const J& older, const J& newer, bool calculated, std::vector<AnswerChange>& out) {
  std::set<std::string> ids;
  for (const auto& [id, v] : older.items()) ids.insert(id);
  for (const auto& [id, v] : newer.items()) ids.insert(id);
  for (const auto& id : ids) {
    const J before = older.value(id, J());
    const J after = newer.value(id, J());
    if (before != after) out.push_back(AnswerChange{id, calculated, before, after});
  }
}

// True when the field at change.path holds what `older` (the answers attached before) fills in there: the
// pre-fill of `older` into e with that field emptied would propose exactly its current value.
bool holds_previous_prefill(const Engagement& e, const PrefillMapping& m, const J& older, const PrefillChange& change) {
  J empty = J("");
  const J defaults = to_dom(Engagement{});
  if (defaults.contains(J::json_pointer(change.path))) empty = defaults.at(J::json_pointer(change.path));
  Engagement blank = e;
  if (!apply(blank, set_field(change.path, empty, "")).ok()) return false;
  for (const auto& c : preview_prefill(blank, m, older).changes)
    if (c.path == change.path) return c.proposed == change.current;
  return false;
}

}  // namespace

std::vector<AnswerChange> diff_answers(const J& older, const J& newer) {
  std::vector<AnswerChange> out;
  diff_object(member(older, "answers"), member(newer, "answers"), false, out);
  diff_object(member(older, "calculated"), member(newer, "calculated"), true, out);
  return out;
}

ReimportPreview preview_reimport(const Engagement& e, const PrefillMapping& m, const J& newer) {
  ReimportPreview p;
  const J older = e.answers.empty() ? J::object() : e.answers.back().document;
  if (!e.answers.empty()) p.previous_received = e.answers.back().received;
  p.answers = diff_answers(older, newer);
  p.prefill = preview_prefill(e, m, newer);
  if (!e.answers.empty()) {
    const std::string before = e.answers.back().questionnaire_id;
    const J& q = newer.is_object() && newer.contains("questionnaire") ? newer["questionnaire"] : J();
    const std::string now = q.is_object() ? q.value("id", "") : "";
    if (!before.empty() && before != now) {
      Diagnostic d;
      d.severity = Severity::Warning;
      d.json_path = "/questionnaire/id";
      d.message = "these answers are for the questionnaire \"" + now + "\"; the attached ones were for \"" + before + "\"";
      p.prefill.diagnostics.push_back(d);
    }
  }
  for (auto& change : p.prefill.changes)
    if (change.conflict && !e.answers.empty() && holds_previous_prefill(e, m, older, change)) change.selected = true;
  return p;
}

Command apply_reimport(const ReimportPreview& preview, const J& newer, std::string_view now) {
  Command c = attach_answers(newer, now);
  c.label = "Attach newer answers";
  for (auto& op : apply_prefill(preview.prefill).ops) c.ops.push_back(std::move(op));
  return c;
}

}  // namespace sw::engagement
