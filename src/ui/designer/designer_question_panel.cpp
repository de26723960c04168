// designer_question_panel.cpp — a question's (or repeat field's) properties: id, type, texts, required,
// conditions, the type's own fields, default value and validators.
// First: its sw::ui code names sw::designer as `designer::`, which sw::ui::designer (declared by our headers) would shadow.
#include "ui/designer/condition_editor.h"
#include <string>

#include "core/designer/condition_dependencies.h"
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

using dz::ConditionKind;
using dz::QuestionNumber;
using dz::QuestionText;
using questionnaire::QuestionType;

namespace {
std::string key_of(const dz::QuestionRef& r) {
  return std::to_string(r.section) + "." + std::to_string(r.question) + (r.field ? "." + std::to_string(*r.field) : "");
}
}  // namespace

void DesignerView::draw_question_properties(const dz::QuestionRef& ref) {
  const questionnaire::Question q = *dz::find(session_.questionnaire(), ref);  // a copy: edits replace the model
  const std::string key = key_of(ref);
  group_heading(ref.field ? "Repeat-group field" : "Question");
  id_row(session_, buffers_, "Id", "id." + key, q.id, [ref](std::string v) { return dz::set_question_id(ref, v); });
  row_label("Type");
  const std::string current(questionnaire::type_name(q.type));
  if (ImGui::BeginCombo("##Type", current.c_str())) {
    for (const auto& name : questionnaire::type_names()) {
      if (ref.field && name == "repeat") continue;
      if (ImGui::Selectable(std::string(name).c_str(), name == current))
        session_.apply(dz::set_question_type(ref, *questionnaire::type_from_name(name)));
    }
    ImGui::EndCombo();
  }
  runner::name_last_item("Type");
  text_row(session_, "Label", q.label, [ref](std::string v) { return dz::set_question_text(ref, QuestionText::Label, v); });
  text_row(session_, "Help", q.help, [ref](std::string v) { return dz::set_question_text(ref, QuestionText::Help, v); });
  if (q.type != QuestionType::Repeat && q.type != QuestionType::YesNo && !questionnaire::is_choice_type(q.type) &&
      q.type != QuestionType::Rating)
    text_row(session_, "Placeholder", q.placeholder,
             [ref](std::string v) { return dz::set_question_text(ref, QuestionText::Placeholder, v); });
  check_row(session_, "Required", q.required, [ref](bool v) { return dz::set_required(ref, v); });

  group_heading("Conditions");
  const std::pair<ConditionKind, const char*> kinds[] = {
      {ConditionKind::Visible, "Visible if"}, {ConditionKind::Enable, "Enabled if"}, {ConditionKind::Required, "Required if"}};
  for (const auto& [kind, label] : kinds) {
    const auto& slot = kind == ConditionKind::Visible ? q.conditions.visible_if
                       : kind == ConditionKind::Enable ? q.conditions.enable_if : q.conditions.required_if;
    std::string text = slot ? slot->text : "";
    bool left = false;
    const auto use = kind == ConditionKind::Visible  ? dz::ConditionUse::Visible
                     : kind == ConditionKind::Enable ? dz::ConditionUse::Enable
                                                     : dz::ConditionUse::Required;
    const std::string group = ref.field ? dz::find(session_.questionnaire(), {ref.section, ref.question, {}})->id : "";
    if (draw_expression_field(label, std::string(dz::condition_name(kind)), text, session_.questionnaire(), left, use,
                              group, q.id))
      session_.apply(dz::set_question_condition(ref, kind, text));
    if (left) session_.seal();
  }

  draw_type_specific(ref, q);
  if (questionnaire::is_choice_type(q.type)) draw_choices(ref, q);
  if (q.type == QuestionType::Repeat) draw_fields_list(ref, q);
  else draw_default(ref, q);
  draw_validators(ref, q);

  group_heading("What depends on this question");
  const std::string owner = ref.field ? dz::find(session_.questionnaire(), {ref.section, ref.question, {}})->id : q.id;
  const auto uses = dz::dependents_of(session_.questionnaire(), owner, ref.field ? q.id : "");
  const int clicked = DependentsList("dependents", uses);
  if (clicked >= 0) {  // go to the place that reads this answer
    const std::string& path = uses[static_cast<std::size_t>(clicked)].place.json_path;
    if (auto target = dz::ref_of_path(path)) session_.selection = {Selection::Kind::Question, 0, *target};
    else if (auto section = dz::section_of_path(path)) session_.selection = {Selection::Kind::Section, *section, {}};
    else if (path.rfind("/calculated/", 0) == 0)
      session_.selection = {Selection::Kind::Calculated, std::stoul(path.substr(12)), {}};
  }

  ImGui::Spacing();
  ImGui::Separator();
  if (ImGui::Button("Duplicate (Ctrl+D)")) duplicate_selection();
  ImGui::SameLine();
  if (ImGui::Button("Delete (Del)")) ask_delete();
}

void DesignerView::draw_type_specific(const dz::QuestionRef& ref, const questionnaire::Question& q) {
  const std::string key = key_of(ref);
  auto number = [&](const char* label, QuestionNumber which, std::optional<double> value) {
    number_row(session_, buffers_, label, std::string(dz::number_name(which)) + key, value,
               [ref, which](std::optional<double> v) { return dz::set_question_number(ref, which, v); });
  };
  auto text = [&](const char* label, QuestionText which, const std::string& value) {
    text_row(session_, label, value, [ref, which](std::string v) { return dz::set_question_text(ref, which, v); });
  };
  auto count = [](const std::optional<long long>& v) { return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt; };
  group_heading("Answer");
  switch (q.type) {
    case QuestionType::Number:
    case QuestionType::Currency:
      if (q.type == QuestionType::Currency) text("Currency", QuestionText::Currency, q.currency);
      else text("Unit", QuestionText::Unit, q.unit);
      number("Minimum", QuestionNumber::Min, q.validation.min);
      number("Maximum", QuestionNumber::Max, q.validation.max);
      number("Step", QuestionNumber::Step, q.step);
      break;
    case QuestionType::Date:
      text("Earliest (YYYY-MM-DD)", QuestionText::MinDate, q.validation.min_date.value_or(""));
      text("Latest (YYYY-MM-DD)", QuestionText::MaxDate, q.validation.max_date.value_or(""));
      break;
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
      if (q.type == QuestionType::SingleChoice)
        check_row(session_, "Show as a dropdown", q.presentation == questionnaire::Presentation::Dropdown,
                  [ref](bool v) { return dz::set_dropdown(ref, v); });
      else {
        number("Select at least", QuestionNumber::MinSelected, count(q.min_selected));
        number("Select at most", QuestionNumber::MaxSelected, count(q.max_selected));
      }
      check_row(session_, "Offer \"other, please specify\"", q.allow_other, [ref](bool v) { return dz::set_allow_other(ref, v); });
      if (q.allow_other) text("Other label", QuestionText::OtherLabel, q.other_label);
      break;
    case QuestionType::YesNo:
      text("Yes label", QuestionText::YesLabel, q.yes_label);
      text("No label", QuestionText::NoLabel, q.no_label);
      break;
    case QuestionType::Rating:
      number("Scale from", QuestionNumber::ScaleMin, static_cast<double>(q.scale.min));
      number("Scale to", QuestionNumber::ScaleMax, static_cast<double>(q.scale.max));
      text("Low end label", QuestionText::ScaleMinLabel, q.scale.min_label);
      text("High end label", QuestionText::ScaleMaxLabel, q.scale.max_label);
      break;
    case QuestionType::Repeat:
      number("At least entries", QuestionNumber::MinCount, count(q.min_count));
      number("At most entries", QuestionNumber::MaxCount, count(q.max_count));
      text("Entry title", QuestionText::EntryLabel, q.entry_label);
      text("Add button", QuestionText::AddLabel, q.add_label);
      break;
    default:
      if (questionnaire::is_text_type(q.type)) {
        text("Pattern (regex)", QuestionText::Pattern, q.validation.pattern.value_or(""));
        text("Pattern message", QuestionText::PatternMessage, q.validation.pattern_message);
        number("Min length", QuestionNumber::MinLength, count(q.validation.min_length));
        number("Max length", QuestionNumber::MaxLength, count(q.validation.max_length));
      }
      break;
  }
}

}  // namespace sw::ui::designer
