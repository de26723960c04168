// fonts.cpp — building the font atlas (see fonts.h).
#include "ui/fonts.h"

#include <string_view>

#include "imgui.h"
#include "imgui_internal.h"  // ImFontAtlasGetBuilderForStbTruetype

namespace sw::ui {
namespace {

constexpr float kBodySize = 16.0f;
constexpr float kHeadingSize = 20.0f;
constexpr float kTitleSize = 30.0f;

// Latin-1 and Latin Extended-A (names such as Łukasz, Ødegård, Șerban), the common punctuation (– — ‘ ’ “ ” • …
// ‰ ′ ″ ‹ ›), currency (€ £ ¥ ₹), the four arrows and ↔ ↕, the minus sign, check marks. Every glyph is rasterised
// at three sizes at start-up (the largest part of it), so rarely used blocks (all 112 arrows, the rest of general
// punctuation) are left out. cmake/subset-font.mjs cuts the font to the same ranges.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A, 0x20A0, 0x20C0, 0x2190, 0x2195, 0x2212, 0x2212, 0x2713, 0x2717, 0,
};
// The start-up set: ASCII and the symbols the UI's own text uses (– — ‘ ’ “ ” • … € ← ↑ → ↓ − ✓ ✗) at every
// size, Latin-1 too at body size (a customer's name in the first frame). Heading and title sizes are most of the
// rasteriser's work (a glyph's cost grows with its area), so they get only the page's own first text beyond that.
const ImWchar kStartUpRanges[] = {
    0x0020, 0x007E, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026,
    0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2713, 0x2717, 0x2717, 0,
};
const ImWchar kLatin1Range[] = {0x00A0, 0x00FF, 0};

// `base` plus the characters of `text`, plus `extra` when given; ImGui reads the ranges while building.
ImVector<ImWchar> ranges_with(const ImWchar* base, const std::string& text, const ImWchar* extra) {
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(base);
  if (extra) builder.AddRanges(extra);
  builder.AddText(text.c_str(), text.c_str() + text.size());
  ImVector<ImWchar> out;
  builder.BuildRanges(&out);
  return out;
}

// An OpenType/TrueType file (or collection) by its first four bytes. stb_truetype trusts its input, so anything
// else (e.g. a host's HTML "not found" page saved as the font) is refused before ImGui sees it.
bool looks_like_font(const std::string& bytes) {
  if (bytes.size() < 12) return false;
  const std::string_view tag(bytes.data(), 4);
  return tag == std::string_view("\0\1\0\0", 4) || tag == "OTTO" || tag == "true" || tag == "ttcf";
}

// Rasterises the atlas with stb_truetype's builder directly. ImFontAtlas::Build() would do the same, but it adds
// ImGui's built-in font when none was given, and merely calling it links that font into the browser download.
bool build_atlas(ImFontAtlas& atlas) { return ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(&atlas); }

}  // namespace

Fonts load_fonts(const FontSource& font, float pixel_ratio, std::string& error, GlyphSet set,
                 const std::string& first_text) {
  const bool all = set == GlyphSet::All;
  ImVector<ImWchar> body_start, large_start;
  if (!all) {
    body_start = ranges_with(kStartUpRanges, first_text, kLatin1Range);
    large_start = ranges_with(kStartUpRanges, first_text, nullptr);
  }
  const ImWchar* body_ranges = all ? kGlyphRanges : body_start.Data;
  const ImWchar* large_ranges = all ? kGlyphRanges : large_start.Data;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float ratio = pixel_ratio > 0.5f ? pixel_ratio : 1.0f;
  Fonts fonts;
  if (font.bytes && looks_like_font(*font.bytes)) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // FontSet keeps the bytes for the next rebuild
    // Horizontal oversampling (sharper text at fractional positions) doubles the rasteriser's work; the start-up
    // set is on screen for one frame only, so it goes without.
    config.OversampleH = set == GlyphSet::All ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    void* data = const_cast<char*>(font.bytes->data());  // ImGui only reads it (the atlas does not own it)
    const int size = static_cast<int>(font.bytes->size());
    fonts.body = io.Fonts->AddFontFromMemoryTTF(data, size, kBodySize * ratio, &config, body_ranges);
    fonts.heading = io.Fonts->AddFontFromMemoryTTF(data, size, kHeadingSize * ratio, &config, large_ranges);
    fonts.title = io.Fonts->AddFontFromMemoryTTF(data, size, kTitleSize * ratio, &config, large_ranges);
    if (!build_atlas(*io.Fonts)) fonts = {};
  }
  if (!fonts.body) {
    error = font.bytes        ? "the UI font " + font.name + " is not a font ImGui can read"
            : font.name.empty() ? "no UI font configured"
                                : "cannot read the UI font " + font.name;
    io.Fonts->Clear();
#ifndef IMGUI_DISABLE_DEFAULT_FONT
    ImFontConfig config;
    config.SizePixels = 13.0f * ratio;
    fonts.body = fonts.heading = fonts.title = io.Fonts->AddFontDefault(&config);
    build_atlas(*io.Fonts);
#endif
  }
  io.FontDefault = fonts.body;
  io.FontGlobalScale = 1.0f / ratio;  // atlas is in physical pixels, layout in logical pixels
  return fonts;
}

void FontSet::start(float pixel_ratio, const std::string& first_text) {
  error_.clear();
  fonts_ = load_fonts(font_, pixel_ratio, error_, GlyphSet::StartUp, first_text);
  pixel_ratio_ = pixel_ratio;
  frames_until_all_ = 2;  // the first frame draws with this set; the second builds the whole one
}

void FontSet::rebuild(float pixel_ratio) {
  error_.clear();
  fonts_ = load_fonts(font_, pixel_ratio, error_, GlyphSet::All);
  pixel_ratio_ = pixel_ratio;
  frames_until_all_ = 0;
}

bool FontSet::ensure(float pixel_ratio) {
  if (pixel_ratio != pixel_ratio_ || (frames_until_all_ > 0 && --frames_until_all_ == 0)) {
    rebuild(pixel_ratio);
    return true;
  }
  return false;
}

}  // namespace sw::ui
