// render_markdown.cpp — a Document as Markdown; every text goes through markdown_escape / markdown_cell.
#include <string>

#include "core/documents/escape.h"
#include "core/documents/model.h"

namespace sw::documents {
namespace {

// "(none)" keeps an empty list or table visible instead of silently dropping a section's content.
const char kNone[] = "(none)";

void table_row(const std::vector<std::string>& cells, std::string& out) {
  out += "|";
  for (const auto& c : cells) out += " " + markdown_inline(c) + " |";
  out += "\n";
}

void block_markdown(const Block& b, std::string& out) {
  switch (b.kind) {
    case BlockKind::Heading:
      out += std::string(static_cast<std::size_t>(b.level), '#') + " " + markdown_inline(b.text) + "\n";
      break;
    case BlockKind::Paragraph:
      out += markdown_escape(b.text) + "\n";
      break;
    case BlockKind::Note:
      out += "> " + markdown_cell(b.text) + "\n";
      break;
    case BlockKind::Bullets:
    case BlockKind::Numbered:
      if (b.items.empty()) out += std::string(kNone) + "\n";
      for (std::size_t i = 0; i < b.items.size(); ++i) {
        out += b.kind == BlockKind::Bullets ? "- " : std::to_string(i + 1) + ". ";
        out += markdown_cell(b.items[i]) + "\n";
      }
      break;
    case BlockKind::Table:
      if (b.rows.empty()) {
        out += std::string(kNone) + "\n";
        break;
      }
      table_row(b.header, out);
      out += "|";
      for (std::size_t i = 0; i < b.header.size(); ++i) out += " --- |";
      out += "\n";
      for (const auto& row : b.rows) table_row(row, out);
      break;
    case BlockKind::Fields:
      for (const auto& [label, value] : b.fields)
        out += "- **" + markdown_inline(label) + ":** " + (value.empty() ? std::string("—") : markdown_inline(value)) + "\n";
      break;
    case BlockKind::Signature:
      for (const auto& party : b.items) {
        out += "**" + markdown_inline(party) + "**\n\n";
        out += "Name: ______________________________  \nSignature: _________________________  \n"
               "Date: ______________________________\n";
        if (&party != &b.items.back()) out += "\n";
      }
      break;
  }
}

}  // namespace

std::string render_markdown(const Document& doc) {
  std::string out;
  for (const auto& [name, value] : doc.headers) out += name + ": " + markdown_inline(value) + "\n";
  if (!doc.headers.empty()) out += "\n";
  if (!doc.title.empty()) out += "# " + markdown_inline(doc.title) + "\n\n";
  if (!doc.subtitle.empty()) out += "*" + markdown_inline(doc.subtitle) + "*\n\n";
  for (const auto& b : doc.blocks) {
    block_markdown(b, out);
    out += "\n";
  }
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace sw::documents
