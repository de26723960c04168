// browser_emscripten.cpp — the browser side of browser.h: URL, downloads, clipboard, window.scopewright.
//
// JS never touches app state directly: the page's glue (web/shell.js) calls the exported functions below with
// the handle it was given, and they answer with JSON strings.
#include <emscripten.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "platform/browser.h"

namespace {

struct TestInterface {
  std::function<std::string()> state_json;
  std::function<std::string()> items_json;
};

char* copy_for_js(const std::string& s) {  // freed by the JS caller with _free
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

}  // namespace

extern "C" {
// Called by the page's visibilitychange / pagehide listeners (sw_js_on_page_hidden) with the handle it was given.
EMSCRIPTEN_KEEPALIVE void scopewright_page_hidden(std::function<void()>* flush) { (*flush)(); }
EMSCRIPTEN_KEEPALIVE char* scopewright_state_json(TestInterface* t) { return copy_for_js(t->state_json()); }
EMSCRIPTEN_KEEPALIVE char* scopewright_items_json(TestInterface* t) { return copy_for_js(t->items_json()); }
}

// clang-format off
EM_JS(char*, sw_js_query_string, (), {
  const s = window.location.search || "";
  const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
});
// The fragment stays in the page: it is read here and never sent to the server (that is why links use it).
EM_JS(char*, sw_js_fragment, (), {
  const s = window.location.hash || "";
  if (!window["scopewrightHashWatch"]) {  // a new #q= link pasted into this tab: start afresh with it
    window["scopewrightHashWatch"] = true;
    const first = s;
    window.addEventListener("hashchange", () => { if (window.location.hash !== first) window.location.reload(); });
  }
  const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
});
// Relative, so the site works from any sub-path; a new history entry, so Back returns to the page left.
EM_JS(void, sw_js_open_view_page, (const char* view_id), {
  window.location.assign("?view=" + encodeURIComponent(UTF8ToString(view_id)));
});
EM_JS(void, sw_js_open_tab, (const char* url), {
  window.open(UTF8ToString(url), "_blank", "noopener");
});
EM_JS(void, sw_js_download, (const char* name, const char* mime, const char* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  const url = URL.createObjectURL(new Blob([bytes], { type: UTF8ToString(mime) }));
  const a = document.createElement("a");
  a.href = url; a.download = UTF8ToString(name); document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});
EM_JS(void, sw_js_copy, (const char* text), {
  const s = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});
EM_JS(void, sw_js_attach_test_interface, (void* handle), {
  if (Module["scopewrightAttach"]) Module["scopewrightAttach"](handle);
});
// Browsers give no later chance to save than these events; both may fire for one close, flushing twice is harmless.
EM_JS(void, sw_js_on_page_hidden, (void* handle), {
  const flush = () => { try { _scopewright_page_hidden(handle); } catch (e) { console.error("saving on hide failed", e); } };
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flush(); });
  window.addEventListener("pagehide", flush);
});
EM_JS(void, sw_js_hide_loading, (), {
  if (Module["scopewrightHideLoading"]) Module["scopewrightHideLoading"]();
});
EM_JS(void, sw_js_startup_failed, (const char* title, const char* detail), {
  if (Module["scopewrightFail"]) Module["scopewrightFail"](UTF8ToString(title), UTF8ToString(detail));
});
// clang-format on

namespace sw::platform {
namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string url_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}
}  // namespace

std::map<std::string, std::string> launch_parameters(int, char**) {
  char* raw = sw_js_query_string();
  std::string query = raw;
  std::free(raw);
  std::map<std::string, std::string> params;
  size_t start = query.empty() || query[0] != '?' ? 0 : 1;
  while (start < query.size()) {
    size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    std::string pair = query.substr(start, end - start);
    size_t eq = pair.find('=');
    if (!pair.empty())
      params[url_decode(pair.substr(0, eq))] = eq == std::string::npos ? "" : url_decode(pair.substr(eq + 1));
    start = end + 1;
  }
  char* raw_fragment = sw_js_fragment();
  const std::string fragment = raw_fragment;
  std::free(raw_fragment);
  if (fragment.rfind("#q=", 0) == 0 || fragment.find("&q=") != std::string::npos) params["link"] = fragment;
  return params;
}

std::string offer_download(const std::string& filename, const std::string& mime_type, const std::string& contents) {
  sw_js_download(filename.c_str(), mime_type.c_str(), contents.data(), static_cast<int>(contents.size()));
  return "Downloaded " + filename;
}

void copy_to_clipboard(const std::string& text) { sw_js_copy(text.c_str()); }

bool can_open_tabs() { return true; }

// "noopener" makes window.open return null even when the tab opened, so its result says nothing.
void open_in_new_tab(const std::string& url) { sw_js_open_tab(url.c_str()); }

void open_view_page(const std::string& view_id) { sw_js_open_view_page(view_id.c_str()); }

void expose_test_interface(std::function<std::string()> state_json, std::function<std::string()> items_json) {
  // Lives as long as the page; JS holds the only reference.
  auto* handle = new TestInterface{std::move(state_json), std::move(items_json)};
  sw_js_attach_test_interface(handle);
}

void hide_loading_screen() { sw_js_hide_loading(); }

void report_startup_failure(bool no_graphics, const std::string& detail) {
  std::fprintf(stderr, "scopewright: %s\n", detail.c_str());  // the technical reason, for the console
  if (no_graphics) {
    sw_js_startup_failed("WebGL 2 is not available.",
                         "Scopewright draws its interface with WebGL 2. Turn on hardware acceleration in your browser "
                         "settings, or try another browser.");
  } else {
    sw_js_startup_failed("Scopewright could not start.", detail.c_str());
  }
}

void on_page_hidden(std::function<void()> flush) {
  // Lives as long as the page; the listeners hold the only reference.
  sw_js_on_page_hidden(new std::function<void()>(std::move(flush)));
}

}  // namespace sw::platform
