// render_html.cpp — a Document as one standalone, printable HTML page. All text is html_escape'd; the page
// has no script and no external resources, and its Content-Security-Policy forbids both should any appear.
#include <string>

#include "core/documents/escape.h"
#include "core/documents/model.h"

namespace sw::documents {
namespace {

const char kStyle[] =
    "body{font-family:Georgia,'Times New Roman',serif;color:#111;max-width:48em;margin:2em auto;padding:0 1em;"
    "line-height:1.45}\n"
    "h1{font-size:1.7em;border-bottom:2px solid #333;padding-bottom:.2em}h2{font-size:1.3em;margin-top:1.6em}"
    "h3{font-size:1.1em}\n"
    ".subtitle{color:#444;font-style:italic}.headers{color:#333;border-bottom:1px solid #ccc;padding-bottom:.5em}\n"
    "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .5em;"
    "text-align:left;vertical-align:top}th{background:#eee}\n"
    "dl.fields{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.fields dt{font-weight:bold}"
    "dl.fields dd{margin:0}\n"
    ".note{border-left:4px solid #888;padding:.3em .8em;background:#f6f6f6}\n"
    ".signature{border:1px solid #999;padding:.6em 1em;margin:1em 0;page-break-inside:avoid}"
    ".signature p{margin:.9em 0}.line{display:inline-block;min-width:18em;border-bottom:1px solid #333}\n"
    "p.text{white-space:pre-wrap}\n"
    "@media print{body{margin:0;max-width:none;font-size:11pt}h2{page-break-after:avoid}"
    "tr,.signature{page-break-inside:avoid}a{color:inherit}}\n"
    "@page{margin:2cm}\n";

void block_html(const Block& b, std::string& out) {
  switch (b.kind) {
    case BlockKind::Heading: {
      const std::string tag = "h" + std::to_string(b.level);
      out += "<" + tag + ">" + html_escape(b.text) + "</" + tag + ">\n";
      break;
    }
    case BlockKind::Paragraph:
      out += "<p class=\"text\">" + html_escape(b.text) + "</p>\n";
      break;
    case BlockKind::Note:
      out += "<p class=\"note\">" + html_escape(b.text) + "</p>\n";
      break;
    case BlockKind::Bullets:
    case BlockKind::Numbered: {
      if (b.items.empty()) {
        out += "<p>(none)</p>\n";
        break;
      }
      const char* tag = b.kind == BlockKind::Bullets ? "ul" : "ol";
      out += std::string("<") + tag + ">\n";
      for (const auto& item : b.items) out += "<li>" + html_escape(item) + "</li>\n";
      out += std::string("</") + tag + ">\n";
      break;
    }
    case BlockKind::Table:
      if (b.rows.empty()) {
        out += "<p>(none)</p>\n";
        break;
      }
      out += "<table>\n<thead><tr>";
      for (const auto& h : b.header) out += "<th>" + html_escape(h) + "</th>";
      out += "</tr></thead>\n<tbody>\n";
      for (const auto& row : b.rows) {
        out += "<tr>";
        for (const auto& c : row) out += "<td>" + html_escape(c) + "</td>";
        out += "</tr>\n";
      }
      out += "</tbody>\n</table>\n";
      break;
    case BlockKind::Fields:
      out += "<dl class=\"fields\">\n";
      for (const auto& [label, value] : b.fields)
        out += "<dt>" + html_escape(label) + "</dt><dd>" + (value.empty() ? std::string("—") : html_escape(value)) +
               "</dd>\n";
      out += "</dl>\n";
      break;
    case BlockKind::Signature:
      for (const auto& party : b.items)
        out += "<div class=\"signature\"><h3>" + html_escape(party) +
               "</h3><p>Name: <span class=\"line\"></span></p><p>Signature: <span class=\"line\"></span></p>"
               "<p>Date: <span class=\"line\"></span></p></div>\n";
      break;
  }
}

}  // namespace

std::string render_html(const Document& doc) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      html_escape(doc.title) + "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n";
  if (!doc.headers.empty()) {
    out += "<div class=\"headers\">\n";
    for (const auto& [name, value] : doc.headers)
      out += "<div><strong>" + html_escape(name) + ":</strong> " + html_escape(value) + "</div>\n";
    out += "</div>\n";
  }
  if (!doc.title.empty()) out += "<h1>" + html_escape(doc.title) + "</h1>\n";
  if (!doc.subtitle.empty()) out += "<p class=\"subtitle\">" + html_escape(doc.subtitle) + "</p>\n";
  for (const auto& b : doc.blocks) block_html(b, out);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace sw::documents
