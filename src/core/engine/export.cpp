// export.cpp — the answers a respondent hands over: hidden answers left out unless the policy includes them,
// calculated values included, stamped with the questionnaire's id, version and content hash.
#include "core/engine/engine_state.h"
#include "core/questionnaire/hash.h"

namespace sw::engine {

nlohmann::json Engine::export_answers() const {
  const bool include_hidden = s_->q.hidden_answers.include_in_export;
  nlohmann::json out = nlohmann::json::object();
  for (std::size_t si = 0; si < s_->sections.size(); ++si) {
    for (std::size_t qi = 0; qi < s_->sections[si].questions.size(); ++qi) {
      const QuestionPos pos{si, qi};
      const bool shown = section_visible(si) && question_visible(pos);
      if (!shown && !include_hidden) continue;
      const auto& qc = s_->cells_of(pos);
      const auto& q = s_->question(pos);
      const auto& answer = s_->vars[qc.var].answer;
      if (answer.is_null()) continue;
      if (q.type == questionnaire::QuestionType::Repeat && answer.is_array() && !include_hidden) {
        nlohmann::json entries = nlohmann::json::array();
        for (std::size_t e = 0; e < answer.size(); ++e) {
          nlohmann::json entry = nlohmann::json::object();
          for (std::size_t f = 0; f < q.fields.size(); ++f) {
            const auto& id = q.fields[f].id;
            if (field_visible(pos, e, f) && answer[e].is_object() && answer[e].contains(id) && !answer[e][id].is_null())
              entry[id] = answer[e][id];
          }
          entries.push_back(std::move(entry));
        }
        out[q.id] = std::move(entries);
      } else {
        out[q.id] = answer;
      }
      if (qc.other_var != kNone && !s_->vars[qc.other_var].answer.is_null())
        out[s_->vars[qc.other_var].name] = s_->vars[qc.other_var].answer;
    }
  }
  return out;
}

nlohmann::json Engine::export_calculated() const {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& c : s_->q.calculated) out[c.id] = expr::to_json(calculated(c.id));
  return out;
}

const std::string& Engine::questionnaire_hash() const {
  if (s_->content_hash.empty()) s_->content_hash = questionnaire::content_hash(s_->q);
  return s_->content_hash;
}

questionnaire::AnswersDocument Engine::export_document(questionnaire::AnswersDocument doc) const {
  doc.questionnaire_id = s_->q.id;
  doc.questionnaire_version = s_->q.version;
  doc.questionnaire_hash = questionnaire_hash();
  doc.answers = export_answers();
  doc.calculated = export_calculated();
  return doc;
}

}  // namespace sw::engine
