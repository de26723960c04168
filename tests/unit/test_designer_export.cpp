// test_designer_export.cpp — draft vs publish, opening text and templates, customer copies, and the draft's
// autosave (two slots: a failed or torn write never loses the last good copy).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/designer/check.h"
#include "core/designer/draft_store.h"
#include "core/designer/edits_properties.h"
#include "core/designer/edits_structure.h"
#include "core/questionnaire/loader.h"
#include "designer_fixture.h"

namespace sw::designer {
namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(DesignerExport, PublishRefusesWithTheErrorsAndDraftAlwaysSaves) {
  Document d = test::sample_document();
  ASSERT_EQ(d.apply(set_question_condition({0, 0, {}}, ConditionKind::Visible, "{gslb} = ")), "");
  const Exported refused = publish(d.questionnaire());
  EXPECT_FALSE(refused.ok);
  EXPECT_TRUE(refused.text.empty());
  ASSERT_FALSE(refused.errors.empty());
  EXPECT_NE(refused.errors[0].find("sample.json:"), std::string::npos) << refused.errors[0];
  EXPECT_NE(refused.errors[0].find("visible_if"), std::string::npos) << refused.errors[0];
  const Exported draft = save_draft(d.questionnaire());
  EXPECT_TRUE(draft.ok);
  EXPECT_EQ(draft.file_name, "sample.draft.json");
  EXPECT_EQ(draft.errors.size(), refused.errors.size());
  EXPECT_NE(draft.errors[0].find("sample.draft.json:19:25"), std::string::npos) << draft.errors[0];
  EXPECT_NE(draft.text.find("{gslb} = "), std::string::npos);
  d.undo();
  const Exported published = publish(d.questionnaire());
  ASSERT_TRUE(published.ok);
  EXPECT_EQ(published.file_name, "sample.json");
  EXPECT_TRUE(questionnaire::load_questionnaire(published.text, "x").ok());
}

TEST(DesignerExport, EveryTemplateOpensAndPublishesUnchanged) {
  for (const char* id : {"general", "medical", "storage", "telephony", "waf"}) {
    const std::string text = read(std::string("assets/questionnaires/") + id + ".json");
    const OpenedDraft opened = open_text(text, std::string(id) + ".json");
    ASSERT_TRUE(opened.ok) << id << ": " << opened.message;
    EXPECT_TRUE(opened.message.empty()) << opened.message;
    EXPECT_TRUE(publish(opened.questionnaire).ok) << id;
  }
}

TEST(DesignerExport, OpeningRefusesUnreadableJsonButOpensADraftWithErrors) {
  const OpenedDraft broken = open_text("{\"format\": ", "broken.json");
  EXPECT_FALSE(broken.ok);
  EXPECT_NE(broken.message.find("broken.json:1:"), std::string::npos) << broken.message;
  std::string text = test::kDesignerSample;
  text.replace(text.find("\"label\": \"Name\""), 15, "\"label\": 42");
  const OpenedDraft partial = open_text(text, "sample.json");
  EXPECT_TRUE(partial.ok);
  EXPECT_NE(partial.message.find("1 problem"), std::string::npos) << partial.message;
  EXPECT_EQ(partial.questionnaire.sections.size(), 2u);
}

TEST(DesignerExport, BlankQuestionnaireIsValidOnceItHasAQuestion) {
  Document d(blank_questionnaire(), "");
  EXPECT_TRUE(publish(d.questionnaire()).ok);
  ASSERT_EQ(d.apply(add_question({0, 0, {}}, questionnaire::QuestionType::Text)), "");
  EXPECT_TRUE(publish(d.questionnaire()).ok);
}

TEST(DesignerExport, CustomerCopyGetsItsOwnIdAndTitle) {
  Document d = test::sample_document();
  EXPECT_NE(d.apply(make_customer_copy("  !! ")).find("customer's name"), std::string::npos);
  ASSERT_EQ(d.apply(make_customer_copy("Acme Bank plc")), "");
  EXPECT_EQ(d.questionnaire().id, "sample.acme-bank-plc");
  EXPECT_EQ(d.questionnaire().title, "Sample \xE2\x80\x94 Acme Bank plc");
  EXPECT_NE(d.apply(make_customer_copy(std::string(80, 'x'))).find("too long"), std::string::npos);
  EXPECT_TRUE(publish(d.questionnaire()).ok);
}

// Storage that refuses writes while `fail` is set (quota exceeded).
class FlakyStorage final : public Storage {
 public:
  std::optional<std::string> get(const std::string& k) const override { return inner.get(k); }
  bool set(const std::string& k, const std::string& v, std::string& error) override {
    if (fail) {
      error = "quota exceeded";
      return false;
    }
    return inner.set(k, v, error);
  }
  void remove(const std::string& k) override { inner.remove(k); }
  MemoryStorage inner;
  bool fail = false;
};

TEST(DesignerDraftStore, SavesAndLoadsTheNewestDraftEvenWithErrors) {
  MemoryStorage storage;
  DraftStore store(storage);
  EXPECT_FALSE(store.load().found);
  Document d = test::sample_document();
  ASSERT_EQ(store.save(d.questionnaire(), "sample.json", "2026-11-30T08:00:00Z"), "");
  d.apply(set_question_condition({0, 0, {}}, ConditionKind::Visible, "{nosuch}"));
  d.apply(set_question_text({0, 0, {}}, QuestionText::Label, "Second"));
  ASSERT_EQ(store.save(d.questionnaire(), "sample.json", "2026-11-30T08:01:00Z"), "");
  const StoredDraft loaded = store.load();
  ASSERT_TRUE(loaded.found);
  EXPECT_EQ(loaded.name, "sample.json");
  EXPECT_EQ(loaded.questionnaire.sections[0].questions[0].label, "Second");
  EXPECT_EQ(loaded.questionnaire.sections[0].questions[0].conditions.visible_if->text, "{nosuch}");
}

TEST(DesignerDraftStore, AFailedWriteKeepsTheLastGoodCopy) {
  FlakyStorage storage;
  DraftStore store(storage);
  Document d = test::sample_document();
  ASSERT_EQ(store.save(d.questionnaire(), "sample.json", "t1"), "");
  d.apply(set_question_text({0, 0, {}}, QuestionText::Label, "Kept"));
  ASSERT_EQ(store.save(d.questionnaire(), "sample.json", "t2"), "");
  storage.fail = true;
  d.apply(set_question_text({0, 0, {}}, QuestionText::Label, "Lost"));
  EXPECT_EQ(store.save(d.questionnaire(), "sample.json", "t3"), "quota exceeded");
  EXPECT_EQ(store.load().questionnaire.sections[0].questions[0].label, "Kept");
}

TEST(DesignerDraftStore, ATornNewestCopyFallsBackToThePreviousOne) {
  MemoryStorage storage;
  DraftStore store(storage);
  Document d = test::sample_document();
  ASSERT_EQ(store.save(d.questionnaire(), "sample.json", "t1"), "");
  d.apply(set_question_text({0, 0, {}}, QuestionText::Label, "Newer"));
  ASSERT_EQ(store.save(d.questionnaire(), "sample.json", "t2"), "");
  const std::string newest = *storage.get(*storage.get(store.pointer_key()));
  std::string ignored;
  storage.set(*storage.get(store.pointer_key()), newest.substr(0, newest.size() / 2), ignored);
  const StoredDraft loaded = store.load();
  ASSERT_TRUE(loaded.found);
  EXPECT_TRUE(loaded.recovered);
  EXPECT_EQ(loaded.saved_at, "t1");
  EXPECT_NE(loaded.message.find("recovered"), std::string::npos);
  // The next save overwrites the torn copy, never the recovered one.
  d.apply(set_question_text({0, 0, {}}, QuestionText::Label, "Third"));
  ASSERT_EQ(store.save(d.questionnaire(), "sample.json", "t3"), "");
  EXPECT_EQ(store.load().questionnaire.sections[0].questions[0].label, "Third");
  EXPECT_NE(storage.get(store.slot_key('a'))->find("t1"), std::string::npos);
}

}  // namespace
}  // namespace sw::designer
