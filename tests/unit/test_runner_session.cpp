// test_runner_session.cpp — the runner's session in storage: keys, save/restore, a changed questionnaire,
// unreadable saved data, the autosave timing, ?q= links, answers file names and imports.
#include <algorithm>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/questionnaire/loader.h"
#include "core/runner/answers_file.h"
#include "core/runner/questionnaire_source.h"
#include "core/runner/runner_session.h"

namespace {

using namespace sw::runner;
using sw::MemoryStorage;
using sw::questionnaire::AnswersDocument;
using sw::questionnaire::Questionnaire;

std::string read(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class RunnerSession : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = sw::questionnaire::load_questionnaire(read("tests/data/questionnaire/all_types.json"), "q.json");
    ASSERT_TRUE(loaded.ok());
    q = loaded.questionnaire;
    doc = sw::questionnaire::new_answers(q, "2026-11-22T10:00:00Z");
    doc.answers = {{"customer_name", "Ødegård & Søn"}, {"urgency", 4}, {"platform", "other"},
                   {"platform.other", "Juniper"}};
  }
  Questionnaire q;
  AnswersDocument doc;
  MemoryStorage storage;
  std::string error;
};

TEST_F(RunnerSession, KeysArePerQuestionnaire) {
  EXPECT_EQ(answers_key("general"), "scopewright.runner.general.answers");
  EXPECT_EQ(place_key("general"), "scopewright.runner.general.place");
  EXPECT_NE(answers_key("general"), answers_key("waf"));
}

TEST_F(RunnerSession, NothingSavedRestoresNothingWithoutAProblem) {
  std::string problem = "x";
  EXPECT_FALSE(restore(storage, q, problem).has_value());
  EXPECT_EQ(problem, "");
}

TEST_F(RunnerSession, SaveThenRestoreGivesTheAnswersAndThePlaceBack) {
  ASSERT_TRUE(save(storage, doc, {Page::Section, 2}, error)) << error;
  std::string problem;
  auto restored = restore(storage, q, problem);
  ASSERT_TRUE(restored.has_value()) << problem;
  EXPECT_EQ(restored->document.answers, doc.answers);
  EXPECT_EQ(restored->document.created, "2026-11-22T10:00:00Z");
  EXPECT_EQ(restored->place.page, Page::Section);
  EXPECT_EQ(restored->place.section, 2u);
  EXPECT_TRUE(restored->dropped.empty());
}

TEST_F(RunnerSession, ReviewPlaceAndOutOfRangeSectionsAreHandled) {
  ASSERT_TRUE(save(storage, doc, {Page::Review, 0}, error));
  std::string problem;
  EXPECT_EQ(restore(storage, q, problem)->place.page, Page::Review);
  ASSERT_TRUE(save(storage, doc, {Page::Section, 99}, error));
  EXPECT_EQ(restore(storage, q, problem)->place.page, Page::Landing);
  storage.set(place_key(q.id), "not json", error);
  EXPECT_EQ(restore(storage, q, problem)->place.page, Page::Landing);
}

TEST_F(RunnerSession, AChangedQuestionnaireKeepsWhatFitsAndListsWhatWasDropped) {
  ASSERT_TRUE(save(storage, doc, {Page::Section, 1}, error));
  Questionnaire v2 = q;
  v2.version = "3.0.0";
  for (auto& s : v2.sections)
    for (auto& question : s.questions)
      if (question.id == "urgency") question.scale.max = 3;  // 4 no longer fits
  std::string problem;
  auto restored = restore(storage, v2, problem);
  ASSERT_TRUE(restored.has_value()) << problem;
  EXPECT_EQ(restored->document.answers.count("urgency"), 0u);
  EXPECT_EQ(restored->document.answers["customer_name"], "Ødegård & Søn");
  ASSERT_EQ(restored->dropped.size(), 1u);
  EXPECT_NE(restored->dropped[0].find("/answers/urgency"), std::string::npos) << restored->dropped[0];
  EXPECT_EQ(restored->document.questionnaire_version, "3.0.0");
}

TEST_F(RunnerSession, UnreadableSavedDataIsReportedNotThrown) {
  storage.set(answers_key(q.id), "{ this is not json", error);
  std::string problem;
  EXPECT_FALSE(restore(storage, q, problem).has_value());
  EXPECT_NE(problem.find("could not be read"), std::string::npos) << problem;
}

TEST_F(RunnerSession, ForgetRemovesBothKeys) {
  ASSERT_TRUE(save(storage, doc, {Page::Section, 1}, error));
  forget(storage, q.id);
  EXPECT_FALSE(storage.get(answers_key(q.id)).has_value());
  EXPECT_FALSE(storage.get(place_key(q.id)).has_value());
}

class FailingStorage final : public sw::Storage {
 public:
  std::optional<std::string> get(const std::string&) const override { return std::nullopt; }
  bool set(const std::string&, const std::string&, std::string& e) override {
    e = "browser storage is full";
    return false;
  }
  void remove(const std::string&) override {}
};

TEST_F(RunnerSession, SaveFailuresAreReported) {
  FailingStorage full;
  EXPECT_FALSE(save(full, doc, {}, error));
  EXPECT_EQ(error, "browser storage is full");
}

TEST(Autosave, SavesInAPauseOfTyping) {
  Autosave a(0.4, 2.0);
  EXPECT_FALSE(a.pending());
  EXPECT_FALSE(a.due(0.0));
  a.changed(10.0);
  a.changed(10.2);  // typing on
  EXPECT_TRUE(a.pending());
  EXPECT_FALSE(a.due(10.5)) << "only 0.3 s since the last key";
  EXPECT_TRUE(a.due(10.6));
  a.saved(10.6, true);
  EXPECT_FALSE(a.pending());
  EXPECT_FALSE(a.due(11.0));
}

TEST(Autosave, LongTypingIsSavedAtLeastEveryLongestInterval) {
  Autosave a(0.4, 2.0);
  double t = 20.0;
  for (; t < 21.9; t += 0.1) {  // a key every 0.1 s: never a pause
    a.changed(t);
    EXPECT_FALSE(a.due(t + 0.05)) << t;
  }
  a.changed(22.0);
  EXPECT_TRUE(a.due(22.05)) << "the first unsaved change is 2 s old";
}

TEST(Autosave, AFailedSaveIsRetriedAfterTheDelayNotEveryFrame) {
  Autosave a(0.4);
  a.changed(1.0);
  ASSERT_TRUE(a.due(1.5));
  a.saved(1.5, false, "browser storage is full");
  EXPECT_EQ(a.error(), "browser storage is full");
  EXPECT_TRUE(a.pending());
  EXPECT_FALSE(a.due(1.6));
  EXPECT_TRUE(a.due(2.0));
  a.saved(2.0, true);
  EXPECT_EQ(a.error(), "");
}

TEST(QuestionnaireSource, TemplateIdsAndSameSiteJsonUrls) {
  using Kind = QuestionnaireSource::Kind;
  EXPECT_EQ(resolve_source("general", "https://a.example").kind, Kind::Template);
  EXPECT_EQ(resolve_source("loadbalancer.medical", "").value, "loadbalancer.medical");
  EXPECT_EQ(resolve_source("forms/acme.json", "").kind, Kind::Url);
  EXPECT_EQ(resolve_source("/forms/acme.json?v=2", "").kind, Kind::Url);
  EXPECT_EQ(resolve_source("https://a.example/f/acme.json", "https://a.example").kind, Kind::Url);
  EXPECT_EQ(resolve_source("https://evil.example/acme.json", "https://a.example").kind, Kind::Invalid);
  EXPECT_EQ(resolve_source("https://a.example.evil/x.json", "https://a.example").kind, Kind::Invalid);
  EXPECT_EQ(resolve_source("//evil.example/acme.json", "https://a.example").kind, Kind::Invalid);
  EXPECT_EQ(resolve_source("javascript:alert(1).json", "https://a.example").kind, Kind::Invalid);
  EXPECT_EQ(resolve_source("General Form", "").kind, Kind::Invalid);
  EXPECT_EQ(resolve_source("", "").kind, Kind::Invalid);
  EXPECT_NE(resolve_source("forms/acme.txt", "").value.find("neither"), std::string::npos);
}

TEST(QuestionnaireSource, PathsAndCustomerLinks) {
  EXPECT_EQ(template_path("/assets", "general"), "/assets/questionnaires/general.json");
  EXPECT_EQ(template_path("/src/assets/", "waf"), "/src/assets/questionnaires/waf.json");
  EXPECT_EQ(customer_link("https://h.example/sw/index.html?view=questionnaire#x", "general"),
            "https://h.example/sw/index.html?q=general");
  EXPECT_EQ(customer_link("https://h.example/sw/", "waf"), "https://h.example/sw/?q=waf");
}

TEST(AnswersFile, NameFromCompanyOrCustomerNameThenIdAndDate) {
  AnswersDocument d;
  d.questionnaire_id = "general";
  EXPECT_EQ(answers_file_name(d, "2026-11-22"), "answers-general-2026-11-22.json");
  d.answers["customer_name"] = "Acme Health NHS Trust";
  EXPECT_EQ(answers_file_name(d, "2026-11-22"), "acme-health-nhs-trust-general-2026-11-22.json");
  d.respondent.company = "Ødegård & Søn GmbH (Straße 5)";
  EXPECT_EQ(answers_file_name(d, "2026-11-22"), "odegard-son-gmbh-strasse-5-general-2026-11-22.json");
  EXPECT_EQ(slug("  Café — Zürich!  "), "cafe-zurich");
  EXPECT_EQ(slug("€€€"), "");
}

TEST_F(RunnerSession, ImportRefusesWhatIsNotJsonOrForAnotherQuestionnaire) {
  auto bad = import_answers("{ nope", "answers.json", q);
  EXPECT_FALSE(bad.ok);
  EXPECT_NE(bad.message.find("answers.json was not opened: answers.json:1:"), std::string::npos) << bad.message;

  AnswersDocument other = doc;
  other.questionnaire_id = "medical";
  auto wrong = import_answers(sw::questionnaire::to_text(other), "medical.json", q);
  EXPECT_FALSE(wrong.ok);
  EXPECT_NE(wrong.message.find("\"medical\""), std::string::npos) << wrong.message;

  auto good = import_answers(sw::questionnaire::to_text(doc), "mine.json", q);
  ASSERT_TRUE(good.ok) << good.message;
  EXPECT_EQ(good.document.answers, doc.answers);
  EXPECT_EQ(good.message, "Opened mine.json.");
}

TEST_F(RunnerSession, ImportListsEveryProblemUpToFiveThenCountsTheRest) {
  // Seven wrongly typed top-level fields: each is its own error, with its JSON path.
  const auto two = import_answers(R"({"format": 1, "status": 3, "answers": []})", "two.json", q);
  ASSERT_FALSE(two.ok);
  EXPECT_NE(two.message.find("/status"), std::string::npos) << two.message;
  EXPECT_NE(two.message.find("/answers"), std::string::npos) << two.message;
  EXPECT_EQ(two.message.find("more problems"), std::string::npos) << two.message;

  const auto many = import_answers(R"({"format": 1, "status": 3, "answers": [], "created": 4, "updated": 5,
                                       "respondent": 6, "questionnaire": 7, "calculated": 8})", "many.json", q);
  ASSERT_FALSE(many.ok);
  const auto lines = std::count(many.message.begin(), many.message.end(), '\n');
  EXPECT_EQ(lines, 5) << many.message;  // five problems on five lines, then the count of the rest
  EXPECT_NE(many.message.find("more problems"), std::string::npos) << many.message;
}

}  // namespace
