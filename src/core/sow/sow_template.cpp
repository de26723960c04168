// sow_template.cpp — reading and checking SoW templates, and applying an extending template (sow_template.h).
#include "core/sow/sow_template.h"

#include <algorithm>

#include "core/documents/fill.h"
#include "core/json/load.h"
#include "core/json/pointer.h"

namespace sw::sow {
namespace {

class Reader {
 public:
  Reader(std::string_view file, const json::SourceMap& map, Diagnostics& d) : file_(file), map_(map), d_(d) {}

  void error(const std::string& path, const std::string& message, Severity s = Severity::Error) {
    const auto loc = map_.locate(path);
    d_.push_back({s, file_, path, loc.line, loc.column, 0, message});
  }

  std::string text(const nlohmann::json& obj, const std::string& path, const char* key, bool required) {
    const std::string p = json::child(path, key);
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) error(path, std::string("missing field \"") + key + "\"");
      return "";
    }
    if (!it->is_string()) {
      error(p, "expected a string");
      return "";
    }
    return it->get<std::string>();
  }

  std::vector<std::string> wording(const nlohmann::json& obj, const std::string& path, const char* key) {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end()) return out;
    const std::string p = json::child(path, key);
    if (!it->is_array()) {
      error(p, "expected an array of strings");
      return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      const auto& v = (*it)[i];
      if (!v.is_string()) {
        error(json::child(p, i), "expected a string");
        continue;
      }
      // Check the placeholders now, so a broken template is found when loaded rather than in a customer's SoW.
      for (const auto& e : documents::fill(v.get<std::string>(), nlohmann::json::object()).errors)
        error(json::child(p, i), "wording template: " + e);
      out.push_back(v.get<std::string>());
    }
    return out;
  }

 private:
  std::string file_;
  const json::SourceMap& map_;
  Diagnostics& d_;
};

const char* const kKnownFields[] = {"id", "title", "block", "text", "clauses", "after", "remove"};

}  // namespace

const std::vector<std::string_view>& block_names() {
  static const std::vector<std::string_view> kNames = {
      "parties",      "summary",   "objectives", "deliverables", "requirements", "assumptions",    "exclusions",
      "dependencies", "timeline",  "roles",      "commercial",   "change_control", "sign_off",     "provenance"};
  return kNames;
}

TemplateLoadResult load_sow_template(std::string_view text, std::string_view file) {
  TemplateLoadResult r;
  auto doc = json::load(text, file);
  r.diagnostics = doc.diagnostics;
  if (!doc.ok()) return r;
  Reader rd(file, doc.source_map, r.diagnostics);
  const auto& root = doc.value;
  if (!root.is_object()) {
    rd.error("", "expected an object");
    return r;
  }
  const std::string format = rd.text(root, "", "format", true);
  if (!format.empty() && format != kTemplateFormat && format.rfind(std::string(kTemplateFormat) + ".", 0) != 0)
    rd.error("/format", "expected \"" + std::string(kTemplateFormat) + "\" but got \"" + format + "\"");
  auto& t = r.sow_template;
  t.id = rd.text(root, "", "id", true);
  t.title = rd.text(root, "", "title", false);
  t.extends = rd.text(root, "", "extends", false);
  auto sections = root.find("sections");
  if (sections == root.end() || !sections->is_array()) {
    rd.error(sections == root.end() ? "" : "/sections", "expected \"sections\": an array of sections");
    return r;
  }
  for (std::size_t i = 0; i < sections->size(); ++i) {
    const auto& s = (*sections)[i];
    const std::string p = json::child("/sections", i);
    if (!s.is_object()) {
      rd.error(p, "expected a section object");
      continue;
    }
    for (const auto& [key, value] : s.items()) {
      (void)value;
      if (std::find(std::begin(kKnownFields), std::end(kKnownFields), key) == std::end(kKnownFields))
        rd.error(json::child(p, key), "unknown field \"" + key + "\" (ignored)", Severity::Warning);
    }
    SowSection sec;
    sec.id = rd.text(s, p, "id", true);
    sec.title = rd.text(s, p, "title", false);
    sec.block = rd.text(s, p, "block", false);
    sec.after = rd.text(s, p, "after", false);
    if (auto rm = s.find("remove"); rm != s.end()) {
      if (rm->is_boolean()) sec.remove = rm->get<bool>();
      else rd.error(json::child(p, "remove"), "expected true or false");
    }
    if (!sec.block.empty() &&
        std::find(block_names().begin(), block_names().end(), sec.block) == block_names().end())
      rd.error(json::child(p, "block"), "unknown block \"" + sec.block + "\"");
    for (const auto& other : t.sections)
      if (!sec.id.empty() && other.id == sec.id) rd.error(json::child(p, "id"), "duplicate section id \"" + sec.id + "\"");
    sec.text = rd.wording(s, p, "text");
    sec.clauses = rd.wording(s, p, "clauses");
    t.sections.push_back(std::move(sec));
  }
  return r;
}

SowTemplate extend_template(const SowTemplate& parent, const SowTemplate& child) {
  SowTemplate out = parent;
  out.id = child.id;
  out.extends = child.extends;
  if (!child.title.empty()) out.title = child.title;
  for (const auto& s : child.sections) {
    auto same = std::find_if(out.sections.begin(), out.sections.end(), [&](const SowSection& o) { return o.id == s.id; });
    if (s.remove) {
      if (same != out.sections.end()) out.sections.erase(same);
      continue;
    }
    SowSection copy = s;
    copy.after.clear();
    if (same != out.sections.end()) {
      *same = std::move(copy);
      continue;
    }
    auto anchor = std::find_if(out.sections.begin(), out.sections.end(), [&](const SowSection& o) { return o.id == s.after; });
    if (s.after.empty() || anchor == out.sections.end()) out.sections.push_back(std::move(copy));
    else out.sections.insert(anchor + 1, std::move(copy));
  }
  return out;
}

}  // namespace sw::sow
