// test_engine_validation.cpp — what the engine says is wrong with answers of every question type, and when.
#include "engine_fixture.h"

namespace sw {
namespace {

using nlohmann::json;

const std::string kAll = test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
  {"id": "name", "type": "text", "label": "Name", "required": true,
   "validation": {"min_length": 2, "max_length": 5}},
  {"id": "po", "type": "text", "label": "PO", "validation": {"pattern": "PO-[0-9]+", "pattern_message": "Use PO-123."}},
  {"id": "mail", "type": "email", "label": "Email"},
  {"id": "web", "type": "url", "label": "Web"},
  {"id": "tel", "type": "phone", "label": "Phone"},
  {"id": "days", "type": "number", "label": "Days", "validation": {"min": 1, "max": 30},
   "validators": [{"expression": "{days} <= {budget}", "message": "More days than the budget allows."}]},
  {"id": "budget", "type": "currency", "label": "Budget", "currency": "EUR", "validation": {"min": 0}},
  {"id": "start", "type": "date", "label": "Start", "validation": {"min": "2026-01-01", "max": "2026-12-31"}},
  {"id": "tz", "type": "timezone", "label": "Time zone"},
  {"id": "platform", "type": "single_choice", "label": "Platform", "allow_other": true,
   "choices": [{"value": "aci", "label": "Cisco ACI"}]},
  {"id": "features", "type": "multiple_choice", "label": "Features", "min_selected": 2, "max_selected": 3,
   "choices": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}, {"value": "c", "label": "C"},
               {"value": "d", "label": "D"}]},
  {"id": "ok", "type": "yes_no", "label": "OK?"},
  {"id": "score", "type": "rating", "label": "Score", "scale": {"min": 1, "max": 5}},
  {"id": "sites", "type": "repeat", "label": "Sites", "min_count": 1, "max_count": 2, "required": true, "fields": [
    {"id": "city", "type": "text", "label": "City", "required": true}]}
]}])J");

std::vector<std::string> errors_of(const engine::Engine& e, const char* id) {
  std::vector<std::string> out;
  for (const auto& err : e.errors(*e.find(id)))
    out.push_back((err.entry >= 0 ? std::to_string(err.entry) + "." + err.field + ": " : "") + err.message);
  return out;
}

using Msgs = std::vector<std::string>;

TEST(EngineValidation, RequiredAndLengths) {
  auto e = test::engine_for(kAll);
  EXPECT_EQ(errors_of(*e, "name"), Msgs{"Please answer this question."});
  e->set_answer("name", "   ");
  EXPECT_EQ(errors_of(*e, "name"), Msgs{"Please answer this question."});
  e->set_answer("name", "é");
  EXPECT_EQ(errors_of(*e, "name"), Msgs{"Enter at least 2 characters."});
  e->set_answer("name", "ßøéàü");  // 5 characters, 10 bytes
  EXPECT_EQ(errors_of(*e, "name"), Msgs{});
  e->set_answer("name", "abcdef");
  EXPECT_EQ(errors_of(*e, "name"), Msgs{"Enter at most 5 characters."});
}

TEST(EngineValidation, OptionalEmptyAnswersAreFine) {
  auto e = test::engine_for(kAll);
  for (const char* id : {"po", "mail", "web", "tel", "days", "start", "tz", "platform", "features", "ok", "score"})
    EXPECT_EQ(errors_of(*e, id), Msgs{}) << id;
}

TEST(EngineValidation, PatternEmailUrlPhone) {
  auto e = test::engine_for(kAll);
  e->set_answer("po", "PO-12x");
  EXPECT_EQ(errors_of(*e, "po"), Msgs{"Use PO-123."});
  e->set_answer("po", "PO-123");
  EXPECT_EQ(errors_of(*e, "po"), Msgs{});
  e->set_answer("mail", "bob@example");
  EXPECT_EQ(errors_of(*e, "mail"), Msgs{"Enter a valid email address, such as name@example.com."});
  e->set_answer("mail", "bob@example.com");
  EXPECT_EQ(errors_of(*e, "mail"), Msgs{});
  e->set_answer("web", "example.com");
  EXPECT_EQ(errors_of(*e, "web"), Msgs{"Enter a full web address starting with http:// or https://."});
  e->set_answer("web", "https://example.com/x");
  EXPECT_EQ(errors_of(*e, "web"), Msgs{});
  e->set_answer("tel", "call me");
  EXPECT_EQ(errors_of(*e, "tel"), Msgs{"Enter a phone number: at least 6 digits; spaces and + - ( ) . are allowed."});
  e->set_answer("tel", "+44 (0)20 7946 0000");
  EXPECT_EQ(errors_of(*e, "tel"), Msgs{});
}

TEST(EngineValidation, PatternsCheckAnswersOfAnyLength) {
  auto e = test::engine_for(kAll);
  // std::regex could not be trusted past 1,000 characters (it recursed per character); the own matcher is linear.
  e->set_answer("po", "PO-" + std::string(50000, '7'));
  EXPECT_EQ(errors_of(*e, "po"), Msgs{});
  e->set_answer("po", "PO-" + std::string(50000, '7') + "x");
  EXPECT_EQ(errors_of(*e, "po"), Msgs{"Use PO-123."});
}

TEST(EngineValidation, PatternsMatchCharactersNotBytes) {
  auto e = test::engine_for(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "initials", "type": "text", "label": "Initials", "validation": {"pattern": "[A-ZÀ-Ý]\\.[A-ZÀ-Ý]\\."}}]}])J"));
  e->set_answer("initials", "É.Ö.");
  EXPECT_EQ(errors_of(*e, "initials"), Msgs{});
  e->set_answer("initials", "É.Ö");
  EXPECT_EQ(errors_of(*e, "initials"), Msgs{"The answer does not have the expected format."});
}

TEST(EngineValidation, NumbersCurrencyAndCustomValidators) {
  auto e = test::engine_for(kAll);
  e->set_answer("days", "ten");
  EXPECT_EQ(errors_of(*e, "days"), (Msgs{"Enter a number.", "More days than the budget allows."}));
  e->set_answer("budget", 10);
  e->set_answer("days", 31);
  EXPECT_EQ(errors_of(*e, "days"), (Msgs{"Enter a number from 1 to 30.", "More days than the budget allows."}));
  e->set_answer("days", 5);
  EXPECT_EQ(errors_of(*e, "days"), Msgs{});
  e->set_answer("budget", 4);  // the validator reads another answer: re-checked when that changes
  EXPECT_EQ(errors_of(*e, "days"), Msgs{"More days than the budget allows."});
  e->set_answer("budget", -1);
  EXPECT_EQ(errors_of(*e, "budget"), Msgs{"Enter a number of at least 0."});
}

TEST(EngineValidation, DatesTimeZonesChoicesRatings) {
  auto e = test::engine_for(kAll);
  e->set_answer("start", "2026-02-30");
  EXPECT_EQ(errors_of(*e, "start"), Msgs{"Enter a date as YYYY-MM-DD."});
  e->set_answer("start", "2025-12-31");
  EXPECT_EQ(errors_of(*e, "start"), Msgs{"Enter a date on or after 2026-01-01."});
  e->set_answer("tz", "Mars/Olympus");
  EXPECT_EQ(errors_of(*e, "tz"), Msgs{"Pick a time zone from the list."});
  e->set_answer("tz", "Europe/London");
  EXPECT_EQ(errors_of(*e, "tz"), Msgs{});
  e->set_answer("platform", "juniper");
  EXPECT_EQ(errors_of(*e, "platform"), Msgs{"Pick one of the options shown."});
  e->set_answer("platform", "other");
  EXPECT_EQ(errors_of(*e, "platform"), Msgs{"Please say what \"other\" is."});
  e->set_answer("platform.other", "Arista");
  EXPECT_EQ(errors_of(*e, "platform"), Msgs{});
  e->set_answer("features", json::array({"a"}));
  EXPECT_EQ(errors_of(*e, "features"), Msgs{"Select at least 2 options."});
  e->set_answer("features", json::array({"a", "b", "c", "d"}));
  EXPECT_EQ(errors_of(*e, "features"), Msgs{"Select at most 3 options."});
  e->set_answer("score", 6);
  EXPECT_EQ(errors_of(*e, "score"), Msgs{"Pick a rating from 1 to 5."});
  e->set_answer("ok", "yes");
  EXPECT_EQ(errors_of(*e, "ok"), Msgs{"Answer yes or no."});
}

// Found by fuzz_engine_answers: a rating far outside long long's range was cast to an integer (UB).
TEST(EngineValidation, RatingsOutsideEveryIntegerRangeAreRefusedNotCast) {
  auto e = test::engine_for(kAll);
  for (const double v : {-1.73427e+308, 1e300, 2.5, 3.0000001}) {
    e->set_answer("score", v);
    EXPECT_EQ(errors_of(*e, "score"), Msgs{"Pick a rating from 1 to 5."}) << v;
  }
  e->set_answer("score", 3.0);
  EXPECT_EQ(errors_of(*e, "score"), Msgs{});
}

TEST(EngineValidation, RepeatGroupsCheckCountsAndEachEntry) {
  auto e = test::engine_for(kAll);
  EXPECT_EQ(e->entry_count("sites"), 1u);  // min_count entries are there from the start
  EXPECT_EQ(errors_of(*e, "sites"), Msgs{"0.city: Please answer this question."});
  e->set_entry_field("sites", 0, "city", "Zürich");
  EXPECT_EQ(errors_of(*e, "sites"), Msgs{});
  EXPECT_TRUE(e->add_entry("sites"));
  EXPECT_FALSE(e->add_entry("sites"));  // max_count 2
  EXPECT_EQ(errors_of(*e, "sites"), Msgs{"1.city: Please answer this question."});
  e->remove_entry("sites", 1);
  e->remove_entry("sites", 0);
  EXPECT_EQ(errors_of(*e, "sites"), Msgs{"Add at least one entry."});
}

TEST(EngineValidation, ProgressAndTheFirstSectionWithErrors) {
  auto e = test::engine_for(kAll);
  EXPECT_EQ(e->progress().required, 2);
  EXPECT_EQ(e->progress().answered, 1);  // the repeat group starts with its one required entry
  EXPECT_EQ(e->first_section_with_errors(), std::optional<std::size_t>(0));
  e->set_answer("name", "Ann");
  e->set_entry_field("sites", 0, "city", "Oslo");
  EXPECT_EQ(e->progress().answered, 2);
  EXPECT_EQ(e->first_section_with_errors(), std::nullopt);
}

}  // namespace
}  // namespace sw
