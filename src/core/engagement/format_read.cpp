// format_read.cpp — JSON → Engagement with located Diagnostics: type errors refuse, unknown fields warn,
// missing fields keep their defaults, and records get unique ids (see ids pass below).
#include <map>
#include <type_traits>

#include "core/engagement/fields.h"
#include "core/engagement/format.h"
#include "core/json/describe.h"
#include "core/json/load.h"
#include "core/json/pointer.h"
#include "core/json/reader.h"
#include "core/questionnaire/text_checks.h"

namespace sw::engagement {
namespace {

using json::ObjectReader;
using json::Reporter;

class Reader {
 public:
  Reader(ObjectReader& r, Reporter& rep) : r_(r), rep_(rep) {}

  void operator()(const char* key, std::string& out) {
    if (const auto* v = get(key)) {
      if (v->is_string()) out = v->get<std::string>();
      else wrong(key, "a string", *v);
    }
  }
  void operator()(const char* key, bool& out) {
    if (const auto* v = get(key)) {
      if (v->is_boolean()) out = v->get<bool>();
      else wrong(key, "true or false", *v);
    }
  }
  void operator()(const char* key, int& out) {
    long long n = out;
    (*this)(key, n);
    out = static_cast<int>(n);
  }
  void operator()(const char* key, long long& out) {
    if (const auto* v = get(key)) {
      if (v->is_number_integer() && v->get<long long>() >= 0 && v->get<long long>() < (1LL << 50))
        out = v->get<long long>();
      else
        wrong(key, "a non-negative integer", *v);
    }
  }
  void operator()(const char* key, std::optional<double>& out) {
    if (const auto* v = get(key)) {
      if (v->is_number()) out = v->get<double>();
      else wrong(key, "a number or null", *v);
    }
  }
  void operator()(const char* key, nlohmann::json& out) {
    if (const auto* v = r_.any(key)) out = *v;  // kept as is, null included
  }
  void operator()(const char* key, std::vector<std::string>& out) {
    const auto* v = get(key);
    if (!v) return;
    if (!v->is_array()) return wrong(key, "an array of strings", *v);
    for (std::size_t i = 0; i < v->size(); ++i) {
      if ((*v)[i].is_string()) out.push_back((*v)[i].get<std::string>());
      else rep_.error(json::child(r_.path(key), i), "expected a string but got " + json::describe((*v)[i]));
    }
  }
  template <class T>
  void operator()(const char* key, std::vector<T>& out) {
    const auto* v = get(key);
    if (!v) return;
    if (!v->is_array()) return wrong(key, "an array", *v);
    for (std::size_t i = 0; i < v->size(); ++i) {
      T item;
      if (record((*v)[i], json::child(r_.path(key), i), item)) out.push_back(std::move(item));
    }
  }
  template <class T>
  void operator()(const char* key, T& out) {
    const auto* v = get(key);
    if (!v) return;
    if constexpr (std::is_enum_v<T>) {
      const auto& names = enum_names(T{});
      if (v->is_string())
        for (std::size_t i = 0; i < names.size(); ++i)
          if (names[i] == v->get<std::string>()) {
            out = static_cast<T>(i);
            return;
          }
      std::string message = "expected one of " + json::quoted_list(names) + " but got " + json::describe(*v);
      if (v->is_string()) {
        std::string near = json::closest(v->get<std::string>(), names);
        if (!near.empty()) message += " (did you mean \"" + near + "\"?)";
      }
      rep_.error(r_.path(key), message);
    } else {
      record(*v, r_.path(key), out);
    }
  }

  template <class T>
  bool record(const nlohmann::json& value, const std::string& pointer, T& out) {
    ObjectReader sub(value, pointer, rep_);
    if (!sub.valid()) return false;
    Reader inner(sub, rep_);
    fields::visit(inner, out);
    sub.report_unknown();
    return true;
  }

 private:
  // The member, or nullptr when absent or null (both mean "keep the default").
  const nlohmann::json* get(const char* key) {
    const nlohmann::json* v = r_.any(key);
    return v && !v->is_null() ? v : nullptr;
  }
  void wrong(const char* key, const char* expected, const nlohmann::json& got) {
    rep_.error(r_.path(key), std::string("expected ") + expected + " but got " + json::describe(got));
  }

  ObjectReader& r_;
  Reporter& rep_;
};

// Walks every record list: checks ids are unique in the engagement, and gives records without one a new id.
class IdPass {
 public:
  template <class T>
  void operator()(const char* key, std::vector<T>& list) {
    const std::string base = json::child(path_, key);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string pointer = json::child(base, i);
      T& r = list[i];
      if (!assign_) {
        note(r.id, pointer);
      } else if (r.id.empty()) {
        r.id = e_.new_id(id_prefix(key));
        if (warn_) rep_.warning(pointer, "record without an id: given the id \"" + r.id + "\"");
      } else {
        check(r.id, pointer);
      }
      IdPass inner(*this, pointer);
      fields::visit(inner, r);
    }
  }
  template <class T>
  void operator()(const char* key, T& value) {
    if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string> && !std::is_same_v<T, nlohmann::json> &&
                  !std::is_same_v<T, std::optional<double>>) {
      IdPass inner(*this, json::child(path_, key));
      fields::visit(inner, value);
    }
  }
  void operator()(const char*, std::vector<std::string>&) {}

 private:
  IdPass(IdPass& outer, std::string path)
      : e_(outer.e_), rep_(outer.rep_), assign_(outer.assign_), warn_(outer.warn_), path_(std::move(path)),
        seen_(outer.seen_), max_suffix_(outer.max_suffix_) {}

  // First pass: remember the largest numeric suffix so new ids never collide with existing ones.
  void note(const std::string& id, const std::string&) {
    const auto dash = id.rfind('-');
    if (dash == std::string::npos || dash + 1 >= id.size() || id.size() - dash > 16) return;
    long long n = 0;
    for (std::size_t i = dash + 1; i < id.size(); ++i) {
      if (id[i] < '0' || id[i] > '9') return;
      n = n * 10 + (id[i] - '0');
    }
    if (n >= max_suffix_) max_suffix_ = n;
  }
  void check(const std::string& id, const std::string& pointer) {
    auto [it, inserted] = seen_.emplace(id, pointer);
    if (!inserted)
      rep_.error(json::child(pointer, "id"),
                 "duplicate id \"" + id + "\": first used at " + it->second + rep_.where(json::child(it->second, "id")));
  }

 public:
  IdPass(Engagement& e, Reporter& rep, bool assign, bool warn, std::map<std::string, std::string>& seen,
         long long& max_suffix)
      : e_(e), rep_(rep), assign_(assign), warn_(warn), seen_(seen), max_suffix_(max_suffix) {}

 private:
  Engagement& e_;
  Reporter& rep_;
  bool assign_, warn_;
  std::string path_;
  std::map<std::string, std::string>& seen_;
  long long& max_suffix_;
};

void assign_ids(Engagement& e, Reporter& rep, bool warn, long long min_next_id) {
  std::map<std::string, std::string> seen;
  long long max_suffix = 0;
  IdPass scan(e, rep, false, warn, seen, max_suffix);
  fields::visit(scan, e);
  e.next_id = std::max({e.next_id, max_suffix + 1, min_next_id});
  IdPass fix(e, rep, true, warn, seen, max_suffix);
  fields::visit(fix, e);
}

}  // namespace

LoadResult from_json(const nlohmann::json& doc, std::string_view file, const json::SourceMap* map, ReadMode mode,
                     long long min_next_id) {
  LoadResult result;
  Reporter rep(std::string(file), map, result.diagnostics);
  const nlohmann::json* source = &doc;
  nlohmann::json migrated;
  if (!doc.is_object()) {
    rep.error("", "expected an engagement object but got " + json::describe(doc));
    return result;
  }
  const auto format = doc.find("format");
  if (format == doc.end() || !format->is_string()) {
    rep.error(format == doc.end() ? "" : "/format",
              "expected \"format\": \"" + std::string(kFormatName) + "/" + std::to_string(kFormatMajor) + "\"");
    return result;
  }
  const std::string tag = format->get<std::string>();
  const std::string v0 = std::string(kFormatName) + "/0";
  if (tag == v0 || tag.rfind(v0 + ".", 0) == 0) {
    migrated = migrate_v0(doc);
    source = &migrated;
    map = nullptr;  // paths now name the new layout
    result.migrated = true;
    rep.warning("/format", "format version 0 was converted to " + std::string(kFormatName) + "/1.0; saving writes the new version");
  } else {
    bool fatal = false;
    int minor = 0;
    std::string problem = questionnaire::check_format_tag(tag, kFormatName, kFormatMajor, kFormatMinor, fatal, minor);
    if (fatal) {
      rep.error("/format", problem);
      return result;
    }
    if (!problem.empty()) rep.warning("/format", problem);
  }
  Reporter located(std::string(file), map, result.diagnostics);
  ObjectReader root(*source, "", located);
  root.ignore("format");
  root.ignore("$schema");
  Reader reader(root, located);
  fields::visit(reader, result.engagement);
  root.report_unknown();
  if (result.engagement.id.empty()) located.error("/id", "missing required field \"id\" (the engagement's id)");
  assign_ids(result.engagement, located, mode == ReadMode::File && !result.migrated, min_next_id);
  return result;
}

LoadResult load_engagement(std::string_view text, std::string_view file) {
  json::Document doc = json::load(text, file);
  if (!doc.ok()) {
    LoadResult r;
    r.diagnostics = std::move(doc.diagnostics);
    return r;
  }
  LoadResult r = from_json(doc.value, file, &doc.source_map);
  r.diagnostics.insert(r.diagnostics.begin(), doc.diagnostics.begin(), doc.diagnostics.end());
  return r;
}

}  // namespace sw::engagement
