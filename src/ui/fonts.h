// fonts.h — the UI's fonts: one typeface (Inter) at body, heading and title sizes, rasterised for the screen's
// pixel ratio so text stays crisp on high-DPI displays.
#pragma once

#include <string>

struct ImFont;

namespace sw::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
};

/// Rebuilds the current context's font atlas from `font_file` at `pixel_ratio` physical pixels per logical
/// pixel, with Latin-1, Latin Extended-A, punctuation, currency and arrow glyphs. Falls back to ImGui's
/// built-in font when the file cannot be read (then `error` says why). The caller re-uploads the texture.
Fonts load_fonts(const std::string& font_file, float pixel_ratio, std::string& error);

}  // namespace sw::ui
