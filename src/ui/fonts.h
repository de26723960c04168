// fonts.h — the UI's fonts: one typeface (Inter) at body, heading and title sizes, rasterised for the screen's
// pixel ratio so text stays crisp on high-DPI displays.
#pragma once

#include <optional>
#include <string>
#include <utility>

struct ImFont;

namespace sw::ui {

/// The UI font as the platform read it (web: from the module's data package; desktop: from disk).
struct FontSource {
  std::string name;                  // where it was read from, for messages
  std::optional<std::string> bytes;  // nullopt: it could not be read
};

/// Whether ImGui's built-in font is there to fall back on. The browser build leaves it out (IMGUI_DISABLE_DEFAULT_FONT,
/// the name ImGui itself uses from 1.91: 10 KB of the download) and packs the UI font with the app instead.
#ifdef IMGUI_DISABLE_DEFAULT_FONT
inline constexpr bool kHasBuiltInFont = false;
#else
inline constexpr bool kHasBuiltInFont = true;
#endif

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

/// Rebuilds the current context's font atlas from `font` at `pixel_ratio` physical pixels per logical pixel.
/// When the font cannot be used, `error` says why and the atlas falls back to ImGui's built-in font (where there
/// is one: kHasBuiltInFont; else the fonts are null). The caller re-uploads the texture.
Fonts load_fonts(const FontSource& font, float pixel_ratio, std::string& error, GlyphSet set = GlyphSet::All,
                 const std::string& first_text = "");

/// The fonts of one page, rasterised for one pixel ratio at a time. Rasterising every glyph at three sizes is
/// the largest part of start-up in the browser (about 100 ms: the code runs before WebAssembly's optimising
/// compiler has seen it), so the first frame is drawn with the start-up glyph set and the whole set is built on
/// the second frame; after that, only a new pixel ratio rasterises again.
class FontSet {
 public:
  explicit FontSet(FontSource font) : font_(std::move(font)) {}
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
  FontSource font_;  // kept: each rebuild rasterises from these bytes
  Fonts fonts_;
  float pixel_ratio_ = 0.0f;  // the ratio fonts_ were rasterised for
  int frames_until_all_ = 0;  // after start(): the frame (counted down by ensure) that builds the whole set
  std::string error_;
};

}  // namespace sw::ui
