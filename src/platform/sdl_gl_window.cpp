// sdl_gl_window.cpp — SDL2 + OpenGL context + ImGui's SDL2 backend and our renderer (imgui_renderer.h), for the
// browser (WebGL2) and the desktop (GL 3.2+).
#include "platform/sdl_gl_window.h"

#include <SDL.h>

#include "imgui.h"
#include "imgui_impl_sdl2.h"
#include "platform/imgui_renderer.h"

#ifdef __EMSCRIPTEN__
#include <SDL_opengles2.h>
#else
#include <SDL_opengl.h>
#endif

namespace sw::platform {

SdlGlWindow::SdlGlWindow(const std::string& title, int width, int height, ImGuiContext* imgui) {
  // Only what the app uses: no audio, joystick or haptics (smaller, and no permission prompts).
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    error_ = std::string("SDL_Init failed: ") + SDL_GetError();
    return;
  }
#ifdef __EMSCRIPTEN__
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);  // ImGui draws with blending and scissors only
  SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");

  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  window_ = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height, flags);
  if (!window_) {
    error_ = std::string("could not open a window: ") + SDL_GetError();
    return;
  }
  gl_context_ = SDL_GL_CreateContext(window_);
  if (!gl_context_) {
    error_ = std::string("could not create an OpenGL/WebGL2 context: ") + SDL_GetError();
    no_graphics_ = true;
    SDL_DestroyWindow(window_);
    window_ = nullptr;
    return;
  }
  SDL_GL_MakeCurrent(window_, gl_context_);
  SDL_GL_SetSwapInterval(1);  // vsync

  ImGui::SetCurrentContext(imgui);
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_context_);
  renderer::init();
}

SdlGlWindow::~SdlGlWindow() {
  if (!window_) return;
  renderer::shutdown();
  ImGui_ImplSDL2_Shutdown();
  SDL_GL_DeleteContext(gl_context_);
  SDL_DestroyWindow(window_);
  SDL_Quit();
}

bool SdlGlWindow::process_events() {
  SDL_Event event;
  bool keep_running = true;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) keep_running = false;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(window_))
      keep_running = false;
  }
  return keep_running;
}

bool SdlGlWindow::has_pending_events() const {
  SDL_PumpEvents();
  return SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT) == SDL_TRUE;
}

float SdlGlWindow::pixel_ratio() const {
  int w = 0, h = 0, dw = 0, dh = 0;
  SDL_GetWindowSize(window_, &w, &h);
  SDL_GL_GetDrawableSize(window_, &dw, &dh);
  return w > 0 && dw > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
}

void SdlGlWindow::begin_frame(const std::function<bool(float)>& ensure_fonts) {
  // The font is rasterised at the screen's real resolution so text stays crisp on high-DPI screens.
  if (ensure_fonts(pixel_ratio())) renderer::fonts_changed();  // new_frame uploads the new atlas
  renderer::new_frame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
}

void SdlGlWindow::end_frame(const ImVec4& clear_colour) {
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(clear_colour.x, clear_colour.y, clear_colour.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  renderer::render(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window_);
}

}  // namespace sw::platform
