// widgets_choice.cpp — choosing widgets: single choice (radio buttons or a dropdown), multiple choice
// (checkboxes), both with "other, please specify"; yes/no; rating on a scale. Space toggles the focused one.
#include <cfloat>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/runner/fields.h"
#include "ui/theme.h"

namespace sw::ui::runner {

using questionnaire::Presentation;
using questionnaire::QuestionType;

namespace {

std::string other_label(const questionnaire::Question& q) {
  return q.other_label.empty() ? "Other (please specify)" : q.other_label;
}

bool has(const nlohmann::json& list, const std::string& value) {
  if (!list.is_array()) return false;
  for (const auto& v : list)
    if (v.is_string() && v.get<std::string>() == value) return true;
  return false;
}

// The "please specify" box under a chosen "other".
void draw_other_text(const FieldInput& in, FieldMemory& memory, FieldOutput& out) {
  std::string text = in.other.is_string() ? in.other.get<std::string>() : "";
  ImGui::Indent();
  ImGui::SetNextItemWidth(-FLT_MIN);
  focus_if_requested(in.key + ".other", memory, "##other");
  if (ImGui::InputTextWithHint("##other", "Please specify", &text))
    out.other = text.empty() ? nlohmann::json() : nlohmann::json(text);
  name_last_item(in.label + " (other)");
  if (ImGui::IsItemDeactivated()) out.left = true;
  ImGui::Unindent();
}

void draw_single(const FieldInput& in, FieldMemory& memory, FieldOutput& out) {
  const auto& q = *in.question;
  const std::string current = in.value.is_string() ? in.value.get<std::string>() : "";
  if (q.presentation == Presentation::Dropdown) {
    std::string preview = "Choose…";
    for (const auto& c : q.choices)
      if (c.value == current) preview = c.label;
    if (q.allow_other && current == questionnaire::kOtherValue) preview = other_label(q);
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    focus_if_requested(in.key, memory);
    if (ImGui::BeginCombo("##choice", preview.c_str())) {
      for (std::size_t i = 0; i < q.choices.size(); ++i) {
        if (!in.choice_visible(i)) continue;
        if (ImGui::Selectable((q.choices[i].label + "##" + q.choices[i].value).c_str(), q.choices[i].value == current))
          out.value = q.choices[i].value;
      }
      if (q.allow_other && ImGui::Selectable((other_label(q) + "##other").c_str(), current == questionnaire::kOtherValue))
        out.value = std::string(questionnaire::kOtherValue);
      ImGui::EndCombo();
    }
    name_last_item(in.label);
  } else {
    bool first = true;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
      if (!in.choice_visible(i)) continue;
      if (first) focus_if_requested(in.key, memory);
      first = false;
      if (ImGui::RadioButton((q.choices[i].label + "##" + q.choices[i].value).c_str(), q.choices[i].value == current))
        out.value = current == q.choices[i].value ? nlohmann::json() : nlohmann::json(q.choices[i].value);
      if (!q.choices[i].help.empty()) ImGui::SetItemTooltip("%s", q.choices[i].help.c_str());
    }
    if (q.allow_other && ImGui::RadioButton((other_label(q) + "##other").c_str(), current == questionnaire::kOtherValue))
      out.value = current == questionnaire::kOtherValue ? nlohmann::json() : nlohmann::json(questionnaire::kOtherValue);
  }
  if (out.value) out.left = true;
  const std::string chosen = out.value ? (out.value->is_string() ? out.value->get<std::string>() : "") : current;
  if (q.allow_other && chosen == questionnaire::kOtherValue) draw_other_text(in, memory, out);
}

void draw_multiple(const FieldInput& in, FieldMemory& memory, FieldOutput& out) {
  const auto& q = *in.question;
  nlohmann::json selected = in.value.is_array() ? in.value : nlohmann::json::array();
  bool changed = false;
  auto toggle = [&](const std::string& value, bool on) {
    nlohmann::json next = nlohmann::json::array();
    for (const auto& v : selected)
      if (!(v.is_string() && v.get<std::string>() == value)) next.push_back(v);
    if (on) next.push_back(value);
    selected = std::move(next);
    changed = true;
  };
  bool first = true;
  for (std::size_t i = 0; i < q.choices.size(); ++i) {
    if (!in.choice_visible(i)) continue;
    if (first) focus_if_requested(in.key, memory);
    first = false;
    bool on = has(selected, q.choices[i].value);
    if (ImGui::Checkbox((q.choices[i].label + "##" + q.choices[i].value).c_str(), &on)) toggle(q.choices[i].value, on);
    if (!q.choices[i].help.empty()) ImGui::SetItemTooltip("%s", q.choices[i].help.c_str());
  }
  if (q.allow_other) {
    bool on = has(selected, std::string(questionnaire::kOtherValue));
    if (ImGui::Checkbox((other_label(q) + "##other").c_str(), &on)) toggle(std::string(questionnaire::kOtherValue), on);
  }
  if (changed) {
    out.value = selected.empty() ? nlohmann::json() : selected;
    out.left = true;
  }
  if (q.allow_other && has(selected, std::string(questionnaire::kOtherValue))) draw_other_text(in, memory, out);
}

}  // namespace

FieldOutput draw_choice_widget(const FieldInput& in, FieldMemory& memory) {
  FieldOutput out;
  if (in.question->type == QuestionType::SingleChoice) draw_single(in, memory, out);
  else draw_multiple(in, memory, out);
  return out;
}

FieldOutput draw_yes_no_widget(const FieldInput& in, FieldMemory& memory) {
  FieldOutput out;
  const auto& q = *in.question;
  const std::string yes = q.yes_label.empty() ? "Yes" : q.yes_label;
  const std::string no = q.no_label.empty() ? "No" : q.no_label;
  focus_if_requested(in.key, memory);
  if (ImGui::RadioButton((yes + "##yes").c_str(), in.value == true)) out.value = in.value == true ? nlohmann::json() : nlohmann::json(true);
  ImGui::SameLine(0, 24);
  if (ImGui::RadioButton((no + "##no").c_str(), in.value == false)) out.value = in.value == false ? nlohmann::json() : nlohmann::json(false);
  if (out.value) out.left = true;
  return out;
}

FieldOutput draw_rating_widget(const FieldInput& in, FieldMemory& memory) {
  FieldOutput out;
  const auto& scale = in.question->scale;
  const long long points = scale.max - scale.min + 1;
  const long long current = in.value.is_number_integer() ? in.value.get<long long>() : scale.min - 1;
  if (!scale.min_label.empty() || !scale.max_label.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
    ImGui::TextWrapped("%lld = %s, %lld = %s", scale.min, scale.min_label.empty() ? "lowest" : scale.min_label.c_str(),
                       scale.max, scale.max_label.empty() ? "highest" : scale.max_label.c_str());
    ImGui::PopStyleColor();
  }
  focus_if_requested(in.key, memory);
  if (points > 11) {  // long scales: a slider
    int v = static_cast<int>(current < scale.min ? scale.min : current);
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::SliderInt("##rating", &v, static_cast<int>(scale.min), static_cast<int>(scale.max))) out.value = v;
    name_last_item(in.label);
    if (ImGui::IsItemDeactivated()) out.left = true;
    return out;
  }
  const float size = ImGui::GetFrameHeight() * 1.2f;
  for (long long v = scale.min; v <= scale.max; ++v) {
    if (v != scale.min) {
      const float next_right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + size;
      if (next_right < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
    }
    const bool chosen = v == current;
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, colors::accent());
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const std::string label = std::to_string(v) + "##rate" + std::to_string(v);
    if (ImGui::Button(label.c_str(), ImVec2(size, size))) {
      out.value = chosen ? nlohmann::json() : nlohmann::json(v);
      out.left = true;
    }
    if (chosen) ImGui::PopStyleColor(2);
  }
  return out;
}

}  // namespace sw::ui::runner
