// model.cpp — the document builders (model.h).
#include "core/documents/model.h"

namespace sw::documents {

Document& Document::heading(std::string text, int level) {
  Block b;
  b.kind = BlockKind::Heading;
  b.level = level < 2 ? 2 : (level > 4 ? 4 : level);
  b.text = std::move(text);
  blocks.push_back(std::move(b));
  return *this;
}

Document& Document::paragraph(std::string text) {
  if (text.empty()) return *this;  // nothing to say: no empty paragraph
  Block b;
  b.text = std::move(text);
  blocks.push_back(std::move(b));
  return *this;
}

Document& Document::bullets(std::vector<std::string> items) {
  Block b;
  b.kind = BlockKind::Bullets;
  b.items = std::move(items);
  blocks.push_back(std::move(b));
  return *this;
}

Document& Document::numbered(std::vector<std::string> items) {
  Block b;
  b.kind = BlockKind::Numbered;
  b.items = std::move(items);
  blocks.push_back(std::move(b));
  return *this;
}

Document& Document::table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  Block b;
  b.kind = BlockKind::Table;
  for (auto& row : rows) row.resize(header.size());  // a ragged row would break the Markdown table
  b.header = std::move(header);
  b.rows = std::move(rows);
  blocks.push_back(std::move(b));
  return *this;
}

Document& Document::fields(std::vector<std::pair<std::string, std::string>> pairs) {
  Block b;
  b.kind = BlockKind::Fields;
  b.fields = std::move(pairs);
  blocks.push_back(std::move(b));
  return *this;
}

Document& Document::signature(std::vector<std::string> parties) {
  Block b;
  b.kind = BlockKind::Signature;
  b.items = std::move(parties);
  blocks.push_back(std::move(b));
  return *this;
}

Document& Document::note(std::string text) {
  Block b;
  b.kind = BlockKind::Note;
  b.text = std::move(text);
  blocks.push_back(std::move(b));
  return *this;
}

}  // namespace sw::documents
