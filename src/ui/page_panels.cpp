// page_panels.cpp — see page_panels.h.
#include "ui/page_panels.h"

#include <algorithm>
#include <cmath>

namespace sw::ui {
namespace {

constexpr float kPi = 3.14159265358979f;

bool contains(const PagePanels::Rect& r, const ImVec2& p) {
  return p.x >= r.min.x && p.x <= r.max.x && p.y >= r.min.y && p.y <= r.max.y;
}

// The piece between a rounded panel's corner and its arc, as a fan from the corner point: every ray from the
// corner meets the arc once, so the fan covers exactly that piece.
void paint_corner(ImDrawList& list, const ImVec2& corner, const ImVec2& centre, float radius, float from, ImU32 col) {
  constexpr int kSteps = 8;
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  list.PrimReserve(kSteps * 3, kSteps * 3);
  for (int i = 0; i < kSteps; ++i) {
    const float a0 = from + (kPi / 2) * static_cast<float>(i) / kSteps;
    const float a1 = from + (kPi / 2) * static_cast<float>(i + 1) / kSteps;
    const ImVec2 p0(centre.x + std::cos(a0) * radius, centre.y + std::sin(a0) * radius);
    const ImVec2 p1(centre.x + std::cos(a1) * radius, centre.y + std::sin(a1) * radius);
    const auto base = static_cast<ImDrawIdx>(list._VtxCurrentIdx);
    list.PrimWriteVtx(corner, uv, col);
    list.PrimWriteVtx(p0, uv, col);
    list.PrimWriteVtx(p1, uv, col);
    list.PrimWriteIdx(base);
    list.PrimWriteIdx(static_cast<ImDrawIdx>(base + 1));
    list.PrimWriteIdx(static_cast<ImDrawIdx>(base + 2));
  }
}

}  // namespace

ImVec4 page_clear_colour() { return ImGui::GetStyle().Colors[ImGuiCol_ChildBg]; }

void PagePanels::begin(const char* id, const ImVec2& size, ImGuiChildFlags flags) {
  open_.push_back({{}, ImGui::GetStyle().ChildRounding, (flags & ImGuiChildFlags_Border) != 0});
  ImGui::BeginChild(id, size, flags, ImGuiWindowFlags_NoBackground);
}

void PagePanels::end() {
  ImGui::EndChild();
  IM_ASSERT(!open_.empty() && "PagePanels::end without begin");
  Panel panel = open_.back();
  open_.pop_back();
  panel.rect = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
  panels_.push_back(panel);
}

std::vector<PagePanels::Rect> PagePanels::gap_rects(const ImVec2& min, const ImVec2& max,
                                                    const std::vector<Rect>& holes) {
  // Bands between every hole's top and bottom edge; within a band, the spans no hole covers.
  std::vector<float> ys{min.y, max.y};
  for (const auto& h : holes)
    for (float y : {h.min.y, h.max.y})
      if (y > min.y && y < max.y) ys.push_back(y);
  std::sort(ys.begin(), ys.end());
  ys.erase(std::unique(ys.begin(), ys.end()), ys.end());

  std::vector<Rect> out;
  std::vector<std::pair<float, float>> covered;
  for (std::size_t b = 0; b + 1 < ys.size(); ++b) {
    const float y0 = ys[b], y1 = ys[b + 1];
    covered.clear();
    for (const auto& h : holes)
      if (h.min.y <= y0 && h.max.y >= y1 && h.max.x > min.x && h.min.x < max.x)
        covered.emplace_back(std::max(h.min.x, min.x), std::min(h.max.x, max.x));
    std::sort(covered.begin(), covered.end());
    float x = min.x;
    for (const auto& [from, to] : covered) {
      if (from > x) out.push_back({ImVec2(x, y0), ImVec2(from, y1)});
      x = std::max(x, to);
    }
    if (x < max.x) out.push_back({ImVec2(x, y0), ImVec2(max.x, y1)});
  }
  return out;
}

void PagePanels::paint_gaps(const ImVec2& min, const ImVec2& max) {
  ImDrawList& list = *ImGui::GetBackgroundDrawList();
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_WindowBg);
  std::vector<Rect> holes;
  for (const auto& p : panels_) holes.push_back(p.rect);
  for (const auto& r : gap_rects(min, max, holes)) list.AddRectFilled(r.min, r.max, col);

  // Rounded panels: the grey reaches into their corners, unless another panel (one they sit in) is there.
  for (const auto& p : panels_) {
    const float r = std::min({p.rounding, (p.rect.max.x - p.rect.min.x) / 2, (p.rect.max.y - p.rect.min.y) / 2});
    if (r < 0.5f) continue;
    const ImVec2 a = p.rect.min, b = p.rect.max;
    const struct {
      ImVec2 corner, centre;
      float from;
    } corners[] = {{a, ImVec2(a.x + r, a.y + r), kPi},
                   {ImVec2(b.x, a.y), ImVec2(b.x - r, a.y + r), kPi * 1.5f},
                   {b, ImVec2(b.x - r, b.y - r), 0},
                   {ImVec2(a.x, b.y), ImVec2(a.x + r, b.y - r), kPi / 2}};
    for (const auto& c : corners) {
      const bool inside_another = std::any_of(panels_.begin(), panels_.end(), [&](const Panel& o) {
        return &o != &p && contains(o.rect, c.corner);
      });
      if (!inside_another) paint_corner(list, c.corner, c.centre, r, c.from, col);
    }
  }
  const float border = ImGui::GetStyle().ChildBorderSize;
  for (const auto& p : panels_)
    if (p.border && border > 0)
      list.AddRect(p.rect.min, p.rect.max, ImGui::GetColorU32(ImGuiCol_Border), p.rounding, 0, border);
  panels_.clear();
}

}  // namespace sw::ui
