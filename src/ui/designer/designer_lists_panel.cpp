// designer_lists_panel.cpp — the list-like properties of a question: choices (add, remove, reorder, edit), the
// default answer, validators, and a repeat group's fields.
#include <string>

#include "core/designer/edits_properties.h"
#include "core/designer/edits_structure.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/designer/designer_view.h"
#include "ui/designer/expression_field.h"
#include "ui/designer/property_widgets.h"
#include "ui/runner/fields.h"
#include "ui/theme.h"

namespace sw::ui::designer {

using questionnaire::QuestionType;

void DesignerView::draw_choices(const dz::QuestionRef& ref, const questionnaire::Question& q) {
  group_heading("Choices");
  ImGui::TextDisabled("value (compared in conditions)  ·  label (shown)");
  const float half = (ImGui::GetContentRegionAvail().x - 110) * 0.5f;
  for (std::size_t i = 0; i < q.choices.size(); ++i) {
    const auto& c = q.choices[i];
    ImGui::PushID(static_cast<int>(i));
    std::string value = buffers_.count("choice" + std::to_string(i)) ? buffers_["choice" + std::to_string(i)] : c.value;
    ImGui::SetNextItemWidth(half);
    if (ImGui::InputText("##value", &value)) buffers_["choice" + std::to_string(i)] = value;
    runner::name_last_item("Choice value " + std::to_string(i + 1));
    if (ImGui::IsItemDeactivated() && buffers_.count("choice" + std::to_string(i))) {
      session_.apply(dz::set_choice_value(ref, i, buffers_["choice" + std::to_string(i)]));
      buffers_.erase("choice" + std::to_string(i));
    }
    ImGui::SameLine();
    std::string label = c.label;
    ImGui::SetNextItemWidth(half);
    if (ImGui::InputText("##label", &label)) session_.apply(dz::set_choice_label(ref, i, label));
    runner::name_last_item("Choice label " + std::to_string(i + 1));
    if (ImGui::IsItemDeactivated()) session_.seal();
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("up", ImGuiDir_Up)) session_.apply(dz::move_choice(ref, i, i - 1));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == q.choices.size());
    if (ImGui::ArrowButton("down", ImGuiDir_Down)) session_.apply(dz::move_choice(ref, i, i + 1));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("x")) session_.apply(dz::remove_choice(ref, i));
    ImGui::SetItemTooltip("Remove this choice");
    if (ImGui::TreeNode("choice conditions", "Conditions of \"%s\"", c.label.c_str())) {
      std::string text = c.conditions.visible_if ? c.conditions.visible_if->text : "";
      bool left = false;
      if (draw_expression_field("Offered if", "choice_visible", text, session_.questionnaire(), left,
                                dz::ConditionUse::ChoiceVisible, "", q.id))
        session_.apply(dz::set_choice_condition(ref, i, dz::ConditionKind::Visible, text));
      if (left) session_.seal();
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  if (ImGui::Button("+ Choice")) session_.apply(dz::add_choice(ref));
}

void DesignerView::draw_default(const dz::QuestionRef& ref, const questionnaire::Question& q) {
  group_heading("Default answer");
  const nlohmann::json& d = q.default_value;
  auto set = [&](nlohmann::json v) { session_.apply(dz::set_default(ref, std::move(v))); };
  if (q.type == QuestionType::YesNo || q.type == QuestionType::SingleChoice) {
    row_label("Default");
    const std::string shown = d.is_null() ? "(none)" : d.is_boolean() ? (d.get<bool>() ? "Yes" : "No") : d.get<std::string>();
    if (ImGui::BeginCombo("##Default", shown.c_str())) {
      if (ImGui::Selectable("(none)", d.is_null())) set(nullptr);
      if (q.type == QuestionType::YesNo) {
        if (ImGui::Selectable("Yes", d == true)) set(true);
        if (ImGui::Selectable("No", d == false)) set(false);
      } else {
        for (const auto& c : q.choices)
          if (ImGui::Selectable(c.value.c_str(), d == c.value)) set(c.value);
      }
      ImGui::EndCombo();
    }
  } else if (q.type == QuestionType::MultipleChoice) {
    for (const auto& c : q.choices) {
      bool on = d.is_array() && std::find(d.begin(), d.end(), nlohmann::json(c.value)) != d.end();
      if (ImGui::Checkbox((c.label + "##default").c_str(), &on)) {
        nlohmann::json next = nlohmann::json::array();
        for (const auto& other : q.choices) {
          const bool was = d.is_array() && std::find(d.begin(), d.end(), nlohmann::json(other.value)) != d.end();
          if (other.value == c.value ? on : was) next.push_back(other.value);
        }
        set(next.empty() ? nlohmann::json() : next);
      }
    }
  } else if (q.type == QuestionType::Number || q.type == QuestionType::Currency || q.type == QuestionType::Rating) {
    number_row(session_, buffers_, "Default", "default", d.is_number() ? std::optional<double>(d.get<double>()) : std::nullopt,
               [ref, rating = q.type == QuestionType::Rating](std::optional<double> v) {
                 if (!v) return dz::set_default(ref, nullptr);
                 return rating ? dz::set_default(ref, static_cast<long long>(*v)) : dz::set_default(ref, *v);
               });
  } else {
    text_row(session_, "Default", d.is_string() ? d.get<std::string>() : "", [ref](std::string v) {
      return dz::set_default(ref, v.empty() ? nlohmann::json() : nlohmann::json(v));
    });
  }
}

void DesignerView::draw_validators(const dz::QuestionRef& ref, const questionnaire::Question& q) {
  group_heading("Validators");
  ImGui::TextDisabled("The answer is refused with the message when the expression is false.");
  for (std::size_t i = 0; i < q.validators.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    std::string expression = q.validators[i].expression.text;
    bool left = false;
    const std::string group = ref.field ? dz::find(session_.questionnaire(), {ref.section, ref.question, {}})->id : "";
    if (draw_expression_field("Valid when", "validator", expression, session_.questionnaire(), left,
                              dz::ConditionUse::Validation, group, q.id))
      session_.apply(dz::set_validator(ref, i, false, expression));
    if (left) session_.seal();
    text_row(session_, "Message", q.validators[i].message, [ref, i](std::string v) { return dz::set_validator(ref, i, true, v); });
    if (ImGui::SmallButton("Remove validator")) session_.apply(dz::remove_validator(ref, i));
    ImGui::PopID();
  }
  if (ImGui::Button("+ Validator")) session_.apply(dz::add_validator(ref));
}

void DesignerView::draw_fields_list(const dz::QuestionRef& ref, const questionnaire::Question& q) {
  group_heading("Fields of each entry");
  for (std::size_t f = 0; f < q.fields.size(); ++f) {
    ImGui::Bullet();
    ImGui::PushID(static_cast<int>(f));
    if (ImGui::SmallButton(q.fields[f].label.c_str())) session_.selection = {Selection::Kind::Question, 0, {ref.section, ref.question, f}};
    ImGui::SameLine();
    ImGui::TextDisabled("%s · %s", q.fields[f].id.c_str(), std::string(questionnaire::type_name(q.fields[f].type)).c_str());
    ImGui::PopID();
  }
  if (ImGui::Button("+ Field")) {
    const dz::QuestionRef at{ref.section, ref.question, q.fields.size()};
    if (session_.apply(dz::add_question(at, QuestionType::Text))) session_.selection = {Selection::Kind::Question, 0, at};
  }
}

}  // namespace sw::ui::designer
