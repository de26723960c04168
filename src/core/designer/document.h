// document.h — the questionnaire the designer edits, with undo/redo over every user action.
//
// Every change is an Edit: a function applied to a copy of the questionnaire, so a refused edit changes nothing
// and the refusal says why. Each applied edit is one undo step, except that edits with the same non-empty
// merge_key in a row (typing into one field) merge into one step until seal() is called (the field is left).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/questionnaire/model.h"

namespace sw::designer {

/// One user action on the questionnaire.
struct Edit {
  std::string label;      // what the action did, for "Undo <label>" ("Add question")
  std::string merge_key;  // "" = its own step; else merges with the previous edit of the same key until sealed
  std::function<std::string(questionnaire::Questionnaire&)> change;  // "" when applied, else why it was refused
  /// Set by edits that do more than their label says (a rename rewriting references): change() writes there what
  /// it did, for the engineer ("Renamed ...: 4 references updated in 3 questions."). Shared, so copies of the
  /// edit report through the same string; empty when there is nothing to say.
  std::shared_ptr<std::string> report;
};

class Document {
 public:
  explicit Document(questionnaire::Questionnaire q = {}, std::string name = {});

  const questionnaire::Questionnaire& questionnaire() const { return q_; }
  /// The file name the draft came from or will be exported as ("general.json"); "" for a blank one.
  const std::string& name() const { return name_; }

  /// Applies the edit. Returns "" when done, otherwise the refusal (and the questionnaire is unchanged).
  std::string apply(const Edit& edit);
  /// Ends the current merge: the next edit starts a new undo step even with the same merge_key.
  void seal() { sealed_ = true; }

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  /// "Undo Add question" / "Redo ..." ("" when there is nothing).
  std::string undo_label() const;
  std::string redo_label() const;
  bool undo();
  bool redo();
  std::size_t undo_depth() const { return undo_.size(); }

  /// Replaces the whole questionnaire (opening another file or template): a fresh history.
  void replace(questionnaire::Questionnaire q, std::string name);
  void set_name(std::string name) { name_ = std::move(name); }

  /// Increases on every change (edit, undo, redo, replace): the preview and autosave watch it.
  long revision() const { return revision_; }

  static constexpr std::size_t kMaxUndo = 200;

 private:
  struct Step {
    std::string label, merge_key;
    questionnaire::Questionnaire state;  // the questionnaire to go back (undo) or forward (redo) to
  };
  questionnaire::Questionnaire q_;
  std::string name_;
  std::vector<Step> undo_, redo_;
  bool sealed_ = true;
  long revision_ = 0;
};

}  // namespace sw::designer
