// fetch_emscripten.cpp — browser side of fetch.h: fetch() and an <input type=file>, each calling back into
// the app through an exported function with a heap-held callback (freed after the single call).
#include <emscripten.h>

#include <cstdlib>

#include "platform/fetch.h"

namespace {
using FetchDone = std::function<void(sw::platform::FetchResult)>;
using OpenDone = std::function<void(sw::platform::OpenedFile)>;

std::string take(char* s) {  // a malloc'd string from JS
  std::string out = s ? s : "";
  std::free(s);
  return out;
}

// The file's or response's bytes exactly as they are (malloc'd by JS): decoding them in JS would replace
// invalid UTF-8 with U+FFFD and hide it from the loaders, which refuse it with a line and column.
std::string take_bytes(char* bytes, int length) {
  std::string out = bytes ? std::string(bytes, static_cast<std::size_t>(length)) : std::string();
  std::free(bytes);
  return out;
}
}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE void scopewright_fetch_done(FetchDone* done, int status, char* bytes, int length, char* error) {
  sw::platform::FetchResult result{status, take_bytes(bytes, length), take(error)};
  (*done)(std::move(result));
  delete done;
}
EMSCRIPTEN_KEEPALIVE void scopewright_file_opened(OpenDone* done, char* name, char* bytes, int length, char* error,
                                                 int cancelled) {
  sw::platform::OpenedFile file{take(name), take_bytes(bytes, length), take(error), cancelled != 0};
  (*done)(std::move(file));
  delete done;
}
}

// clang-format off
EM_JS(void, sw_js_fetch_text, (const char* url, void* handle), {
  const str = (s) => { const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p; };
  const copy = (buffer) => { const a = new Uint8Array(buffer); const p = _malloc(a.length + 1); HEAPU8.set(a, p); return p; };
  const send = (status, buffer, error) =>
    _scopewright_fetch_done(handle, status, copy(buffer), buffer.byteLength, str(error));
  const u = UTF8ToString(url);
  fetch(u, { credentials: "same-origin", cache: "no-cache" })
    .then((r) => r.arrayBuffer().then((b) => send(r.status, r.ok ? b : new ArrayBuffer(0),
          r.ok ? "" : ("HTTP " + r.status + (r.statusText ? " " + r.statusText : "") + " for " + u))))
    .catch((e) => send(0, new ArrayBuffer(0), "could not reach " + u + " (" + (e && e.message ? e.message : e) + ")"));
});
EM_JS(char*, sw_js_location, (int origin_only), {
  const s = origin_only ? window.location.origin : window.location.href;
  const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
});
EM_JS(void, sw_js_open_file, (const char* accept, void* handle), {
  const str = (s) => { const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p; };
  let answered = false;
  const copy = (buffer) => { const a = new Uint8Array(buffer); const p = _malloc(a.length + 1); HEAPU8.set(a, p); return p; };
  const send = (name, buffer, error, cancelled) => {
    if (answered) return;
    answered = true;
    input.remove();
    _scopewright_file_opened(handle, str(name), copy(buffer), buffer.byteLength, str(error), cancelled ? 1 : 0);
  };
  const input = document.createElement("input");
  input.type = "file";
  input.accept = UTF8ToString(accept);
  input.style.display = "none";
  input.addEventListener("change", () => {
    const f = input.files && input.files[0];
    if (!f) { send("", new ArrayBuffer(0), "", true); return; }
    f.arrayBuffer().then((b) => send(f.name, b, "", false)).catch((e) => send(f.name, new ArrayBuffer(0), String(e), false));
  });
  input.addEventListener("cancel", () => send("", new ArrayBuffer(0), "", true));
  document.body.appendChild(input);
  input.click();
});
// clang-format on

namespace sw::platform {

void fetch_text(const std::string& url, std::function<void(FetchResult)> done) {
  sw_js_fetch_text(url.c_str(), new FetchDone(std::move(done)));
}

std::string page_url() { return take(sw_js_location(0)); }

std::string page_origin() { return take(sw_js_location(1)); }

bool open_text_file(const std::string& accept, std::function<void(OpenedFile)> done) {
  sw_js_open_file(accept.c_str(), new OpenDone(std::move(done)));
  return true;
}

}  // namespace sw::platform
