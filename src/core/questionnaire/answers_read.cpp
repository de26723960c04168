// answers_read.cpp — answers file → AnswersDocument (structure only; fitting to a questionnaire is separate).
#include "core/json/describe.h"
#include "core/json/load.h"
#include "core/json/reader.h"
#include "core/questionnaire/answers.h"
#include "core/questionnaire/hash.h"
#include "core/questionnaire/text_checks.h"

namespace sw::questionnaire {

using json::Need;
using json::ObjectReader;

std::string_view status_name(AnswersStatus s) { return s == AnswersStatus::Complete ? "complete" : "in_progress"; }

AnswersDocument new_answers(const Questionnaire& q, std::string_view now) {
  AnswersDocument d;
  d.questionnaire_id = q.id;
  d.questionnaire_version = q.version;
  d.questionnaire_hash = content_hash(q);
  d.created = std::string(now);
  d.updated = std::string(now);
  return d;
}

AnswersLoadResult answers_from_json(const nlohmann::json& document, std::string_view file, const json::SourceMap* map) {
  AnswersLoadResult result;
  if (map) result.source_map = *map;
  json::Reporter r(std::string(file), map, result.diagnostics);
  AnswersDocument& d = result.document;
  ObjectReader root(document, "", r);
  if (!root.valid()) return result;
  root.ignore("$schema");

  if (auto format = root.string("format", Need::Required)) {
    bool fatal = false;
    int minor = 0;
    const std::string problem =
        check_format_tag(*format, kAnswersFormatName, kAnswersFormatMajor, kAnswersFormatMinor, fatal, minor);
    if (fatal) {
      r.error(root.path("format"), problem);
      return result;
    }
    if (!problem.empty()) r.warning(root.path("format"), problem);
  }
  if (const nlohmann::json* q = root.object("questionnaire", Need::Required)) {
    ObjectReader qr(*q, root.path("questionnaire"), r);
    d.questionnaire_id = qr.non_empty_string("id", Need::Required).value_or("");
    d.questionnaire_version = qr.string("version", Need::Required).value_or("");
    d.questionnaire_hash = qr.string("hash").value_or("");
    qr.report_unknown();
  }
  if (auto status = root.one_of("status", {"in_progress", "complete"}))
    d.status = *status == "complete" ? AnswersStatus::Complete : AnswersStatus::InProgress;
  for (const char* key : {"created", "updated"}) {
    auto t = root.string(key);
    if (t && !is_iso_datetime(*t))
      r.warning(root.path(key), "expected an ISO 8601 date and time such as \"2024-05-02T09:30:00Z\" but got " +
                                    json::describe(nlohmann::json(*t)));
    (key[0] == 'c' ? d.created : d.updated) = t.value_or("");
  }
  if (const nlohmann::json* who = root.object("respondent")) {
    ObjectReader w(*who, root.path("respondent"), r);
    d.respondent.name = w.string("name").value_or("");
    d.respondent.email = w.string("email").value_or("");
    d.respondent.company = w.string("company").value_or("");
    w.report_unknown();
  }
  if (const nlohmann::json* a = root.object("answers", Need::Required)) d.answers = *a;
  if (const nlohmann::json* c = root.object("calculated")) d.calculated = *c;
  root.report_unknown();
  return result;
}

AnswersLoadResult read_answers(std::string_view text, std::string_view file) {
  json::Document doc = json::load(text, file);
  if (!doc.ok()) {
    AnswersLoadResult failed;
    failed.diagnostics = std::move(doc.diagnostics);
    return failed;
  }
  AnswersLoadResult result = answers_from_json(doc.value, file, &doc.source_map);
  result.diagnostics.insert(result.diagnostics.begin(), doc.diagnostics.begin(), doc.diagnostics.end());
  return result;
}

AnswersLoadResult load_answers(std::string_view text, std::string_view file, const Questionnaire& q) {
  AnswersLoadResult result = read_answers(text, file);
  if (result.ok()) fit_answers(result, q, file);
  return result;
}

}  // namespace sw::questionnaire
