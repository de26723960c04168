// questionnaire_source.h — what a customer link's ?q= names: a built-in template or a questionnaire URL on the
// same static host; and the customer link an engineer sends for a template.
#pragma once

#include <string>
#include <string_view>

namespace sw::runner {

struct QuestionnaireSource {
  enum class Kind { Template, Url, Invalid } kind = Kind::Invalid;
  std::string value;  // Template: the template id; Url: the URL to fetch; Invalid: why the link is not usable
};

/// Reads the ?q= parameter. A template id is a slug ("general"); a URL is relative ("forms/acme.json") or on
/// `page_origin` ("https://host"), and ends in ".json" (a query or fragment after it is allowed).
QuestionnaireSource resolve_source(std::string_view q, std::string_view page_origin);

/// The path of template `id` under the packed assets folder: "<assets_dir>/questionnaires/<id>.json".
std::string template_path(std::string_view assets_dir, std::string_view id);

/// The customer link of template `id` for the page at `page_url` (its query and fragment are replaced).
std::string customer_link(std::string_view page_url, std::string_view id);

}  // namespace sw::runner
