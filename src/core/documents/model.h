// model.h — a document as a list of blocks (headings, paragraphs, lists, tables, fields, signature lines),
// built by code from the engagement and the SoW feed and rendered to Markdown, HTML or plain text.
//
// Every string in a block is plain text: the renderers escape all of it, so neither user fields nor
// template wording can inject markup. Only the renderers' own markup is raw.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace sw::documents {

enum class BlockKind {
  Heading,    // text; level 2..4 (the title is level 1)
  Paragraph,  // text (newlines kept)
  Bullets,    // items
  Numbered,   // items
  Table,      // header + rows (each row as many cells as the header)
  Fields,     // label: value pairs
  Signature,  // one signature box per item (a party's label), with Name / Signature / Date lines
  Note,       // text set apart (a callout)
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 2;
  std::string text;
  std::vector<std::string> items;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::pair<std::string, std::string>> fields;
};

struct Document {
  std::string title;
  std::string subtitle;                 // a line under the title (customer, project)
  std::vector<std::pair<std::string, std::string>> headers;  // e-mail headers (Subject, To), shown first
  std::vector<Block> blocks;

  // Builders, so documents read top to bottom.
  Document& heading(std::string text, int level = 2);
  Document& paragraph(std::string text);
  Document& bullets(std::vector<std::string> items);
  Document& numbered(std::vector<std::string> items);
  Document& table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows);
  Document& fields(std::vector<std::pair<std::string, std::string>> pairs);
  Document& signature(std::vector<std::string> parties);
  Document& note(std::string text);
};

/// The document as CommonMark-compatible Markdown (GitHub tables), ending with one newline.
std::string render_markdown(const Document& doc);
/// The document as a standalone printable HTML page: embedded print stylesheet, no external resources, no script.
std::string render_html(const Document& doc);

}  // namespace sw::documents
