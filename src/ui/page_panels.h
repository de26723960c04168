// page_panels.h — the large white panels a page is made of (the engineer's sidebar and content, the customer's
// questionnaire column), drawn without painting their pixels twice.
//
// Why: with software WebGL (Chromium's SwiftShader, what a machine without a GPU runs) every layer of pixels that
// covers the page costs ~30 ms per frame, and the first frame waits for it. Drawn the plain ImGui way, a page was
// three such layers: the page window's grey, the panels' white on top, the cards on that. Here the frame is
// cleared to the panels' colour (a clear is a memory fill, not drawing), panels draw no background of their own,
// and the page's grey is painted only in the gaps around them.
#pragma once

#include <vector>

#include "imgui.h"

namespace sw::ui {

/// The colour every frame is cleared to: the panels' colour (ImGuiCol_ChildBg).
ImVec4 page_clear_colour();

class PagePanels {
 public:
  /// Begins a panel: ImGui::BeginChild with these arguments, without a background of its own (its border, with
  /// ImGuiChildFlags_Border, is drawn by paint_gaps: ImGui leaves it out with the background).
  void begin(const char* id, const ImVec2& size, ImGuiChildFlags flags);
  /// Ends the panel begun last (ImGui::EndChild) and records where it was drawn.
  void end();
  /// Paints the page colour (ImGuiCol_WindowBg) over [min, max] except where this frame's panels are, behind
  /// every window, and forgets the panels. Call once per frame, after the page's last panel.
  void paint_gaps(const ImVec2& min, const ImVec2& max);

  struct Rect {
    ImVec2 min, max;
  };
  /// The rectangles that cover [min, max] except `holes`, without overlapping each other (what paint_gaps
  /// fills, besides the rounded panels' corners).
  static std::vector<Rect> gap_rects(const ImVec2& min, const ImVec2& max, const std::vector<Rect>& holes);

 private:
  struct Panel {
    Rect rect;
    float rounding = 0;
    bool border = false;
  };
  std::vector<Panel> open_;  // begun and not yet ended: their rounding and border
  std::vector<Panel> panels_;
};

}  // namespace sw::ui
