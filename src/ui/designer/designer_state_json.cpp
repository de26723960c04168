// designer_state_json.cpp — see designer_state_json.h.
#include "ui/designer/designer_state_json.h"

#include "ui/runner/runner_state_json.h"

namespace sw::ui::designer {

nlohmann::json state_json(DesignerView& view) {
  DesignerSession& s = view.session();
  const auto& q = s.questionnaire();
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& section : q.sections)
    for (const auto& question : section.questions) questions.push_back(question.id);
  const auto* selected = s.selection.kind == Selection::Kind::Question ? dz::find(q, s.selection.question) : nullptr;
  return {
      {"id", q.id},
      {"title", q.title},
      {"sections", q.sections.size()},
      {"questions", questions},
      {"selected", selected ? selected->id : ""},
      {"ok", s.check().ok()},
      {"errors", s.check().errors()},
      {"undo", s.document().undo_label()},
      {"redo", s.document().redo_label()},
      {"error", s.error},
      {"notice", s.notice},
      {"preview", runner::state_json(view.preview())},
  };
}

}  // namespace sw::ui::designer
