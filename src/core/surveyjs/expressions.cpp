// expressions.cpp — SurveyJS expressions for our engine. The language is the same (docs/expressions.md), so
// only names change: {Question Name} → {question_name}, {panel.field} → {entry.field} inside dynamic panels,
// {dyn[0].field} → {dyn[0].field_id}. Unknown names, SurveyJS-only variables and functions we lack make the
// expression unconvertible; it is then left out and reported, never kept half-working.
#include <cctype>

#include "core/expr/functions.h"
#include "core/expr/parser.h"
#include "core/surveyjs/internal.h"

namespace sw::surveyjs::detail {
namespace {

const std::string* find_in(const std::map<std::string, std::string>* names, const std::string& key) {
  if (!names) return nullptr;
  const auto it = names->find(lower(key));
  return it == names->end() ? nullptr : &it->second;
}

// The reference text between braces, renamed; sets `why` when it names nothing we know.
std::string rename_reference(const std::string& ref, const NameScope& names, std::string& why) {
  const bool raw = !ref.empty() && ref[0] == '#';
  const std::string body = raw ? ref.substr(1) : ref;
  const std::string prefix = raw ? "#" : "";
  // A whole-name match first: SurveyJS names may hold dots and spaces.
  if (const auto* id = find_in(names.fields, body)) return prefix + "entry." + *id;
  if (const auto* id = find_in(names.top, body)) return prefix + *id;
  const auto cut = body.find_first_of(".[");
  const std::string root = body.substr(0, cut);
  const std::string rest = cut == std::string::npos ? "" : body.substr(cut);
  if (lower(root) == "panel" && names.fields && !rest.empty() && rest[0] == '.') {
    if (const auto* id = find_in(names.fields, rest.substr(1))) return prefix + "entry." + *id;
    why = "{" + ref + "} names no field of this dynamic panel";
    return {};
  }
  if (const auto* id = find_in(names.top, root)) {
    // {dyn[0].field} / {dyn[-1].field}: rename the field of a dynamic panel's entry.
    const auto close = rest.find("].");
    const bool entry_field = names.group_fields && names.group_fields->count(lower(root)) && !rest.empty() &&
                             rest[0] == '[' && close != std::string::npos;
    if (entry_field) {
      const auto fields = names.group_fields->find(lower(root));
      const auto field = fields->second.find(lower(rest.substr(close + 2)));
      if (field == fields->second.end()) {
        why = "{" + ref + "} names no field of the dynamic panel '" + root + "'";
        return {};
      }
      return prefix + *id + rest.substr(0, close + 2) + field->second;
    }
    return prefix + *id + rest;
  }
  const std::string l = lower(root);
  if (l == "panelindex" || l == "visiblepanelindex" || l == "itemvalue" || l == "item" || l == "choice" ||
      l == "row" || l == "locale" || l == "pageno")
    why = "{" + ref + "} is a SurveyJS context variable with no equivalent";
  else
    why = "{" + ref + "} names no question or calculated value of the survey";
  return {};
}

}  // namespace

std::string and_all(const std::vector<std::string>& parts) {
  std::vector<const std::string*> kept;
  for (const auto& p : parts)
    if (!p.empty()) kept.push_back(&p);
  if (kept.size() == 1) return *kept[0];
  std::string out;
  for (const auto* p : kept) out += (out.empty() ? "(" : " and (") + *p + ")";
  return out;
}

std::string translate_expression(const std::string& expression, const NameScope& names, Context& ctx,
                                 const std::string& path) {
  std::string out;
  char quote = 0;
  for (std::size_t i = 0; i < expression.size(); ++i) {
    const char c = expression[i];
    if (quote) {
      out += c;
      if (c == '\\' && i + 1 < expression.size()) out += expression[++i];
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    if (c == '{') {
      const auto close = expression.find('}', i);
      const std::string inside = close == std::string::npos ? "" : expression.substr(i + 1, close - i - 1);
      if (close == std::string::npos || inside.find_first_of("\"':") != std::string::npos) {
        out += c;  // an object literal {"k": v}, or unbalanced: the parser below judges it
        continue;
      }
      std::string why;
      const std::string renamed = rename_reference(inside, names, why);
      if (!why.empty()) {
        ctx.not_converted(path, "expression \"" + expression + "\" left out: " + why);
        return {};
      }
      out += "{" + renamed + "}";
      i = close;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t end = i;
      while (end < expression.size() &&
             (std::isalnum(static_cast<unsigned char>(expression[end])) || expression[end] == '_'))
        ++end;
      const std::string word = expression.substr(i, end - i);
      if (end < expression.size() && expression[end] == '(' && !expr::find_function(word) && lower(word) != "not") {
        ctx.not_converted(path, "expression \"" + expression + "\" left out: function " + word +
                                    "() has no equivalent in Scopewright (docs/expressions.md lists ours)");
        return {};
      }
      out += word;
      i = end - 1;
      continue;
    }
    out += c;
  }
  const auto parsed = expr::parse(out);
  if (!parsed.ok()) {
    ctx.not_converted(path, "expression \"" + expression + "\" left out: " + parsed.error->to_diagnostic().message);
    return {};
  }
  return out;
}

}  // namespace sw::surveyjs::detail
