// requirements.cpp — questionnaire answers → grouped technical requirements, through the questionnaire engine
// (so visibility and piping are exactly what the respondent saw).
#include "core/sow/requirements.h"

#include "core/engine/engine.h"
#include "core/questionnaire/answers.h"
#include "core/questionnaire/hash.h"
#include "core/sow/answer_text.h"

namespace sw::sow {
namespace {

bool has_answer(const nlohmann::json& v) {
  if (v.is_null()) return false;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  if (v.is_array()) return !v.empty();
  return true;
}

const nlohmann::json& member(const nlohmann::json& obj, const std::string& key) {
  static const nlohmann::json kNull;
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

nlohmann::ordered_json repeat_entries(const engine::Engine& e, engine::QuestionPos pos,
                                      const questionnaire::Question& q, const nlohmann::json& value) {
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto& entry = value[i];
    nlohmann::ordered_json fields = nlohmann::ordered_json::array();
    for (std::size_t f = 0; f < q.fields.size(); ++f) {
      const auto& field = q.fields[f];
      const auto& v = member(entry, field.id);
      if (!e.field_visible(pos, i, f) || !has_answer(v)) continue;
      nlohmann::ordered_json item;
      item["id"] = field.id;
      item["question"] = e.pipe(field.label, std::make_pair(pos, i));
      item["type"] = std::string(questionnaire::type_name(field.type));
      item["answer"] = v;
      item["text"] = answer_text(field, v, member(entry, field.id + std::string(questionnaire::kOtherSuffix)));
      fields.push_back(std::move(item));
    }
    nlohmann::ordered_json out;
    out["number"] = i + 1;
    std::string label = q.entry_label.empty() ? "" : e.pipe(q.entry_label, std::make_pair(pos, i));
    out["label"] = label.empty() ? "Entry " + std::to_string(i + 1) : label;
    out["fields"] = std::move(fields);
    entries.push_back(std::move(out));
  }
  return entries;
}

}  // namespace

nlohmann::ordered_json requirements_from_answers(const AnswersInput& input, const expr::EvalContext& context,
                                                 Diagnostics& diagnostics) {
  nlohmann::ordered_json out;
  const auto& q = *input.questionnaire;
  auto loaded = questionnaire::answers_from_json(input.document, input.file);
  const std::string recorded_version = loaded.document.questionnaire_version;
  const std::string recorded_hash = loaded.document.questionnaire_hash;
  if (loaded.ok()) questionnaire::fit_answers(loaded, q, input.file);
  for (auto& d : loaded.diagnostics) diagnostics.push_back(d);

  out["questionnaire"] = {{"id", q.id}, {"version", q.version}, {"title", q.title},
                          {"hash", questionnaire::content_hash(q)}};
  out["answers"] = {{"file", input.file},
                    {"status", std::string(questionnaire::status_name(loaded.document.status))},
                    {"updated", loaded.document.updated},
                    {"recorded_version", recorded_version},
                    {"recorded_hash", recorded_hash},
                    {"dropped", loaded.dropped.size()}};
  out["sections"] = nlohmann::ordered_json::array();
  if (!loaded.ok()) return out;

  Diagnostics engine_diagnostics;  // the questionnaire was checked when loaded; compile problems are its own
  engine::Engine e(q, nullptr, input.file, engine_diagnostics, context);
  e.set_answers(loaded.document.answers);
  for (std::size_t si : e.visible_sections()) {
    const auto& section = q.sections[si];
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (std::size_t qi = 0; qi < section.questions.size(); ++qi) {
      const engine::QuestionPos pos{si, qi};
      const auto& question = section.questions[qi];
      const auto& value = e.answer(question.id);
      if (!e.question_visible(pos) || !has_answer(value)) continue;
      nlohmann::ordered_json item;
      item["id"] = question.id;
      item["question"] = e.pipe(question.label);
      item["type"] = std::string(questionnaire::type_name(question.type));
      item["answer"] = value;
      item["text"] = answer_text(question, value, e.answer(question.id + std::string(questionnaire::kOtherSuffix)));
      if (question.type == questionnaire::QuestionType::Repeat) item["entries"] = repeat_entries(e, pos, question, value);
      items.push_back(std::move(item));
    }
    if (items.empty()) continue;
    out["sections"].push_back({{"id", section.id}, {"title", e.pipe(section.title)}, {"items", std::move(items)}});
  }
  return out;
}

}  // namespace sw::sow
