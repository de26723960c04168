// document.cpp — applying edits with undo/redo and typing merges (see document.h).
#include "core/designer/document.h"

namespace sw::designer {

Document::Document(questionnaire::Questionnaire q, std::string name) : q_(std::move(q)), name_(std::move(name)) {}

std::string Document::apply(const Edit& edit) {
  questionnaire::Questionnaire next = q_;
  if (!edit.change) return "nothing to do";
  std::string refusal = edit.change(next);
  if (!refusal.empty()) return refusal;
  const bool merge = !edit.merge_key.empty() && !sealed_ && !undo_.empty() && undo_.back().merge_key == edit.merge_key;
  if (!merge) {
    undo_.push_back({edit.label, edit.merge_key, std::move(q_)});
    if (undo_.size() > kMaxUndo) undo_.erase(undo_.begin());
  }
  q_ = std::move(next);
  redo_.clear();
  sealed_ = edit.merge_key.empty();
  ++revision_;
  return "";
}

std::string Document::undo_label() const { return undo_.empty() ? "" : "Undo " + undo_.back().label; }
std::string Document::redo_label() const { return redo_.empty() ? "" : "Redo " + redo_.back().label; }

bool Document::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  std::swap(step.state, q_);
  redo_.push_back(std::move(step));
  sealed_ = true;
  ++revision_;
  return true;
}

bool Document::redo() {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  std::swap(step.state, q_);
  undo_.push_back(std::move(step));
  sealed_ = true;
  ++revision_;
  return true;
}

void Document::replace(questionnaire::Questionnaire q, std::string name) {
  q_ = std::move(q);
  name_ = std::move(name);
  undo_.clear();
  redo_.clear();
  sealed_ = true;
  ++revision_;
}

}  // namespace sw::designer
