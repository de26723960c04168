// imgui_renderer_opengl3.cpp — the desktop's renderer: ImGui's own OpenGL 3 backend (see imgui_renderer.h).
#include "imgui_impl_opengl3.h"
#include "platform/imgui_renderer.h"

namespace sw::platform::renderer {

bool init() { return ImGui_ImplOpenGL3_Init("#version 150"); }  // OpenGL 3.2 core
void shutdown() { ImGui_ImplOpenGL3_Shutdown(); }
void new_frame() { ImGui_ImplOpenGL3_NewFrame(); }
void render(ImDrawData* draw_data) { ImGui_ImplOpenGL3_RenderDrawData(draw_data); }
void fonts_changed() { ImGui_ImplOpenGL3_DestroyDeviceObjects(); }  // NewFrame re-creates them with the new atlas

}  // namespace sw::platform::renderer
