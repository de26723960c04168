// test_engine_compile_errors.cpp — problems in a questionnaire's expressions are reported at load with the file,
// JSON path, line:column of the expression and the column inside it, and the engine still works.
#include "engine_fixture.h"

namespace sw {
namespace {

std::vector<std::string> messages(const Diagnostics& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(format(d));
  return out;
}

TEST(EngineCompileErrors, UnknownReferenceSaysWhereAndWhat) {
  auto c = test::compile(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "sites", "type": "number", "label": "Sites"},
    {"id": "gslb", "type": "yes_no", "label": "GSLB?", "visible_if": "{site} > 1"}]}])J"));
  ASSERT_EQ(c.diagnostics.size(), 1u);
  const auto& d = c.diagnostics[0];
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.file, "test.json");
  EXPECT_EQ(d.json_path, "/sections/0/questions/1/visible_if");
  EXPECT_EQ(d.line, 3);
  EXPECT_GT(d.column, 1);
  EXPECT_EQ(d.expr_column, 1);
  EXPECT_NE(d.message.find("site"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("in \"{site} > 1\""), std::string::npos) << d.message;
  // The broken condition behaves as absent: the question shows.
  EXPECT_TRUE(c.engine->question_visible(*c.engine->find("gslb")));
}

TEST(EngineCompileErrors, SyntaxErrorsUnknownFunctionsAndArity) {
  auto c = test::compile(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "a", "type": "number", "label": "A", "visible_if": "({a} > 1"},
    {"id": "b", "type": "number", "label": "B", "visible_if": "frobnicate({a})"},
    {"id": "c", "type": "number", "label": "C", "visible_if": "iif({a})"}]}])J"));
  auto m = messages(c.diagnostics);
  ASSERT_EQ(m.size(), 3u) << ::testing::PrintToString(m);
  EXPECT_NE(m[0].find("/sections/0/questions/0/visible_if"), std::string::npos);
  EXPECT_NE(m[0].find("')'"), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("frobnicate"), std::string::npos) << m[1];
  EXPECT_NE(m[2].find("iif"), std::string::npos) << m[2];
}

TEST(EngineCompileErrors, CyclesBetweenCalculatedValuesAreNamed) {
  auto c = test::compile(test::questionnaire_text(
      R"J([{"id": "s", "title": "S", "questions": [{"id": "q", "type": "number", "label": "Q"}]}])J",
      R"J([{"id": "a", "expression": "{b} + 1"}, {"id": "b", "expression": "{a} * 2"},
          {"id": "c", "expression": "{a} + {q}"}, {"id": "me", "expression": "{me}"}])J"));
  auto m = messages(c.diagnostics);
  ASSERT_EQ(m.size(), 4u) << ::testing::PrintToString(m);
  EXPECT_NE(m[0].find("calculated value 'a' depends on itself: a -> b -> a"), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("calculated value 'b' depends on itself: b -> a -> b"), std::string::npos) << m[1];
  EXPECT_NE(m[2].find("calculated value 'c' cannot be computed: it depends on the cycle"), std::string::npos) << m[2];
  EXPECT_NE(m[3].find("calculated value 'me' depends on itself: me -> me"), std::string::npos) << m[3];
  EXPECT_NE(m[0].find("/calculated/0/expression"), std::string::npos) << m[0];
  // Still usable, bounded: the cyclic values are null.
  c.engine->set_answer("q", 3);
  EXPECT_TRUE(c.engine->calculated("a").is_null());
}

TEST(EngineCompileErrors, EntryReferencesOutsideARepeatGroupAreErrors) {
  auto c = test::compile(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "a", "type": "text", "label": "A", "visible_if": "{entry.name} notempty"},
    {"id": "g", "type": "repeat", "label": "G", "fields": [
      {"id": "name", "type": "text", "label": "N"},
      {"id": "x", "type": "text", "label": "X", "visible_if": "{entry.nam} = 'a'"}]}]}])J"));
  auto m = messages(c.diagnostics);
  ASSERT_EQ(m.size(), 2u) << ::testing::PrintToString(m);
  EXPECT_NE(m[0].find("only be used inside a repeat group"), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("unknown field 'nam'"), std::string::npos) << m[1];
}

TEST(EngineCompileErrors, DeepExpressionsAreRefusedNotCrashed) {
  std::string deep(5000, '(');
  deep += "1" + std::string(5000, ')');
  auto c = test::compile(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "a", "type": "text", "label": "A", "visible_if": ")J" + deep + R"J("}]}])J"));
  ASSERT_EQ(c.diagnostics.size(), 1u);
  EXPECT_NE(c.diagnostics[0].message.find("nest"), std::string::npos) << c.diagnostics[0].message;
}

TEST(EngineCompileErrors, AnUnsupportedPatternIsReportedAndIgnored) {
  // The loader refuses such a pattern; a questionnaire built in memory (the designer) reaches the engine with it.
  auto loaded = questionnaire::load_questionnaire(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "code", "type": "text", "label": "Code", "validation": {"pattern": "[A-Z]+"}}]}])J"), "test.json");
  ASSERT_TRUE(loaded.diagnostics.empty());
  loaded.questionnaire.sections[0].questions[0].validation.pattern = "(a)\\1";
  Diagnostics diagnostics;
  engine::Engine e(std::move(loaded.questionnaire), &loaded.source_map, "test.json", diagnostics,
                   expr::EvalContext::at(2026, 11, 22));
  ASSERT_EQ(messages(diagnostics).size(), 1u);
  EXPECT_EQ(diagnostics[0].json_path, "/sections/0/questions/0/validation/pattern");
  EXPECT_EQ(diagnostics[0].message,
            "the pattern \"(a)\\1\" cannot be used: error at character 4: back-references such as \\1 are not supported");
  e.set_answer("code", "anything");  // the broken pattern checks nothing
  EXPECT_TRUE(e.errors(*e.find("code")).empty());
}

}  // namespace
}  // namespace sw
