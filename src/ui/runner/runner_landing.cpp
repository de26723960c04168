// runner_landing.cpp — the landing page: title, intro, estimated time, the privacy note, and Start or
// Continue / Start over.
#include "core/runner/open_questionnaire.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/runner/layout.h"
#include "ui/runner/runner_view.h"
#include "ui/theme.h"

namespace sw::ui::runner {

void RunnerView::draw_landing(const Fonts& fonts) {
  const auto& q = engine_->questionnaire();
  begin_column(page_panels_, "landing", 720, scroll_to_top_);
  scroll_to_top_ = false;
  ImGui::Spacing();
  ImGui::PushFont(fonts.title);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(engine_->pipe(q.title).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::Spacing();
  if (!q.intro.empty()) {
    ImGui::TextWrapped("%s", engine_->pipe(q.intro).c_str());
    ImGui::Spacing();
  }
  const int minutes = sw::runner::estimated_minutes(*engine_);
  const int questions = sw::runner::visible_question_count(*engine_);
  muted_text("About " + std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes") + " (" +
             std::to_string(questions) + " questions; some appear only when they apply).");
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_Header));
  ImGui::BeginChild("privacy", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  ImGui::TextWrapped("Your answers stay in this browser. They are saved here as you type, so you can close the page "
                     "and come back later. Nothing is sent anywhere until you download or send your answers yourself.");
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::Spacing();

  if (!dropped_.empty()) {
    ImGui::TextColored(colors::danger(), "This questionnaire has changed since you last saved. These answers no longer "
                                         "fit and were left out:");
    for (const auto& d : dropped_) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", d.c_str());
    }
    ImGui::Spacing();
  }
  if (has_saved_) {
    const auto progress = engine_->progress();
    muted_text("You have started this questionnaire: " + std::to_string(progress.answered) + " of " +
               std::to_string(progress.required) + " required questions answered.");
    if (primary_button("Continue where you left off")) start(true);
    ImGui::SameLine();
    if (ImGui::Button("Start over")) ImGui::OpenPopup("Start over?");
  } else {
    if (primary_button("Start")) start(false);
  }
  ImGui::SameLine();
  if (ImGui::Button("Open answers file")) open_answers_file();
  draw_path_dialog();
  draw_notice();
  for (const auto& w : problems_) muted_text(w);  // questionnaire warnings (for the engineer who sent it)
  if (on_close) {
    ImGui::Spacing();
    if (ImGui::Button("Back to templates")) on_close();
  }

  if (ImGui::BeginPopupModal("Start over?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted("Clear every answer in this browser and start again?");
    if (ImGui::Button("Clear answers and start")) {
      start(false);
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep my answers")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  // Enter on the landing page starts (or continues).
  if (!ImGui::IsAnyItemActive() && !ImGui::IsAnyItemFocused() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup) &&
      ImGui::IsKeyPressed(ImGuiKey_Enter, false))
    start(has_saved_);
  end_column(page_panels_);
}

}  // namespace sw::ui::runner
