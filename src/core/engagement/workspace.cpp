// workspace.cpp — workspace files, import with conflicts, search and sort.
#include "core/engagement/workspace.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "core/engagement/format.h"
#include "core/json/describe.h"
#include "core/json/load.h"
#include "core/json/pointer.h"
#include "core/json/reader.h"
#include "core/questionnaire/text_checks.h"

namespace sw::engagement {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Reads every engagement of a workspace document, with paths prefixed by their place in the file.
void read_engagements(const nlohmann::json& list, const std::string& pointer, std::string_view file,
                      const json::SourceMap* map, std::vector<Engagement>& out, Diagnostics& ds) {
  std::map<std::string, std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = json::child(pointer, i);
    LoadResult r = from_json(list[i], file, nullptr);
    for (auto& d : r.diagnostics) {
      d.json_path = at + d.json_path;
      if (map) {
        const json::Location loc = map->locate(d.json_path);
        d.line = loc.line;
        d.column = loc.column;
      }
      ds.push_back(std::move(d));
    }
    if (!r.ok()) continue;
    auto [it, inserted] = seen.emplace(r.engagement.id, at);
    if (!inserted) {
      Diagnostic d;
      d.file = std::string(file);
      d.json_path = at + "/id";
      d.message = "duplicate engagement id \"" + r.engagement.id + "\": first used at " + it->second;
      ds.push_back(std::move(d));
      continue;
    }
    out.push_back(std::move(r.engagement));
  }
}

std::string customer_key(const Engagement& e) { return lower(e.customer.name.empty() ? e.title : e.customer.name); }

}  // namespace

Engagement* Workspace::find(std::string_view id) {
  for (auto& e : engagements)
    if (e.id == id) return &e;
  return nullptr;
}
const Engagement* Workspace::find(std::string_view id) const { return const_cast<Workspace*>(this)->find(id); }

std::string Workspace::unique_id(std::string_view base) const {
  if (!find(base)) return std::string(base);
  for (int n = 2;; ++n) {
    std::string candidate = std::string(base) + "-" + std::to_string(n);
    if (!find(candidate)) return candidate;
  }
}

nlohmann::ordered_json to_json(const Workspace& w) {
  nlohmann::ordered_json out;
  out["format"] = std::string(kWorkspaceFormatName) + "/" + std::to_string(kWorkspaceFormatMajor) + "." +
                  std::to_string(kWorkspaceFormatMinor);
  out["engagements"] = nlohmann::ordered_json::array();
  for (const auto& e : w.engagements) out["engagements"].push_back(to_json(e));
  return out;
}

std::string to_text(const Workspace& w) { return to_json(w).dump(2) + "\n"; }

WorkspaceLoadResult load_workspace(std::string_view text, std::string_view file) {
  json::Document doc = json::load(text, file);
  if (!doc.ok()) {
    WorkspaceLoadResult r;
    r.diagnostics = std::move(doc.diagnostics);
    return r;
  }
  WorkspaceLoadResult r = workspace_from_json(doc.value, file, &doc.source_map);
  r.diagnostics.insert(r.diagnostics.begin(), doc.diagnostics.begin(), doc.diagnostics.end());  // parser warnings first
  return r;
}

WorkspaceLoadResult workspace_from_json(const nlohmann::json& value, std::string_view file, const json::SourceMap* map,
                                        const std::string& at) {
  WorkspaceLoadResult r;
  json::Reporter rep(std::string(file), map, r.diagnostics);
  if (!value.is_object()) {
    rep.error(at, "expected a workspace object but got " + json::describe(value));
    return r;
  }
  const std::string tag = value.value("format", "");
  bool fatal = false;
  int minor = 0;
  std::string problem = questionnaire::check_format_tag(tag, kWorkspaceFormatName, kWorkspaceFormatMajor,
                                                         kWorkspaceFormatMinor, fatal, minor);
  if (fatal) {
    rep.error(at + "/format", problem);
    return r;
  }
  if (!problem.empty()) rep.warning(at + "/format", problem);
  for (const auto& [key, member] : value.items())
    if (key != "format" && key != "engagements" && key != "$schema")
      rep.warning_at_key(json::child(at, key), "unknown field \"" + key + "\" (ignored)");
  const auto list = value.find("engagements");
  if (list == value.end() || !list->is_array()) {
    rep.error(list == value.end() ? at : at + "/engagements", "expected \"engagements\": an array of engagements");
    return r;
  }
  read_engagements(*list, at + "/engagements", file, map, r.workspace.engagements, r.diagnostics);
  if (has_errors(r.diagnostics)) r.workspace = {};
  return r;
}

ImportPlan plan_import(const Workspace& w, std::string_view text, std::string_view file) {
  ImportPlan plan;
  json::Document doc = json::load(text, file);
  if (!doc.ok()) {
    plan.diagnostics = doc.diagnostics;
    return plan;
  }
  const std::string tag = doc.value.is_object() ? doc.value.value("format", "") : "";
  if (questionnaire::parse_format_tag(tag, kWorkspaceFormatName) || tag.rfind(kWorkspaceFormatName, 0) == 0) {
    WorkspaceLoadResult r = load_workspace(text, file);
    plan.diagnostics = std::move(r.diagnostics);
    plan.incoming = std::move(r.workspace.engagements);
  } else {
    LoadResult r = from_json(doc.value, file, &doc.source_map);
    plan.diagnostics = std::move(r.diagnostics);
    if (r.ok()) plan.incoming.push_back(std::move(r.engagement));
  }
  if (!plan.ok()) {
    plan.incoming.clear();
    return plan;
  }
  for (const auto& e : plan.incoming)
    if (const Engagement* existing = w.find(e.id)) plan.conflicts.push_back({e.id, existing->title, e.title});
  return plan;
}

std::vector<std::string> apply_import(Workspace& w, const ImportPlan& plan,
                                      const std::map<std::string, ConflictChoice>& choices) {
  std::vector<std::string> ids;
  if (!plan.ok()) return ids;
  for (Engagement e : plan.incoming) {
    Engagement* existing = w.find(e.id);
    if (existing) {
      auto it = choices.find(e.id);
      const ConflictChoice choice = it == choices.end() ? ConflictChoice::KeepBoth : it->second;
      if (choice == ConflictChoice::Skip) continue;
      if (choice == ConflictChoice::Replace) {
        *existing = std::move(e);
        ids.push_back(existing->id);
        continue;
      }
      e.id = w.unique_id(e.id);
    }
    ids.push_back(e.id);
    w.engagements.push_back(std::move(e));
  }
  return ids;
}

std::vector<std::size_t> search(const Workspace& w, std::string_view text, const std::vector<std::string>& stages) {
  std::vector<std::string> words;
  std::string query = lower(text);
  for (std::size_t i = 0; i < query.size();) {
    std::size_t end = query.find(' ', i);
    if (end == std::string::npos) end = query.size();
    if (end > i) words.push_back(query.substr(i, end - i));
    i = end + 1;
  }
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < w.engagements.size(); ++i) {
    const Engagement& e = w.engagements[i];
    if (!stages.empty() && std::find(stages.begin(), stages.end(), e.stage) == stages.end()) continue;
    std::string hay = e.id + "\n" + e.title + "\n" + e.customer.name + "\n" + e.customer.organisation + "\n" +
                      e.commercial.purchase_order + "\n" + e.commercial.quote_number;
    for (const auto& c : e.contacts) hay += "\n" + c.name + "\n" + c.email;
    hay = lower(hay);
    if (std::all_of(words.begin(), words.end(), [&](const std::string& word) { return hay.find(word) != std::string::npos; }))
      out.push_back(i);
  }
  return out;
}

void sort_by(const Workspace& w, std::vector<std::size_t>& indices, SortKey key, bool ascending, const Process* process) {
  auto field = [&](const Engagement& e) -> std::string {
    switch (key) {
      case SortKey::Customer: return customer_key(e);
      case SortKey::Title: return lower(e.title);
      case SortKey::Created: return e.created;
      case SortKey::Updated: return e.updated;
      case SortKey::SaleDate: return e.commercial.sale_date;
      case SortKey::TargetDate: return e.plan.target_date;
      case SortKey::Stage: {
        if (!process) return e.stage;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%06zu", process->stage_index(e.stage));
        return buf;
      }
    }
    return "";
  };
  std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
    const Engagement& x = w.engagements[a];
    const Engagement& y = w.engagements[b];
    std::string fx = field(x), fy = field(y);
    if (fx != fy) {
      if (fx.empty() || fy.empty()) return fy.empty();  // blanks last whatever the direction
      return ascending ? fx < fy : fx > fy;
    }
    const std::string cx = customer_key(x), cy = customer_key(y);
    return std::tie(cx, x.id) < std::tie(cy, y.id);
  });
}

}  // namespace sw::engagement
