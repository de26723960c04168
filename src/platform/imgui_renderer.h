// imgui_renderer.h — draws ImGui's frames with the window's GL context. The desktop uses ImGui's own OpenGL 3
// backend (imgui_renderer_opengl3.cpp); the browser a WebGL 2 renderer of ours (imgui_renderer_webgl.cpp says why).
// Its state lives in ImGui's io.BackendRendererUserData, like ImGui's backends.
#pragma once

struct ImDrawData;

namespace sw::platform::renderer {

/// Sets up the renderer for the current ImGui context and GL context (the browser's also compiles its program
/// here, before the font atlas is built). False when it could not.
bool init();
/// Frees what init and new_frame created.
void shutdown();
/// Creates what is missing (the font texture after a rebuild; on the desktop, the backend's objects) before
/// ImGui::NewFrame.
void new_frame();
/// Draws a frame ImGui::Render produced.
void render(ImDrawData* draw_data);
/// The font atlas was rebuilt: the next new_frame uploads it again.
void fonts_changed();

}  // namespace sw::platform::renderer
