// draft_store.cpp — two-slot autosave of the designer's draft (see draft_store.h).
#include "core/designer/draft_store.h"

#include "core/json/load.h"
#include "core/questionnaire/loader.h"
#include "core/questionnaire/writer.h"

namespace sw::designer {
namespace {

struct Copy {
  bool present = false, ok = false;
  long long generation = -1;
  StoredDraft draft;
};

Copy read_copy(const Storage& s, const std::string& key) {
  Copy c;
  const auto text = s.get(key);
  if (!text) return c;
  c.present = true;
  json::Document doc = json::load(*text, key);
  if (!doc.ok() || !doc.value.is_object() || !doc.value.contains("questionnaire")) return c;
  const auto& g = doc.value["generation"];
  c.generation = g.is_number_integer() ? g.get<long long>() : 0;
  auto loaded = questionnaire::questionnaire_from_json(doc.value["questionnaire"], key);
  // A draft may have errors (it is unfinished); it is only unusable when nothing of it could be read.
  if (loaded.questionnaire.sections.empty()) return c;
  c.ok = true;
  c.draft.found = true;
  c.draft.questionnaire = std::move(loaded.questionnaire);
  c.draft.name = doc.value.value("name", "");
  c.draft.saved_at = doc.value.value("saved_at", "");
  return c;
}

}  // namespace

std::string DraftStore::save(const questionnaire::Questionnaire& q, std::string_view name, std::string_view now) {
  const Copy a = read_copy(storage_, slot_key('a')), b = read_copy(storage_, slot_key('b'));
  // Overwrite the slot that does not hold the newest good copy.
  const bool a_keep = a.ok && (!b.ok || a.generation >= b.generation);
  const std::string slot = a_keep ? slot_key('b') : slot_key('a');
  nlohmann::ordered_json copy;
  copy["generation"] = std::max(a.generation, b.generation) + 1;
  copy["saved_at"] = std::string(now);
  copy["name"] = std::string(name);
  copy["questionnaire"] = questionnaire::to_json(q);
  std::string error;
  if (!storage_.set(slot, copy.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace), error)) return error;
  storage_.set(pointer_key(), slot, error);  // load() finds the newest copy by generation even if this fails
  return error;
}

StoredDraft DraftStore::load() const {
  Copy a = read_copy(storage_, slot_key('a')), b = read_copy(storage_, slot_key('b'));
  // Newest first; a present but unreadable copy counts as newest when the pointer names it (a torn write).
  const std::string pointer = storage_.get(pointer_key()).value_or("");
  const auto rank = [&](const Copy& c, char slot) {
    return !c.ok && c.present && pointer == slot_key(slot) ? (1LL << 62) : c.generation;
  };
  Copy* first = rank(a, 'a') >= rank(b, 'b') ? &a : &b;
  Copy* second = first == &a ? &b : &a;
  if (first->ok) return first->draft;
  if (second->ok) {
    StoredDraft d = second->draft;
    d.recovered = first->present;
    if (d.recovered)
      d.message = "The newest autosaved draft could not be read; recovered the copy saved at " +
                  (d.saved_at.empty() ? std::string("an unknown time") : d.saved_at) + ".";
    return d;
  }
  StoredDraft none;
  if (a.present || b.present) none.message = "No autosaved draft could be read; starting afresh.";
  return none;
}

}  // namespace sw::designer
