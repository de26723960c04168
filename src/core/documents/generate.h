// generate.h — "render output X of engagement E with answers A at time T": the one path from an engagement
// to any of its downloads (SoW feed, SoW, handover documents, calendar), shared by `scopewright-cli sow` /
// `document` and the app's Documents section, so both give byte-identical files for the same inputs.
//
// Core reads no files itself: questionnaires and SoW templates are read through the caller's ReadFile.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/engagement/model.h"
#include "core/questionnaire/model.h"
#include "core/sow/requirements.h"
#include "core/sow/sow_template.h"

namespace sw::documents {

/// Reads a file whole; nullopt when it cannot be read.
using ReadFile = std::function<std::optional<std::string>(const std::string& path)>;

/// Where the shared data (questionnaires, SoW templates) is read from.
struct Sources {
  std::string assets_dir = "assets";  // <assets>/questionnaires/<id>.json, <assets>/sow/<type>.json
  ReadFile read_file;
};

/// Output ids besides the documents::kind_names(): the SoW feed and the Statement of Work.
inline constexpr std::string_view kSowFeed = "sow-feed";
inline constexpr std::string_view kSow = "sow";

/// One output an engagement offers, for pickers and help.
struct OutputInfo {
  std::string id;                    // kSowFeed, kSow or a kind name
  std::string label;                 // "Statement of Work", "Support handover", ...
  std::vector<std::string> formats;  // the first is the default: "json", "md", "html", "ics"
};
/// Every output, in the order the app lists them (feed, SoW, then the documents in kind order).
const std::vector<OutputInfo>& outputs();
const OutputInfo* find_output(std::string_view id);

struct Request {
  std::string output;           // an OutputInfo id
  std::string format;           // one of its formats; "" = its default
  std::string now;              // ISO 8601 generation time; "" = none (reproducible output)
  std::string provider;         // our organisation's name; "" = "the provider"
  std::string engagement_file;  // provenance: where the engagement came from ("" when not a file)
  std::string template_file;    // a SoW template file instead of <assets>/sow/<deployment type>.json
};

/// An answers document and where it came from (a file name, or "engagement:<attachment id>").
struct AnswersDocument {
  nlohmann::json document;
  std::string where;
};

/// The answers attached to the engagement, in attachment order.
std::vector<AnswersDocument> attached_answers(const engagement::Engagement& e);

/// Answers documents paired with their questionnaires, ready for sow::build_feed.
struct ResolvedAnswers {
  std::vector<std::unique_ptr<questionnaire::Questionnaire>> questionnaires;  // owned; answers point into them
  std::vector<sow::AnswersInput> answers;
  Diagnostics diagnostics;
  bool unreadable = false;  // a questionnaire file could not be read (the CLI exits 2)
  bool ok() const { return !has_errors(diagnostics); }
};

/// Pairs each document with its questionnaire: one in `given` with the same id, else the built-in
/// <assets>/questionnaires/<id>.json (read through sources.read_file).
ResolvedAnswers resolve_answers(std::vector<AnswersDocument> docs, const Sources& sources,
                                std::vector<std::unique_ptr<questionnaire::Questionnaire>> given = {});

struct TemplateResult {
  sow::SowTemplate sow_template;
  Diagnostics diagnostics;
  bool unreadable = false;
  bool ok() const { return !has_errors(diagnostics); }
};

/// The SoW template `file` (default <assets>/sow/<deployment type>.json) with its "extends" chain applied.
TemplateResult load_template_chain(engagement::DeploymentType type, const std::string& file, const Sources& sources);

struct Rendered {
  std::string text;       // the file's bytes (empty when there were errors)
  std::string mime;       // "application/json", "text/markdown", "text/html", "text/calendar"
  std::string extension;  // "json", "md", "html", "ics"
  Diagnostics diagnostics;
  bool unreadable = false;  // a template file could not be read
  bool ok() const { return !has_errors(diagnostics); }
};

/// Renders one output of `e` from its answers (see resolve_answers).
Rendered render_output(const engagement::Engagement& e, const std::vector<sow::AnswersInput>& answers,
                       const Request& request, const Sources& sources);

/// A download name: "<customer>-<output>-<date>.<ext>" in lower-case ASCII with dashes
/// ("acme-ltd-statement-of-work-2026-11-22.md"); the date is the first 10 characters of `now`.
std::string download_name(const engagement::Engagement& e, const Request& request, const std::string& extension);

}  // namespace sw::documents
