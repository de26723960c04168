// render.h — the Statement of Work as a document: a SoW template's sections, their wording filled from the
// feed and their blocks (tables, lists, signature boxes) drawn from it; then Markdown or standalone HTML.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/documents/model.h"
#include "core/sow/sow_template.h"

namespace sw::sow {

/// The data wording templates read: the feed plus "customer" (organisation, else name) and "provider"
/// (our name, else "the provider").
nlohmann::json wording_data(const nlohmann::ordered_json& feed);

/// The SoW of `feed` laid out by `t` (already extended). Wording problems are added to `diagnostics` if given.
documents::Document sow_document(const nlohmann::ordered_json& feed, const SowTemplate& t,
                                 Diagnostics* diagnostics = nullptr);

/// The SoW as Markdown.
std::string render_markdown(const nlohmann::ordered_json& feed, const SowTemplate& t);
/// The SoW as a standalone printable HTML page (no script, no external resources).
std::string render_html(const nlohmann::ordered_json& feed, const SowTemplate& t);

}  // namespace sw::sow
