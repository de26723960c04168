// autosave_copies.cpp — reading and writing the per-engagement autosave's index and copies (autosave_copies.h).
#include "core/engagement/autosave_copies.h"

#include <cstdio>
#include <set>

#include "core/engagement/format.h"
#include "core/json/describe.h"
#include "core/json/load.h"
#include "core/json/pointer.h"
#include "core/json/reader.h"
#include "core/questionnaire/hash.h"
#include "core/questionnaire/text_checks.h"

namespace sw::engagement::autosave_detail {
namespace {

// One entry of the index; false (with an error at its path) when it is not {id, slot, generation, hash}.
bool read_entry(const nlohmann::json& v, const std::string& at, json::Reporter& rep, IndexEntry& out) {
  if (!v.is_object()) {
    rep.error(at, "expected an index entry {id, slot, generation, hash} but got " + json::describe(v));
    return false;
  }
  const auto id = v.find("id"), slot = v.find("slot"), generation = v.find("generation"), hash = v.find("hash");
  if (id == v.end() || !id->is_string()) {
    rep.error(id == v.end() ? at : json::child(at, "id"), "expected \"id\": the engagement's id (a string)");
    return false;
  }
  if (slot == v.end() || !slot->is_string() || (*slot != "a" && *slot != "b")) {
    rep.error(slot == v.end() ? at : json::child(at, "slot"), "expected \"slot\": \"a\" or \"b\"");
    return false;
  }
  if (generation == v.end() || !generation->is_number_integer() || generation->get<long long>() < 0) {
    rep.error(generation == v.end() ? at : json::child(at, "generation"), "expected \"generation\": a whole number >= 0");
    return false;
  }
  out.id = id->get<std::string>();
  out.slot = slot->get<std::string>()[0];
  out.generation = generation->get<long long>();
  out.hash = hash != v.end() && hash->is_string() ? hash->get<std::string>() : "";  // no hash: written again
  return true;
}

}  // namespace

Index read_index(const Storage& s, const std::string& key) {
  Index index;
  const auto text = s.get(key);
  if (!text) return index;
  index.present = true;
  json::Document doc = json::load(*text, key);
  index.diagnostics = doc.diagnostics;
  if (!doc.ok()) return index;
  json::Reporter rep(key, &doc.source_map, index.diagnostics);
  const nlohmann::json& v = doc.value;
  if (!v.is_object()) {
    rep.error("", "expected an autosave index object but got " + json::describe(v));
    return index;
  }
  bool fatal = false;
  int minor = 0;
  const std::string problem = questionnaire::check_format_tag(v.value("format", ""), kIndexFormatName, kIndexFormatMajor,
                                                              kIndexFormatMinor, fatal, minor);
  if (fatal) {
    rep.error("/format", problem);
    return index;
  }
  const auto generation = v.find("generation");
  if (generation == v.end() || !generation->is_number_integer()) {
    rep.error(generation == v.end() ? "" : "/generation", "expected \"generation\": a whole number");
    return index;
  }
  index.generation = generation->get<long long>();
  index.saved_at = v.value("saved_at", "");
  const auto list = v.find("engagements");
  if (list == v.end() || !list->is_array()) {
    rep.error(list == v.end() ? "" : "/engagements", "expected \"engagements\": an array of index entries");
    return index;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = json::child("/engagements", i);
    IndexEntry entry;
    if (!read_entry((*list)[i], at, rep, entry)) return index;
    if (!seen.insert(entry.id).second) {
      rep.error(json::child(at, "id"), "engagement \"" + entry.id + "\" is listed twice");
      return index;
    }
    index.entries.push_back(std::move(entry));
  }
  if (const auto remove = v.find("remove"); remove != v.end()) {
    if (!remove->is_array()) {
      rep.error("/remove", "expected \"remove\": an array of keys");
      return index;
    }
    for (const auto& listed : *remove)
      if (listed.is_string()) index.remove.push_back(listed.get<std::string>());
  }
  index.ok = !has_errors(index.diagnostics);
  return index;
}

std::string index_text(long long generation, std::string_view saved_at, const std::vector<IndexEntry>& entries,
                       const std::vector<std::string>& remove) {
  // Written on every save: built as text (a JSON tree of a thousand entries cost more than the rest of a save).
  const auto quoted = [](std::string_view v) { return nlohmann::json(std::string(v)).dump(); };
  std::string out = "{\"format\":\"" + std::string(kIndexFormatName) + "/" + std::to_string(kIndexFormatMajor) + "." +
                    std::to_string(kIndexFormatMinor) + "\",\"generation\":" + std::to_string(generation) +
                    ",\"saved_at\":" + quoted(saved_at) + ",\"engagements\":[";
  out.reserve(out.size() + entries.size() * 80);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const IndexEntry& e = entries[i];
    if (i) out += ',';
    out += "{\"id\":";
    out += quoted(e.id);
    out += ",\"slot\":\"";
    out += e.slot;
    out += "\",\"generation\":";
    out += std::to_string(e.generation);
    out += ",\"hash\":";
    out += quoted(e.hash);
    out += '}';
  }
  out += "],\"remove\":[";
  for (std::size_t i = 0; i < remove.size(); ++i) {
    if (i) out += ',';
    out += quoted(remove[i]);
  }
  out += "]}";
  return out;
}

EngagementCopy read_engagement_copy(const Storage& s, const std::string& key, const std::string& expected_id) {
  EngagementCopy c;
  const auto text = s.get(key);
  if (!text) return c;
  c.present = true;
  json::Document doc = json::load(*text, key);
  c.diagnostics = doc.diagnostics;
  json::Reporter rep(key, &doc.source_map, c.diagnostics);
  if (!doc.ok()) return c;
  if (!doc.value.is_object() || !doc.value.contains("engagement")) {
    rep.error("", "not an autosaved engagement: expected {\"generation\", \"saved_at\", \"engagement\"}");
    return c;
  }
  const auto& g = doc.value["generation"];
  c.generation = g.is_number_integer() ? g.get<long long>() : 0;
  c.saved_at = doc.value.value("saved_at", "");
  // Read in place; paths and line:column point into this copy's own text ("/engagement/stage").
  LoadResult r = from_json(doc.value["engagement"], key, nullptr);
  for (auto& d : r.diagnostics) {
    d.json_path = "/engagement" + d.json_path;
    const json::Location loc = doc.source_map.locate(d.json_path);
    d.line = loc.line;
    d.column = loc.column;
    c.diagnostics.push_back(std::move(d));
  }
  if (r.ok() && r.engagement.id != expected_id)
    rep.error("/engagement/id", "the copy holds engagement \"" + r.engagement.id + "\", but the index lists it as \"" +
                                    expected_id + "\"");
  c.ok = !has_errors(c.diagnostics);
  if (c.ok) c.engagement = std::move(r.engagement);
  return c;
}

std::string copy_text(long long generation, std::string_view saved_at, std::string_view body) {
  std::string out = "{\"generation\":" + std::to_string(generation) + ",\"saved_at\":" +
                    nlohmann::json(std::string(saved_at)).dump() + ",\"engagement\":";
  out.reserve(out.size() + body.size() + 1);
  out.append(body);
  out += '}';
  return out;
}

std::string text_hash(std::string_view text) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "fnv1a64:%016llx", static_cast<unsigned long long>(questionnaire::fnv1a64(text)));
  return buf;
}

}  // namespace sw::engagement::autosave_detail
