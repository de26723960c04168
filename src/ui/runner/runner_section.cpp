// runner_section.cpp — a section page: the section list (visible sections, each done / needs attention / not
// started), the progress bar, the section's visible questions with live branching, and Back / Next.
#include <cfloat>

#include "imgui.h"
#include "ui/fonts.h"
#include "ui/runner/layout.h"
#include "ui/runner/runner_view.h"
#include "ui/theme.h"

namespace sw::ui::runner {

namespace {
constexpr float kWideLayout = 900.0f;   // from this width the section list is a column on the left
constexpr float kListWidth = 250.0f;
constexpr const char* kNextKey = "__next__";
// Sections with more questions than this draw only the questions near the visible part of the page.
constexpr std::size_t kClipFrom = 40;

// True when `key` (a field key: question id, or "<group>.<entry>.<field>") belongs to question `id`.
bool key_of_question(const std::string& key, const std::string& id) {
  return key.size() >= id.size() && key.compare(0, id.size(), id) == 0 && (key.size() == id.size() || key[id.size()] == '.');
}

// Something the respondent entered: not null, blank text, or a list / entries holding nothing.
bool is_answered(const nlohmann::json& v) {
  if (v.is_null()) return false;
  if (v.is_string()) return v.get<std::string>().find_first_not_of(" \t\r\n") != std::string::npos;
  if (v.is_array() || v.is_object()) {
    for (const auto& item : v)
      if (is_answered(item)) return true;
    return false;
  }
  return true;
}
}  // namespace

bool RunnerView::section_started(std::size_t section) const {
  if (checked_sections_.count(section)) return true;
  const auto& questions = engine_->questionnaire().sections[section].questions;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const engine::QuestionPos pos{section, i};
    const auto& value = engine_->answer(questions[i].id);
    if (engine_->question_visible(pos) && value != questions[i].default_value && is_answered(value))
      return true;
    if (touched_.count(questions[i].id)) return true;
  }
  return false;
}

const RunnerView::SectionRow& RunnerView::section_row(std::size_t section) const {
  if (section_rows_.size() != engine_->questionnaire().sections.size())
    section_rows_.assign(engine_->questionnaire().sections.size(), SectionRow{});
  SectionRow& row = section_rows_[section];
  const std::uint64_t revision = engine_->section_revision(section);
  const bool checked = checked_sections_.count(section) > 0;
  if (row.known && row.revision == revision && row.touched == touched_.size() && row.checked == checked) return row;
  row.known = true;
  row.revision = revision;
  row.touched = touched_.size();
  row.checked = checked;
  row.started = section_started(section);
  row.errors = row.started && engine_->section_has_errors(section);
  return row;
}

bool RunnerView::errors_shown(const std::string& key, std::size_t section) const {
  return checked_sections_.count(section) > 0 || touched_.count(key) > 0;
}

void RunnerView::draw_progress() {
  const auto p = engine_->progress();
  const std::string text =
      std::to_string(p.answered) + " of " + std::to_string(p.required) + " required questions answered";
  ImGui::ProgressBar(static_cast<float>(p.fraction()), ImVec2(-FLT_MIN, 0), text.c_str());
}

void RunnerView::draw_section_list(bool compact) {
  const auto& q = engine_->questionnaire();
  // Every row has the same height, so only the rows in view are drawn (a 10,000-question questionnaire has 200
  // sections, and a row's status reads every answer of its section).
  const auto sections = engine_->visible_sections();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(sections.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::size_t s = sections[static_cast<std::size_t>(row)];
      const SectionRow& status = section_row(s);
      const bool started = status.started, errors = status.errors;
      const bool current = place_.page == sw::runner::Page::Section && place_.section == s;
      ImGui::PushID(static_cast<int>(s));
      if (ImGui::Selectable(engine_->pipe(q.sections[s].title).c_str(), current)) go_to_section(s);
      ImGui::PopID();
      if (!compact) ImGui::Indent(8);
      else ImGui::SameLine();
      if (!started) ImGui::TextDisabled("Not started");
      else if (errors) ImGui::TextColored(colors::danger(), "Needs attention");
      else ImGui::TextColored(colors::success(), "\xE2\x9C\x93 Done");
      if (!compact) ImGui::Unindent(8);
    }
  }
  if (ImGui::Selectable("Review and send", place_.page == sw::runner::Page::Review)) go_to_review();
}

void RunnerView::draw_question(engine::QuestionPos pos) {
  const auto& question = engine_->questionnaire().sections[pos.section].questions[pos.question];
  if (!engine_->question_visible(pos)) return;
  const bool show_errors = errors_shown(question.id, pos.section);
  const auto errors = engine_->errors(pos);
  if (question.type == questionnaire::QuestionType::Repeat) {
    draw_repeat(pos, errors, show_errors);
    return;
  }
  FieldInput in;
  in.question = &question;
  in.key = question.id;
  in.label = engine_->pipe(question.label);
  in.help = engine_->pipe(question.help);
  in.value = engine_->answer(question.id);
  if (question.allow_other) in.other = engine_->answer(question.id + std::string(questionnaire::kOtherSuffix));
  in.enabled = engine_->question_enabled(pos);
  in.required = engine_->question_required(pos);
  in.choice_visible = [this, pos](std::size_t c) { return engine_->choice_visible(pos, c); };
  if (show_errors)
    for (const auto& e : errors) in.errors.push_back(e.message);
  const FieldOutput out = draw_field(in, memory_);
  if (out.value) {
    engine_->set_answer(question.id, *out.value);
    answers_changed();
  }
  if (out.other) {
    engine_->set_answer(question.id + std::string(questionnaire::kOtherSuffix), *out.other);
    answers_changed();
  }
  if (out.left) touched_.insert(question.id);
  if (out.submitted) memory_.focus_key = "\x01" + question.id;  // resolved to the next field after the page
}

// Long sections are clipped: a question far outside the scrolled view (more than a view's height away) is not
// drawn; the height it had when last drawn is reserved instead, so the scroll bar and positions stay right and a
// frame costs what the visible questions cost (a 2,000-question section would otherwise lay out every field each
// frame; docs/performance.md). A question is always drawn when it has never been measured, is being edited, or
// is to receive keyboard focus. Short sections are drawn whole, so Tab order and widget look-ups see every field.
void RunnerView::draw_questions(std::size_t section) {
  const auto& questions = engine_->questionnaire().sections[section].questions;
  const bool clip = questions.size() > kClipFrom;
  if (heights_section_ != section || heights_engine_ != engine_.get() || question_heights_.size() != questions.size()) {
    question_heights_.assign(questions.size(), -1.0f);
    heights_section_ = section;
    heights_engine_ = engine_.get();
  }
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float view_top = ImGui::GetScrollY(), view_height = ImGui::GetWindowHeight();
  const float near_top = view_top - view_height, near_bottom = view_top + 2 * view_height;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (!engine_->question_visible({section, i})) continue;
    const float y0 = ImGui::GetCursorPosY();
    float& height = question_heights_[i];
    if (clip && height > spacing && (y0 + height < near_top || y0 > near_bottom) &&
        !key_of_question(memory_.focus_key, questions[i].id) && !key_of_question(memory_.editing_key, questions[i].id)) {
      ImGui::Dummy(ImVec2(0.0f, height - spacing));  // Dummy adds the item spacing itself
      continue;
    }
    ImGui::Spacing();
    draw_question({section, i});
    ImGui::Spacing();
    height = ImGui::GetCursorPosY() - y0;
  }
}

void RunnerView::draw_section_page(const Fonts& fonts) {
  const auto& q = engine_->questionnaire();
  if (!engine_->section_visible(place_.section)) {  // an answer hid this section: go to a visible one
    const auto sections = engine_->visible_sections();
    if (sections.empty()) {
      go_to_review();
      return;
    }
    place_.section = sections.front();
    for (std::size_t s : sections)
      if (s < place_.section) place_.section = s;
  }
  const bool wide = ImGui::GetContentRegionAvail().x >= kWideLayout;
  if (wide) {
    begin_panel(page_panels_, "section_list", kListWidth);
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", engine_->pipe(q.title).c_str());
    ImGui::PopFont();
    ImGui::Separator();
    draw_section_list(false);
    end_panel(page_panels_);
    ImGui::SameLine();
  }
  begin_column(page_panels_, "section_page", 760, false);
  draw_progress();
  // The questions scroll; Back / Next stay in view below them.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float footer = ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y * 2 + style.WindowPadding.y +
                       (notice_.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing() * 2);
  ImGui::BeginChild("page_body", ImVec2(0, -footer), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
  if (scroll_to_top_) ImGui::SetScrollY(0);
  scroll_to_top_ = false;
  if (!wide) {
    if (ImGui::CollapsingHeader("All sections")) draw_section_list(true);
  }
  const auto& section = q.sections[place_.section];
  ImGui::PushFont(fonts.heading);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(engine_->pipe(section.title).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (!section.description.empty()) muted_text(engine_->pipe(section.description));
  ImGui::Separator();
  draw_questions(place_.section);

  // Enter in a one-line field moves on to the next field (or to Next after the last one).
  bool submitted = false;
  if (memory_.focus_key.size() > 1 && memory_.focus_key[0] == '\x01') {
    submitted = true;
    const std::string from = memory_.focus_key.substr(1);
    memory_.focus_key = kNextKey;
    for (std::size_t i = 0; i + 1 < memory_.order.size(); ++i)
      if (memory_.order[i] == from) memory_.focus_key = memory_.order[i + 1];
  }
  ImGui::Spacing();
  ImGui::EndChild();

  ImGui::Separator();
  draw_notice();
  if (ImGui::Button("Back")) back();
  ImGui::SameLine();
  focus_if_requested(kNextKey, memory_);
  if (primary_button("Next")) go_next_ = true;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (!autosave_.error().empty()) {
    // The answers are still on screen; offer the one way to keep them that does not need browser storage.
    ImGui::TextColored(colors::danger(), "Not saved in this browser: %s.", autosave_.error().c_str());
    ImGui::SameLine();
    if (ImGui::Button("Download answers##save_failed")) download();
  } else {
    ImGui::TextDisabled(autosave_.pending() ? "Saving…" : "Saved in this browser");
  }
  end_column(page_panels_);

  // Enter anywhere else on the page (no field being edited, no widget focused by keyboard) goes on.
  if (!submitted && !ImGui::IsAnyItemActive() && !ImGui::IsAnyItemFocused() &&
      !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup) &&
      (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)))
    go_next_ = true;
  if (go_next_) next();
}

}  // namespace sw::ui::runner
