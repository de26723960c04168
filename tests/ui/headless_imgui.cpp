// headless_imgui.cpp — the fixture behind headless_imgui.h.
#include "headless_imgui.h"

#include <fstream>
#include <sstream>

namespace sw::test {

ui::FontSource read_font(const std::string& path) {
  ui::FontSource font{path, std::nullopt};
  std::ifstream in(path, std::ios::binary);
  if (!in) return font;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  font.bytes = bytes.str();
  return font;
}

HeadlessImGui::HeadlessImGui(float width, float height) : context_(ImGui::CreateContext()) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  io.ConfigInputTrickleEventQueue = true;  // one input change per frame, as with a real user
  io.Fonts->Build();                       // views may rebuild it (App loads the real font)
  probe_ = new ui::ItemProbe(context_);
}

HeadlessImGui::~HeadlessImGui() {
  delete probe_;
  ImGui::DestroyContext(context_);
}

void HeadlessImGui::frame(int count) {
  ImGui::SetCurrentContext(context_);
  for (int i = 0; i < count; ++i) {
    probe_->start_frame();
    if (!ImGui::GetIO().Fonts->IsBuilt()) ImGui::GetIO().Fonts->Build();
    ImGui::NewFrame();
    if (draw_) draw_();
    ImGui::Render();
  }
}

void HeadlessImGui::resize(float width, float height) { ImGui::GetIO().DisplaySize = ImVec2(width, height); }

bool HeadlessImGui::click(const std::string& label) {
  const ui::ProbedItem* target = item(label);
  if (!target) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(target->center_x(), target->center_y());
  frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  frame(2);
  return true;
}

void HeadlessImGui::type(const std::string& text) {
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  frame(2);
}

void HeadlessImGui::press(ImGuiKey key, ImGuiKeyChord mods) {
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiKey mod_keys[] = {ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt, ImGuiMod_Super};
  for (ImGuiKey m : mod_keys)
    if (mods & m) io.AddKeyEvent(m, true);
  io.AddKeyEvent(key, true);
  frame();
  io.AddKeyEvent(key, false);
  for (ImGuiKey m : mod_keys)
    if (mods & m) io.AddKeyEvent(m, false);
  frame(2);
}

}  // namespace sw::test
