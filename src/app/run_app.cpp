// run_app.cpp — the wiring shared by the web and desktop mains: ImGui context, window, app, test probe, loop.
#include "app/run_app.h"

#include <cstdio>
#include <ctime>
#include <memory>
#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/browser.h"
#include "platform/fetch.h"
#include "platform/list_files.h"
#include "platform/main_loop.h"
#include "platform/sdl_gl_window.h"
#include "platform/storage.h"
#include "ui/item_probe.h"
#include "ui/page_panels.h"

namespace sw::app {
namespace {

// Everything one running app owns; lives on the heap for the page's lifetime on the web.
struct Session {
  ImGuiContext* imgui = nullptr;
  std::unique_ptr<platform::SdlGlWindow> window;
  std::unique_ptr<Storage> storage;
  std::unique_ptr<ui::TopLevel> app;
  std::unique_ptr<ui::ItemProbe> probe;
  bool first_frame_done = false;

  ~Session() {
    probe.reset();
    app.reset();
    window.reset();
    if (imgui) ImGui::DestroyContext(imgui);
  }

  // One frame; `on_screen` false skips drawing it (catching up with input when the page goes away).
  bool frame(bool on_screen = true) {
    if (!window->process_events()) return false;
    probe->start_frame();
    window->begin_frame([this](float ratio) { return app->ensure_fonts(ratio); });
    app->draw();
    if (!on_screen) {
      ImGui::EndFrame();
      return true;
    }
    window->end_frame(ui::page_clear_colour());
    if (!first_frame_done) {
      first_frame_done = true;
      platform::hide_loading_screen();
    }
    return true;
  }

  // The page is being hidden or closed: input still queued (the last keys typed, which the next animation frame
  // would have handled) goes through frames that are not drawn, then every pending autosave is written now.
  void catch_up_and_flush() {
    constexpr int kMostFrames = 400;  // ImGui takes a key or two per frame: a long burst of typing fits
    for (int i = 0; i < kMostFrames && (window->has_pending_events() || imgui->InputEventsQueue.Size > 0); ++i)
      frame(false);
    app->flush();
  }

  std::string items_json() const {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : probe->items()) {
      if (item.label.empty()) continue;
      items.push_back({{"label", item.label}, {"x", item.center_x()}, {"y", item.center_y()},
                       {"rect", {item.x0, item.y0, item.x1, item.y1}}, {"disabled", item.disabled}});
    }
    return items.dump();
  }
};

// The local time as ISO 8601 with its offset, e.g. "2026-11-22T10:05:00+01:00". Formatted by hand: in the
// browser, strftime is a large piece of JS glue for one fixed format.
std::string now_iso() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  const long offset_minutes = local.tm_gmtoff / 60;
  const long abs_offset = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buf[96];  // room for any int the compiler can imagine in each field
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld", local.tm_year + 1900, local.tm_mon + 1,
                local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec, offset_minutes < 0 ? '-' : '+',
                abs_offset / 60, abs_offset % 60);
  return buf;
}

// What the questionnaire runner needs from this platform.
ui::RunnerServices runner_services() {
  ui::RunnerServices r;
#ifdef SCOPEWRIGHT_ASSETS_DIR
  r.assets_dir = SCOPEWRIGHT_ASSETS_DIR;
#else
  r.assets_dir = "/assets";
#endif
  r.page_url = platform::page_url();
  r.page_origin = platform::page_origin();
  r.read_file = [](const std::string& path) { return platform::read_file_text(path); };
  r.fetch = [](const std::string& url, std::function<void(ui::Fetched)> done) {
    platform::fetch_text(url, [done = std::move(done)](platform::FetchResult f) {
      done(ui::Fetched{f.status, std::move(f.text), std::move(f.error)});
    });
  };
  r.list_templates = [dir = r.assets_dir + "/questionnaires"] { return platform::list_json_files(dir); };
  r.download = [](const std::string& name, const std::string& mime, const std::string& text) {
    return platform::offer_download(name, mime, text);
  };
  r.copy = [](const std::string& text) { platform::copy_to_clipboard(text); };
  if (platform::can_open_tabs()) r.open_new_tab = [](const std::string& url) { platform::open_in_new_tab(url); };
  r.pick_file = [](std::function<void(ui::PickedFile)> done) {
    return platform::open_text_file(".json,application/json", [done = std::move(done)](platform::OpenedFile f) {
      done(ui::PickedFile{std::move(f.name), std::move(f.text), std::move(f.error), f.cancelled});
    });
  };
  r.now_iso = now_iso;
  return r;
}

}  // namespace

int run_app(int argc, char** argv, const std::string& font_file, const MakeTopLevel& make) {
  auto session = std::make_unique<Session>();
  IMGUI_CHECKVERSION();
  session->imgui = ImGui::CreateContext();
  session->window = std::make_unique<platform::SdlGlWindow>("Scopewright", 1280, 800, session->imgui);
  if (!session->window->ok()) {
    platform::report_startup_failure(session->window->no_graphics(), session->window->error());
    return 1;
  }
  session->storage = platform::open_storage();
  ui::AppOptions options{{font_file, platform::read_file_text(font_file)}, platform::launch_parameters(argc, argv),
                         runner_services()};
  if (!options.font.bytes && !ui::kHasBuiltInFont) {  // nothing to draw text with (web: a broken data package)
    platform::report_startup_failure(false, "The UI font (" + font_file + ") is missing from the app's download. "
                                            "Reload the page; if this persists, the site is incomplete.");
    return 1;
  }
  options.list_json = [](const std::string& dir) { return platform::list_json_files(dir); };
  options.open_view_page = [](const std::string& view_id) { platform::open_view_page(view_id); };
  options.pixel_ratio = session->window->pixel_ratio();
  session->app = make(std::move(options), *session->storage);
  session->probe = std::make_unique<ui::ItemProbe>(session->imgui);

  Session* s = session.release();  // owned by the main loop from here on
  platform::expose_test_interface([s] { return s->app->state_json(); }, [s] { return s->items_json(); });
  platform::on_page_hidden([s] { s->catch_up_and_flush(); });
  platform::run_main_loop([s] {
    if (s->frame()) return true;
    s->app->flush();
    delete s;  // desktop: the user closed the window
    return false;
  });
  return 0;
}

}  // namespace sw::app
