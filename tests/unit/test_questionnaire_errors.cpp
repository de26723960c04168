// test_questionnaire_errors.cpp — the loader's structural diagnostics: path, line:column, expected vs got.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/questionnaire/loader.h"

namespace {

using namespace sw::questionnaire;
using Json = nlohmann::ordered_json;

// A valid questionnaire whose only section holds `questions`; root_patch members replace root fields
// (a null value removes the field).
Json questionnaire_with(Json questions, Json root_patch = Json::object()) {
  Json q = {{"format", "scopewright.questionnaire/1"},
            {"id", "t"},
            {"version", "1"},
            {"title", "T"},
            {"sections", Json::array({{{"id", "s"}, {"title", "S"}, {"questions", std::move(questions)}}})}};
  for (auto& [k, v] : root_patch.items()) {
    if (v.is_null())
      q.erase(k);
    else
      q[k] = v;
  }
  return q;
}

// "path: message" of every diagnostic ("W " prefixes warnings), loading the document as indented text.
std::vector<std::string> problems(const Json& doc) {
  const LoadResult r = load_questionnaire(doc.dump(2), "q.json");
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) {
    EXPECT_GT(d.line, 0) << d.message;  // every problem is located
    out.push_back(std::string(d.severity == sw::Severity::Warning ? "W " : "") + d.json_path + ": " + d.message);
  }
  return out;
}

std::vector<std::string> question_problems(Json question) { return problems(questionnaire_with(Json::array({question}))); }

using V = std::vector<std::string>;

TEST(QuestionnaireErrors, MinimalQuestionnaireIsClean) {
  EXPECT_EQ(question_problems({{"id", "a"}, {"type", "text"}, {"label", "A"}}), V{});
}

TEST(QuestionnaireErrors, MissingRequiredRootFields) {
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"id", nullptr}, {"version", nullptr}, {"title", nullptr}})),
            (V{": missing required field \"id\" (a string)",
               ": missing required field \"version\" (a non-empty string)",
               ": missing required field \"title\" (a non-empty string)"}));
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"sections", nullptr}, {"format", nullptr}})),
            (V{": missing required field \"format\" (a string)", ": missing required field \"sections\" (an array)"}));
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"sections", Json::array()}})),
            V{"/sections: expected at least one section but got an empty array"});
}

TEST(QuestionnaireErrors, WrongTypes) {
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"title", 3}, {"intro", true}, {"sections", "x"}})),
            (V{"/title: expected a non-empty string but got 3", "/intro: expected a string but got true",
               "/sections: expected an array but got \"x\""}));
  EXPECT_EQ(question_problems({{"id", "a"}, {"type", "text"}, {"label", "A"}, {"required", "yes"}, {"visible_if", 1}}),
            (V{"/sections/0/questions/0/required: expected true or false but got \"yes\"",
               "/sections/0/questions/0/visible_if: expected a non-empty string but got 1"}));
  EXPECT_EQ(problems(questionnaire_with(Json::array({"not a question"}))),
            V{"/sections/0/questions/0: expected an object but got \"not a question\""});
}

TEST(QuestionnaireErrors, MissingQuestionFields) {
  EXPECT_EQ(question_problems(Json::object()),
            (V{"/sections/0/questions/0: missing required field \"id\" (a string)",
               "/sections/0/questions/0: missing required field \"label\" (a non-empty string)",
               "/sections/0/questions/0: missing required field \"type\" (one of \"text\", \"long_text\", \"email\", "
               "\"phone\", \"url\", \"number\", \"currency\", \"date\", \"timezone\", \"single_choice\", "
               "\"multiple_choice\", \"yes_no\", \"rating\", \"repeat\")"}));
}

TEST(QuestionnaireErrors, UnknownTypeNameSuggestsTheClosest) {
  EXPECT_EQ(question_problems({{"id", "a"}, {"type", "emial"}, {"label", "A"}, {"choices", Json::array()}}),
            V{"/sections/0/questions/0/type: expected one of \"text\", \"long_text\", \"email\", \"phone\", \"url\", "
              "\"number\", \"currency\", \"date\", \"timezone\", \"single_choice\", \"multiple_choice\", \"yes_no\", "
              "\"rating\", \"repeat\" but got \"emial\" (did you mean \"email\"?)"});
}

TEST(QuestionnaireErrors, UnknownAndMisplacedFieldsAreWarnings) {
  const Json doc = questionnaire_with(
      Json::array({{{"id", "a"}, {"type", "text"}, {"label", "A"}, {"lable", "x"}, {"choices", Json::array()},
                    {"validation", {{"min", 1}, {"max_lenght", 3}}}}}),
      {{"colour", "red"}});
  const LoadResult r = load_questionnaire(doc.dump(2), "q.json");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(problems(doc), (V{"W /sections/0/questions/0/validation/max_lenght: unknown field \"max_lenght\" (did you "
                              "mean \"max_length\"?; ignored)",
                              "W /sections/0/questions/0/validation/min: field \"min\" is not used by text questions (ignored)",
                              "W /sections/0/questions/0/choices: field \"choices\" is not used by text questions (ignored)",
                              "W /sections/0/questions/0/lable: unknown field \"lable\" (did you mean \"label\"?; ignored)",
                              "W /colour: unknown field \"colour\" (ignored)"}));
}

TEST(QuestionnaireErrors, InvalidIds) {
  EXPECT_EQ(question_problems({{"id", "site name"}, {"type", "text"}, {"label", "A"}}),
            V{"/sections/0/questions/0/id: \"site name\" is not a valid question id: use letters, digits and '_', not "
              "starting with a digit (at most 64 characters)"});
  EXPECT_EQ(question_problems({{"id", "1st"}, {"type", "text"}, {"label", "A"}}).size(), 1u);
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"id", "Big Q"}})),
            V{"/id: \"Big Q\" is not a valid questionnaire id: use lower-case letters, digits, '.', '_' and '-', starting "
              "with a letter or digit (at most 64 characters)"});
}

TEST(QuestionnaireErrors, DuplicateIdsNameTheFirstDefinition) {
  Json doc = questionnaire_with(Json::array({{{"id", "a"}, {"type", "text"}, {"label", "A"}}}));
  doc["sections"].push_back({{"id", "s"}, {"title", "S2"}, {"questions", Json::array({{{"id", "a"}, {"type", "email"}, {"label", "B"}}})}});
  doc["calculated"] = Json::array({{{"id", "a"}, {"expression", "1"}}});
  const LoadResult r = load_questionnaire(doc.dump(2), "q.json");
  ASSERT_EQ(r.diagnostics.size(), 3u);
  EXPECT_EQ(sw::format(r.diagnostics[0]),
            "q.json:23:17: error: /sections/1/questions/0/id: duplicate question id \"a\": first defined at "
            "/sections/0/questions/0 (line 12, column 17)");
  EXPECT_EQ(r.diagnostics[1].json_path, "/sections/1/id");
  EXPECT_EQ(r.diagnostics[1].message, "duplicate section id \"s\": first defined at /sections/0 (line 8, column 13)");
  EXPECT_EQ(r.diagnostics[2].message,
            "duplicate id (questions and calculated values share ids) \"a\": first defined at /sections/0/questions/0 "
            "(line 12, column 17)");
}

TEST(QuestionnaireErrors, DuplicateChoiceValuesAndFieldIds) {
  EXPECT_EQ(question_problems({{"id", "p"},
                               {"type", "single_choice"},
                               {"label", "P"},
                               {"allow_other", true},
                               {"choices", Json::array({{{"value", "x"}, {"label", "X"}},
                                                        {{"value", "x"}, {"label", "Y"}},
                                                        {{"value", "other"}, {"label", "Other"}}})}}),
            (V{"/sections/0/questions/0/choices/1/value: duplicate choice value \"x\" in this question: first defined at "
               "/sections/0/questions/0/choices/0 (line 18, column 24)",
               "/sections/0/questions/0/choices/2/value: choice value \"other\" is reserved for the \"other, please "
               "specify\" option (allow_other); use another value"}));
  EXPECT_EQ(question_problems({{"id", "g"},
                               {"type", "repeat"},
                               {"label", "G"},
                               {"fields", Json::array({{{"id", "f"}, {"type", "text"}, {"label", "F"}},
                                                       {{"id", "f"}, {"type", "number"}, {"label", "F2"}}})}}),
            V{"/sections/0/questions/0/fields/1/id: duplicate field id in this repeat group \"f\": first defined at "
              "/sections/0/questions/0/fields/0 (line 17, column 21)"});
}

TEST(QuestionnaireErrors, MinGreaterThanMax) {
  EXPECT_EQ(question_problems({{"id", "n"}, {"type", "number"}, {"label", "N"}, {"validation", {{"min", 10}, {"max", 2.5}}}}),
            V{"/sections/0/questions/0/validation/min: min (10) is greater than max (2.5)"});
  EXPECT_EQ(question_problems({{"id", "t"}, {"type", "text"}, {"label", "T"}, {"validation", {{"min_length", 5}, {"max_length", 1}}}}),
            V{"/sections/0/questions/0/validation/min_length: min_length (5) is greater than max_length (1)"});
  EXPECT_EQ(question_problems({{"id", "d"}, {"type", "date"}, {"label", "D"},
                               {"validation", {{"min", "2025-01-01"}, {"max", "2024-12-31"}}}}),
            V{"/sections/0/questions/0/validation/min: min (\"2025-01-01\") is greater than max (\"2024-12-31\")"});
  EXPECT_EQ(question_problems({{"id", "m"}, {"type", "multiple_choice"}, {"label", "M"}, {"min_selected", 2}, {"max_selected", 1},
                               {"choices", Json::array({{{"value", "a"}, {"label", "A"}}, {{"value", "b"}, {"label", "B"}}})}}),
            V{"/sections/0/questions/0/min_selected: min_selected (2) is greater than max_selected (1)"});
  EXPECT_EQ(question_problems({{"id", "g"}, {"type", "repeat"}, {"label", "G"}, {"min_count", 3}, {"max_count", 2},
                               {"fields", Json::array({{{"id", "f"}, {"type", "text"}, {"label", "F"}}})}}),
            V{"/sections/0/questions/0/min_count: min_count (3) is greater than max_count (2)"});
  EXPECT_EQ(question_problems({{"id", "r"}, {"type", "rating"}, {"label", "R"}, {"scale", {{"min", 5}, {"max", 1}}}}),
            V{"/sections/0/questions/0/scale/min: min (5) must be less than max (1)"});
}

TEST(QuestionnaireErrors, TypeSpecificChecks) {
  EXPECT_EQ(question_problems({{"id", "c"}, {"type", "currency"}, {"label", "C"}}),
            V{"/sections/0/questions/0: missing required field \"currency\" (a string)"});
  EXPECT_EQ(question_problems({{"id", "c"}, {"type", "currency"}, {"label", "C"}, {"currency", "pounds"}}),
            V{"/sections/0/questions/0/currency: expected an ISO 4217 currency code such as \"GBP\" but got \"pounds\""});
  EXPECT_EQ(question_problems({{"id", "n"}, {"type", "number"}, {"label", "N"}, {"step", 0}}),
            V{"/sections/0/questions/0/step: step must be greater than 0 but got 0"});
  EXPECT_EQ(question_problems({{"id", "p"}, {"type", "single_choice"}, {"label", "P"}, {"choices", Json::array()},
                               {"presentation", "list"}}),
            (V{"/sections/0/questions/0/presentation: expected one of \"radio\", \"dropdown\" but got \"list\"",
               "/sections/0/questions/0/choices: expected at least one choice but got an empty array"}));
  EXPECT_EQ(question_problems({{"id", "p"}, {"type", "single_choice"}, {"label", "P"},
                               {"choices", Json::array({{{"label", "A"}}})}}),
            V{"/sections/0/questions/0/choices/0: missing required field \"value\" (a non-empty string)"});
  const auto pattern = question_problems({{"id", "t"}, {"type", "text"}, {"label", "T"}, {"validation", {{"pattern", "([a-z"}}}});
  EXPECT_EQ(pattern, V{"/sections/0/questions/0/validation/pattern: pattern error at character 2: this '[' is never "
                       "closed: ']' expected"});
  EXPECT_EQ(question_problems({{"id", "t"}, {"type", "text"}, {"label", "T"}, {"validation", {{"pattern", "(?<y>\\d)"}}}}),
            V{"/sections/0/questions/0/validation/pattern: pattern error at character 1: named groups (?<name>...) are "
              "not supported: use (...) or (?:...)"});
  EXPECT_EQ(question_problems({{"id", "d"}, {"type", "date"}, {"label", "D"}, {"validation", {{"max", "2023-02-29"}}}}),
            V{"/sections/0/questions/0/validation/max: expected a date \"YYYY-MM-DD\" but got \"2023-02-29\""});
}

TEST(QuestionnaireErrors, NestedRepeatGroupsAndEmptyFields) {
  EXPECT_EQ(question_problems({{"id", "g"}, {"type", "repeat"}, {"label", "G"},
                               {"fields", Json::array({{{"id", "inner"}, {"type", "repeat"}, {"label", "I"},
                                                        {"fields", Json::array()}}})}}),
            V{"/sections/0/questions/0/fields/0/type: repeat groups cannot be nested: a field of a repeat group cannot "
              "be a repeat group"});
  EXPECT_EQ(question_problems({{"id", "g"}, {"type", "repeat"}, {"label", "G"}, {"fields", Json::array()}}),
            V{"/sections/0/questions/0/fields: expected at least one field but got an empty array"});
}

TEST(QuestionnaireErrors, DefaultsMustFitTheType) {
  EXPECT_EQ(question_problems({{"id", "n"}, {"type", "number"}, {"label", "N"}, {"default", "5"}}),
            V{"/sections/0/questions/0/default: default does not fit a number question: expected a number but got \"5\""});
  EXPECT_EQ(question_problems({{"id", "n"}, {"type", "number"}, {"label", "N"}, {"validation", {{"max", 3}}}, {"default", 5}}),
            V{"/sections/0/questions/0/default: default 5 is above max 3"});
  EXPECT_EQ(question_problems({{"id", "z"}, {"type", "timezone"}, {"label", "Z"}, {"default", "Mars/Olympus"}}),
            V{"/sections/0/questions/0/default: default does not fit a timezone question: \"Mars/Olympus\" is not an IANA "
              "time zone name"});
  EXPECT_EQ(question_problems({{"id", "p"}, {"type", "single_choice"}, {"label", "P"}, {"default", "b"},
                               {"choices", Json::array({{{"value", "a"}, {"label", "A"}}})}}),
            V{"/sections/0/questions/0/default: default does not fit a single_choice question: \"b\" is not one of the "
              "choices (\"a\")"});
  EXPECT_EQ(question_problems({{"id", "r"}, {"type", "rating"}, {"label", "R"}, {"default", 6}}),
            V{"/sections/0/questions/0/default: default does not fit a rating question: 6 is outside the scale 1 to 5"});
}

TEST(QuestionnaireErrors, FormatVersions) {
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"format", "scopewright.questionnaire/2"}, {"title", 1}})),
            V{"/format: format version 2.0 is newer than this version of Scopewright reads (up to "
              "scopewright.questionnaire/1.0); please update Scopewright"});
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"format", "surveyjs/1"}})),
            V{"/format: not a scopewright.questionnaire file: format is \"surveyjs/1\", expected "
              "\"scopewright.questionnaire/1\""});
  EXPECT_EQ(problems(questionnaire_with(Json::array(), {{"format", "scopewright.questionnaire/one"}})),
            V{"/format: malformed format \"scopewright.questionnaire/one\": expected \"scopewright.questionnaire/<major>[.<minor>]\""});
  // A newer minor version loads with a warning, and its new fields are reported as unknown.
  const Json newer = questionnaire_with(Json::array({{{"id", "a"}, {"type", "text"}, {"label", "A"}}}),
                                        {{"format", "scopewright.questionnaire/1.3"}, {"theme", "dark"}});
  const LoadResult r = load_questionnaire(newer.dump(2), "q.json");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.questionnaire.format_minor, 3);
  EXPECT_EQ(problems(newer), (V{"W /format: format version 1.3 is newer than this version of Scopewright reads (up to "
                                "scopewright.questionnaire/1.0); fields added since are ignored",
                                "W /theme: unknown field \"theme\" (ignored)"}));
  EXPECT_TRUE(load_questionnaire(questionnaire_with(Json::array(), {{"format", "scopewright.questionnaire/1.0"}}).dump(), "q").ok());
}

TEST(QuestionnaireErrors, SyntaxErrorsComeFromTheJsonLoader) {
  const LoadResult r = load_questionnaire("{\n  \"format\": \"scopewright.questionnaire/1\",\n  \"id\": \"x\"\n  \"title\": 1\n}", "q.json");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(sw::format(r.diagnostics[0]), "q.json:4:3: error: expected ',' or '}' after an object member but got '\"'");
}

TEST(QuestionnaireErrors, ReportsEveryProblemOfAFileAtOnce) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/tests/data/questionnaire/many_errors.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const LoadResult r = load_questionnaire(text.str(), "many_errors.json");
  std::vector<std::string> got;
  for (const auto& d : r.diagnostics) got.push_back(sw::format(d));
  EXPECT_EQ(got, (V{
                     "many_errors.json:8:37: warning: duplicate key \"label\" in this object (the last one is used); the "
                     "first one is at line 8, column 23",
                     "many_errors.json:5:5: error: /sections/0: missing required field \"title\" (a non-empty string)",
                     "many_errors.json:8:59: error: /sections/0/questions/0/type: expected one of \"text\", \"long_text\", "
                     "\"email\", \"phone\", \"url\", \"number\", \"currency\", \"date\", \"timezone\", \"single_choice\", "
                     "\"multiple_choice\", \"yes_no\", \"rating\", \"repeat\" but got \"nubmer\" (did you mean \"number\"?)",
                     "many_errors.json:9:80: error: /sections/0/questions/1/validation/min: min (9) is greater than max (1)",
                     "many_errors.json:10:55: warning: /sections/0/questions/2/placeholdr: unknown field \"placeholdr\" "
                     "(did you mean \"placeholder\"?; ignored)",
                     "many_errors.json:10:17: error: /sections/0/questions/2/id: duplicate question id \"q1\": first defined "
                     "at /sections/0/questions/1 (line 9, column 17)",
                     "many_errors.json:14:63: error: /calculated/0/format: expected one of \"number\", \"integer\", "
                     "\"currency\", \"percent\", \"text\" but got \"days\"",
                 }));
  // What could be loaded was loaded.
  ASSERT_EQ(r.questionnaire.sections.size(), 1u);
  EXPECT_EQ(r.questionnaire.sections[0].questions.size(), 2u);
  EXPECT_EQ(r.questionnaire.calculated.size(), 1u);
}

}  // namespace
