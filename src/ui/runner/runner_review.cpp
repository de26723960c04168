// runner_review.cpp — the review page: every visible answer by section with an Edit link back, the calculated
// values marked show, and the answers file actions (download, copy, open).
#include <cfloat>

#include "core/runner/value_text.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/fonts.h"
#include "ui/runner/layout.h"
#include "ui/runner/runner_view.h"
#include "ui/theme.h"

namespace sw::ui::runner {

namespace {
constexpr float kAnswerIndent = 16.0f;

void answer_line(const std::string& label, const std::string& answer) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::TextWrapped("%s", label.c_str());
  ImGui::PopStyleColor();
  ImGui::Indent(kAnswerIndent);
  if (answer.find_first_not_of(' ') == std::string::npos) ImGui::TextDisabled("Not answered");
  else ImGui::TextWrapped("%s", answer.c_str());
  ImGui::Unindent(kAnswerIndent);
}
}  // namespace

void RunnerView::draw_answers_actions() {
  if (primary_button("Download answers")) download();
  ImGui::SameLine();
  if (ImGui::Button("Copy to clipboard")) copy_answers();
  ImGui::SameLine();
  if (ImGui::Button("Open answers file")) open_answers_file();
  draw_path_dialog();
}

void RunnerView::draw_path_dialog() {
  if (!path_dialog_) return;
  ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
  const bool enter = ImGui::InputTextWithHint("##answers_path", "Path of the answers file", &path_input_,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  name_last_item("Answers file path");
  ImGui::SameLine();
  if (ImGui::Button("Open##path") || enter) {
    path_dialog_ = false;
    const auto text = services_.read_file ? services_.read_file(path_input_) : std::nullopt;
    if (text) import_answers_text(*text, path_input_);
    else set_notice("Cannot read " + path_input_ + ".", true);
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel##path")) path_dialog_ = false;
}

void RunnerView::draw_review(const Fonts& fonts) {
  const auto& q = engine_->questionnaire();
  begin_column(page_panels_, "review", 760, scroll_to_top_);
  scroll_to_top_ = false;
  draw_progress();
  ImGui::Spacing();
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Review your answers");
  ImGui::PopFont();
  const auto with_errors = engine_->first_section_with_errors();
  if (with_errors) {
    ImGui::TextColored(colors::danger(), "Some answers still need attention (marked below). You can download what you "
                                         "have now and finish later.");
  } else {
    muted_text("Everything required is answered. Download your answers and send the file to your contact, or copy "
               "them into an email.");
  }
  ImGui::Spacing();
  draw_answers_actions();
  if (doc_.status == questionnaire::AnswersStatus::Complete)
    ImGui::TextColored(colors::success(), "Finished: your answers are marked complete.");
  draw_notice();
  ImGui::Spacing();

  for (std::size_t s : engine_->visible_sections()) {
    const auto& section = q.sections[s];
    ImGui::PushID(static_cast<int>(s));
    ImGui::Separator();
    ImGui::PushFont(fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(engine_->pipe(section.title).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::SmallButton("Edit")) go_to_section(s);
    name_last_item("Edit " + section.title);
    if (engine_->section_has_errors(s)) ImGui::TextColored(colors::danger(), "Needs attention");
    for (std::size_t i = 0; i < section.questions.size(); ++i) {
      const engine::QuestionPos pos{s, i};
      if (!engine_->question_visible(pos)) continue;
      const auto& question = section.questions[i];
      if (question.type != questionnaire::QuestionType::Repeat) {
        answer_line(engine_->pipe(question.label), engine_->pipe("{" + question.id + "}"));
        if (question.allow_other && engine_->answer(question.id).dump().find("\"other\"") != std::string::npos)
          answer_line("Other", engine_->pipe("{" + question.id + ".other}"));
        continue;
      }
      ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
      ImGui::TextWrapped("%s", engine_->pipe(question.label).c_str());
      ImGui::PopStyleColor();
      const std::size_t count = engine_->entry_count(question.id);
      ImGui::Indent(kAnswerIndent);
      if (count == 0) ImGui::TextDisabled("None");
      for (std::size_t e = 0; e < count; ++e) {
        const std::string title = question.entry_label.empty() ? "Entry " + std::to_string(e + 1)
                                                               : engine_->pipe(question.entry_label, std::make_pair(pos, e));
        ImGui::TextUnformatted(title.c_str());
        ImGui::Indent(kAnswerIndent);
        for (std::size_t f = 0; f < question.fields.size(); ++f) {
          if (!engine_->field_visible(pos, e, f)) continue;
          answer_line(engine_->pipe(question.fields[f].label, std::make_pair(pos, e)),
                      engine_->pipe("{entry." + question.fields[f].id + "}", std::make_pair(pos, e)));
        }
        ImGui::Unindent(kAnswerIndent);
      }
      ImGui::Unindent(kAnswerIndent);
    }
    ImGui::PopID();
  }

  bool any_shown = false;
  for (const auto& c : q.calculated) any_shown = any_shown || c.show;
  if (any_shown) {
    ImGui::Separator();
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted("Estimates");
    ImGui::PopFont();
    for (const auto& c : q.calculated)
      if (c.show) answer_line(c.label.empty() ? c.id : engine_->pipe(c.label),
                              sw::runner::calculated_text(c, engine_->calculated(c.id)));
  }
  if (!q.outro.empty()) {
    ImGui::Separator();
    ImGui::TextWrapped("%s", engine_->pipe(q.outro).c_str());
  }
  ImGui::Spacing();
  if (ImGui::Button("Back")) back();
  ImGui::Spacing();
  end_column(page_panels_);
}

}  // namespace sw::ui::runner
