// format.h — reading and writing engagement files ("scopewright.engagement/1", docs/engagement.md).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/engagement/model.h"
#include "core/json/source_map.h"

namespace sw::engagement {

struct LoadResult {
  Engagement engagement;
  Diagnostics diagnostics;  // errors refuse the file; warnings (unknown fields, migration) do not
  bool migrated = false;    // read from an older format version and converted
  bool ok() const { return !has_errors(diagnostics); }
};

/// How strict reading is: files warn about records without ids; edits give them ids silently.
enum class ReadMode { File, Edit };

/// The engagement in the file format (with "format"), fields in documentation order.
nlohmann::ordered_json to_json(const Engagement& e);
/// The same as a sorted-key DOM (what edits patch; cheaper to compare).
nlohmann::json to_dom(const Engagement& e);
/// to_json(e) indented by 2, ending with a newline.
std::string to_text(const Engagement& e);

/// Reads a parsed engagement document. Never throws. `min_next_id` keeps the id counter from going back.
LoadResult from_json(const nlohmann::json& doc, std::string_view file, const json::SourceMap* map = nullptr,
                     ReadMode mode = ReadMode::File, long long min_next_id = 1);
/// Parses and reads an engagement file (syntax errors with line:column).
LoadResult load_engagement(std::string_view text, std::string_view file);

/// Converts a version-0 document (flat layout of early prototypes) to version 1; see docs/engagement.md.
nlohmann::json migrate_v0(const nlohmann::json& doc);

}  // namespace sw::engagement
