// item_probe.cpp — ItemProbe and the ImGui test-engine hooks that feed it.
#include "ui/item_probe.h"

#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"

namespace sw::ui {

ItemProbe::ItemProbe(ImGuiContext* context) : context_(context) {
  context_->TestEngine = this;
  context_->TestEngineHookItems = true;
}

ItemProbe::~ItemProbe() {
  if (context_->TestEngine == this) {
    context_->TestEngine = nullptr;
    context_->TestEngineHookItems = false;
  }
}

void ItemProbe::start_frame() {
  last_frame_.swap(current_frame_);
  current_frame_.clear();
  // ImGui clears the flag when no hook asks for items; keep it on while we are attached.
  context_->TestEngineHookItems = true;
}

const ProbedItem* ItemProbe::find(std::string_view label) const {
  for (const auto& item : last_frame_)
    if (item.label == label) return &item;
  return nullptr;
}

void ItemProbe::on_item_add(unsigned id, float x0, float y0, float x1, float y1, bool disabled) {
  current_frame_.push_back(ProbedItem{id, {}, x0, y0, x1, y1, 0, disabled});
}

void ItemProbe::on_item_info(unsigned id, const char* label, int flags) {
  // ItemInfo follows the ItemAdd of the same id; search from the back (usually the last item).
  for (auto it = current_frame_.rbegin(); it != current_frame_.rend(); ++it) {
    if (it->id != id) continue;
    if (label) {
      const char* end = std::strstr(label, "##");
      it->label.assign(label, end ? static_cast<size_t>(end - label) : std::strlen(label));
    }
    it->status_flags = flags;
    return;
  }
}

}  // namespace sw::ui

// ---- Dear ImGui's hooks (declared in imgui_internal.h under IMGUI_ENABLE_TEST_ENGINE) ----------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
  if (auto* probe = static_cast<sw::ui::ItemProbe*>(ctx->TestEngine)) {
    const bool disabled = data && (data->InFlags & ImGuiItemFlags_Disabled);
    probe->on_item_add(id, bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y, disabled);
  }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  if (auto* probe = static_cast<sw::ui::ItemProbe*>(ctx->TestEngine)) probe->on_item_info(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
