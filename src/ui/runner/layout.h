// layout.h — page layout helpers shared by the runner's pages: a centred, readable column and headings.
#pragma once

#include <string>

struct ImFont;

namespace sw::ui {
class PagePanels;
}

namespace sw::ui::runner {

/// Begins a scrolling column at most `max_width` wide, centred in the available space (full width on phones).
/// It is one of the page's panels when `panels` is given (the customer's page), else a child without background
/// (on the engineer's content panel). Always pair with end_column() with the same `panels`.
void begin_column(PagePanels* panels, const char* id, float max_width, bool scroll_to_top = false);
void end_column(PagePanels* panels);
/// Begins/ends a bordered child that is one of the page's panels when `panels` is given, else a plain bordered
/// child (see begin_column).
void begin_panel(PagePanels* panels, const char* id, float width);
void end_panel(PagePanels* panels);

/// Muted, wrapped text.
void muted_text(const std::string& text);

/// A primary (accent-coloured) button.
bool primary_button(const char* label);

}  // namespace sw::ui::runner
