// questionnaire_source.cpp — reading ?q= and building customer links (see questionnaire_source.h).
#include "core/runner/questionnaire_source.h"

namespace sw::runner {

namespace {
bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) return false;
  }
  return true;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string_view without_query(std::string_view url) {
  const auto cut = url.find_first_of("?#");
  return cut == std::string_view::npos ? url : url.substr(0, cut);
}
}  // namespace

QuestionnaireSource resolve_source(std::string_view q, std::string_view page_origin) {
  using Kind = QuestionnaireSource::Kind;
  if (q.empty()) return {Kind::Invalid, "The link does not name a questionnaire (?q= is empty)."};
  const std::string_view path = without_query(q);
  if (!ends_with(path, ".json")) {
    if (is_slug(q)) return {Kind::Template, std::string(q)};
    return {Kind::Invalid, "\"" + std::string(q) +
                               "\" is neither a questionnaire template name (such as \"general\") nor a link to a "
                               ".json file."};
  }
  const auto scheme = q.find("://");
  const bool absolute = scheme != std::string_view::npos && scheme < q.find_first_of("/?#");
  if (q.substr(0, 2) == "//" || (absolute && (page_origin.empty() || q.substr(0, page_origin.size()) != page_origin ||
                                              (q.size() > page_origin.size() && q[page_origin.size()] != '/')))) {
    return {Kind::Invalid, "The questionnaire must come from this site (" +
                               (page_origin.empty() ? std::string("the same host") : std::string(page_origin)) +
                               "), not from " + std::string(q) + "."};
  }
  if (q.find(':') != std::string_view::npos && !absolute)
    return {Kind::Invalid, "\"" + std::string(q) + "\" is not a usable questionnaire link."};
  return {Kind::Url, std::string(q)};
}

std::string template_path(std::string_view assets_dir, std::string_view id) {
  std::string path(assets_dir);
  if (!path.empty() && path.back() != '/') path += '/';
  return path + "questionnaires/" + std::string(id) + ".json";
}

std::string customer_link(std::string_view page_url, std::string_view id) {
  const auto cut = page_url.find_first_of("?#");
  return std::string(cut == std::string_view::npos ? page_url : page_url.substr(0, cut)) + "?q=" + std::string(id);
}

}  // namespace sw::runner
