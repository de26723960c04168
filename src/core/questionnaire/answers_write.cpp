// answers_write.cpp — AnswersDocument → the answers file format.
#include "core/questionnaire/answers.h"

namespace sw::questionnaire {

namespace {
// Answer values are arbitrary JSON; invalid UTF-8 set by a caller is replaced rather than thrown on.
nlohmann::ordered_json ordered(const nlohmann::json& value) {
  return nlohmann::ordered_json::parse(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
}  // namespace

nlohmann::ordered_json to_json(const AnswersDocument& d) {
  using Json = nlohmann::ordered_json;
  Json j;
  j["format"] = std::string(kAnswersFormatName) + "/" + std::to_string(kAnswersFormatMajor);
  Json q;
  q["id"] = d.questionnaire_id;
  q["version"] = d.questionnaire_version;
  if (!d.questionnaire_hash.empty()) q["hash"] = d.questionnaire_hash;
  j["questionnaire"] = std::move(q);
  j["status"] = std::string(status_name(d.status));
  if (!d.created.empty()) j["created"] = d.created;
  if (!d.updated.empty()) j["updated"] = d.updated;
  Json who = Json::object();
  if (!d.respondent.name.empty()) who["name"] = d.respondent.name;
  if (!d.respondent.email.empty()) who["email"] = d.respondent.email;
  if (!d.respondent.company.empty()) who["company"] = d.respondent.company;
  if (!who.empty()) j["respondent"] = std::move(who);
  j["answers"] = ordered(d.answers);
  if (!d.calculated.empty()) j["calculated"] = ordered(d.calculated);
  return j;
}

std::string to_text(const AnswersDocument& d) {
  return to_json(d).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sw::questionnaire
