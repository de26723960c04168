// prefill.h — filling engagement fields from questionnaire answers, previewed before anything changes.
//
// The mapping is data ("scopewright.prefill/1", assets/prefill/*.json, docs/engagement.md): answer →
// field, and answer (or each entry of a repeat answer) → a record in a list. Records made by prefill carry
// an origin ("prefill:/contacts:primary") so importing newer answers updates them instead of adding copies.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/engagement/edit.h"
#include "core/engagement/model.h"

namespace sw::engagement {

struct PrefillField {
  std::string answer, calculated;  // one of them: the answers or calculated value id
  std::string to;                  // engagement field pointer, e.g. "/commercial/purchase_order"
  nlohmann::json map;              // optional: answer value (as text) → field value
};

struct PrefillRecord {
  std::string list;                // "/contacts"
  std::string each;                // a repeat answer: one record per entry ("" = one record)
  std::string key;                 // template naming the record among prefilled ones ("primary", "{site_name}")
  std::string require;             // answer (or entry field) that must be non-empty for the record to exist
  std::vector<std::pair<std::string, std::string>> fields;  // record field → template ("{contact_email}")
};

struct PrefillMapping {
  std::string id;
  std::vector<std::string> questionnaires;  // questionnaire ids this mapping reads
  std::vector<PrefillField> fields;
  std::vector<PrefillRecord> records;
};

struct PrefillMappingLoad {
  PrefillMapping mapping;
  Diagnostics diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
};
/// Reads a mapping file; target paths are checked against the engagement format.
PrefillMappingLoad load_prefill_mapping(std::string_view text, std::string_view file);

/// One proposed change: a field's current and new value, or a new record (path ends in "/-").
struct PrefillChange {
  std::string path;
  nlohmann::json current;   // null for a new record
  nlohmann::json proposed;
  bool conflict = false;    // the field already holds another non-empty value
  bool selected = true;     // what apply does by default: fill empty fields and add records, keep edited values
};

struct PrefillPreview {
  std::vector<PrefillChange> changes;
  Diagnostics diagnostics;  // e.g. answers for a questionnaire the mapping does not read
};

/// What applying the answers document would change in e (nothing changes now).
PrefillPreview preview_prefill(const Engagement& e, const PrefillMapping& mapping, const nlohmann::json& answers_doc);

/// The command applying the selected changes of a preview (one undo step).
Command apply_prefill(const PrefillPreview& preview);

}  // namespace sw::engagement
