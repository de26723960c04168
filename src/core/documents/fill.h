// fill.h — a tiny template language for standard wording: {{path}}, {{#if path}}…{{else}}…{{/if}},
// {{#each path}}…{{/each}} over a JSON value. The result is plain text; the document renderers escape it.
//
// Values are inserted as text and never re-read as template, so "{{" in user text is printed as is.
// There is no raw-output form: templates cannot produce markup, only text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace sw::documents {

struct FillResult {
  std::string text;
  std::vector<std::string> errors;  // unclosed or unmatched blocks, with the offset in the template
};

/// Fills `templ` from `data`. Paths are dotted ("customer.name"); inside #each, names are looked up in the
/// current item first, then outwards; "." is the item itself and "@number" its 1-based position.
/// Unknown paths give "". Truthy: not null/false/""/0/[]/{}.
FillResult fill(std::string_view templ, const nlohmann::json& data);

/// A JSON value as text: strings as is, integers without a point, other numbers with up to 2 decimals,
/// booleans Yes/No, arrays joined with ", ", null and objects "".
std::string value_text(const nlohmann::json& value);

}  // namespace sw::documents
