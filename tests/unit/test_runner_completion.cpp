// test_runner_completion.cpp — the answers document's status (completion.h): complete only when the respondent
// finishes with complete answers, back to in_progress when a change leaves them incomplete; and the same
// status from `scopewright-cli evaluate [--finished]` as from the runner's export.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/runner/completion.h"
#include "core/runner/open_questionnaire.h"
#include "core/runner/runner_documents.h"

namespace sw {
namespace {

using questionnaire::AnswersStatus;
using runner::Finishing;

// One required question, one optional email (validated) and an optional choice.
constexpr const char* kForm = R"json({
  "format": "scopewright.questionnaire/1", "id": "finish", "version": "1.0.0", "title": "Finish",
  "sections": [ { "id": "one", "title": "One", "questions": [
    { "id": "customer_name", "type": "text", "label": "Company", "required": true },
    { "id": "contact_email", "type": "email", "label": "Email" },
    { "id": "size", "type": "single_choice", "label": "Size",
      "choices": [ { "value": "s", "label": "Small" }, { "value": "l", "label": "Large" } ] } ] } ]
})json";

class RunnerCompletion : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = runner::open_questionnaire(kForm, "finish.json", {});
    ASSERT_NE(opened.engine, nullptr) << (opened.problems.empty() ? "" : opened.problems[0]);
    engine = std::move(opened.engine);
    engine->reset_to_defaults();
    base = questionnaire::new_answers(engine->questionnaire(), "2026-11-20T09:00:00Z");
  }
  AnswersStatus exported(Finishing finishing) const {
    return runner::export_document(*engine, base, "2026-11-22T10:00:00Z", finishing).status;
  }
  std::unique_ptr<engine::Engine> engine;
  questionnaire::AnswersDocument base;
};

TEST_F(RunnerCompletion, FinishingWithARequiredAnswerMissingStaysInProgress) {
  EXPECT_FALSE(runner::answers_complete(*engine));
  EXPECT_EQ(exported(Finishing::Yes), AnswersStatus::InProgress);
}

TEST_F(RunnerCompletion, FinishingWithCompleteAnswersMarksComplete) {
  engine->set_answer("customer_name", "Acme");
  EXPECT_TRUE(runner::answers_complete(*engine));
  EXPECT_EQ(exported(Finishing::Yes), AnswersStatus::Complete);
  // Answering alone never completes: only finishing does.
  EXPECT_EQ(exported(Finishing::No), AnswersStatus::InProgress);
  EXPECT_EQ(runner::autosave_document(*engine, base, "2026-11-22T10:00:00Z").status, AnswersStatus::InProgress);
}

TEST_F(RunnerCompletion, AValidationErrorBlocksCompletion) {
  engine->set_answer("customer_name", "Acme");
  engine->set_answer("contact_email", "not an address");
  EXPECT_FALSE(runner::answers_complete(*engine));
  EXPECT_EQ(exported(Finishing::Yes), AnswersStatus::InProgress);
}

TEST_F(RunnerCompletion, ChangesKeepCompleteOnlyWhileTheAnswersStayComplete) {
  engine->set_answer("customer_name", "Acme");
  base.status = runner::status_on_finish(*engine);
  ASSERT_EQ(base.status, AnswersStatus::Complete);
  engine->set_answer("size", "l");  // still complete
  EXPECT_EQ(runner::status_after_change(*engine, base.status), AnswersStatus::Complete);
  EXPECT_EQ(runner::autosave_document(*engine, base, "2026-11-22T10:00:00Z").status, AnswersStatus::Complete);
  engine->set_answer("customer_name", nlohmann::json());  // the required answer removed
  EXPECT_EQ(runner::status_after_change(*engine, base.status), AnswersStatus::InProgress);
  EXPECT_EQ(runner::autosave_document(*engine, base, "2026-11-22T10:00:00Z").status, AnswersStatus::InProgress);
  EXPECT_EQ(exported(Finishing::No), AnswersStatus::InProgress);
}

// The runner's download equals `evaluate`'s export for the same questionnaire and answers, status included:
// `--finished` for a download on the review page, and without it for a file already finished.
TEST_F(RunnerCompletion, CliEvaluateExportsTheRunnersDocument) {
  const std::string dir = ::testing::TempDir();
  const std::string form = dir + "/completion_form.json", answers = dir + "/completion_answers.json";
  std::ofstream(form) << kForm;
  engine->set_answer("customer_name", "Acme");
  engine->set_answer("size", "s");
  const auto saved = runner::autosave_document(*engine, base, "2026-11-22T10:00:00Z");
  std::ofstream(answers) << questionnaire::to_text(saved);

  const auto downloaded = runner::export_document(*engine, saved, "2026-11-22T10:00:00Z", Finishing::Yes);
  ASSERT_EQ(downloaded.status, AnswersStatus::Complete);
  auto r = test::run_cli("evaluate " + form + " " + answers + " --finished --today 2026-11-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["complete"], true);
  EXPECT_EQ(report["export"], nlohmann::json::parse(questionnaire::to_text(downloaded)));

  // Without --finished the file's own status is kept (in_progress here: answering alone never completes).
  r = test::run_cli("evaluate " + form + " " + answers + " --today 2026-11-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["export"]["status"], "in_progress");

  // A file marked complete whose answers are no longer complete is exported in_progress, as the runner does.
  auto stale = saved;
  stale.status = AnswersStatus::Complete;
  stale.answers.erase("customer_name");
  std::ofstream(answers) << questionnaire::to_text(stale);
  r = test::run_cli("evaluate " + form + " " + answers + " --today 2026-11-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["complete"], false);
  EXPECT_EQ(report["export"]["status"], "in_progress");
  std::remove(form.c_str());
  std::remove(answers.c_str());
}

}  // namespace
}  // namespace sw
