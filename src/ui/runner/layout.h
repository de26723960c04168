// layout.h — page layout helpers shared by the runner's pages: a centred, readable column and headings.
#pragma once

#include <string>

struct ImFont;

namespace sw::ui::runner {

/// Begins a scrolling column at most `max_width` wide, centred in the available space (full width on phones).
/// Always pair with end_column().
void begin_column(const char* id, float max_width, bool scroll_to_top = false);
void end_column();

/// Muted, wrapped text.
void muted_text(const std::string& text);

/// A primary (accent-coloured) button.
bool primary_button(const char* label);

}  // namespace sw::ui::runner
