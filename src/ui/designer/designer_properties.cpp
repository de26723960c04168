// designer_properties.cpp — the property panel: which properties the selection shows, and the questionnaire's
// and sections' own properties. Questions are in designer_question_panel.cpp.
#include "core/designer/edits_properties.h"
#include "core/designer/edits_structure.h"
#include "imgui.h"
#include "ui/designer/designer_view.h"
#include "ui/designer/expression_field.h"
#include "ui/designer/property_widgets.h"
#include "ui/theme.h"

namespace sw::ui::designer {

using dz::ConditionKind;

void DesignerView::draw_properties() {
  session_.clamp_selection();
  const Selection sel = session_.selection;
  // One ID scope per selected thing, so a text box's editing state never carries over to another question.
  const std::string scope = sel.kind == Selection::Kind::Question
                                ? "q" + std::to_string(sel.question.section) + "." + std::to_string(sel.question.question) + "." +
                                      std::to_string(sel.question.field ? *sel.question.field + 1 : 0)
                                : sel.kind == Selection::Kind::Section    ? "s" + std::to_string(sel.section)
                                : sel.kind == Selection::Kind::Calculated ? "c" + std::to_string(sel.section)
                                                                          : "top";
  ImGui::PushID(scope.c_str());
  switch (sel.kind) {
    case Selection::Kind::Questionnaire: draw_questionnaire_properties(); break;
    case Selection::Kind::Section: draw_section_properties(sel.section); break;
    case Selection::Kind::Question: draw_question_properties(sel.question); break;
    case Selection::Kind::Calculated: draw_calculated_properties(sel.section); break;
  }
  ImGui::PopID();
}

void DesignerView::draw_questionnaire_properties() {
  const questionnaire::Questionnaire q = session_.questionnaire();  // a copy: edits below replace it
  group_heading("Questionnaire");
  id_row(session_, buffers_, "Id", "questionnaire.id", q.id, [](std::string v) { return dz::set_questionnaire_id(v); });
  using T = dz::QuestionnaireText;
  text_row(session_, "Title", q.title, [](std::string v) { return dz::set_questionnaire_text(T::Title, v); });
  text_row(session_, "Version", q.version, [](std::string v) { return dz::set_questionnaire_text(T::Version, v); });
  text_row(session_, "Intro", q.intro, [](std::string v) { return dz::set_questionnaire_text(T::Intro, v); }, true);
  text_row(session_, "Outro", q.outro, [](std::string v) { return dz::set_questionnaire_text(T::Outro, v); }, true);
  ImGui::Spacing();
  ImGui::TextDisabled("%zu section(s), %zu calculated value(s)", q.sections.size(), q.calculated.size());
}

void DesignerView::draw_section_properties(std::size_t s) {
  const questionnaire::Section section = session_.questionnaire().sections[s];
  group_heading("Section");
  id_row(session_, buffers_, "Id", "section.id." + std::to_string(s), section.id,
         [s](std::string v) { return dz::set_section_id(s, v); });
  text_row(session_, "Title", section.title, [s](std::string v) { return dz::set_section_title(s, v); });
  text_row(session_, "Description", section.description,
           [s](std::string v) { return dz::set_section_description(s, v); }, true);
  group_heading("Shown when");
  std::string text = section.conditions.visible_if ? section.conditions.visible_if->text : "";
  bool left = false;
  if (draw_expression_field("Section visible if", "section_visible", text, session_.questionnaire(), left))
    session_.apply(dz::set_section_condition(s, ConditionKind::Visible, text));
  if (left) session_.seal();
  ImGui::Spacing();
  if (ImGui::Button("+ Question here")) {
    const dz::QuestionRef at{s, section.questions.size(), {}};
    if (session_.apply(dz::add_question(at, questionnaire::QuestionType::Text))) session_.selection = {Selection::Kind::Question, 0, at};
  }
  ImGui::SameLine();
  if (ImGui::Button("Duplicate section")) duplicate_selection();
  ImGui::SameLine();
  if (ImGui::Button("Delete section")) ask_delete();
}

}  // namespace sw::ui::designer
