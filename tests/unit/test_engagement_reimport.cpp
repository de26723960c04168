// test_engagement_reimport.cpp — newer answers for an existing engagement: the answers that changed, the
// pre-fill's field-by-field changes (fields still as pre-filled are updated, edited ones are left unless
// chosen), and one undoable command attaching the answers and applying the changes.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/engagement/commands.h"
#include "core/engagement/reimport.h"

namespace {

using namespace sw::engagement;

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

nlohmann::json answers(const std::string& email, const std::string& po, double rom) {
  return {{"format", "scopewright.answers/1"},
          {"questionnaire", {{"id", "general"}, {"version", "1.0.0"}}},
          {"answers",
           {{"customer_name", "Acme Ltd"}, {"contact_name", "Dana"}, {"contact_email", email},
            {"ps_days_sold", 3}, {"purchase_order", po}}},
          {"calculated", {{"rom_days", rom}}}};
}

class Reimport : public ::testing::Test {
 protected:
  void SetUp() override {
    PrefillMappingLoad r = load_prefill_mapping(read_source("assets/prefill/loadbalancer.json"), "lb.json");
    ASSERT_TRUE(r.ok());
    mapping = r.mapping;
    e.id = "eng-1";
    // The engagement as "New from answers file" made it: the first answers attached and pre-filled.
    const auto first = answers("dana@acme.test", "PO-1", 3.5);
    ASSERT_TRUE(undo.apply(e, attach_answers(first, "2026-11-01T09:00:00Z")).empty());
    ASSERT_TRUE(undo.apply(e, apply_prefill(preview_prefill(e, mapping, first))).empty());
    ASSERT_EQ(e.commercial.purchase_order, "PO-1");
  }
  static const PrefillChange* find(const ReimportPreview& p, const std::string& path) {
    for (const auto& c : p.prefill.changes)
      if (c.path == path) return &c;
    return nullptr;
  }
  PrefillMapping mapping;
  Engagement e;
  UndoStack undo;
};

TEST(DiffAnswers, ListsChangedAddedAndRemovedAnswersThenCalculatedValues) {
  nlohmann::json older = {{"answers", {{"a", 1}, {"b", "x"}, {"gone", true}}}, {"calculated", {{"days", 2}}}};
  nlohmann::json newer = {{"answers", {{"a", 1}, {"b", "y"}, {"new", "n"}}}, {"calculated", {{"days", 3}}}};
  const auto d = diff_answers(older, newer);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].id, "b");
  EXPECT_EQ(d[0].before, "x");
  EXPECT_EQ(d[0].after, "y");
  EXPECT_EQ(d[1].id, "gone");
  EXPECT_TRUE(d[1].after.is_null());
  EXPECT_EQ(d[2].id, "new");
  EXPECT_TRUE(d[2].before.is_null());
  EXPECT_EQ(d[3].id, "days");
  EXPECT_TRUE(d[3].calculated);
  EXPECT_TRUE(diff_answers(newer, newer).empty());
  EXPECT_EQ(diff_answers(nlohmann::json(), newer).size(), 4u) << "nothing attached before: every answer is new";
}

TEST_F(Reimport, PreviewShowsAnswerChangesAndFieldChangesWithoutChangingAnything) {
  const auto newer = answers("dana@acme.example", "PO-2", 4.0);
  const auto p = preview_reimport(e, mapping, newer);
  EXPECT_EQ(p.previous_received, "2026-11-01T09:00:00Z");
  std::vector<std::string> ids;
  for (const auto& a : p.answers) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"contact_email", "purchase_order", "rom_days"}));
  const auto* po = find(p, "/commercial/purchase_order");
  ASSERT_NE(po, nullptr);
  EXPECT_EQ(po->current, "PO-1");
  EXPECT_EQ(po->proposed, "PO-2");
  EXPECT_TRUE(po->conflict);
  EXPECT_TRUE(po->selected) << "the field still holds what the previous answers filled in";
  const auto* email = find(p, "/contacts/0/email");
  ASSERT_NE(email, nullptr);
  EXPECT_EQ(email->proposed, "dana@acme.example");
  EXPECT_TRUE(email->selected);
  EXPECT_EQ(find(p, "/customer/name"), nullptr) << "unchanged fields are not listed";
  EXPECT_EQ(e.commercial.purchase_order, "PO-1");
  EXPECT_EQ(e.answers.size(), 1u);
}

TEST_F(Reimport, FieldsEditedSinceThePrefillAreLeftUnlessChosen) {
  ASSERT_TRUE(undo.apply(e, set_field("/commercial/purchase_order", "PO-1-amended", "Edit")).empty());
  const auto p = preview_reimport(e, mapping, answers("dana@acme.test", "PO-2", 3.5));
  const auto* po = find(p, "/commercial/purchase_order");
  ASSERT_NE(po, nullptr);
  EXPECT_EQ(po->current, "PO-1-amended");
  EXPECT_TRUE(po->conflict);
  EXPECT_FALSE(po->selected);
}

TEST_F(Reimport, ApplyAttachesAndFillsInOneUndoStep) {
  const auto newer = answers("dana@acme.example", "PO-2", 4.0);
  const auto p = preview_reimport(e, mapping, newer);
  const auto command = apply_reimport(p, newer, "2026-11-20T09:00:00Z");
  ASSERT_TRUE(undo.apply(e, command).empty());
  EXPECT_EQ(e.answers.size(), 2u);
  EXPECT_EQ(e.answers.back().received, "2026-11-20T09:00:00Z");
  EXPECT_EQ(e.answers.back().document, newer);
  EXPECT_EQ(e.commercial.purchase_order, "PO-2");
  EXPECT_EQ(e.contacts[0].email, "dana@acme.example");
  EXPECT_EQ(e.contacts.size(), 1u) << "the prefilled contact is updated, not copied";
  EXPECT_EQ(undo.undo_label(), "Undo Attach newer answers");
  ASSERT_TRUE(undo.undo(e));
  EXPECT_EQ(e.answers.size(), 1u);
  EXPECT_EQ(e.commercial.purchase_order, "PO-1");
  EXPECT_EQ(e.contacts[0].email, "dana@acme.test");
}

TEST_F(Reimport, AnswersOfAnotherQuestionnaireAreFlagged) {
  auto other = answers("dana@acme.test", "PO-1", 3.5);
  other["questionnaire"]["id"] = "waf";
  const auto p = preview_reimport(e, mapping, other);
  bool flagged = false;
  for (const auto& d : p.prefill.diagnostics) flagged = flagged || d.message.find("\"general\"") != std::string::npos;
  EXPECT_TRUE(flagged);
}

}  // namespace
