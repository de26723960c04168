// internal.h — shared by the SurveyJS importer's files (not part of its interface; see import.h).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/surveyjs/import.h"

namespace sw::surveyjs::detail {

using Json = nlohmann::json;           // input
using OJson = nlohmann::ordered_json;  // output, keys in the order the format documents them

/// Names visible to an expression: SurveyJS name (lower-cased: SurveyJS matches names case-insensitively)
/// → our id. Inside a dynamic panel's template, `fields` holds the template's own names ({panel.x}).
struct NameScope {
  const std::map<std::string, std::string>* top = nullptr;
  const std::map<std::string, std::string>* fields = nullptr;  // set inside a dynamic panel template
  const std::map<std::string, std::map<std::string, std::string>>* group_fields = nullptr;  // dyn → its fields
};

class Context {
 public:
  std::string locale;                   // the language kept from localized texts
  std::set<std::string> other_locales;  // languages seen and left out (reported once)
  std::map<std::string, std::string> top_ids;                              // questions, calculated values
  std::map<std::string, std::map<std::string, std::string>> group_fields;  // dynamic panel → its template
  std::set<std::string> used_ids;
  std::map<std::string, std::string> id_at;  // JSON Pointer of an element → its id (names may repeat)
  std::vector<ImportNote> notes;
  OJson calculated = OJson::array();       // expression questions and calculatedValues

  void not_converted(const std::string& path, std::string message) {
    notes.push_back({ImportNote::Kind::NotConverted, path, std::move(message)});
  }
  void changed(const std::string& path, std::string message) {
    notes.push_back({ImportNote::Kind::Changed, path, std::move(message)});
  }

  /// A localized string (text, or {"default": ..., "de": ...}) in the kept language; "" when absent.
  std::string text(const Json& value, const std::string& path);
};

/// A valid identifier ([A-Za-z_][A-Za-z0-9_]*, ≤ 64) made from a SurveyJS name, unique within `used`.
std::string make_id(const std::string& name, std::set<std::string>& used);
/// Lower-cased ASCII (SurveyJS compares names case-insensitively).
std::string lower(std::string s);
/// HTML → plain text: tags dropped, common entities decoded, whitespace collapsed.
std::string strip_html(const std::string& html);

/// A SurveyJS expression rewritten for our engine (references renamed to our ids, {panel.x} → {entry.x}),
/// or "" when it cannot be (unknown name or function, syntax error): then a note at `path` says why.
std::string translate_expression(const std::string& expression, const NameScope& names, Context& ctx,
                                 const std::string& path);
/// "(a) and (b)", skipping empty parts.
std::string and_all(const std::vector<std::string>& parts);

/// Conditions inherited from the panels an element sits in.
struct Inherited {
  std::vector<std::string> visible, enable;
};

/// Converts one question element (not a panel); appends to `out` (nothing for unconvertible types, which
/// are reported). `names` resolves its expressions; `in_group` forbids nested dynamic panels.
void convert_question(const Json& element, const std::string& path, const Inherited& inherited,
                      const NameScope& names, bool in_group, Context& ctx, OJson& out,
                      std::vector<std::string>& section_text);

/// Converts a list of elements: panels are flattened (their conditions passed down, their titles reported),
/// questions converted. Used for pages and for dynamic panels' templates.
void convert_elements_into(const Json& elements, const std::string& path, const Inherited& inherited,
                           const NameScope& names, bool in_group, Context& ctx, OJson& out,
                           std::vector<std::string>& section_text);

/// The SurveyJS question types we convert (for the name pass).
bool is_convertible_type(const std::string& type);

}  // namespace sw::surveyjs::detail
