// fonts.h — the UI's fonts: one typeface (Inter) at body, heading and title sizes, rasterised for the screen's
// pixel ratio so text stays crisp on high-DPI displays.
#pragma once

#include <string>
#include <utility>

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

/// The fonts of one page, rasterised for one pixel ratio at a time: rasterising every glyph at three sizes is
/// the largest part of start-up, so it is never done twice for the same ratio.
class FontSet {
 public:
  explicit FontSet(std::string font_file) : font_file_(std::move(font_file)) {}
  /// Rasterises for `pixel_ratio` now.
  void rebuild(float pixel_ratio);
  /// Rasterises only if the atlas was built for another ratio; true when it did (the renderer re-uploads it).
  bool ensure(float pixel_ratio);
  const Fonts& fonts() const { return fonts_; }
  /// Why the UI font could not be used (ImGui's built-in font is used instead); empty when it could.
  const std::string& error() const { return error_; }

 private:
  std::string font_file_;
  Fonts fonts_;
  float pixel_ratio_ = 0.0f;  // the ratio fonts_ were rasterised for
  std::string error_;
};

}  // namespace sw::ui
