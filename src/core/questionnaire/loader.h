// loader.h — questionnaire JSON → model, reporting every structural problem at once with path and line:column.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/json/source_map.h"
#include "core/questionnaire/model.h"

namespace sw::questionnaire {

/// A loaded questionnaire with its problems. With errors, `questionnaire` holds what could be read.
struct LoadResult {
  Questionnaire questionnaire;
  Diagnostics diagnostics;
  json::SourceMap source_map;  // for the engine's later, semantic errors

  /// True when there is no error (warnings such as unknown fields allowed).
  bool ok() const { return !has_errors(diagnostics); }
};

/// Parses and loads a questionnaire file (file labels the diagnostics). Never throws.
LoadResult load_questionnaire(std::string_view text, std::string_view file);

/// Loads a questionnaire from an already parsed document; map (optional) supplies line:column.
LoadResult questionnaire_from_json(const nlohmann::json& document, std::string_view file,
                                   const json::SourceMap* map = nullptr);

}  // namespace sw::questionnaire
