// autosave_legacy.cpp — the whole-workspace autosave of earlier versions, read for migration (autosave_legacy.h).
#include "core/engagement/autosave_legacy.h"

#include <algorithm>
#include <limits>

#include "core/json/load.h"

namespace sw::engagement::autosave_detail {
namespace {

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
  // Read in place, so the diagnostics point into this copy's own text ("/workspace/engagements/3/...").
  c.content = workspace_from_json(doc.value["workspace"], key, &doc.source_map, "/workspace");
  c.ok = c.content.ok();
  return c;
}

}  // namespace

std::string legacy_slot_key(const std::string& prefix, char slot) { return prefix + "." + slot; }
std::string legacy_pointer_key(const std::string& prefix) { return prefix + ".current"; }

LegacyResult read_legacy(const Storage& s, const std::string& prefix) {
  LegacyResult r;
  const auto pointer_value = s.get(legacy_pointer_key(prefix));
  const std::string pointer = pointer_value.value_or("");
  const std::string a_key = legacy_slot_key(prefix, 'a'), b_key = legacy_slot_key(prefix, 'b');
  Copy a = read_copy(s, a_key), b = read_copy(s, b_key);
  r.present = pointer_value.has_value() || a.present || b.present;
  std::vector<std::pair<Copy*, std::string>> order{{&a, a_key}, {&b, b_key}};
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
    return r;
  }
  return r;
}

}  // namespace sw::engagement::autosave_detail
