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

/// Which glyphs an atlas holds: every glyph the UI offers (Latin-1, Latin Extended-A, punctuation, currency,
/// arrows), or the smaller start-up set that the first frame is drawn with while the rest waits a frame: ASCII
/// and the symbols of the UI's own text at every size, Latin-1 at body size, and the characters of the page's
/// own first text (a questionnaire's titles) at every size.
enum class GlyphSet { All, StartUp };

/// Rebuilds the current context's font atlas from `font_file` at `pixel_ratio` physical pixels per logical
/// pixel. Falls back to ImGui's built-in font when the file cannot be read (then `error` says why). The caller
/// re-uploads the texture.
Fonts load_fonts(const std::string& font_file, float pixel_ratio, std::string& error, GlyphSet set = GlyphSet::All,
                 const std::string& first_text = "");

/// The fonts of one page, rasterised for one pixel ratio at a time. Rasterising every glyph at three sizes is
/// the largest part of start-up in the browser (about 100 ms: the code runs before WebAssembly's optimising
/// compiler has seen it), so the first frame is drawn with the start-up glyph set and the whole set is built on
/// the second frame; after that, only a new pixel ratio rasterises again.
class FontSet {
 public:
  explicit FontSet(std::string font_file) : font_file_(std::move(font_file)) {}
  /// Rasterises the start-up set for `pixel_ratio` now, with the characters of `first_text` (UTF-8: what the
  /// page shows first, beyond the UI's own text); ensure() adds the rest on the second frame.
  void start(float pixel_ratio, const std::string& first_text = "");
  /// Rasterises every glyph for `pixel_ratio` now.
  void rebuild(float pixel_ratio);
  /// Call before each frame: rasterises when the ratio changed, or the whole set on the second frame after
  /// start(); true when it did (the renderer re-uploads the atlas).
  bool ensure(float pixel_ratio);
  const Fonts& fonts() const { return fonts_; }
  /// Why the UI font could not be used (ImGui's built-in font is used instead); empty when it could.
  const std::string& error() const { return error_; }

 private:
  std::string font_file_;
  Fonts fonts_;
  float pixel_ratio_ = 0.0f;  // the ratio fonts_ were rasterised for
  int frames_until_all_ = 0;  // after start(): the frame (counted down by ensure) that builds the whole set
  std::string error_;
};

}  // namespace sw::ui
