// designer_calculated_panel.cpp — calculated values in the designer: their list in the tree (select, drag to
// reorder, add), their properties (id with references rewritten, label, expression in the condition editor,
// format, currency, unit, shown or not, what depends on them), and their live values in the preview.
// First: its sw::ui code names sw::designer as `designer::`, which sw::ui::designer (declared by our headers) would shadow.
#include "ui/designer/condition_editor.h"
#include <algorithm>
#include <string>

#include "core/designer/condition_dependencies.h"
#include "core/designer/edits_calculated.h"
#include "core/runner/value_text.h"
#include "imgui.h"
#include "ui/designer/designer_view.h"
#include "ui/designer/expression_field.h"
#include "ui/designer/property_widgets.h"
#include "ui/runner/fields.h"
#include "ui/theme.h"

namespace sw::ui::designer {

namespace {
using Kind = Selection::Kind;
using questionnaire::ValueFormat;
constexpr const char* kDragCalculated = "SW_CALCULATED";
}  // namespace

void DesignerView::draw_tree_calculated() {
  const auto calculated = session_.questionnaire().calculated;  // a copy: a drop below replaces the questionnaire
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::SeparatorText("Calculated values");
  ImGui::PopStyleColor();
  for (std::size_t i = 0; i < calculated.size(); ++i) {
    const auto& c = calculated[i];
    ImGui::PushID(static_cast<int>(i));
    const bool selected = session_.selection.kind == Kind::Calculated && session_.selection.section == i;
    const std::string label = (c.label.empty() ? c.id : c.label) + "##calculated";
    if (ImGui::Selectable(label.c_str(), selected)) session_.selection = {Kind::Calculated, i, {}};
    runner::name_last_item("Calculated " + c.id);
    if (ImGui::BeginDragDropSource()) {
      const int index = static_cast<int>(i);
      ImGui::SetDragDropPayload(kDragCalculated, &index, sizeof index);
      ImGui::TextUnformatted(c.id.c_str());
      ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {  // dropped here: takes this place
      if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kDragCalculated)) {
        const auto from = static_cast<std::size_t>(*static_cast<const int*>(p->Data));
        if (from != i && session_.apply(dz::move_calculated(from, i))) session_.selection = {Kind::Calculated, i, {}};
      }
      ImGui::EndDragDropTarget();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s", c.id.c_str(), c.show ? " · shown" : "");
    ImGui::PopID();
  }
  if (ImGui::SmallButton("+ Calculated value")) {
    const std::size_t at = calculated.size();
    if (session_.apply(dz::add_calculated(at))) session_.selection = {Kind::Calculated, at, {}};
  }
  runner::name_last_item("Add calculated value");
}

void DesignerView::draw_calculated_properties(std::size_t index) {
  const questionnaire::Calculated c = session_.questionnaire().calculated[index];  // a copy: edits replace the model
  const std::string key = std::to_string(index);
  using T = dz::CalculatedText;
  group_heading("Calculated value");
  id_row(session_, buffers_, "Id", "calculated.id." + key, c.id, [index](std::string v) { return dz::set_calculated_id(index, v); });
  text_row(session_, "Label", c.label, [index](std::string v) { return dz::set_calculated_text(index, T::Label, v); });
  std::string expression = c.expression.text;
  bool left = false;
  if (draw_expression_field("Expression", "calculated_expression", expression, session_.questionnaire(), left,
                            dz::ConditionUse::Calculated, "", c.id))
    session_.apply(dz::set_calculated_text(index, T::Expression, expression));
  if (left) session_.seal();

  group_heading("Shown as");
  row_label("Format");
  const std::string current(questionnaire::value_format_name(c.format));
  if (ImGui::BeginCombo("##Format", current.c_str())) {
    const auto& names = questionnaire::value_format_names();
    for (std::size_t f = 0; f < names.size(); ++f)
      if (ImGui::Selectable(std::string(names[f]).c_str(), names[f] == current))
        session_.apply(dz::set_calculated_format(index, static_cast<ValueFormat>(f)));
    ImGui::EndCombo();
  }
  runner::name_last_item("Format");
  if (c.format == ValueFormat::Currency)
    id_row(session_, buffers_, "Currency", "calculated.currency." + key, c.currency,
           [index](std::string v) { return dz::set_calculated_currency(index, v); });
  text_row(session_, "Unit", c.unit, [index](std::string v) { return dz::set_calculated_text(index, T::Unit, v); });
  check_row(session_, "Show to the respondent (review page)", c.show,
            [index](bool v) { return dz::set_calculated_show(index, v); });

  group_heading("What depends on this value");
  const auto uses = dz::dependents_of(session_.questionnaire(), c.id);
  const int clicked = DependentsList("dependents", uses, "Nothing depends on this value.");
  if (clicked >= 0) {  // go to the place that reads it
    const std::string& path = uses[static_cast<std::size_t>(clicked)].place.json_path;
    if (auto target = dz::ref_of_path(path)) session_.selection = {Kind::Question, 0, *target};
    else if (auto section = dz::section_of_path(path)) session_.selection = {Kind::Section, *section, {}};
    else if (path.rfind("/calculated/", 0) == 0) session_.selection = {Kind::Calculated, std::stoul(path.substr(12)), {}};
  }

  ImGui::Spacing();
  ImGui::Separator();
  ImGui::BeginDisabled(index == 0);
  if (ImGui::Button("Move up")) move_selection(-1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(index + 1 >= session_.questionnaire().calculated.size());
  if (ImGui::Button("Move down")) move_selection(+1);
  ImGui::EndDisabled();
  // A second row: four buttons do not fit the panel at its narrowest.
  if (ImGui::Button("Duplicate (Ctrl+D)")) duplicate_selection();
  ImGui::SameLine();
  if (ImGui::Button("Delete (Del)")) ask_delete();
}

void DesignerView::draw_preview_calculated() {
  const engine::Engine* engine = preview_.engine();
  if (!engine || engine->questionnaire().calculated.empty()) return;
  const auto& calculated = engine->questionnaire().calculated;
  // Under the runner, at most about four lines tall (it scrolls beyond): the runner's own buttons stay in view.
  ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
  ImGui::SeparatorText("Calculated values");
  ImGui::PopStyleColor();
  ImGui::BeginChild("calculated values");
  for (const auto& c : calculated) {
    const std::string name = c.label.empty() ? c.id : engine->pipe(c.label);
    const std::string value = sw::runner::calculated_text(c, engine->calculated(c.id));
    // Wrapped: the preview pane is narrow, and a cut-off value would hide what the engineer is checking.
    ImGui::Bullet();
    if (c.show) {
      ImGui::TextWrapped("%s: %s", name.c_str(), value.c_str());
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, colors::muted());
      ImGui::TextWrapped("%s: %s (not shown)", name.c_str(), value.c_str());
      ImGui::PopStyleColor();
    }
  }
  ImGui::EndChild();
}

float DesignerView::preview_calculated_height() const {
  const engine::Engine* engine = preview_.engine();
  if (!engine || engine->questionnaire().calculated.empty()) return 0;
  const float lines = static_cast<float>(std::min<std::size_t>(engine->questionnaire().calculated.size(), 4));
  return (lines + 1.5f) * ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
}

}  // namespace sw::ui::designer
