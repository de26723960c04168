// test_engine_conditions.cpp — branching: visible/enable/required conditions on sections, questions, choices
// and repeat fields, calculated values, piping, and that hidden answers are kept.
#include "engine_fixture.h"

namespace sw {
namespace {

using engine::QuestionPos;
using json = nlohmann::json;

const std::string kSites = test::questionnaire_text(R"J([
  {"id": "basics", "title": "Basics", "questions": [
    {"id": "customer", "type": "text", "label": "Customer"},
    {"id": "sites", "type": "number", "label": "How many sites?"},
    {"id": "gslb", "type": "yes_no", "label": "GSLB between {customer}'s sites?", "visible_if": "{sites} > 1"},
    {"id": "gslb_method", "type": "single_choice", "label": "Method", "visible_if": "{gslb} = true",
     "required_if": "{sites} >= 3",
     "choices": [{"value": "rr", "label": "Round robin"},
                 {"value": "geo", "label": "Geographic", "visible_if": "{sites} > 2"}]},
    {"id": "notes", "type": "long_text", "label": "Notes", "enable_if": "{customer} notempty"}
  ]},
  {"id": "multi", "title": "Multi-site", "visible_if": "{sites} > 1", "questions": [
    {"id": "dr", "type": "yes_no", "label": "Disaster recovery?"}
  ]},
  {"id": "empty_when_hidden", "title": "Only hidden questions", "questions": [
    {"id": "legacy", "type": "text", "label": "Legacy", "visible_if": "{sites} = 99"}
  ]},
  {"id": "services", "title": "Services", "questions": [
    {"id": "vs", "type": "repeat", "label": "Virtual services", "fields": [
      {"id": "name", "type": "text", "label": "Name", "required": true},
      {"id": "proto", "type": "single_choice", "label": "Protocol",
       "choices": [{"value": "http", "label": "HTTP"}, {"value": "tcp", "label": "TCP"}]},
      {"id": "cert", "type": "text", "label": "Certificate for {entry.name}", "visible_if": "{entry.proto} = 'http'"}
    ]}
  ]}
])J",
                                                    R"J([{"id": "days", "expression": "iif({sites} > 1, {sites} * 2, 1)"},
      {"id": "total", "expression": "{days} + countInArray({vs}, 'name')"}])J");

TEST(EngineConditions, QuestionAppearsWhenItsConditionHolds) {
  auto e = test::engine_for(kSites);
  const QuestionPos gslb = *e->find("gslb");
  EXPECT_FALSE(e->question_visible(gslb));
  e->set_answer("sites", 2);
  EXPECT_TRUE(e->question_visible(gslb));
  e->set_answer("sites", 1);
  EXPECT_FALSE(e->question_visible(gslb));
}

TEST(EngineConditions, ConditionsChainThroughOtherAnswers) {
  auto e = test::engine_for(kSites);
  const QuestionPos method = *e->find("gslb_method");
  e->set_answer("sites", 3);
  EXPECT_FALSE(e->question_visible(method));
  e->set_answer("gslb", true);
  EXPECT_TRUE(e->question_visible(method));
  EXPECT_TRUE(e->question_required(method));  // required_if {sites} >= 3
  e->set_answer("sites", 2);
  EXPECT_FALSE(e->question_required(method));
}

TEST(EngineConditions, ChoicesAreFilteredByTheirConditions) {
  auto e = test::engine_for(kSites);
  const QuestionPos method = *e->find("gslb_method");
  e->set_answer("sites", 2);
  EXPECT_TRUE(e->choice_visible(method, 0));
  EXPECT_FALSE(e->choice_visible(method, 1));
  e->set_answer("sites", 5);
  EXPECT_TRUE(e->choice_visible(method, 1));
}

TEST(EngineConditions, EnableIfMakesAQuestionReadOnly) {
  auto e = test::engine_for(kSites);
  const QuestionPos notes = *e->find("notes");
  EXPECT_TRUE(e->question_visible(notes));
  EXPECT_FALSE(e->question_enabled(notes));
  e->set_answer("customer", "Acme");
  EXPECT_TRUE(e->question_enabled(notes));
}

TEST(EngineConditions, SectionsFollowTheirConditionAndHideWhenNothingIsVisible) {
  auto e = test::engine_for(kSites);
  EXPECT_EQ(e->visible_sections(), (std::vector<std::size_t>{0, 3}));
  e->set_answer("sites", 4);
  EXPECT_EQ(e->visible_sections(), (std::vector<std::size_t>{0, 1, 3}));
  e->set_answer("sites", 99);
  EXPECT_EQ(e->visible_sections(), (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(EngineConditions, QuestionsOfAHiddenSectionAreHidden) {
  auto e = test::engine_for(kSites);
  const QuestionPos dr = *e->find("dr");
  EXPECT_FALSE(e->question_visible(dr));
  e->set_answer("sites", 2);
  EXPECT_TRUE(e->question_visible(dr));
}

TEST(EngineConditions, RepeatFieldsSeeTheirOwnEntry) {
  auto e = test::engine_for(kSites);
  const QuestionPos vs = *e->find("vs");
  ASSERT_TRUE(e->add_entry("vs"));
  ASSERT_TRUE(e->add_entry("vs"));
  e->set_entry_field("vs", 0, "proto", "http");
  e->set_entry_field("vs", 1, "proto", "tcp");
  EXPECT_TRUE(e->field_visible(vs, 0, 2));
  EXPECT_FALSE(e->field_visible(vs, 1, 2));
  e->set_entry_field("vs", 0, "name", "web");
  EXPECT_EQ(e->pipe(e->questionnaire().sections[3].questions[0].fields[2].label, std::make_pair(vs, std::size_t{0})),
            "Certificate for web");
  ASSERT_TRUE(e->move_entry("vs", 0, 1));
  EXPECT_FALSE(e->field_visible(vs, 0, 2));
  EXPECT_TRUE(e->field_visible(vs, 1, 2));
  ASSERT_TRUE(e->remove_entry("vs", 1));
  EXPECT_EQ(e->entry_count("vs"), 1u);
  EXPECT_FALSE(e->field_visible(vs, 0, 2));
}

TEST(EngineConditions, CalculatedValuesFollowTheAnswersInDependencyOrder) {
  auto e = test::engine_for(kSites);
  EXPECT_EQ(e->calculated("days"), expr::Value(1));
  EXPECT_EQ(e->calculated("total"), expr::Value(1));
  e->set_answer("sites", 3);
  EXPECT_EQ(e->calculated("days"), expr::Value(6));
  e->add_entry("vs");
  e->set_entry_field("vs", 0, "name", "web");
  EXPECT_EQ(e->calculated("total"), expr::Value(7));
}

TEST(EngineConditions, PipingShowsChoiceLabelsAndLeavesUnknownNamesAlone) {
  auto e = test::engine_for(kSites);
  e->set_answer("customer", "Zoë & Ørsted");
  e->set_answer("sites", 3);
  e->set_answer("gslb", true);
  e->set_answer("gslb_method", "geo");
  EXPECT_EQ(e->pipe("GSLB between {customer}'s sites?"), "GSLB between Zoë & Ørsted's sites?");
  EXPECT_EQ(e->pipe("{gslb_method} / {gslb} / {sites} / {nobody} / {"), "Geographic / Yes / 3 / {nobody} / {");
}

TEST(EngineConditions, HiddenAnswersAreKeptAndComeBack) {
  auto e = test::engine_for(kSites);
  e->set_answer("sites", 2);
  e->set_answer("gslb", true);
  e->set_answer("sites", 1);
  EXPECT_EQ(e->answer("gslb"), json(true));
  EXPECT_FALSE(e->export_answers().contains("gslb"));
  e->set_answer("sites", 2);
  EXPECT_TRUE(e->export_answers().contains("gslb"));
}

TEST(EngineConditions, ClearPolicyForgetsAnswersWhenTheirQuestionIsHidden) {
  auto e = test::engine_for(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "sites", "type": "number", "label": "Sites"},
    {"id": "gslb", "type": "yes_no", "label": "GSLB?", "visible_if": "{sites} > 1"},
    {"id": "method", "type": "text", "label": "Method", "visible_if": "{gslb} = true"}]}])J",
                                                     "[]", R"J("hidden_answers": {"editing": "clear"}, )J"));
  e->set_answer("sites", 2);
  e->set_answer("gslb", true);
  e->set_answer("method", "geo");
  e->set_answer("sites", 1);  // hides gslb: cleared, which hides method: cleared too
  EXPECT_TRUE(e->answer("gslb").is_null());
  EXPECT_TRUE(e->answer("method").is_null());
  e->set_answer("sites", 2);
  EXPECT_TRUE(e->answer("gslb").is_null());
}

TEST(EngineConditions, UnknownIdsAndCalculatedValuesCannotBeAnswered) {
  auto e = test::engine_for(kSites);
  EXPECT_FALSE(e->set_answer("nope", 1));
  EXPECT_FALSE(e->set_answer("days", 10));
  EXPECT_FALSE(e->add_entry("customer"));
  EXPECT_FALSE(e->set_entry_field("vs", 0, "name", "x"));  // no entry yet
}

// Found by fuzz_engine_answers (tests/fuzz/regressions/fuzz_engine_answers): set_answer accepts any JSON for a
// repeat group, so an entry can be a string; setting or clearing a field of it threw nlohmann's type_error.
TEST(EngineConditions, AFieldSetOnAMalformedEntryStartsAProperEntry) {
  auto e = test::engine_for(kSites);
  ASSERT_TRUE(e->set_answer("vs", nlohmann::json::array({"not an entry", 7})));
  ASSERT_EQ(e->entry_count("vs"), 2u);
  EXPECT_TRUE(e->set_entry_field("vs", 0, "name", "web"));
  EXPECT_EQ(e->answer("vs")[0], nlohmann::json({{"name", "web"}}));
  EXPECT_TRUE(e->set_entry_field("vs", 1, "name", nullptr));  // clearing a field of a malformed entry
  EXPECT_EQ(e->answer("vs")[1], nlohmann::json::object());
  const auto incremental = e->cached_results();
  e->full_reevaluate();
  EXPECT_EQ(e->cached_results().size(), incremental.size());
}

}  // namespace
}  // namespace sw
