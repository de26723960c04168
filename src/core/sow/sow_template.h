// sow_template.h — SoW templates ("scopewright.sow-template/1", docs/documents.md): per deployment type,
// which sections a Statement of Work has, in which order, each with its standard wording and the
// structured block (deliverables table, requirements, sign-off...) it shows from the feed.
//
// Templates are data the team edits (assets/sow/<type>.json). Their wording is plain text with {{fill}}
// placeholders (documents/fill.h) — no markup — so no template can inject HTML or script.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace sw::sow {

inline constexpr std::string_view kTemplateFormat = "scopewright.sow-template/1";

/// The structured blocks a section can show (its "block" field); "" for wording only.
const std::vector<std::string_view>& block_names();

struct SowSection {
  std::string id, title;
  std::string block;                 // one of block_names() or ""
  std::vector<std::string> text;     // paragraphs of standard wording, before the block
  std::vector<std::string> clauses;  // standard clauses, as a bulleted list after the text
  std::string after;                 // in an extending template: insert after this section ("" = at the end)
  bool remove = false;               // in an extending template: drop the parent's section with this id
};

struct SowTemplate {
  std::string id, title, extends;  // extends: id of the template this one adds to ("" for none)
  std::vector<SowSection> sections;
};

struct TemplateLoadResult {
  SowTemplate sow_template;
  Diagnostics diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
};

/// Parses and checks a template file (format, ids, known blocks, well-formed {{…}} wording).
TemplateLoadResult load_sow_template(std::string_view text, std::string_view file);

/// `child` applied over `parent`: sections with a parent's id replace it (or remove it), new ones are
/// inserted after their "after" section or appended. The result has the child's id and title.
SowTemplate extend_template(const SowTemplate& parent, const SowTemplate& child);

}  // namespace sw::sow
