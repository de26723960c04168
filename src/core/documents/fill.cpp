// fill.cpp — the wording template language (fill.h): one pass over the template, values inserted as text.
#include "core/documents/fill.h"

#include <cmath>
#include <cstdio>

namespace sw::documents {
namespace {

struct Tag {
  std::size_t begin = 0, end = 0;  // of "{{ ... }}" in the template
  std::string body;                // trimmed inside
};

std::string trim(std::string_view s) {
  std::size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  return std::string(s.substr(a, b - a));
}

class Filler {
 public:
  Filler(std::string_view t, FillResult& r) : t_(t), r_(r) {}

  // Renders from pos until a closing tag ({{/if}}, {{/each}}, {{else}}) or the end; returns the tag that stopped it.
  std::string run(std::size_t& pos, std::vector<const nlohmann::json*>& scope, bool emit, std::string& out) {
    while (pos < t_.size()) {
      const auto open = t_.find("{{", pos);
      if (open == std::string_view::npos) {
        if (emit) out.append(t_.substr(pos));
        pos = t_.size();
        break;
      }
      if (emit) out.append(t_.substr(pos, open - pos));
      const auto close = t_.find("}}", open + 2);
      if (close == std::string_view::npos) {
        r_.errors.push_back("offset " + std::to_string(open) + ": \"{{\" without \"}}\"");
        if (emit) out.append(t_.substr(open));
        pos = t_.size();
        break;
      }
      const std::string body = trim(t_.substr(open + 2, close - open - 2));
      pos = close + 2;
      if (body == "/unless") return "/if";  // #unless is an #if with the condition negated
      if (body == "/if" || body == "/each" || body == "else") return body;
      if (body.rfind("#if ", 0) == 0 || body.rfind("#unless ", 0) == 0) {
        const bool unless = body[1] == 'u';
        const bool cond = truthy(lookup(trim(body.substr(unless ? 8 : 4)), scope)) != unless;
        std::string end = run(pos, scope, emit && cond, out);
        if (end == "else") end = run(pos, scope, emit && !cond, out);
        if (end != "/if") r_.errors.push_back("offset " + std::to_string(open) + ": {{" + body + "}} is not closed by {{/if}}");
      } else if (body.rfind("#each ", 0) == 0) {
        const nlohmann::json* list = lookup(trim(body.substr(6)), scope);
        const std::size_t start = pos;
        std::string end;
        if (emit && list && list->is_array() && !list->empty()) {
          for (std::size_t i = 0; i < list->size(); ++i) {
            pos = start;
            nlohmann::json number = i + 1;
            nlohmann::json item = (*list)[i];
            if (item.is_object()) item["@number"] = number;
            scope.push_back(&item);
            end = run(pos, scope, true, out);
            scope.pop_back();
          }
        } else {
          end = run(pos, scope, false, out);
        }
        if (end != "/each") r_.errors.push_back("offset " + std::to_string(open) + ": {{" + body + "}} is not closed by {{/each}}");
      } else if (emit) {
        if (const auto* v = lookup(body, scope)) out += value_text(*v);
      }
    }
    return "";
  }

 private:
  static bool truthy(const nlohmann::json* v) {
    if (!v || v->is_null()) return false;
    if (v->is_boolean()) return v->get<bool>();
    if (v->is_string()) return !v->get_ref<const std::string&>().empty();
    if (v->is_number()) return v->get<double>() != 0.0;
    return !v->empty();
  }

  // Dotted path, innermost scope first.
  static const nlohmann::json* lookup(const std::string& path, const std::vector<const nlohmann::json*>& scope) {
    if (path == ".") return scope.back();
    for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
      const nlohmann::json* v = *it;
      std::size_t start = 0;
      bool found = true;
      while (found) {
        const auto dot = path.find('.', start);
        const std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!v->is_object() || !v->contains(key)) {
          found = false;
          break;
        }
        v = &(*v)[key];
        if (dot == std::string::npos) break;
        start = dot + 1;
      }
      if (found) return v;
    }
    return nullptr;
  }

  std::string_view t_;
  FillResult& r_;
};

}  // namespace

std::string value_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "Yes" : "No";
  if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
  if (v.is_number_float()) {
    const double d = v.get<double>();
    char buf[64];
    if (std::isfinite(d) && std::fabs(d) < 1e15 && d == std::floor(d)) {
      std::snprintf(buf, sizeof buf, "%.0f", d);
    } else {
      std::snprintf(buf, sizeof buf, "%.2f", d);
      std::string s = buf;  // 2.50 → 2.5
      while (!s.empty() && s.back() == '0') s.pop_back();
      if (!s.empty() && s.back() == '.') s.pop_back();
      return s;
    }
    return buf;
  }
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) {
      std::string t = value_text(item);
      if (t.empty()) continue;
      out += (out.empty() ? "" : ", ") + t;
    }
    return out;
  }
  return "";
}

FillResult fill(std::string_view templ, const nlohmann::json& data) {
  FillResult r;
  Filler f(templ, r);
  std::vector<const nlohmann::json*> scope{&data};
  std::size_t pos = 0;
  while (pos < templ.size()) {
    const std::string stray = f.run(pos, scope, true, r.text);
    if (!stray.empty()) r.errors.push_back("{{" + stray + "}} without an opening block");
  }
  return r;
}

}  // namespace sw::documents
