// state.cpp — reading the engine's state: what is visible, enabled and required, calculated values.
#include "core/engine/engine_state.h"

namespace sw::engine {

bool EngineState::truth(int cell, bool absent_value) const {
  if (cell == kNone) return absent_value;
  const auto& r = cells[cell].result;
  return r.is_bool() ? r.as_bool() : absent_value;
}

bool EngineState::entry_truth(int cell, std::size_t entry, bool absent_value) const {
  if (cell == kNone) return absent_value;
  const auto& results = cells[cell].entry_results;
  if (entry >= results.size()) return absent_value;
  return results[entry].is_bool() ? results[entry].as_bool() : absent_value;
}

std::optional<QuestionPos> Engine::find(std::string_view question_id) const {
  for (std::size_t si = 0; si < s_->q.sections.size(); ++si) {
    const auto& qs = s_->q.sections[si].questions;
    for (std::size_t qi = 0; qi < qs.size(); ++qi)
      if (qs[qi].id == question_id) return QuestionPos{si, qi};
  }
  return std::nullopt;
}

void EngineState::index_sections() {
  section_of_var.assign(vars.size(), kNone);
  section_of_cell.assign(cells.size(), kNone);
  section_revision.assign(sections.size(), revision);
  section_counts.assign(sections.size(), SectionCount{});
  auto own = [&](int cell, int si) {
    if (cell != kNone) section_of_cell[cell] = si;
  };
  auto own_field = [&](const FieldCells& f, int si) {
    for (int cell : {f.visible, f.enable, f.required}) own(cell, si);
    for (int cell : f.choices) own(cell, si);
    for (int cell : f.validators) own(cell, si);
  };
  for (std::size_t si = 0; si < sections.size(); ++si) {
    const int s = static_cast<int>(si);
    own(sections[si].visible, s);
    own(sections[si].enable, s);
    for (const auto& qc : sections[si].questions) {
      for (int var : {qc.var, qc.other_var})
        if (var != kNone) section_of_var[var] = s;
      own_field(qc.own, s);
      for (const auto& field : qc.fields) own_field(field, s);
    }
  }
}

bool Engine::section_visible(std::size_t section) const {
  if (section >= s_->sections.size() || !s_->truth(s_->sections[section].visible, true)) return false;
  const auto& questions = s_->sections[section].questions;
  for (std::size_t qi = 0; qi < questions.size(); ++qi)
    if (s_->truth(questions[qi].own.visible, true)) return true;
  return false;  // nothing to show: the section is skipped
}

bool Engine::question_visible(QuestionPos p) const {
  return s_->truth(s_->sections[p.section].visible, true) && s_->truth(s_->cells_of(p).own.visible, true);
}

bool Engine::question_enabled(QuestionPos p) const {
  return s_->truth(s_->sections[p.section].enable, true) && s_->truth(s_->cells_of(p).own.enable, true);
}

bool Engine::question_required(QuestionPos p) const {
  return question_visible(p) && question_enabled(p) &&
         (s_->question(p).required || s_->truth(s_->cells_of(p).own.required, false));
}

bool Engine::choice_visible(QuestionPos p, std::size_t choice) const {
  const auto& choices = s_->cells_of(p).own.choices;
  return choice < choices.size() && s_->truth(choices[choice], true);
}

bool Engine::field_visible(QuestionPos group, std::size_t entry, std::size_t field) const {
  const auto& fields = s_->cells_of(group).fields;
  return field < fields.size() && question_visible(group) && s_->entry_truth(fields[field].visible, entry, true);
}

bool Engine::field_enabled(QuestionPos group, std::size_t entry, std::size_t field) const {
  const auto& fields = s_->cells_of(group).fields;
  return field < fields.size() && question_enabled(group) && s_->entry_truth(fields[field].enable, entry, true);
}

bool Engine::field_required(QuestionPos group, std::size_t entry, std::size_t field) const {
  const auto& fields = s_->cells_of(group).fields;
  if (field >= fields.size() || !field_visible(group, entry, field) || !field_enabled(group, entry, field)) return false;
  return s_->question(group).fields[field].required || s_->entry_truth(fields[field].required, entry, false);
}

bool Engine::field_choice_visible(QuestionPos group, std::size_t entry, std::size_t field, std::size_t choice) const {
  const auto& fields = s_->cells_of(group).fields;
  if (field >= fields.size() || choice >= fields[field].choices.size()) return false;
  return s_->entry_truth(fields[field].choices[choice], entry, true);
}

expr::Value Engine::calculated(std::string_view id) const {
  const int var = s_->find_var(id);
  if (var == kNone || s_->vars[var].calculated_cell == kNone) return {};
  return s_->vars[var].value;
}

}  // namespace sw::engine
