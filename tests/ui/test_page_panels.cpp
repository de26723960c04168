// test_page_panels.cpp — pages paint each pixel about once: the frame is cleared to the panels' colour, panels
// draw no background, and the page's grey is painted only around them (ui/page_panels.h says why).
#include <random>
#include <vector>

#include "runner_fixture.h"
#include "ui/app.h"
#include "ui/customer_app.h"
#include "ui/page_panels.h"

namespace sw {
namespace {

using Rect = ui::PagePanels::Rect;

bool inside(const Rect& r, float x, float y) { return x >= r.min.x && x < r.max.x && y >= r.min.y && y < r.max.y; }

// Every point of the page outside the holes is painted once; no point inside a hole is painted.
void expect_exact_cover(const Rect& page, const std::vector<Rect>& holes) {
  const auto gaps = ui::PagePanels::gap_rects(page.min, page.max, holes);
  for (float y = page.min.y + 0.5f; y < page.max.y; y += 3.0f) {
    for (float x = page.min.x + 0.5f; x < page.max.x; x += 3.0f) {
      int painted = 0;
      for (const auto& g : gaps) painted += inside(g, x, y);
      bool in_hole = false;
      for (const auto& h : holes) in_hole = in_hole || inside(h, x, y);
      ASSERT_EQ(painted, in_hole ? 0 : 1) << "at " << x << "," << y;
    }
  }
}

TEST(PagePanels, GapsCoverThePageExceptThePanels) {
  const Rect page{ImVec2(0, 0), ImVec2(300, 200)};
  expect_exact_cover(page, {});
  expect_exact_cover(page, {{ImVec2(16, 16), ImVec2(100, 184)}, {ImVec2(110, 16), ImVec2(284, 184)}});  // two columns
  expect_exact_cover(page, {{ImVec2(10, 10), ImVec2(290, 190)}, {ImVec2(50, 50), ImVec2(150, 150)}});   // nested
  expect_exact_cover(page, {{ImVec2(-20, -20), ImVec2(40, 400)}});  // partly off the page
}

TEST(PagePanels, GapsCoverThePageExceptRandomPanels) {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> x(-20, 320), y(-20, 220);
  for (int round = 0; round < 200; ++round) {
    std::vector<Rect> holes;
    const int n = static_cast<int>(random() % 5);
    for (int i = 0; i < n; ++i) {
      const float x0 = x(random), x1 = x(random), y0 = y(random), y1 = y(random);
      holes.push_back({ImVec2(std::min(x0, x1), std::min(y0, y1)), ImVec2(std::max(x0, x1), std::max(y0, y1))});
    }
    expect_exact_cover({ImVec2(0, 0), ImVec2(300, 200)}, holes);
    if (HasFatalFailure()) return;
  }
}

// The painted area of the last frame (every triangle of every draw list) as a share of the display.
double painted_share() {
  const ImDrawData* data = ImGui::GetDrawData();
  double area = 0;
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList* list = data->CmdLists[n];
    for (int i = 0; i + 2 < list->IdxBuffer.Size; i += 3) {
      const ImVec2 a = list->VtxBuffer[list->IdxBuffer[i]].pos, b = list->VtxBuffer[list->IdxBuffer[i + 1]].pos,
                   c = list->VtxBuffer[list->IdxBuffer[i + 2]].pos;
      area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
    }
  }
  return area / (data->DisplaySize.x * data->DisplaySize.y);
}

class PagePainting : public test::RunnerFixture {};

// Drawn the plain way, the home page was 2.2 layers (the page's grey, the white content and sidebar over it, the
// cards over that); software WebGL spends ~30 ms per layer.
TEST_F(PagePainting, EngineersHomePaintsEachPixelAboutOnce) {
  ui::App app(ui::AppOptions{test::read_font(), {}, services}, storage);
  imgui.set_draw([&] { app.draw(); });
  imgui.frame(3);
  EXPECT_LT(painted_share(), 0.6);
}

TEST_F(PagePainting, CustomersSectionPagePaintsEachPixelAboutOnce) {
  ui::CustomerApp page(ui::AppOptions{test::read_font(), {{"q", "general"}}, services}, storage);
  imgui.set_draw([&] { page.draw(); });
  imgui.frame(3);
  ASSERT_TRUE(click("Start"));
  imgui.frame(2);
  EXPECT_LT(painted_share(), 0.9);
}

TEST_F(PagePainting, PanelsKeepTheirBorders) {
  ui::App app(ui::AppOptions{test::read_font(), {}, services}, storage);
  imgui.set_draw([&] { app.draw(); });
  imgui.frame(3);
  // The sidebar's border is drawn behind every window (ImGui leaves a border out with the background).
  const ImDrawList* background = ImGui::GetBackgroundDrawList();
  const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
  int border_vertices = 0;
  for (const auto& v : background->VtxBuffer) border_vertices += v.col == border;
  EXPECT_GT(border_vertices, 8);
}

}  // namespace
}  // namespace sw
