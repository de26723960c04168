// runner_repeat.cpp — a repeat group on a section page: one card per entry with its visible fields, and
// Move up / Move down / Remove per entry, then "Add ..." (within min/max count).
#include <cfloat>

#include "imgui.h"
#include "ui/runner/layout.h"
#include "ui/runner/runner_view.h"
#include "ui/theme.h"

namespace sw::ui::runner {

void RunnerView::draw_repeat(engine::QuestionPos pos, const std::vector<engine::FieldError>& errors,
                             bool show_errors) {
  const auto& group = engine_->questionnaire().sections[pos.section].questions[pos.question];
  const std::size_t count = engine_->entry_count(group.id);
  memory_.order.push_back(group.id);
  ImGui::PushID(group.id.c_str());
  ImGui::TextWrapped("%s", engine_->pipe(group.label).c_str());
  if (engine_->question_required(pos)) {
    ImGui::SameLine(0, 4);
    ImGui::TextColored(colors::danger(), "*");
  }
  if (!group.help.empty()) muted_text(engine_->pipe(group.help));
  const bool enabled = engine_->question_enabled(pos);
  ImGui::BeginDisabled(!enabled);

  std::optional<std::pair<std::size_t, std::size_t>> move;  // applied after drawing
  std::optional<std::size_t> remove;
  const nlohmann::json entries = engine_->answer(group.id);
  for (std::size_t e = 0; e < count; ++e) {
    ImGui::PushID(static_cast<int>(e));
    ImGui::BeginChild("entry", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    const std::string number = std::to_string(e + 1);
    std::string title = group.entry_label.empty() ? "Entry " + number
                                                  : engine_->pipe(group.entry_label, std::make_pair(pos, e));
    if (title.find_first_not_of(' ') == std::string::npos) title = "Entry " + number;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title.c_str());
    // Entry actions, right-aligned when they fit on the title's line.
    const float buttons = ImGui::CalcTextSize("Move up Move down Remove").x + ImGui::GetStyle().FramePadding.x * 6 +
                          ImGui::GetStyle().ItemSpacing.x * 2;
    if (ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(title.c_str()).x + buttons + 20) {
      ImGui::SameLine(ImGui::GetContentRegionMax().x - buttons);
    }
    ImGui::BeginDisabled(e == 0);
    if (ImGui::SmallButton("Move up")) move = std::make_pair(e, e - 1);
    name_last_item("Move up entry " + number);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(e + 1 == count);
    if (ImGui::SmallButton("Move down")) move = std::make_pair(e, e + 1);
    name_last_item("Move down entry " + number);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove")) remove = e;
    name_last_item("Remove entry " + number);

    const nlohmann::json entry = e < entries.size() ? entries[e] : nlohmann::json::object();
    for (std::size_t f = 0; f < group.fields.size(); ++f) {
      if (!engine_->field_visible(pos, e, f)) continue;
      const auto& field = group.fields[f];
      FieldInput in;
      in.question = &field;
      in.key = group.id + "." + std::to_string(e) + "." + field.id;
      in.label = engine_->pipe(field.label, std::make_pair(pos, e));
      in.help = engine_->pipe(field.help, std::make_pair(pos, e));
      in.value = entry.is_object() && entry.contains(field.id) ? entry[field.id] : nlohmann::json();
      const std::string other_id = field.id + std::string(questionnaire::kOtherSuffix);
      if (field.allow_other && entry.is_object() && entry.contains(other_id)) in.other = entry[other_id];
      in.enabled = engine_->field_enabled(pos, e, f);
      in.required = engine_->field_required(pos, e, f);
      in.choice_visible = [this, pos, e, f](std::size_t c) { return engine_->field_choice_visible(pos, e, f, c); };
      if (show_errors || touched_.count(in.key))
        for (const auto& err : errors)
          if (err.entry == static_cast<int>(e) && err.field == field.id) in.errors.push_back(err.message);
      const FieldOutput out = draw_field(in, memory_);
      if (out.value) {
        engine_->set_entry_field(group.id, e, field.id, *out.value);
        answers_changed();
      }
      if (out.other) {
        engine_->set_entry_field(group.id, e, other_id, *out.other);
        answers_changed();
      }
      if (out.left) touched_.insert(in.key);
      if (out.submitted) memory_.focus_key = "\x01" + in.key;
    }
    ImGui::EndChild();
    ImGui::PopID();
  }

  const bool full = group.max_count && static_cast<long long>(count) >= *group.max_count;
  ImGui::BeginDisabled(full);
  const std::string add = (group.add_label.empty() ? std::string("Add an entry") : group.add_label) + "##add";
  focus_if_requested(group.id, memory_);
  if (ImGui::Button(add.c_str())) {
    if (engine_->add_entry(group.id)) {
      answers_changed();
      touched_.insert(group.id);
      for (std::size_t f = 0; f < group.fields.size(); ++f)
        if (engine_->field_visible(pos, count, f)) {
          memory_.focus_key = group.id + "." + std::to_string(count) + "." + group.fields[f].id;
          break;
        }
    }
  }
  ImGui::EndDisabled();
  if (full) muted_text("This list is full (at most " + std::to_string(*group.max_count) + ").");
  ImGui::EndDisabled();
  if (show_errors)
    for (const auto& err : errors)
      if (err.entry < 0) ImGui::TextColored(colors::danger(), "%s", err.message.c_str());
  ImGui::PopID();

  if (move && engine_->move_entry(group.id, move->first, move->second)) answers_changed();
  if (remove && engine_->remove_entry(group.id, *remove)) answers_changed();
}

}  // namespace sw::ui::runner
