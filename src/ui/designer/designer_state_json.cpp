// designer_state_json.cpp — see designer_state_json.h.
#include "ui/designer/designer_state_json.h"

#include "core/runner/value_text.h"
#include "ui/runner/runner_state_json.h"

namespace sw::ui::designer {

nlohmann::json state_json(const DesignerView& view) {
  const DesignerSession& s = view.session();
  const auto& q = s.questionnaire();
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& section : q.sections)
    for (const auto& question : section.questions) questions.push_back(question.id);
  nlohmann::json calculated = nlohmann::json::array();
  for (const auto& c : q.calculated) calculated.push_back(c.id);
  std::string selected;
  if (s.selection.kind == Selection::Kind::Question)
    if (const auto* question = dz::find(q, s.selection.question)) selected = question->id;
  if (s.selection.kind == Selection::Kind::Calculated && s.selection.section < q.calculated.size())
    selected = q.calculated[s.selection.section].id;
  // The calculated values as the preview shows them (its engine runs the last draft that compiled).
  nlohmann::json preview_calculated = nlohmann::json::object();
  if (const auto* engine = view.preview().engine())
    for (const auto& c : engine->questionnaire().calculated)
      preview_calculated[c.id] = sw::runner::calculated_text(c, engine->calculated(c.id));
  return {
      {"id", q.id},
      {"title", q.title},
      {"sections", q.sections.size()},
      {"questions", questions},
      {"calculated", calculated},
      {"selected", selected},
      {"ok", s.check().ok()},
      {"errors", s.check().errors()},
      {"undo", s.document().undo_label()},
      {"redo", s.document().redo_label()},
      {"error", s.error},
      {"notice", s.notice},
      {"preview", runner::state_json(view.preview())},
      {"preview_calculated", preview_calculated},
  };
}

}  // namespace sw::ui::designer
