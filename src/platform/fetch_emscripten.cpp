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
}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE void scopewright_fetch_done(FetchDone* done, int status, char* text, char* error) {
  sw::platform::FetchResult result{status, take(text), take(error)};
  (*done)(std::move(result));
  delete done;
}
EMSCRIPTEN_KEEPALIVE void scopewright_file_opened(OpenDone* done, char* name, char* text, char* error, int cancelled) {
  sw::platform::OpenedFile file{take(name), take(text), take(error), cancelled != 0};
  (*done)(std::move(file));
  delete done;
}
}

// clang-format off
EM_JS(void, sw_js_fetch_text, (const char* url, void* handle), {
  const str = (s) => { const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p; };
  const send = (status, text, error) => _scopewright_fetch_done(handle, status, str(text), str(error));
  const u = UTF8ToString(url);
  fetch(u, { credentials: "same-origin", cache: "no-cache" })
    .then((r) => r.text().then((t) => send(r.status, r.ok ? t : "",
          r.ok ? "" : ("HTTP " + r.status + (r.statusText ? " " + r.statusText : "") + " for " + u))))
    .catch((e) => send(0, "", "could not reach " + u + " (" + (e && e.message ? e.message : e) + ")"));
});
EM_JS(char*, sw_js_location, (int origin_only), {
  const s = origin_only ? window.location.origin : window.location.href;
  const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
});
EM_JS(void, sw_js_open_file, (const char* accept, void* handle), {
  const str = (s) => { const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p; };
  let answered = false;
  const send = (name, text, error, cancelled) => {
    if (answered) return;
    answered = true;
    input.remove();
    _scopewright_file_opened(handle, str(name), str(text), str(error), cancelled ? 1 : 0);
  };
  const input = document.createElement("input");
  input.type = "file";
  input.accept = UTF8ToString(accept);
  input.style.display = "none";
  input.addEventListener("change", () => {
    const f = input.files && input.files[0];
    if (!f) { send("", "", "", true); return; }
    f.text().then((t) => send(f.name, t, "", false)).catch((e) => send(f.name, "", String(e), false));
  });
  input.addEventListener("cancel", () => send("", "", "", true));
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
