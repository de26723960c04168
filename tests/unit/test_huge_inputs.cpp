// test_huge_inputs.cpp — inputs too big to commit to tests/data/bad, generated here: 100 000 levels of nesting,
// a 50 MB string, a 2 MB string, and expression bombs. Every loader must refuse them quickly, saying where and
// why, without exhausting the stack or memory (ASan + UBSan build).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "bad_input_loaders.h"
#include "cli_runner.h"
#include "core/expr/evaluator.h"
#include "core/expr/parser.h"

namespace sw::test {
namespace {

const char* const kKinds[] = {"questionnaire", "answers", "engagement", "workspace", "process"};

std::string deep_nesting(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

/// A document of the right kind whose "title" is a string of `bytes` letters.
std::string with_long_string(const std::string& kind, std::size_t bytes) {
  return "{\"format\": \"scopewright." + kind + "/1\",\n \"title\": \"" + std::string(bytes, 'x') + "\"}\n";
}

/// Loads and checks the loader refused, named the file and said `problem`, within a few seconds.
void expect_refused(const std::string& kind, const std::string& text, const std::string& problem) {
  SCOPED_TRACE(kind);
  const auto start = std::chrono::steady_clock::now();
  const auto verdict = load_with(kind, text, "generated.json");
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_FALSE(verdict.accepted());
  EXPECT_NE(verdict.text().find(problem), std::string::npos) << verdict.text().substr(0, 2000);
  EXPECT_LT(seconds, 20.0) << "refusing must not take long";
  for (const auto& d : verdict.diagnostics) EXPECT_EQ(d.file, "generated.json");
}

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(HugeInputs, HundredThousandLevelsOfNestingAreRefusedAtTheLimitWithLineAndColumn) {
  const std::string text = deep_nesting(100000);
  for (const std::string kind : kKinds) {
    expect_refused(kind, text, "nesting is deeper than the limit of 256 levels");
    const auto verdict = load_with(kind, text, "generated.json");
    ASSERT_FALSE(verdict.diagnostics.empty());
    EXPECT_EQ(verdict.diagnostics[0].line, 1);
    EXPECT_EQ(verdict.diagnostics[0].column, 257);
  }
}

TEST(HugeInputs, FiftyMegabyteDocumentsAreRefusedBeforeParsing) {
  for (const std::string kind : kKinds)
    expect_refused(kind, with_long_string(kind, 50u << 20), "more than the limit of 16777216 bytes");
}

TEST(HugeInputs, TwoMegabyteStringsAreRefusedWhereTheyStart) {
  for (const std::string kind : kKinds) {
    expect_refused(kind, with_long_string(kind, 2u << 20), "string is longer than the limit");
    const auto verdict = load_with(kind, with_long_string(kind, 2u << 20), "generated.json");
    ASSERT_FALSE(verdict.diagnostics.empty());
    EXPECT_EQ(verdict.diagnostics[0].line, 2);
    EXPECT_EQ(verdict.diagnostics[0].column, 11);
  }
}

// A questionnaire is read into a compact tree of every value: 8 million tiny values in 16 MB would need gigabytes
// for it (more than a browser tab gets), so the loader stops at a million values and says where.
TEST(HugeInputs, AQuestionnaireOfMillionsOfValuesIsRefusedAtTheValueLimitWithLineAndColumn) {
  std::string text = "{\"format\": \"scopewright.questionnaire/1\",\n \"sections\": [";
  text.reserve(8u << 20);
  for (int i = 0; i < 3'000'000; ++i) text += i ? ",0" : "0";
  text += "]}\n";
  expect_refused("questionnaire", text, "more than 1000000 values");
  const auto verdict = load_with("questionnaire", text, "generated.json");
  ASSERT_FALSE(verdict.diagnostics.empty());
  EXPECT_EQ(verdict.diagnostics[0].line, 2);
  EXPECT_GT(verdict.diagnostics[0].column, 1'000'000);  // at the value past the limit, not at the start
}

TEST(HugeInputs, TheCliRefusesDeepAndHugeFilesWithExitCodeOne) {
  const std::string deep = write_temp("deep_100k.json", deep_nesting(100000));
  const std::string huge = write_temp("huge_50mb.json", with_long_string("questionnaire", 50u << 20));
  for (const auto& [path, problem] : {std::pair{deep, std::string("nesting is deeper")},
                                      std::pair{huge, std::string("more than the limit")}}) {
    for (const std::string kind : {"questionnaire", "answers", "engagement"}) {
      SCOPED_TRACE(kind + " " + path);
      const auto run = run_cli(cli_args_for(kind, path));
      EXPECT_EQ(run.exit_code, 1) << run.err.substr(0, 2000);
      EXPECT_NE(run.err.find(path), std::string::npos) << run.err.substr(0, 2000);
      EXPECT_NE(run.err.find(problem), std::string::npos) << run.err.substr(0, 2000);
    }
  }
  std::remove(deep.c_str());
  std::remove(huge.c_str());
}

// ---- Expression bombs ----------------------------------------------------------------------------------

std::string questionnaire_with_condition(const std::string& condition) {
  return R"({"format": "scopewright.questionnaire/1", "id": "bomb", "version": "1", "title": "Bomb",
  "sections": [{"id": "s", "title": "S", "questions": [
    {"id": "vip", "type": "yes_no", "label": "VIP"},
    {"id": "days", "type": "number", "label": "Days", "visible_if": ")" +
         condition + R"("}]}]})";
}

TEST(HugeInputs, ThirtyThousandNestedParenthesesInAConditionAreRefusedWithTheirColumn) {
  const std::string condition = std::string(30000, '(') + "{vip}" + std::string(30000, ')');
  const auto verdict = load_questionnaire_verdict(questionnaire_with_condition(condition), "bomb.json");
  EXPECT_FALSE(verdict.accepted());
  EXPECT_NE(verdict.text().find("/sections/0/questions/1/visible_if"), std::string::npos) << verdict.text().substr(0, 500);
  EXPECT_NE(verdict.text().find("nested too deeply"), std::string::npos);
  EXPECT_LT(verdict.text().size(), 4000u) << "one bounded message, not one per level";
}

TEST(HugeInputs, AHundredThousandCharacterConditionIsRefusedAsTooLong) {
  std::string condition = "{vip} = true";
  while (condition.size() < 100000) condition += " or {vip} = true";
  const auto verdict = load_questionnaire_verdict(questionnaire_with_condition(condition), "bomb.json");
  EXPECT_FALSE(verdict.accepted());
  EXPECT_NE(verdict.text().find("expression is too long"), std::string::npos) << verdict.text().substr(0, 500);
  EXPECT_LT(verdict.text().size(), 4000u);
}

TEST(HugeInputs, ALongAndOrChainIsAcceptedAndEvaluatedWithoutDeepRecursion) {
  std::string condition = "{vip} = false";
  while (condition.size() < 60000) condition += " and {vip} = false or {vip} = true";
  auto loaded = questionnaire::load_questionnaire(questionnaire_with_condition(condition), "chain.json");
  ASSERT_TRUE(loaded.ok());
  Diagnostics diagnostics = loaded.diagnostics;
  engine::Engine engine(std::move(loaded.questionnaire), &loaded.source_map, "chain.json", diagnostics);
  EXPECT_FALSE(has_errors(diagnostics));
  const auto days = engine.find("days");
  ASSERT_TRUE(days.has_value());
  EXPECT_FALSE(engine.question_visible(*days));
  engine.set_answer("vip", true);
  EXPECT_TRUE(engine.question_visible(*days));
}

TEST(HugeInputs, ExpressionsAtTheLengthLimitParseAndEvaluateInALoop) {
  std::string sum = "1";
  while (sum.size() + 2 <= expr::ParseLimits{}.max_length) sum += "+1";
  const auto parsed = expr::parse(sum);
  ASSERT_TRUE(parsed.ok()) << parsed.error->message;
  const expr::ValueScope scope = expr::ValueScope::from_json(nlohmann::json::object());
  const auto value = expr::evaluate(parsed.expression, scope, {});
  EXPECT_EQ(expr::to_json(value), nlohmann::json((sum.size() + 1) / 2));

  const auto nested = expr::parse(std::string(1000000, '('));
  ASSERT_FALSE(nested.ok());
  EXPECT_NE(nested.error->message.find("too long"), std::string::npos);
  const auto unary = expr::parse(std::string(60000, '!') + "true");
  ASSERT_FALSE(unary.ok());
  EXPECT_NE(unary.error->message.find("nested too deeply"), std::string::npos);
}

}  // namespace
}  // namespace sw::test
