// gl_lookup_emscripten.cpp — the browser build never looks OpenGL functions up by name.
//
// SDL's EGL layer keeps a pointer to eglGetProcAddress, and Emscripten's own version of it is a table of every
// WebGL entry point by name, which makes the linker import all ~280 of them into the JS glue (about 11 KB of
// the compressed download, .wasm and .js together). The app calls the few it uses directly
// (imgui_renderer_webgl.cpp), so this definition, which the linker takes before the system library's, finds
// nothing: SDL_GL_GetProcAddress then returns null, as for any function a WebGL context does not have.
extern "C" void* eglGetProcAddress(const char* /*name*/) { return nullptr; }
