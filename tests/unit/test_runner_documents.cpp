// test_runner_documents.cpp — the runner's core over a real engine: opening questionnaire text (problems worded
// with file:line:column), the time estimate, the autosave and export documents, calculated values as text.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/questionnaire/hash.h"
#include "core/runner/open_questionnaire.h"
#include "core/runner/runner_documents.h"
#include "core/runner/value_text.h"

namespace {

using namespace sw::runner;

std::string read(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(OpenQuestionnaire, GivesAnEngineForAValidFile) {
  auto opened = open_questionnaire(read("assets/questionnaires/general.json"), "general.json", {});
  ASSERT_NE(opened.engine, nullptr) << (opened.problems.empty() ? "" : opened.problems[0]);
  EXPECT_EQ(opened.engine->questionnaire().id, "general");
  EXPECT_GT(visible_question_count(*opened.engine), 10);
  EXPECT_EQ(estimated_minutes(*opened.engine), (visible_question_count(*opened.engine) * 20 + 30) / 60);
}

TEST(OpenQuestionnaire, JsonErrorsNameLineAndColumn) {
  auto opened = open_questionnaire("{\n  \"id\" 1\n}", "bad.json", {});
  EXPECT_EQ(opened.engine, nullptr);
  ASSERT_FALSE(opened.problems.empty());
  EXPECT_EQ(opened.problems[0].rfind("bad.json:2:", 0), 0u) << opened.problems[0];
}

TEST(OpenQuestionnaire, ExpressionErrorsStopTheRunner) {
  std::string text = read("tests/data/questionnaire/all_types.json");
  const std::string from = "\"{customer_name} notempty\"";
  text.replace(text.find(from), from.size(), "\"{no_such_question} > (1\"");
  auto opened = open_questionnaire(text, "all_types.json", {});
  EXPECT_EQ(opened.engine, nullptr);
  ASSERT_FALSE(opened.problems.empty());
  EXPECT_NE(opened.problems[0].find("all_types.json:"), std::string::npos) << opened.problems[0];
}

TEST(RunnerDocuments, AutosaveKeepsHiddenAnswersExportFollowsThePolicy) {
  auto opened = open_questionnaire(read("assets/questionnaires/general.json"), "general.json", {});
  ASSERT_NE(opened.engine, nullptr);
  auto& e = *opened.engine;
  e.reset_to_defaults();
  e.set_answer("customer_name", "Acme");
  e.set_answer("technical_contact_same", false);
  e.set_answer("technical_contact_name", "Fox");
  e.set_answer("technical_contact_same", true);  // hides the technical contact's name

  sw::questionnaire::AnswersDocument base;
  base.created = "2026-11-20T09:00:00Z";
  const auto saved = autosave_document(e, base, "2026-11-22T10:00:00Z");
  EXPECT_EQ(saved.answers["technical_contact_name"], "Fox");
  EXPECT_EQ(saved.created, "2026-11-20T09:00:00Z");
  EXPECT_EQ(saved.updated, "2026-11-22T10:00:00Z");
  EXPECT_EQ(saved.questionnaire_id, "general");
  EXPECT_FALSE(saved.questionnaire_hash.empty());

  const auto exported = export_document(e, base, "2026-11-22T10:00:00Z");
  EXPECT_EQ(exported.answers.count("technical_contact_name"), 0u);
  EXPECT_EQ(exported.answers["customer_name"], "Acme");
  auto expected = base;
  expected.updated = "2026-11-22T10:00:00Z";
  EXPECT_EQ(sw::questionnaire::to_text(exported), sw::questionnaire::to_text(e.export_document(expected)));
}

TEST(ValueText, FormatsFollowTheDeclaration) {
  sw::questionnaire::Calculated c;
  c.unit = "days";
  EXPECT_EQ(calculated_text(c, sw::expr::Value(3.5)), "3.5 days");
  EXPECT_EQ(calculated_text(c, sw::expr::Value()), "—");
  c.unit.clear();
  c.format = sw::questionnaire::ValueFormat::Currency;
  c.currency = "GBP";
  EXPECT_EQ(calculated_text(c, sw::expr::Value(1234567.5)), "GBP 1,234,567.50");
  c.format = sw::questionnaire::ValueFormat::Integer;
  EXPECT_EQ(calculated_text(c, sw::expr::Value(2.6)), "3");
  c.format = sw::questionnaire::ValueFormat::Percent;
  EXPECT_EQ(calculated_text(c, sw::expr::Value(0.405)), "40.5%");
  c.format = sw::questionnaire::ValueFormat::Text;
  EXPECT_EQ(calculated_text(c, sw::expr::Value(std::string("Large"))), "Large");
  EXPECT_EQ(number_text(-1234.5, -1), "-1,234.5");
  EXPECT_EQ(number_text(999, 0), "999");
}

}  // namespace

namespace {
// The hash stamped on autosave and export documents is computed once per engine (docs/performance.md): it must
// still be the questionnaire's content hash, the same on every save, and follow the questionnaire of each engine.
TEST(RunnerDocuments, QuestionnaireHashIsTheContentHashOnEverySave) {
  auto general = open_questionnaire(read("assets/questionnaires/general.json"), "general.json", {});
  auto storage = open_questionnaire(read("assets/questionnaires/storage.json"), "storage.json", {});
  ASSERT_NE(general.engine, nullptr);
  ASSERT_NE(storage.engine, nullptr);
  const std::string expected = sw::questionnaire::content_hash(general.engine->questionnaire());
  EXPECT_EQ(autosave_document(*general.engine, {}, "2026-11-30T08:00:00Z").questionnaire_hash, expected);
  EXPECT_EQ(autosave_document(*general.engine, {}, "2026-11-30T08:00:01Z").questionnaire_hash, expected);
  EXPECT_EQ(export_document(*general.engine, {}, "2026-11-30T08:00:02Z", Finishing::No).questionnaire_hash, expected);
  EXPECT_EQ(general.engine->questionnaire_hash(), expected);
  EXPECT_EQ(storage.engine->questionnaire_hash(), sw::questionnaire::content_hash(storage.engine->questionnaire()));
  EXPECT_NE(storage.engine->questionnaire_hash(), expected);
}
}  // namespace
