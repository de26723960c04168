// test_answers_document.cpp — the answers document: save/load, structure errors, and fitting to a changed questionnaire.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/questionnaire/answers.h"
#include "core/questionnaire/hash.h"
#include "core/questionnaire/loader.h"

namespace {

using namespace sw::questionnaire;
using V = std::vector<std::string>;

std::string read(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Questionnaire load_fixture(const nlohmann::json& patched) {
  LoadResult r = questionnaire_from_json(patched, "q.json");
  EXPECT_TRUE(r.diagnostics.empty()) << (r.diagnostics.empty() ? "" : sw::format(r.diagnostics[0]));
  return r.questionnaire;
}

class AnswersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    source = nlohmann::json::parse(read("tests/data/questionnaire/all_types.json"));
    v1 = load_fixture(source);
    answers_text = read("tests/data/answers/all_types_answers.json");
  }
  std::vector<std::string> messages(const AnswersLoadResult& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics) out.push_back(d.json_path + ": " + d.message);
    return out;
  }
  nlohmann::json source;
  Questionnaire v1;
  std::string answers_text;
};

TEST_F(AnswersTest, LoadsAFileForTheSameVersion) {
  const AnswersLoadResult r = load_answers(answers_text, "a.json", v1);
  ASSERT_TRUE(r.ok());
  // Only the stale calculated value is dropped; null answers are "not answered" and vanish silently.
  EXPECT_EQ(messages(r), V{"/calculated/old_value: answer dropped: there is no calculated value \"old_value\""});
  const AnswersDocument& d = r.document;
  EXPECT_EQ(d.questionnaire_id, "all-types");
  EXPECT_EQ(d.questionnaire_hash, content_hash(v1));  // stamped on load
  EXPECT_EQ(d.status, AnswersStatus::InProgress);
  EXPECT_EQ(d.created, "2024-05-02T09:30:00Z");
  EXPECT_EQ(d.updated, "2024-05-03T17:05:12.250+01:00");
  EXPECT_EQ(d.respondent.name, "Dana Scully");
  EXPECT_EQ(d.respondent.email, "dana@example.com");
  EXPECT_EQ(d.respondent.company, "Acme Ltd");
  EXPECT_EQ(d.answers["platform.other"], "Juniper Apstra");
  EXPECT_EQ(d.answers["sites"][1]["services.other"], "DNS");
  EXPECT_EQ(d.answers["protocols"].size(), 3u);
  EXPECT_FALSE(d.answers.contains("contact_email"));
  EXPECT_EQ(d.calculated, nlohmann::json::parse(R"({"sites_count": 2, "rom_days": 2})"));
}

TEST_F(AnswersTest, SaveAndLoadRoundTrip) {
  AnswersDocument d = new_answers(v1, "2024-06-01T08:00:00Z");
  EXPECT_EQ(d.created, "2024-06-01T08:00:00Z");
  EXPECT_EQ(d.updated, d.created);
  d.status = AnswersStatus::Complete;
  d.respondent = {"Fox", "fox@example.com", "FBI"};
  d.answers = nlohmann::json::parse(R"({"customer_name": "FBI", "urgency": 0, "sites": [{"site_name": "DC"}]})");
  d.calculated = {{"rom_days", 1.5}};
  const std::string text = to_text(d);
  EXPECT_NE(text.find("\"format\": \"scopewright.answers/1\""), std::string::npos);
  const AnswersLoadResult r = load_answers(text, "a.json", v1);
  ASSERT_TRUE(r.diagnostics.empty()) << sw::format(r.diagnostics[0]);
  EXPECT_EQ(to_text(r.document), text);
  EXPECT_EQ(r.document.status, AnswersStatus::Complete);
}

TEST_F(AnswersTest, RefusesAnswersOfAnotherQuestionnaire) {
  nlohmann::json other = source;
  other["id"] = "medical";
  other["title"] = "Medical deployments";
  const AnswersLoadResult r = load_answers(answers_text, "a.json", load_fixture(other));
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(messages(r), V{"/questionnaire/id: these answers are for the questionnaire \"all-types\", not for "
                           "\"medical\" (Medical deployments); open them with their own questionnaire"});
  EXPECT_GT(r.diagnostics[0].line, 0);
  EXPECT_EQ(r.document.answers["customer_name"], "Acme Ltd");  // untouched
  EXPECT_TRUE(r.dropped.empty());
}

TEST_F(AnswersTest, KeepsWhatStillFitsANewVersionAndExplainsTheRest) {
  nlohmann::json v2 = source;
  v2["version"] = "3.0.0";
  auto& text_questions = v2["sections"][0]["questions"];
  text_questions.erase(1);                                              // "notes" removed
  v2["sections"][1]["questions"][0]["type"] = "text";                   // ps_days: number → text
  v2["sections"][1]["questions"][0].erase("step");
  v2["sections"][1]["questions"][0].erase("unit");
  v2["sections"][1]["questions"][0].erase("validation");
  v2["sections"][1]["questions"][0].erase("default");
  v2["sections"][2]["questions"][0].erase("allow_other");              // platform: no "other" any more
  v2["sections"][2]["questions"][0].erase("other_label");
  v2["sections"][2]["questions"][0]["default"] = "cisco_aci";
  v2["sections"][2]["questions"][1]["choices"].erase(2);               // protocols: "sip" removed
  v2["sections"][2]["questions"][3]["scale"] = {{"min", 1}, {"max", 5}};  // urgency 7 no longer fits
  v2["sections"][2]["questions"][3].erase("default");
  auto& fields = v2["sections"][3]["questions"][0]["fields"];
  fields.erase(2);                                                      // sites: rack_units removed
  const Questionnaire q2 = load_fixture(v2);

  const AnswersLoadResult r = load_answers(answers_text, "a.json", q2);
  ASSERT_TRUE(r.ok());
  const std::string note = " in version 3.0.0 of this questionnaire";
  EXPECT_EQ(messages(r),
            (V{"/answers/notes: answer dropped: there is no question \"notes\"" + note,
               "/answers/platform: answer dropped: does not fit the single_choice question \"platform\": \"other\" is "
               "not one of the choices (\"cisco_aci\", \"vmware_nsx\", \"traditional\")" + note,
               "/answers/platform.other: answer dropped: question \"platform\" has no \"other, please specify\" option" + note,
               "/answers/protocols/1: answer dropped: \"sip\" is not one of the choices (\"http\", \"https\", \"other\")" + note,
               "/answers/ps_days: answer dropped: does not fit the text question \"ps_days\": expected a string but got 12.5" + note,
               "/answers/sites/0/rack_units: answer dropped: there is no field \"rack_units\"" + note,
               "/answers/urgency: answer dropped: does not fit the rating question \"urgency\": 7 is outside the scale 1 "
               "to 5" + note,
               "/calculated/old_value: answer dropped: there is no calculated value \"old_value\"" + note,
               "/questionnaire/version: these answers were written for version 2.1.0 of \"all-types\"; 8 answers that "
               "no longer fit version 3.0.0 were dropped"}));
  ASSERT_EQ(r.dropped.size(), 8u);
  EXPECT_EQ(r.dropped[4].json_path, "/answers/ps_days");
  EXPECT_EQ(r.dropped[4].value, 12.5);
  // Everything else is kept, including the other selections of a multiple choice.
  const nlohmann::json& a = r.document.answers;
  EXPECT_EQ(a["protocols"], nlohmann::json::parse(R"(["http", "other"])"));
  EXPECT_EQ(a["protocols.other"], "LDAPS");
  EXPECT_EQ(a["sites"][0], nlohmann::json::parse(R"({"site_name": "London", "handoff": "fibre_mm", "services": ["web"]})"));
  EXPECT_EQ(a["sites"][1]["services.other"], "DNS");
  for (const char* kept : {"customer_name", "ps_amount", "contract_date", "timezone", "has_design"})
    EXPECT_TRUE(a.contains(kept)) << kept;
  EXPECT_EQ(a.size(), 8u);
  // The document now belongs to the new version.
  EXPECT_EQ(r.document.questionnaire_version, "3.0.0");
  EXPECT_EQ(r.document.questionnaire_hash, content_hash(q2));
}

TEST_F(AnswersTest, SameVersionButChangedContentIsDetectedByTheHash) {
  AnswersDocument d = new_answers(v1, "2024-06-01T08:00:00Z");
  d.answers = {{"urgency", 9}};
  nlohmann::json edited = source;
  edited["sections"][2]["questions"][3]["scale"]["max"] = 8;  // edited without bumping the version
  const AnswersLoadResult r = load_answers(to_text(d), "a.json", load_fixture(edited));
  EXPECT_EQ(messages(r), (V{"/answers/urgency: answer dropped: does not fit the rating question \"urgency\": 9 is outside "
                            "the scale 0 to 8 in version 2.1.0 of this questionnaire",
                            "/questionnaire/version: these answers were written for an earlier edit of version 2.1.0 of "
                            "\"all-types\"; 1 answer that no longer fit version 2.1.0 were dropped"}));
}

TEST_F(AnswersTest, StructuralErrors) {
  EXPECT_EQ(messages(read_answers(R"({"format": "scopewright.answers/1", "status": "done", "created": "yesterday",
                                      "questionnaire": {"version": "1"}, "answers": []})", "a.json")),
            (V{"/questionnaire: missing required field \"id\" (a non-empty string)",
               "/status: expected one of \"in_progress\", \"complete\" but got \"done\"",
               "/created: expected an ISO 8601 date and time such as \"2024-05-02T09:30:00Z\" but got \"yesterday\"",
               "/answers: expected an object but got an empty array"}));
  EXPECT_EQ(messages(read_answers(R"({"format": "scopewright.questionnaire/1"})", "a.json")),
            V{"/format: not a scopewright.answers file: format is \"scopewright.questionnaire/1\", expected "
              "\"scopewright.answers/1\""});
  EXPECT_EQ(messages(read_answers(R"({"format": "scopewright.answers/7", "answers": 1})", "a.json")),
            V{"/format: format version 7.0 is newer than this version of Scopewright reads (up to "
              "scopewright.answers/1.0); please update Scopewright"});
  const AnswersLoadResult broken = load_answers("{\"format\": ", "a.json", v1);
  ASSERT_EQ(broken.diagnostics.size(), 1u);
  EXPECT_EQ(sw::format(broken.diagnostics[0]),
            "a.json:1:12: error: expected a value (object, array, string, number, true, false or null) but got end of input");
}

TEST_F(AnswersTest, WrongShapesInsideRepeatEntriesAreDroppedOneByOne) {
  AnswersDocument d = new_answers(v1, "2024-06-01T08:00:00Z");
  d.answers = nlohmann::json::parse(R"({"sites": [{"site_name": 5, "handoff": "fibre_mm"}, "oops"], "has_design": "yes"})");
  const AnswersLoadResult r = load_answers(to_text(d), "a.json", v1);
  EXPECT_EQ(messages(r), (V{"/answers/has_design: answer dropped: does not fit the yes_no question \"has_design\": "
                            "expected true or false but got \"yes\"",
                            "/answers/sites/0/site_name: answer dropped: does not fit the text question \"site_name\": "
                            "expected a string but got 5",
                            "/answers/sites/1: answer dropped: expected an object (one entry) but got \"oops\""}));
  EXPECT_EQ(r.document.answers, nlohmann::json::parse(R"({"sites": [{"handoff": "fibre_mm"}]})"));
}

}  // namespace
