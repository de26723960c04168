// import.h — a SurveyJS survey JSON → a Scopewright questionnaire, with a report of everything that could not
// be converted (each with the JSON Pointer of the SurveyJS element). Nothing is dropped silently: a property,
// element or expression that has no equivalent is named in the report. docs/surveyjs-import.md lists the mapping.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"

namespace sw::surveyjs {

struct ImportNote {
  enum class Kind {
    NotConverted,  // content left out (an unknown question type, an expression with an unknown function...)
    Changed,       // converted approximately (a panel flattened, a renamed id, an input type read as text)
  } kind = Kind::NotConverted;
  std::string path;     // JSON Pointer in the SurveyJS file ("/pages/0/elements/2/visibleIf")
  std::string message;  // what and why
};

struct ImportResult {
  nlohmann::ordered_json questionnaire;  // null when the input is not a SurveyJS survey at all
  std::vector<ImportNote> notes;         // the conversion report, in input order
  Diagnostics diagnostics;               // reading the input (JSON syntax) and validating the result
  std::map<std::string, std::string> ids;  // SurveyJS name, lower-cased → our id (questions, calculated values)
  std::map<std::string, std::map<std::string, std::string>> field_ids;  // dynamic panel → its fields' ids
  /// True when a questionnaire was produced and it passes our loader and engine without errors.
  bool ok() const { return !questionnaire.is_null() && !has_errors(diagnostics); }
};

struct ImportOptions {
  std::string id;  // the questionnaire id; "" derives one from the survey's title (else "imported-survey")
  std::string locale;  // the language to keep from localized texts; "" = the survey's "locale", else "default"
};

/// Converts SurveyJS survey JSON text (`file` labels messages), then validates the result with the
/// questionnaire loader and the engine (their problems go to `diagnostics`).
ImportResult import_surveyjs(std::string_view text, std::string_view file, const ImportOptions& options = {});

/// "file: not converted: /pages/0/elements/3: ..." — one report line.
std::string format(const ImportNote& note, std::string_view file);

}  // namespace sw::surveyjs
