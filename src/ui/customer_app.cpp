// customer_app.cpp — a customer's questionnaire link: the runner on the whole window.
#include "ui/customer_app.h"

#include "imgui.h"
#include "ui/runner/runner_state_json.h"
#include "ui/runner/runner_view.h"
#include "ui/theme.h"

namespace sw::ui {
namespace {

// The questionnaire's own text in large type on its first pages (its title, its sections' titles): the start-up
// glyphs are rasterised with these characters, so a title in any language is whole in the first frame.
std::string first_text(const runner::RunnerView& runner) {
  if (!runner.engine()) return "";
  const auto& q = runner.engine()->questionnaire();
  std::string text = q.title;
  for (const auto& section : q.sections) text += section.title;
  return text;
}

}  // namespace

CustomerApp::CustomerApp(AppOptions options, Storage& storage)
    : options_(std::move(options)), fonts_(std::move(options_.font)) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: nothing is written to the browser but the answers
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  apply_theme();
  runner_ = std::make_unique<runner::RunnerView>(options_.runner, storage);
  runner_->set_page_panels(&panels_);
  const auto& launch = options_.launch;
  if (launch.count("link")) {
    runner_->open_share_link(launch.at("link"));  // #q=... carries the questionnaire itself
  } else {
    runner_->open_link(launch.count("q") ? launch.at("q") : "");
  }
  fonts_.start(options_.pixel_ratio, first_text(*runner_));
}

CustomerApp::~CustomerApp() = default;

void CustomerApp::draw() {
  ++frame_count_;
  begin_page_window();
  if (!fonts_.error().empty()) ImGui::TextColored(colors::danger(), "%s", fonts_.error().c_str());
  runner_->draw(fonts_.fonts());
  end_page_window(panels_);
}

void CustomerApp::flush() { runner_->flush(); }

std::string CustomerApp::state_json() const {
  auto state = common_state("questionnaire", frame_count_, fonts_.error(), true);
  state["runner"] = runner::state_json(*runner_);
  return state.dump();
}

}  // namespace sw::ui
