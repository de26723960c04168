// questionnaire_view.cpp — the engineer's template list with customer links and previews (see questionnaire_view.h).
#include "ui/questionnaire_view.h"

#include <nlohmann/json.hpp>

#include "core/runner/questionnaire_source.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/runner/layout.h"
#include "ui/theme.h"

namespace sw::ui {

QuestionnaireView::QuestionnaireView(const RunnerServices& services, Storage& storage)
    : services_(services), runner_(services, storage) {
  runner_.on_close = [this] { previewing_ = false; };
}

void QuestionnaireView::load_templates() {
  loaded_ = true;
  templates_.clear();
  if (!services_.list_templates) return;
  const std::string page = services_.page_url.empty() ? "index.html" : services_.page_url;
  for (const auto& id : services_.list_templates()) {
    Template t{id, id, sw::runner::customer_link(page, id)};
    if (services_.read_file) {
      if (auto text = services_.read_file(sw::runner::template_path(services_.assets_dir, id))) {
        const auto j = nlohmann::json::parse(*text, nullptr, false);
        if (j.is_object() && j.contains("title") && j["title"].is_string()) t.title = j["title"].get<std::string>();
      }
    }
    templates_.push_back(std::move(t));
  }
}

void QuestionnaireView::draw(const Fonts& fonts) {
  if (previewing_) {
    runner_.draw(fonts);
    return;
  }
  if (!loaded_) load_templates();
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Questionnaires");
  ImGui::PopFont();
  runner::muted_text("Send the customer a link: they answer in their browser, their answers stay there until they "
                     "download them and send you the file. Preview a questionnaire to see exactly what they see.");
  ImGui::Spacing();
  if (templates_.empty()) ImGui::TextDisabled("No questionnaire templates are installed.");
  for (const auto& t : templates_) {
    ImGui::PushID(t.id.c_str());
    ImGui::BeginChild("template", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", t.title.c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", t.id.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, colors::accent());
    ImGui::TextWrapped("%s", t.link.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button("Copy customer link")) {
      if (services_.copy) services_.copy(t.link);
      notice_ = "Copied the link to " + t.title + ".";
    }
    runner::name_last_item("Copy customer link " + t.id);
    ImGui::SameLine();
    if (ImGui::Button("Preview")) {
      runner_.open_template(t.id);
      previewing_ = true;
    }
    runner::name_last_item("Preview " + t.id);
    ImGui::EndChild();
    ImGui::PopID();
  }
  if (!notice_.empty()) ImGui::TextColored(colors::success(), "%s", notice_.c_str());
}

}  // namespace sw::ui
