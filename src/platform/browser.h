// browser.h — what the app needs from its host: the page URL's parameters, file downloads, the clipboard,
// and (web only) the test interface window.scopewright. The desktop build has native equivalents.
#pragma once

#include <functional>
#include <map>
#include <string>

namespace sw::platform {

/// How the app was opened: the page URL's query parameters (?q=general → {"q": "general"}), URL-decoded;
/// on desktop, the command line's --name=value options. A share link's fragment (#q=...) is passed whole,
/// not decoded, as "link" (desktop: --link=<the link>); the fragment is read here and never sent anywhere.
/// Web: when the fragment changes later (another share link pasted in the same tab), the page reloads.
std::map<std::string, std::string> launch_parameters(int argc, char** argv);

/// Offers `contents` to the user as a file download named `filename` (desktop: writes it to the current folder).
/// Returns a message for the user ("Downloaded x.json" / the error).
std::string offer_download(const std::string& filename, const std::string& mime_type, const std::string& contents);

/// Puts text on the system clipboard.
void copy_to_clipboard(const std::string& text);

/// True where open_in_new_tab works (web); false on desktop (no tabs: the UI hides the button).
bool can_open_tabs();

/// Opens `url` in a new browser tab (web); no-op on desktop.
void open_in_new_tab(const std::string& url);

/// Opens the page of the app's screen `view_id` in this tab (web: ?view=<id>, which web/shell.js serves with the
/// module holding that screen); no-op on desktop, where one program holds every screen.
void open_view_page(const std::string& view_id);

/// Sets the functions behind window.scopewright (see docs/test-interface.md) and marks the app ready.
/// `state_json` returns the app state; `items_json` the widgets of the last frame. No-op on desktop.
void expose_test_interface(std::function<std::string()> state_json, std::function<std::string()> items_json);

/// Hides the page's loading indicator (web); no-op on desktop.
void hide_loading_screen();

/// Tells the user the app could not start: on the page in place of the loading indicator (web), on stderr
/// (desktop). `no_graphics`: the failure is that WebGL 2 / OpenGL is unavailable (the user can do something about
/// it); `detail` is the technical reason.
void report_startup_failure(bool no_graphics, const std::string& detail);

/// Calls `flush` whenever the page is hidden (visibilitychange to hidden: tab switched, app backgrounded on a
/// phone) or unloaded (pagehide: closed, reloaded, navigated away) — the last moment to save what was typed.
/// Desktop: no-op (the app flushes when its window closes).
void on_page_hidden(std::function<void()> flush);

}  // namespace sw::platform
