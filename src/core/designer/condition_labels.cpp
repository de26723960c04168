// condition_labels.cpp — shortening and disambiguating labels for readings.
#include "core/designer/condition_labels.h"

#include "core/expr/js.h"
#include "core/json/utf8.h"

namespace sw::designer {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += json::starts_char(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

}  // namespace

std::string short_label(std::string_view label, std::string_view fallback, std::size_t max_chars) {
  std::string s;
  for (std::size_t i = 0; i < label.size(); ++i) {
    const char c = label[i];
    if (c == '{') {
      const std::size_t close = label.find('}', i);
      if (close != std::string_view::npos) {
        s += "…";
        i = close;
        continue;
      }
    }
    if (is_space(c)) {
      if (!s.empty() && s.back() != ' ') s += ' ';
      continue;
    }
    s += c;
  }
  auto trim_end = [&] {
    while (!s.empty() && (s.back() == ' ' || s.back() == '?' || s.back() == ':' || s.back() == '.' || s.back() == '*'))
      s.pop_back();
  };
  trim_end();
  if (!s.empty() && s.back() == ')') {
    const std::size_t open = s.rfind('(');
    if (open != std::string::npos && open >= 3) {
      s.erase(open);
      trim_end();
    }
  }
  if (count_chars(s) > max_chars) {
    // Cut after max_chars characters, then back to the last space so no word is split.
    std::size_t bytes = 0, chars = 0;
    while (bytes < s.size() && chars < max_chars) {
      ++bytes;
      while (bytes < s.size() && !json::starts_char(static_cast<unsigned char>(s[bytes]))) ++bytes;
      ++chars;
    }
    std::size_t cut = s.rfind(' ', bytes);
    if (cut == std::string::npos || cut < bytes / 2) cut = bytes;
    s.erase(cut);
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '-')) s.pop_back();
    s += "…";
  }
  if (s.empty()) return std::string(fallback);
  return s;
}

std::string LabelNamer::key(const AnswerName& name) {
  // Fields are named within their group, so their labels only clash with the group's other fields.
  return name.group + "\n" + expr::js::to_lower(short_label(name.label, name.id));
}

LabelNamer::LabelNamer(const ConditionContext& ctx) {
  for (const auto& n : ctx.names()) {
    if (n.kind == AnswerName::Kind::OtherText) continue;  // read as "<label> (other text)"
    ++uses_[key(n)];
    for (const auto& f : n.fields) ++uses_[key(f)];
  }
}

std::string LabelNamer::operator()(const AnswerName& name) const {
  std::string s = short_label(name.label, name.id);
  if (name.kind == AnswerName::Kind::OtherText) return s + " (other text)";
  auto it = uses_.find(key(name));
  if (it != uses_.end() && it->second > 1 && s != name.id) s += " (" + name.id + ")";
  return s;
}

}  // namespace sw::designer
