// escape.h — making user text safe in each output: HTML, Markdown (inline and table cells), iCalendar TEXT.
#pragma once

#include <string>
#include <string_view>

namespace sw::documents {

/// Text as HTML character data or attribute value: & < > " ' become entities; control characters are dropped.
std::string html_escape(std::string_view text);

/// Text as Markdown that reads literally: inline markup characters are backslash-escaped, and on each line a
/// leading block marker (#, >, -, +, =, "1.") is escaped too. Newlines are kept (as hard breaks in paragraphs).
std::string markdown_escape(std::string_view text);

/// Text for one line of Markdown after a list marker or quote: markdown_escape with newlines as spaces
/// (a list item's own start still needs the block-marker escapes: "- # x" would be a heading).
std::string markdown_cell(std::string_view text);

/// Text inside a heading, table cell or after other inline text: inline markup and pipes escaped, newlines
/// as spaces; no block-marker escapes (they cannot start a block there).
std::string markdown_inline(std::string_view text);

/// Text as an iCalendar TEXT value (RFC 5545 §3.3.11): \ ; , escaped and newlines as \n.
std::string ics_escape(std::string_view text);

}  // namespace sw::documents
