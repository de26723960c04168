// app.cpp — the app frame: a sidebar (or a top bar on narrow windows) and the current view.
#include "ui/app.h"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "scopewright/version.h"
#include "ui/customer_app.h"
#include "ui/questionnaire_view.h"
#include "ui/runner/runner_state_json.h"
#include "ui/runner/runner_view.h"
#include "ui/theme.h"

namespace sw::ui {
namespace {
constexpr float kSidebarWidth = 200.0f;
constexpr float kCompactBelowWidth = 720.0f;  // narrower than this (phones): navigation moves to the top
constexpr const char* kLastScreenKey = "scopewright.ui.last_screen";
}  // namespace

App::App(AppOptions options, Storage& storage, MakeView make_view)
    : options_(std::move(options)), storage_(storage), make_view_(make_view), fonts_(options_.font) {
  if (options_.launch.count("link") || options_.launch.count("q")) {  // a customer link: the questionnaire alone
    customer_ = std::make_unique<CustomerApp>(options_, storage_);
    screen_ = Screen::Questionnaire;
    return;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: layout is not persisted (and nothing is written to the browser)
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  apply_theme();
  // Open the screen the link asks for (?view=...), else the one the user was on last time, if this program holds
  // it (never another page at start-up: a page that opened another would reload forever if the two disagreed);
  // else the first screen it holds.
  const auto wanted = options_.launch.count("view") ? std::optional<std::string>(options_.launch.at("view"))
                                                    : storage_.get(kLastScreenKey);
  auto first = std::find_if(kScreens.begin(), kScreens.end(),
                            [&](const ScreenInfo& s) { return wanted && *wanted == s.id && ensure_view(s.screen); });
  if (first == kScreens.end())
    first = std::find_if(kScreens.begin(), kScreens.end(), [&](const ScreenInfo& s) { return ensure_view(s.screen); });
  show(first->screen);  // every program holds at least one screen
  fonts_.start(options_.pixel_ratio);
}

App::~App() = default;

void App::flush() {
  if (customer_) customer_->flush();
  for (auto& [screen, view] : views_) view->flush();
}

const runner::RunnerView* App::active_runner() const {
  if (customer_) return &customer_->runner();
  const auto it = views_.find(Screen::Questionnaire);
  const auto* view = it == views_.end() ? nullptr : static_cast<const QuestionnaireView*>(it->second.get());
  return view && view->previewing() ? &view->runner() : nullptr;
}

bool App::ensure_fonts(float pixel_ratio) {
  return customer_ ? customer_->ensure_fonts(pixel_ratio) : fonts_.ensure(pixel_ratio);
}

bool App::ensure_view(Screen screen) {
  if (views_.count(screen)) return true;
  // Views are made when first shown: each reads its saved work from storage, and the one on screen should not
  // wait for the others (start-up is what a user waits for first).
  auto view = make_view_(screen, ViewContext{options_, storage_, [this](Screen s) { navigate(s); }});
  if (!view) return false;
  views_[screen] = std::move(view);
  return true;
}

bool App::navigate(Screen screen) {
  if (ensure_view(screen)) {
    show(screen);
    return true;
  }
  // Pending autosaves are written as the page goes, by its pagehide handler (platform::on_page_hidden).
  if (options_.open_view_page) options_.open_view_page(info(screen).id);
  return false;
}

void App::show(Screen screen) {
  if (screen != screen_) {
    std::string ignored;  // losing the remembered screen is harmless
    storage_.set(kLastScreenKey, info(screen).id, ignored);
  }
  screen_ = screen;
}

void App::draw_sidebar(bool compact) {
  if (!compact) {
    ImGui::PushFont(fonts_.fonts().heading);
    ImGui::TextUnformatted(kProductName);
    ImGui::PopFont();
    ImGui::TextDisabled("v%s", kVersion);
    ImGui::Spacing();
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  bool first = true;
  for (const auto& s : kScreens) {
    // Compact: tabs in a row, wrapping to the next line when the window is too narrow.
    const ImVec2 label_size = ImGui::CalcTextSize(s.label);
    if (compact && !first) {
      const float next_right = ImGui::GetItemRectMax().x + style.ItemSpacing.x * 2 + label_size.x;
      if (next_right < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
        ImGui::SameLine(0, style.ItemSpacing.x * 2);
    }
    first = false;
    // Full-width rows in the sidebar; label-sized tabs in the compact top bar.
    if (ImGui::Selectable(s.label, screen_ == s.screen, 0, compact ? label_size : ImVec2(0, 0))) navigate(s.screen);
  }
}

void App::draw() {
  if (customer_) {
    customer_->draw();
    return;
  }
  ++frame_count_;
  begin_page_window();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();

  const bool compact = viewport->WorkSize.x < kCompactBelowWidth;
  if (compact) {
    ImGui::PushFont(fonts_.fonts().heading);
    ImGui::TextUnformatted(kProductName);
    ImGui::PopFont();
    draw_sidebar(true);
    ImGui::Separator();
  } else {
    panels_.begin("sidebar", ImVec2(kSidebarWidth, 0), ImGuiChildFlags_Border);
    draw_sidebar(false);
    panels_.end();
    ImGui::SameLine();
  }

  panels_.begin("content", ImVec2(0, 0), ImGuiChildFlags_None);
  if (!fonts_.error().empty()) ImGui::TextColored(colors::danger(), "%s", fonts_.error().c_str());
  views_.at(screen_)->draw(fonts_.fonts());
  panels_.end();

  end_page_window(panels_);
}

std::string App::state_json() const {
  if (customer_) return customer_->state_json();
  auto state = common_state(info(screen_).id, frame_count_, fonts_.error(), false);
  if (const auto* r = active_runner()) state["runner"] = runner::state_json(*r);
  if (auto view = views_.at(screen_)->test_state(); !view.is_null()) state[info(screen_).id] = std::move(view);
  return state.dump();
}

}  // namespace sw::ui
