// imgui_renderer_webgl.cpp — the browser's renderer: ImGui's draw lists drawn with WebGL 2 (see imgui_renderer.h).
//
// Why not ImGui's OpenGL 3 backend, as on the desktop: it saves and restores the GL state around every frame
// with ~20 glGet/glIsEnabled queries, so that it can share a context with other drawing. In Chromium several of
// those (the blend state) are synchronous round trips to the GPU process that wait for the work already queued:
// they were most of the frame time (docs/performance.md). This app is the only user of its WebGL context, so
// this renderer sets the state it needs every frame and never asks for any. It draws only what this app's ImGui
// produces: one font atlas (alpha only), 16-bit indices, no user textures.
#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>

#include "imgui.h"
#include "platform/imgui_renderer.h"

namespace sw::platform::renderer {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
uniform mat4 projection;
in vec2 position;
in vec2 uv;
in vec4 color;
out vec2 frag_uv;
out vec4 frag_color;
void main() {
  frag_uv = uv;
  frag_color = color;
  gl_Position = projection * vec4(position, 0.0, 1.0);
})";

// The atlas is alpha only (R8): glyph coverage times the vertex colour.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() {
  out_color = vec4(frag_color.rgb, frag_color.a * texture(atlas, frag_uv).r);
})";

struct Device {
  GLuint program = 0;
  GLint projection = -1;
  GLuint vertex_array = 0;
  GLuint vertices = 0;
  GLuint indices = 0;
  GLuint font_texture = 0;
};

Device* device() { return static_cast<Device*>(ImGui::GetIO().BackendRendererUserData); }

GLuint compile(GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

void create_program(Device& d) {
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  d.program = glCreateProgram();
  glAttachShader(d.program, vs);
  glAttachShader(d.program, fs);
  // Fixed attribute slots: no glGetAttribLocation round trips.
  glBindAttribLocation(d.program, 0, "position");
  glBindAttribLocation(d.program, 1, "uv");
  glBindAttribLocation(d.program, 2, "color");
  glLinkProgram(d.program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  d.projection = glGetUniformLocation(d.program, "projection");
  glUseProgram(d.program);
  glUniform1i(glGetUniformLocation(d.program, "atlas"), 0);

  glGenVertexArrays(1, &d.vertex_array);
  glGenBuffers(1, &d.vertices);
  glGenBuffers(1, &d.indices);
  glBindVertexArray(d.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, d.vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, d.indices);  // part of the vertex array's state
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
}

void create_font_texture(Device& d) {
  ImGuiIO& io = ImGui::GetIO();
  // The atlas the UI built (ui/fonts.cpp), read directly: GetTexDataAsAlpha8() may build one itself, which would
  // link ImGui's built-in font into the download.
  const unsigned char* pixels = io.Fonts->TexPixelsAlpha8;
  const int width = io.Fonts->TexWidth, height = io.Fonts->TexHeight;
  glGenTextures(1, &d.font_texture);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, d.font_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(d.font_texture)));
}

void delete_font_texture(Device& d) {
  if (!d.font_texture) return;
  glDeleteTextures(1, &d.font_texture);
  d.font_texture = 0;
  ImGui::GetIO().Fonts->SetTexID(nullptr);
}

// Everything this renderer relies on, set every frame (nothing else draws in this context).
void set_state(const Device& d, const ImDrawData& data, int fb_width, int fb_height) {
  glViewport(0, 0, fb_width, fb_height);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(d.program);
  // Orthographic projection of ImGui's display rectangle onto clip space (y down).
  const float l = data.DisplayPos.x, r = data.DisplayPos.x + data.DisplaySize.x;
  const float t = data.DisplayPos.y, b = data.DisplayPos.y + data.DisplaySize.y;
  const float projection[16] = {2.0f / (r - l), 0, 0, 0, 0, 2.0f / (t - b), 0, 0, 0, 0, -1.0f, 0,
                                (r + l) / (l - r), (t + b) / (b - t), 0, 1.0f};
  glUniformMatrix4fv(d.projection, 1, GL_FALSE, projection);
  glBindVertexArray(d.vertex_array);
  glActiveTexture(GL_TEXTURE0);
}

// Draws one invisible triangle with exactly the state, program, vertex layout and texture format of a real
// frame, and sends it to the GPU process now. Chromium's software GL (SwiftShader, what a machine without a GPU
// runs) compiles its drawing routines on the first draw that needs them: tens of milliseconds that would
// otherwise delay the first frame's presentation. Issued before the font atlas is rasterised, that compilation
// runs in the GPU process while this thread builds the atlas.
void warm_up(const Device& d) {
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  const unsigned char texel = 0;
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, 1, 1, 0, GL_RED, GL_UNSIGNED_BYTE, &texel);

  ImDrawData data;
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(1, 1);
  set_state(d, data, 1, 1);
  glScissor(0, 0, 1, 1);
  const ImDrawVert vertices[3] = {{ImVec2(0, 0), ImVec2(0, 0), 0}, {ImVec2(1, 0), ImVec2(0, 0), 0},
                                  {ImVec2(0, 1), ImVec2(0, 0), 0}};  // colour 0: fully transparent
  const ImDrawIdx indices[3] = {0, 1, 2};
  glBufferData(GL_ARRAY_BUFFER, sizeof vertices, vertices, GL_STREAM_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof indices, indices, GL_STREAM_DRAW);
  glDrawElements(GL_TRIANGLES, 3, GL_UNSIGNED_SHORT, nullptr);
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
  glDeleteTextures(1, &texture);
  glFlush();  // hand the commands to the GPU process now, not at the end of this task
}

}  // namespace

bool init() {
  ImGuiIO& io = ImGui::GetIO();
  IM_ASSERT(io.BackendRendererUserData == nullptr && "renderer already initialised");
  io.BackendRendererUserData = IM_NEW(Device)();
  io.BackendRendererName = "scopewright_webgl2";
  Device& d = *device();
  create_program(d);
  warm_up(d);
  // No ImGuiBackendFlags_RendererHasVtxOffset: WebGL 2 has no base-vertex draw, so ImGui keeps every draw
  // list's vertices within 16-bit index range itself.
  return true;
}

void shutdown() {
  Device* d = device();
  if (!d) return;
  delete_font_texture(*d);
  if (d->vertices) glDeleteBuffers(1, &d->vertices);
  if (d->indices) glDeleteBuffers(1, &d->indices);
  if (d->vertex_array) glDeleteVertexArrays(1, &d->vertex_array);
  if (d->program) glDeleteProgram(d->program);
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererUserData = nullptr;
  io.BackendRendererName = nullptr;
  IM_DELETE(d);
}

void new_frame() {
  Device* d = device();
  IM_ASSERT(d && "renderer::init not called");
  if (!d->font_texture) create_font_texture(*d);
}

void fonts_changed() {
  if (Device* d = device()) delete_font_texture(*d);
}

void render(ImDrawData* draw_data) {
  const Device* d = device();
  const int fb_width = static_cast<int>(draw_data->DisplaySize.x * draw_data->FramebufferScale.x);
  const int fb_height = static_cast<int>(draw_data->DisplaySize.y * draw_data->FramebufferScale.y);
  if (!d || fb_width <= 0 || fb_height <= 0) return;
  set_state(*d, *draw_data, fb_width, fb_height);

  static_assert(sizeof(ImDrawIdx) == 2, "16-bit indices (GL_UNSIGNED_SHORT)");
  const ImVec2 origin = draw_data->DisplayPos;
  const ImVec2 scale = draw_data->FramebufferScale;
  for (int n = 0; n < draw_data->CmdListsCount; ++n) {
    const ImDrawList* list = draw_data->CmdLists[n];
    // Orphaning upload: the GPU may still read last frame's buffer while this one is filled.
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) set_state(*d, *draw_data, fb_width, fb_height);
        else cmd.UserCallback(list, &cmd);
        continue;
      }
      // The clip rectangle in framebuffer pixels; GL's scissor origin is the bottom left.
      const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
      const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(fb_height) - y1),
                static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), GL_UNSIGNED_SHORT,
                     reinterpret_cast<void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
    }
  }
  glDisable(GL_SCISSOR_TEST);  // the next frame's clear covers the whole canvas
  glBindVertexArray(0);
}

}  // namespace sw::platform::renderer
