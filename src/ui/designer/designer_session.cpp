// designer_session.cpp — the designer's document, selection, check, autosave, opening and exporting.
#include "ui/designer/designer_session.h"

#include "core/surveyjs/import.h"

#include "core/designer/open.h"
#include "core/runner/questionnaire_source.h"

namespace sw::ui::designer {

DesignerSession::DesignerSession(const RunnerServices& services, Storage& storage)
    : services_(services), store_(storage) {
  dz::StoredDraft stored = store_.load();
  if (stored.found) {
    doc_.replace(std::move(stored.questionnaire), stored.name);
    notice = stored.recovered ? stored.message : "Restored your draft (saved at " + stored.saved_at + ").";
  } else {
    doc_.replace(dz::blank_questionnaire(), "");
    if (!stored.message.empty()) error = stored.message;
  }
  saved_revision_ = doc_.revision();
  changed();
  select_first_question();
}

void DesignerSession::changed() {
  check_ = dz::check_draft(questionnaire(), dz::file_name_for(questionnaire().id, false));
  if (check_.ok()) publish_errors.clear();
}

bool DesignerSession::apply(const dz::Edit& edit) {
  const std::string refusal = doc_.apply(edit);
  if (!refusal.empty()) {
    error = edit.label + ": " + refusal;
    return false;
  }
  error.clear();
  if (edit.report && !edit.report->empty()) notice = *edit.report;
  changed();
  return true;
}

void DesignerSession::undo() {
  if (doc_.undo()) {
    error.clear();
    changed();
  }
  clamp_selection();
}

void DesignerSession::redo() {
  if (doc_.redo()) {
    error.clear();
    changed();
  }
  clamp_selection();
}

void DesignerSession::clamp_selection() {
  const auto& q = questionnaire();
  if (selection.kind == Selection::Kind::Question && !dz::find(q, selection.question)) {
    // The nearest thing that still exists: the group, else the section.
    if (selection.question.field && dz::find(q, {selection.question.section, selection.question.question, {}})) {
      selection.question.field.reset();
      return;
    }
    selection = {Selection::Kind::Section, selection.question.section, {}};
  }
  if (selection.kind == Selection::Kind::Calculated && selection.section >= q.calculated.size())
    selection = q.calculated.empty() ? Selection{} : Selection{Selection::Kind::Calculated, q.calculated.size() - 1, {}};
  if (selection.kind == Selection::Kind::Section && selection.section >= q.sections.size())
    selection = q.sections.empty() ? Selection{} : Selection{Selection::Kind::Section, q.sections.size() - 1, {}};
}

void DesignerSession::select_first_question() {
  const auto& q = questionnaire();
  selection = {};
  if (!q.sections.empty()) selection = {Selection::Kind::Section, 0, {}};
  if (!q.sections.empty() && !q.sections[0].questions.empty()) selection = {Selection::Kind::Question, 0, {0, 0, {}}};
}

void DesignerSession::replace(questionnaire::Questionnaire q, const std::string& name, const std::string& label) {
  // Opening is an undoable edit, so opening a template over unsaved work can be taken back.
  apply({label, "", [q = std::move(q)](questionnaire::Questionnaire& target) {
           target = q;
           return std::string();
         }});
  doc_.set_name(name);
  publish_errors.clear();
  select_first_question();
}

void DesignerSession::open_blank() {
  replace(dz::blank_questionnaire(), "", "New blank questionnaire");
  notice = "Started a blank questionnaire.";
}

void DesignerSession::open_template(const std::string& id) {
  const std::string path = sw::runner::template_path(services_.assets_dir, id);
  const auto text = services_.read_file ? services_.read_file(path) : std::nullopt;
  if (!text) {
    error = "The template \"" + id + "\" could not be read.";
    return;
  }
  open_text(*text, id + ".json");
}

void DesignerSession::open_text(const std::string& text, const std::string& name) {
  dz::OpenedDraft opened = dz::open_text(text, name);
  if (!opened.ok) {
    error = opened.message;  // the current draft stays as it was
    return;
  }
  replace(std::move(opened.questionnaire), name, "Open " + name);
  notice = opened.message.empty() ? "Opened " + name + "." : "";
  if (!opened.message.empty()) error = opened.message;
}

bool DesignerSession::pick_text_file(void (DesignerSession::*use)(const std::string&, const std::string&)) {
  return services_.pick_file && services_.pick_file([this, use](PickedFile file) {
    if (file.cancelled) return;
    if (!file.error.empty()) {
      error = file.name + " could not be read: " + file.error;
      return;
    }
    (this->*use)(file.text, file.name);
  });
}

bool DesignerSession::pick_file() { return pick_text_file(&DesignerSession::open_text); }

void DesignerSession::import_surveyjs(const std::string& text, const std::string& name) {
  const auto imported = surveyjs::import_surveyjs(text, name);
  if (imported.questionnaire.is_null()) {
    error = "Not imported: " + name + " is not a SurveyJS survey.";
    for (const auto& d : imported.diagnostics) error += "\n" + format(d);
    return;  // the current draft stays as it was
  }
  open_text(imported.questionnaire.dump(2), name);
  if (!error.empty()) return;
  // The report: everything left out or changed, so nothing is dropped silently (docs/surveyjs-import.md).
  std::size_t left_out = 0;
  for (const auto& n : imported.notes) left_out += n.kind == surveyjs::ImportNote::Kind::NotConverted;
  notice = "Imported " + name + " from SurveyJS";
  notice += imported.notes.empty() ? ": everything was converted." :
            ": " + std::to_string(left_out) + " item(s) not converted, " +
            std::to_string(imported.notes.size() - left_out) + " changed:";
  constexpr std::size_t kShown = 8;
  for (std::size_t i = 0; i < imported.notes.size() && i < kShown; ++i)
    notice += "\n" + surveyjs::format(imported.notes[i], name);
  if (imported.notes.size() > kShown)
    notice += "\n… and " + std::to_string(imported.notes.size() - kShown) + " more (scopewright-cli import-surveyjs "
              "prints them all)";
}

bool DesignerSession::pick_surveyjs_file() { return pick_text_file(&DesignerSession::import_surveyjs); }

void DesignerSession::open_path(const std::string& path) {
  const auto text = services_.read_file ? services_.read_file(path) : std::nullopt;
  if (!text) {
    error = path + " could not be read.";
    return;
  }
  open_text(*text, path.substr(path.find_last_of('/') + 1));
}

void DesignerSession::customer_copy(const std::string& customer) {
  if (apply(dz::make_customer_copy(customer))) {
    doc_.set_name(dz::file_name_for(questionnaire().id, false));
    notice = "This is now " + customer + "'s copy (" + questionnaire().id + "); the template is unchanged.";
  }
}

std::vector<std::string> DesignerSession::template_ids() const {
  return services_.list_templates ? services_.list_templates() : std::vector<std::string>{};
}

void DesignerSession::save_draft() {
  const dz::Exported out = dz::save_draft(questionnaire());
  const std::string message = services_.download ? services_.download(out.file_name, "application/json", out.text)
                                                 : "Downloading is not available here.";
  notice = message + (out.errors.empty() ? "" : " (draft: " + std::to_string(out.errors.size()) + " problem(s) left)");
}

void DesignerSession::publish() {
  const dz::Exported out = dz::publish(questionnaire());
  publish_errors = out.errors;
  if (!out.ok) {
    error = "Not exported: fix the " + std::to_string(out.errors.size()) +
            " problem(s) listed below first, or save a draft.";
    return;
  }
  error.clear();
  notice = services_.download ? services_.download(out.file_name, "application/json", out.text)
                              : "Downloading is not available here.";
}

std::vector<std::string> DesignerSession::new_errors_after(const dz::Edit& edit) {
  questionnaire::Questionnaire after = questionnaire();
  if (!edit.change || !edit.change(after).empty()) return {};
  const auto before = check().errors();
  std::vector<std::string> out;
  for (const auto& e : dz::check_draft(after, dz::file_name_for(after.id, false)).errors()) {
    bool old = false;
    for (const auto& b : before) old = old || b == e;
    if (!old) out.push_back(e);
  }
  return out;
}

void DesignerSession::tick(double now) {
  if (doc_.revision() != saved_revision_ && !autosave_.pending()) autosave_.changed(now);
  if (!autosave_.due(now)) return;
  const std::string when = services_.now_iso ? services_.now_iso() : "";
  const std::string failure = store_.save(questionnaire(), doc_.name(), when);
  autosave_.saved(now, failure.empty(), failure);
  if (failure.empty()) {
    saved_revision_ = doc_.revision();
    saved_at_ = when.size() >= 16 ? when.substr(11, 5) : when;
  }
}

void DesignerSession::flush() {
  if (doc_.revision() == saved_revision_) return;
  const std::string when = services_.now_iso ? services_.now_iso() : "";
  if (store_.save(questionnaire(), doc_.name(), when).empty()) saved_revision_ = doc_.revision();
}

}  // namespace sw::ui::designer
