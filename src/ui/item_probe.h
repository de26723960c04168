// item_probe.h — records every widget Dear ImGui lays out (id, label, rectangle) so tests can find and click them.
//
// Dear ImGui is compiled with IMGUI_ENABLE_TEST_ENGINE, which makes it call ImGuiTestEngineHook_ItemAdd/ItemInfo
// for each item while ImGuiContext::TestEngineHookItems is set. An ItemProbe attaches itself to one context
// (through ImGuiContext::TestEngine, so there is no global state) and keeps the items of the last finished frame.
// Used by the headless UI tests and by the browser test interface (window.scopewright.items()).
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace sw::ui {

struct ProbedItem {
  unsigned id = 0;
  std::string label;        // label as shown (the part before "##"); empty for items without one
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // screen rectangle in ImGui coordinates (CSS pixels on the web)
  int status_flags = 0;     // ImGuiItemStatusFlags (checkable, checked, opened, ...)
  bool disabled = false;    // drawn inside BeginDisabled(): shown but not interactive

  float center_x() const { return (x0 + x1) * 0.5f; }
  float center_y() const { return (y0 + y1) * 0.5f; }
};

class ItemProbe {
 public:
  explicit ItemProbe(ImGuiContext* context);  // attaches to the context
  ~ItemProbe();                               // detaches
  ItemProbe(const ItemProbe&) = delete;
  ItemProbe& operator=(const ItemProbe&) = delete;

  /// Call once per frame, before ImGui::NewFrame(): what was recorded becomes the last frame's items.
  void start_frame();

  /// Items of the last finished frame, in submission order.
  const std::vector<ProbedItem>& items() const { return last_frame_; }

  /// The first item of the last frame whose visible label equals `label`, or nullptr.
  const ProbedItem* find(std::string_view label) const;

  // Called from ImGui's hooks (item_probe.cpp).
  void on_item_add(unsigned id, float x0, float y0, float x1, float y1, bool disabled);
  void on_item_info(unsigned id, const char* label, int flags);

 private:
  ImGuiContext* context_;
  std::vector<ProbedItem> current_frame_;
  std::vector<ProbedItem> last_frame_;
};

}  // namespace sw::ui
