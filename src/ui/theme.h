// theme.h — Scopewright's look: a light, calm palette with one blue accent, generous spacing for forms.
#pragma once

struct ImVec4;

namespace sw::ui {

/// Applies the theme to the current ImGui context's style.
void apply_theme();

/// Colours used by views beyond ImGui's own (muted text, accent, success, danger).
namespace colors {
ImVec4 muted();
ImVec4 accent();
ImVec4 success();
ImVec4 danger();
ImVec4 card();
}  // namespace colors

}  // namespace sw::ui
