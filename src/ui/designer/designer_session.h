// designer_session.h — what the designer screen works on, apart from drawing: the document and its undo history,
// the selection, the cached check of the draft, the autosave, opening and exporting, and messages to the engineer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/designer/check.h"
#include "core/designer/document.h"
#include "core/designer/draft_store.h"
#include "core/designer/node.h"
#include "core/runner/runner_session.h"
#include "core/storage.h"
#include "ui/runner/runner_services.h"

namespace sw::ui::designer {

namespace dz = sw::designer;

/// What the property panel shows.
struct Selection {
  enum class Kind { Questionnaire, Section, Question, Calculated } kind = Kind::Questionnaire;
  std::size_t section = 0;  // Kind::Section; Kind::Calculated: the calculated value's index
  dz::QuestionRef question; // Kind::Question
  friend bool operator==(const Selection&, const Selection&) = default;
};

class DesignerSession {
 public:
  DesignerSession(const RunnerServices& services, Storage& storage);

  const dz::Document& document() const { return doc_; }
  const questionnaire::Questionnaire& questionnaire() const { return doc_.questionnaire(); }

  /// Applies an edit; a refusal is shown as the error (true when applied). What the edit reports beyond its
  /// label (a rename's rewritten references) becomes the notice.
  bool apply(const dz::Edit& edit);
  /// Ends a typing merge (the field being typed into was left).
  void seal() { doc_.seal(); }
  void undo();
  void redo();

  Selection selection;
  /// Keeps the selection on something that exists (after undo, delete...).
  void clamp_selection();

  // ---- Opening and exporting -------------------------------------------------------------------------------
  void open_blank();
  void open_template(const std::string& id);
  /// Opens questionnaire text (a file the engineer picked); refused with a message when unreadable.
  void open_text(const std::string& text, const std::string& name);
  /// Asks the platform for a file; false when it has no picker (the view then asks for a path).
  bool pick_file();
  void open_path(const std::string& path);
  /// Converts a SurveyJS survey (text of file `name`) and opens the result as the draft; the conversion report
  /// (what could not be converted, with its JSON path) is shown as the notice. Refused when not a survey.
  void import_surveyjs(const std::string& text, const std::string& name);
  /// Asks the platform for a SurveyJS file to import; false when it has no picker.
  bool pick_surveyjs_file();
  void customer_copy(const std::string& customer);
  void save_draft();
  /// Downloads the questionnaire when it has no errors; otherwise lists them and downloads nothing.
  void publish();
  std::vector<std::string> template_ids() const;

  /// The check of the current draft (computed whenever the draft changes).
  const dz::DraftCheck& check() const { return check_; }
  /// The errors deleting/doing `edit` would leave (for the delete confirmation), beyond those there already are.
  std::vector<std::string> new_errors_after(const dz::Edit& edit);

  /// Saves the draft when an autosave is due; call every frame with the frame time.
  void tick(double now);
  /// Writes the draft now if it changed since the last save.
  void flush();

  // ---- Messages --------------------------------------------------------------------------------------------
  std::string error;                        // the last refusal or failure
  std::string notice;                       // the last action's result
  std::vector<std::string> publish_errors;  // why the last export was refused
  const std::string& saved_at() const { return saved_at_; }
  /// Why the last autosave failed ("" when it worked): the draft is then only in memory and the previous copy.
  const std::string& save_error() const { return autosave_.error(); }

 private:
  /// Asks the platform for a file and hands its text and name to `use`; a read error becomes `error`.
  bool pick_text_file(void (DesignerSession::*use)(const std::string& text, const std::string& name));
  void replace(questionnaire::Questionnaire q, const std::string& name, const std::string& label);
  /// Re-checks the draft after every change (edit, undo, redo, opening), so check() is a plain read.
  void changed();
  void select_first_question();

  const RunnerServices& services_;
  dz::DraftStore store_;
  dz::Document doc_;
  dz::DraftCheck check_;
  long saved_revision_ = -1;
  sw::runner::Autosave autosave_{0.5};
  std::string saved_at_;
};

}  // namespace sw::ui::designer
