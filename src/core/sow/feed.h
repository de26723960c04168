// feed.h — the SoW feed ("scopewright.sow-feed/1", docs/sow-feed.md): everything a Statement of Work is
// built from, gathered from an engagement and its questionnaire answers into one documented JSON document.
//
// Deterministic: the same inputs and options give byte-identical output (fixed key order, records in
// engagement order, requirements in questionnaire order). Core never reads the clock: `now` is an option.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/engagement/model.h"
#include "core/sow/requirements.h"

namespace sw::sow {

inline constexpr std::string_view kFeedFormat = "scopewright.sow-feed/1";

struct FeedOptions {
  std::string now;            // ISO 8601 moment the feed is generated at; "" leaves "generated" null
  std::string provider_name;  // our organisation's name for the parties block ("" when not given)
  std::string engagement_file;  // where the engagement came from, for provenance ("" when not a file)
};

struct FeedResult {
  nlohmann::ordered_json feed;  // always a complete feed (problems are reported, not fatal)
  Diagnostics diagnostics;      // answers that could not be read or fitted, unknown questionnaires
  bool ok() const { return !has_errors(diagnostics); }
};

/// Builds the feed of `e`. `answers` are the questionnaire answers to draw the technical requirements from,
/// in the order given (typically one per attachment of e.answers, or a file given on the command line).
FeedResult build_feed(const engagement::Engagement& e, const std::vector<AnswersInput>& answers,
                      const FeedOptions& options = {});

/// The display label of a deployment type ("Medical", "Web application firewall (WAF)", ...).
std::string deployment_label(engagement::DeploymentType type);

/// The EvalContext (for today() in questionnaire conditions) of an ISO date or moment; NaN time when empty/invalid.
expr::EvalContext context_of(std::string_view iso);

}  // namespace sw::sow
