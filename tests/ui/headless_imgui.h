// headless_imgui.h — a Dear ImGui context with no window and no renderer, for driving real views in tests.
//
// Each frame() runs NewFrame → draw → Render exactly as the app does; an ItemProbe records every widget so a
// test can click a button by its label, type into the focused field, or press keys, then assert on model state.
#pragma once

#include <functional>
#include <string>

#include "imgui.h"
#include "ui/fonts.h"
#include "ui/item_probe.h"

namespace sw::test {

/// The font at `path` read from disk, as a platform gives it to the app (nullopt bytes when unreadable).
ui::FontSource read_font(const std::string& path = SCOPEWRIGHT_FONT_FILE);

class HeadlessImGui {
 public:
  explicit HeadlessImGui(float width = 1280, float height = 800);
  ~HeadlessImGui();
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

  /// Sets the draw function frames call (usually the App's or a view's draw).
  void set_draw(std::function<void()> draw) { draw_ = std::move(draw); }

  /// Runs `count` frames.
  void frame(int count = 1);

  /// Resizes the display (like resizing the browser window).
  void resize(float width, float height);

  /// The widget labelled `label` in the last frame, or nullptr.
  const ui::ProbedItem* item(const std::string& label) const { return probe_->find(label); }

  /// Moves the mouse to the widget labelled `label` and clicks it (several frames). False if not on screen.
  bool click(const std::string& label);

  /// Types UTF-8 text into the focused widget.
  void type(const std::string& text);

  /// Presses and releases a key (e.g. ImGuiKey_Tab), with optional modifiers (ImGuiMod_Shift ...).
  void press(ImGuiKey key, ImGuiKeyChord mods = 0);

  ImGuiContext* context() const { return context_; }

 private:
  ImGuiContext* context_;
  ui::ItemProbe* probe_;
  std::function<void()> draw_;
};

}  // namespace sw::test
