// sdl_gl_window.h — the SDL2 window with an OpenGL (ES 3 / WebGL2 on the web) context and Dear ImGui's backends.
//
// Shared by the web app and the desktop app; the few differences (GL version, canvas) are inside the .cpp.
#pragma once

#include <functional>
#include <string>

struct SDL_Window;
struct ImGuiContext;
struct ImVec4;

namespace sw::platform {

class SdlGlWindow {
 public:
  /// Opens the window (the page's canvas on the web) and sets up ImGui's SDL2 + OpenGL3 backends on `imgui`.
  /// On failure `ok()` is false and `error()` says why.
  SdlGlWindow(const std::string& title, int width, int height, ImGuiContext* imgui);
  ~SdlGlWindow();
  SdlGlWindow(const SdlGlWindow&) = delete;
  SdlGlWindow& operator=(const SdlGlWindow&) = delete;

  bool ok() const { return window_ != nullptr; }
  const std::string& error() const { return error_; }
  /// The failure is that no OpenGL 3.2 / WebGL 2 context could be made (the machine or browser lacks it).
  bool no_graphics() const { return no_graphics_; }

  /// Handles pending input and window events; false once the user asked to quit.
  bool process_events();
  /// True when input events wait to be handled (e.g. keys typed since the last frame).
  bool has_pending_events() const;

  /// Physical pixels per logical pixel (devicePixelRatio on the web).
  float pixel_ratio() const;

  /// Starts an ImGui frame. `ensure_fonts` is called first with the current pixel ratio and returns true when it
  /// rebuilt the font atlas for it (the renderer then uploads the new atlas).
  void begin_frame(const std::function<bool(float pixel_ratio)>& ensure_fonts);

  /// Renders the ImGui frame over a clear of `clear_colour` (the page's panel colour: ui/page_panels.h) and
  /// presents it.
  void end_frame(const ImVec4& clear_colour);

 private:
  SDL_Window* window_ = nullptr;
  void* gl_context_ = nullptr;
  std::string error_;
  bool no_graphics_ = false;
};

}  // namespace sw::platform
