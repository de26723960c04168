// text.cpp — the importer's text helpers: identifiers from SurveyJS names, localized strings, HTML to text.
#include <cctype>

#include "core/surveyjs/internal.h"

namespace sw::surveyjs::detail {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string make_id(const std::string& name, std::set<std::string>& used) {
  std::string id;
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (ok) id += c;
    else if (!id.empty() && id.back() != '_') id += '_';
  }
  while (!id.empty() && id.back() == '_' && id.size() > 1) id.pop_back();
  if (id.empty() || id == "_") id = "q";
  if (id[0] >= '0' && id[0] <= '9') id = "q_" + id;
  if (id.size() > 60) id.resize(60);
  std::string unique = id;
  // Ids compare case-insensitively in expressions, so uniqueness does too.
  for (int n = 2; used.count(lower(unique)); ++n) unique = id + "_" + std::to_string(n);
  used.insert(lower(unique));
  return unique;
}

std::string Context::text(const Json& value, const std::string& path) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number() || value.is_boolean()) return value.dump();
  if (!value.is_object()) return {};
  std::string kept;
  for (const char* key : {locale.c_str(), "default", "en"}) {
    const auto it = value.find(key);
    if (*key && it != value.end() && it->is_string()) {
      kept = it->get<std::string>();
      break;
    }
  }
  if (kept.empty())
    for (const auto& [key, v] : value.items())
      if (v.is_string()) {
        kept = v.get<std::string>();
        if (!other_locales.count(key)) changed(path, "no text in \"" + locale + "\": used the \"" + key + "\" text");
        break;
      }
  for (const auto& [key, v] : value.items())
    if (key != locale && key != "default" && v.is_string() && v.get<std::string>() != kept) other_locales.insert(key);
  return kept;
}

std::string strip_html(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (in_tag) {
      if (c == '>') in_tag = false;
      continue;
    }
    if (c == '<') {
      in_tag = true;
      // Block elements separate words; inline ones (<b>, <a>...) do not.
      std::size_t n = i + 1 + (i + 1 < html.size() && html[i + 1] == '/');
      std::string name;
      while (n < html.size() && std::isalnum(static_cast<unsigned char>(html[n]))) name += html[n++];
      name = lower(name);
      static const std::set<std::string> kBlocks = {"p", "br", "div", "li", "ul", "ol", "tr", "td", "h1", "h2",
                                                    "h3", "h4", "h5", "h6", "hr", "table"};
      if (kBlocks.count(name) && !out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (c == '&') {
      static const std::pair<const char*, const char*> kEntities[] = {
          {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}};
      bool done = false;
      for (const auto& [entity, plain] : kEntities)
        if (html.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
          out += plain;
          i += std::char_traits<char>::length(entity) - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace sw::surveyjs::detail
