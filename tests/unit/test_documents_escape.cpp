// test_documents_escape.cpp — hostile user text stays text: HTML entities, Markdown escapes, {{ not expanded,
// iCalendar escaping and 75-octet folding.
#include <gtest/gtest.h>

#include <string>

#include "core/documents/calendar.h"
#include "core/documents/escape.h"
#include "core/documents/fill.h"
#include "core/documents/model.h"

namespace sw::documents {
namespace {

TEST(DocumentsEscape, HtmlEscapesEveryMarkupCharacter) {
  EXPECT_EQ(html_escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(html_escape("\"><img src=x onerror='a'>&"), "&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;&amp;");
  EXPECT_EQ(html_escape(std::string("a\x01" "b\x7f" "c")), "ab\x7f" "c");  // C0 controls dropped
}

TEST(DocumentsEscape, HtmlPageHasNoScriptAndNoRawUserMarkup) {
  Document d;
  d.title = "<script>alert(1)</script>";
  d.heading("\"><img src=x onerror=alert(1)>").paragraph("<iframe src=//evil>").table({"<th>"}, {{"</td><script>"}});
  d.fields({{"<b>", "<i>"}}).bullets({"<li>"}).signature({"<svg onload=x>"});
  const std::string html = render_html(d);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<iframe"), std::string::npos);
  EXPECT_EQ(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);  // no external resources
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
}

TEST(DocumentsEscape, MarkdownEscapesInlineMarkupAndLeadingBlockMarkers) {
  EXPECT_EQ(markdown_escape("# not a heading"), "\\# not a heading");
  EXPECT_EQ(markdown_escape("- item\n1. one\n> quote"), "\\- item  \n1\\. one  \n\\> quote");
  EXPECT_EQ(markdown_escape("*a* _b_ `c` [d](e) <f>"), "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\>");
  EXPECT_EQ(markdown_escape("a\\b"), "a\\\\b");
  EXPECT_EQ(markdown_inline("a | b\nc"), "a \\| b c");
  EXPECT_EQ(markdown_inline("# x"), "# x");  // after "## " or "| " a # starts nothing
  EXPECT_EQ(markdown_cell("# x\ny"), "\\# x y");
}

TEST(DocumentsEscape, MarkdownTablesKeepTheirShapeWithPipesAndNewlines) {
  Document d;
  d.table({"A", "B"}, {{"x | y", "line1\nline2"}});
  EXPECT_EQ(render_markdown(d), "| A | B |\n| --- | --- |\n| x \\| y | line1 line2 |\n");
}

TEST(DocumentsEscape, MarkdownListItemsCannotBecomeHeadings) {
  Document d;
  d.bullets({"# big", "<script>x</script>"});
  EXPECT_EQ(render_markdown(d), "- \\# big\n- \\<script\\>x\\</script\\>\n");
}

TEST(DocumentsFill, FillsPathsConditionsAndLists) {
  const nlohmann::json data = {{"customer", {{"name", "Acme"}}}, {"days", 2.5}, {"po", ""},
                               {"items", {{{"t", "a"}}, {{"t", "b"}}}}};
  EXPECT_EQ(fill("For {{customer.name}}: {{days}} days", data).text, "For Acme: 2.5 days");
  EXPECT_EQ(fill("{{#if po}}PO {{po}}{{else}}no PO{{/if}}", data).text, "no PO");
  EXPECT_EQ(fill("{{#each items}}[{{@number}} {{t}} {{customer.name}}]{{/each}}", data).text, "[1 a Acme][2 b Acme]");
  EXPECT_EQ(fill("{{#unless po}}none{{/unless}}", data).text, "none");
  EXPECT_TRUE(fill("{{#unless po}}none{{/unless}}", data).errors.empty());
  EXPECT_EQ(fill("{{missing.path}}|", data).text, "|");
}

TEST(DocumentsFill, UserTextIsNeverReadAsTemplate) {
  const nlohmann::json data = {{"title", "{{secret}} {{#each x}}loop{{/each}}"}, {"secret", "LEAK"}};
  EXPECT_EQ(fill("T: {{title}}", data).text, "T: {{secret}} {{#each x}}loop{{/each}}");
}

TEST(DocumentsFill, ReportsUnclosedBlocks) {
  EXPECT_FALSE(fill("{{#if a}}x", nlohmann::json::object()).errors.empty());
  EXPECT_FALSE(fill("x{{/each}}", nlohmann::json::object()).errors.empty());
  EXPECT_FALSE(fill("{{oops", nlohmann::json::object()).errors.empty());
  EXPECT_TRUE(fill("{{#if a}}{{#each b}}{{/each}}{{/if}}", nlohmann::json::object()).errors.empty());
}

TEST(DocumentsCalendar, EscapesTextValues) {
  EXPECT_EQ(ics_escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
}

TEST(DocumentsCalendar, FoldsAt75OctetsWithCrlfSpace) {
  const std::string line(200, 'x');
  const std::string folded = fold_line(line);
  EXPECT_EQ(folded.substr(0, 77), std::string(75, 'x') + "\r\n");
  EXPECT_EQ(folded.substr(77, 77), " " + std::string(74, 'x') + "\r\n");
  std::string unfolded;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    if (folded.compare(i, 2, "\r\n") == 0) break;
    unfolded += folded[i];
  }
  EXPECT_EQ(unfolded, line);
  EXPECT_EQ(fold_line("short"), "short\r\n");
}

TEST(DocumentsCalendar, NeverSplitsAUtf8Character) {
  std::string line = "SUMMARY:" + std::string(66, 'a');  // 74 octets, then a 2-octet character across octet 75
  line += "\xC3\xBC" "bbb";
  const std::string folded = fold_line(line);
  const auto first_break = folded.find("\r\n");
  EXPECT_EQ(first_break, 74u);  // the character moved whole to the next line
  EXPECT_EQ(folded.substr(first_break, 5), "\r\n \xC3\xBC");
  for (std::size_t start = 0, end; (end = folded.find("\r\n", start)) != std::string::npos; start = end + 2)
    EXPECT_LE(end - start, 75u);
}

TEST(DocumentsCalendar, ConvertsMomentsToUtc) {
  EXPECT_EQ(ics_utc("2026-11-22T10:00:00Z"), "20261122T100000Z");
  EXPECT_EQ(ics_utc("2026-11-22T00:30:00+01:00"), "20261121T233000Z");
  EXPECT_EQ(ics_utc("2026-12-31T23:00:00-02:00"), "20270101T010000Z");
  EXPECT_EQ(ics_utc("2026-03-01"), "20260301T000000Z");
  EXPECT_EQ(ics_utc("2026-11-22T10:00:00.123Z"), "20261122T100000Z");
  EXPECT_EQ(ics_utc("yesterday"), "");
}

TEST(DocumentsCalendar, EventsAreAllDayWithDeterministicUids) {
  engagement::Engagement e;
  e.id = "e-1";
  e.title = "T";
  e.updated = "2026-11-21T16:30:00+01:00";
  e.meetings.push_back({"meeting-1", "2026-02-28", "Discovery call", {}, {"Scope"}, {}, {}, "notes; here"});
  e.plan.milestones.push_back({"milestone-2", "Go live", "2026-12-31", ""});
  const std::string ics = render_calendar(e, "");
  EXPECT_NE(ics.find("UID:e-1-meeting-1@scopewright\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20261121T153000Z\r\n"), std::string::npos);  // from "updated" when no now
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260301\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;VALUE=DATE:20270101\r\n"), std::string::npos);
  EXPECT_NE(ics.find("CATEGORIES:Discovery call\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DESCRIPTION:- Scope\\n\\nnotes\\; here\r\n"), std::string::npos);
  EXPECT_EQ(ics.rfind("END:VCALENDAR\r\n"), ics.size() - 15);
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') {
      EXPECT_EQ(ics[i - 1], '\r');  // every line ends with CRLF
    }
  }
}

}  // namespace
}  // namespace sw::documents
