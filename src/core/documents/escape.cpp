// escape.cpp — escaping user text for HTML, Markdown and iCalendar (see escape.h).
#include "core/documents/escape.h"

#include <cctype>

namespace sw::documents {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters other than tab and newline have no business in a document.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
        out += c;
    }
  }
  return out;
}

namespace {

// Characters that start inline markup anywhere in a line (emphasis, code, links, raw HTML, tables, escapes).
// '&' is left alone: an entity in user text only ever decodes to a character, never to markup.
bool inline_special(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~':
      return true;
    default:
      return false;
  }
}

// Escapes one line; at its start (unless inline), block markers (headings, quotes, lists, rules) too.
void escape_line(std::string_view line, std::string& out, bool at_line_start = true) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') out += line[i++];
  if (at_line_start && i < line.size()) {
    const char c = line[i];
    if (c == '#' || c == '+' || c == '-' || c == '=') {
      out += '\\';
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t j = i;
      while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) ++j;
      if (j < line.size() && (line[j] == '.' || line[j] == ')')) {
        out.append(line.substr(i, j - i));
        out += '\\';
        i = j;
      }
    }
  }
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t') continue;
    if (inline_special(c)) out += '\\';
    out += c;
  }
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const auto nl = text.find('\n', start);
    std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    escape_line(line, out);
    if (nl == std::string_view::npos) break;
    out += "  \n";  // a hard line break keeps the writer's line breaks
    start = nl + 1;
  }
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string flat(text);
  for (char& c : flat)
    if (c == '\n' || c == '\r') c = ' ';
  return markdown_escape(flat);
}

std::string markdown_inline(std::string_view text) {
  std::string flat(text);
  for (char& c : flat)
    if (c == '\n' || c == '\r') c = ' ';
  std::string out;
  escape_line(flat, out, false);  // pipes are inline_special, so table cells stay cells
  return out;
}

std::string ics_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;  // CRLF → one \n
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
        out += c;
    }
  }
  return out;
}

}  // namespace sw::documents
