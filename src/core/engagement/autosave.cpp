// autosave.cpp — two-slot atomic autosave and recovery over sw::Storage.
#include "core/engagement/autosave.h"

#include <algorithm>
#include <limits>

#include "core/json/load.h"

namespace sw::engagement {
namespace {

// One stored copy: {"generation": n, "saved_at": "...", "workspace": {...}}.
struct Copy {
  bool present = false;
  bool ok = false;
  long long generation = -1;
  std::string saved_at;
  WorkspaceLoadResult content;
};

Copy read_copy(const Storage& s, const std::string& key) {
  Copy c;
  auto text = s.get(key);
  if (!text) return c;
  c.present = true;
  json::Document doc = json::load(*text, key);
  if (!doc.ok() || !doc.value.is_object() || !doc.value.contains("workspace")) {
    c.content.diagnostics = doc.diagnostics;
    if (doc.ok()) {
      Diagnostic d;
      d.file = key;
      d.message = "not an autosaved workspace";
      c.content.diagnostics.push_back(d);
    }
    return c;
  }
  const auto& g = doc.value["generation"];
  c.generation = g.is_number_integer() ? g.get<long long>() : 0;
  c.saved_at = doc.value.value("saved_at", "");
  // Read in place (not re-serialised and parsed again: that doubled the time of every restore), so the
  // diagnostics also point into this copy's own text ("/workspace/engagements/3/...").
  c.content = workspace_from_json(doc.value["workspace"], key, &doc.source_map, "/workspace");
  c.ok = c.content.ok();
  return c;
}

}  // namespace

SaveResult Autosave::save(const Workspace& w, std::string_view now) {
  SaveResult r;
  const std::string current = storage_.get(pointer_key()).value_or("");
  if (generation_ == 0 || good_slot_.empty()) {
    // First save of this session: find the newest copy that reads well. It must never be the one overwritten,
    // even when the pointer names the other slot (the newest copy was unreadable and this one was recovered):
    // a torn write would then leave no good copy at all.
    long long newest_generation = -1;
    const RecoverResult newest_good = load(&newest_generation);  // one read of each slot serves both questions
    generation_ = std::max(generation_, newest_generation);
    good_slot_ = newest_good.found ? newest_good.slot : "";
  }
  if (good_slot_.empty()) good_slot_ = current;
  r.slot = good_slot_ == slot_key('a') ? slot_key('b') : slot_key('a');
  nlohmann::ordered_json copy;
  copy["generation"] = generation_ + 1;
  copy["saved_at"] = std::string(now);
  copy["workspace"] = to_json(w);
  if (!storage_.set(r.slot, copy.dump(), r.error)) return r;  // the pointer still names the previous copy
  // The copy is complete and the newest: the next save must keep it, whether or not the pointer follows.
  ++generation_;
  good_slot_ = r.slot;
  std::string pointer_error;
  if (!storage_.set(pointer_key(), r.slot, pointer_error)) {
    r.error = pointer_error;  // the new copy is written but not current; load() still finds it (newer)
    return r;
  }
  r.ok = true;
  return r;
}

RecoverResult Autosave::load() const { return load(nullptr); }

RecoverResult Autosave::load(long long* newest_generation) const {
  RecoverResult r;
  const std::string pointer = storage_.get(pointer_key()).value_or("");
  Copy a = read_copy(storage_, slot_key('a')), b = read_copy(storage_, slot_key('b'));
  if (newest_generation) *newest_generation = std::max(a.generation, b.generation);
  const std::string a_key = slot_key('a'), b_key = slot_key('b');
  // Newest first: the higher generation; the pointer breaks ties (and a missing generation).
  std::vector<std::pair<Copy*, std::string>> order{{&a, a_key}, {&b, b_key}};
  // A copy too broken to show its generation (cut off mid-write) counts as the newest when the pointer names it.
  const auto generation = [&](const Copy& c, const std::string& key) {
    return c.generation < 0 && c.present && key == pointer ? std::numeric_limits<long long>::max() : c.generation;
  };
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    const long long gx = generation(*x.first, x.second), gy = generation(*y.first, y.second);
    if (gx != gy) return gx > gy;
    return x.second == pointer;
  });
  bool newest_bad = false;
  for (auto& [copy, key] : order) {
    if (!copy->present) continue;
    if (!copy->ok) {
      newest_bad = true;
      for (auto& d : copy->content.diagnostics) r.diagnostics.push_back(d);
      continue;
    }
    r.found = true;
    r.workspace = std::move(copy->content.workspace);
    r.slot = key;
    r.saved_at = copy->saved_at;
    r.recovered = newest_bad;
    if (newest_bad)
      r.message = "The newest autosave could not be read; recovered the previous copy saved at " +
                  (r.saved_at.empty() ? std::string("an unknown time") : r.saved_at) + ".";
    return r;
  }
  if (newest_bad) r.message = "No autosaved copy could be read; starting with an empty workspace.";
  return r;
}

}  // namespace sw::engagement
