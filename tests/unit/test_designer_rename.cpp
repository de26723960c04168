// test_designer_rename.cpp — renaming rewrites references: question ids, calculated value ids, repeat groups and
// their fields, and choice values; token-level (names that merely contain the old one, string literals and
// function names are left alone, the rest of each text is byte-identical), one undo step, and expressions that do
// not parse left as written and reported.
#include <gtest/gtest.h>

#include <stdexcept>

#include "core/designer/check.h"
#include "core/designer/edits_calculated.h"
#include "core/designer/edits_properties.h"
#include "core/designer/open.h"
#include "core/designer/rename.h"
#include "core/expr/parser.h"

namespace sw::designer {
namespace {

// Every kind of place that can name an answer. The `\\'` in total_vips is an escaped quote in the expression.
constexpr const char* kRefs = R"json({
  "format": "scopewright.questionnaire/1", "id": "refs", "version": "1.0.0", "title": "Sites for {site}",
  "intro": "Hello {SITE}, not {sites}",
  "sections": [
    {"id": "about", "title": "About {site}", "questions": [
      {"id": "site", "type": "text", "label": "Site"},
      {"id": "sites", "type": "number", "label": "Number of sites"},
      {"id": "site_name", "type": "text", "label": "A top-level question named like a field"},
      {"id": "platform", "type": "single_choice", "label": "Platform", "default": "cisco_aci",
       "choices": [{"value": "cisco_aci", "label": "ACI"},
                   {"value": "nsx", "label": "NSX", "visible_if": "{site} notempty and {platform} != 'cisco_aci'"}]},
      {"id": "features", "type": "multiple_choice", "label": "Features", "default": ["waf"],
       "choices": [{"value": "waf", "label": "WAF"}, {"value": "gslb", "label": "GSLB"}]},
      {"id": "notes", "type": "text", "label": "Notes on {site} and {sites} ({ site } is no name)",
       "help": "Named {site_name}",
       "visible_if": "{site} = 'site' and site({sites}) = 1 and {#site} notempty",
       "validators": [{"expression": "{Site}  <>  'x' OR {features} anyof ['waf', \"gslb\"]", "message": "m"}]},
      {"id": "site_list", "type": "repeat", "label": "Sites", "entry_label": "Site {site_name} of {site}",
       "fields": [
         {"id": "site_name", "type": "text", "label": "Name of {site}"},
         {"id": "kind", "type": "single_choice", "label": "Kind",
          "choices": [{"value": "dc", "label": "DC"}, {"value": "edge", "label": "Edge"}]},
         {"id": "vips", "type": "number", "label": "VIPs",
          "visible_if": "{entry.site_name} notempty and {entry.kind} = 'dc' and {platform} = 'dc'"}
       ]}
    ]},
    {"id": "more", "title": "More", "visible_if": "{site} != '' and {site_name} notempty", "questions": [
      {"id": "broken", "type": "text", "label": "Broken", "visible_if": "{site} = = 1"},
      {"id": "cmp", "type": "text", "label": "Compared", "visible_if": "'waf' = {features} or {features} notcontains 'waf' or {site} = 'waf'"}
    ]}
  ],
  "calculated": [
    {"id": "total_vips", "label": "VIPs at {site}",
     "expression": "sumInArray({site_list}, 'vips') + countInArray({site_list}, 'site_name', '{vips} > 2') + countInArray({site_list}, 'vips', '{kind} = \\'dc\\'')"},
    {"id": "rom_days", "expression": "iif({platform} = 'cisco_aci', 2, 1) + {total_vips} * 0.1 + {site_list[0].vips} + {site_list[-1].site_name.length}",
     "show": true, "unit": "days"}
  ]
})json";

questionnaire::Questionnaire refs() { return open_text(kRefs, "refs.json").questionnaire; }

const questionnaire::Question& question(const questionnaire::Questionnaire& q, const char* id) {
  for (const auto& s : q.sections)
    for (const auto& qn : s.questions)
      if (qn.id == id) return qn;
  throw std::runtime_error(std::string("no question ") + id);
}

const std::string& visible(const questionnaire::Questionnaire& q, const char* id) {
  return question(q, id).conditions.visible_if->text;
}

const QuestionRef kSite{0, 0, {}}, kPlatform{0, 3, {}}, kFeatures{0, 4, {}}, kGroup{0, 6, {}}, kFieldName{0, 6, 0},
    kKind{0, 6, 1};

TEST(DesignerRename, AQuestionRenameRewritesEveryReferenceAndNothingElse) {
  Document d(refs(), "refs.json");
  const Edit edit = set_question_id(kSite, "location");
  ASSERT_EQ(d.apply(edit), "");
  const auto& q = d.questionnaire();
  EXPECT_EQ(question(q, "location").label, "Site");
  EXPECT_EQ(q.title, "Sites for {location}");
  EXPECT_EQ(q.intro, "Hello {location}, not {sites}") << "names match case-insensitively; {sites} is another name";
  EXPECT_EQ(q.sections[0].title, "About {location}");
  EXPECT_EQ(visible(q, "notes"), "{location} = 'site' and site({sites}) = 1 and {#location} notempty")
      << "the string 'site' and the function site() are not the question";
  EXPECT_EQ(question(q, "notes").label, "Notes on {location} and {sites} ({ site } is no name)");
  EXPECT_EQ(question(q, "notes").validators[0].expression.text,
            "{location}  <>  'x' OR {features} anyof ['waf', \"gslb\"]")
      << "spacing, quotes and the case of keywords stay as written";
  EXPECT_EQ(question(q, "platform").choices[1].conditions.visible_if->text,
            "{location} notempty and {platform} != 'cisco_aci'");
  EXPECT_EQ(question(q, "site_list").entry_label, "Site {site_name} of {location}");
  EXPECT_EQ(question(q, "site_list").fields[0].label, "Name of {location}");
  EXPECT_EQ(q.sections[1].conditions.visible_if->text, "{location} != '' and {site_name} notempty");
  EXPECT_EQ(visible(q, "cmp"), "'waf' = {features} or {features} notcontains 'waf' or {location} = 'waf'");
  EXPECT_EQ(q.calculated[0].label, "VIPs at {location}");
  // 13: the questionnaire's title and intro, 2 sections' texts, platform's choice, notes (4), site_list's entry
  // label, its field's label, cmp, and a calculated value's label.
  EXPECT_EQ(*edit.report,
            "Renamed question site to location: 13 references updated in the questionnaire, 2 sections, "
            "4 questions, 1 field and 1 calculated value. Left as written because the expression does not parse "
            "(fix it, then the name): question broken: visible_if.");
  EXPECT_EQ(visible(q, "broken"), "{site} = = 1") << "an expression that does not parse is left as it is";
  EXPECT_TRUE(d.undo());
  EXPECT_EQ(d.questionnaire().title, "Sites for {site}") << "one undo restores the id and every reference";
  EXPECT_EQ(visible(d.questionnaire(), "notes"), "{site} = 'site' and site({sites}) = 1 and {#site} notempty");
  EXPECT_EQ(question(d.questionnaire(), "site").id, "site");
  EXPECT_FALSE(d.can_undo());
}

TEST(DesignerRename, TheRewrittenDraftChecksCleanWhereTheOriginalDid) {
  auto q = refs();  // without the deliberately broken expression and the unknown function site()
  q.sections[1].questions.erase(q.sections[1].questions.begin());
  q.sections[0].questions[5].conditions.visible_if->text = "{site} = 'site' and {#site} notempty";
  ASSERT_TRUE(check_draft(q, "refs.json").ok()) << check_draft(q, "refs.json").errors().front();
  Document d(q, "refs.json");
  ASSERT_EQ(d.apply(set_question_id(kSite, "location")), "");
  ASSERT_EQ(d.apply(set_question_id(kGroup, "site_entries")), "");
  ASSERT_EQ(d.apply(set_question_id(kFieldName, "name")), "");
  ASSERT_EQ(d.apply(set_calculated_id(0, "vip_total")), "");
  ASSERT_EQ(d.apply(set_choice_value(kPlatform, 0, "aci")), "");
  ASSERT_EQ(d.apply(set_choice_value(kKind, 0, "datacentre")), "");
  const auto after = check_draft(d.questionnaire(), "refs.json");
  EXPECT_TRUE(after.ok()) << after.errors().front();
}

TEST(DesignerRename, ARepeatGroupFieldRenameTouchesOnlyThatGroupsField) {
  Document d(refs(), "refs.json");
  const Edit edit = set_question_id(kFieldName, "name");
  ASSERT_EQ(d.apply(edit), "");
  const auto& q = d.questionnaire();
  EXPECT_EQ(question(q, "site_list").fields[0].id, "name");
  EXPECT_EQ(question(q, "site_list").entry_label, "Site {name} of {site}") << "plain {f} in an entry label is the field";
  EXPECT_EQ(question(q, "site_list").fields[2].conditions.visible_if->text,
            "{entry.name} notempty and {entry.kind} = 'dc' and {platform} = 'dc'");
  EXPECT_NE(q.calculated[0].expression.text.find("countInArray({site_list}, 'name', '{vips} > 2')"), std::string::npos)
      << q.calculated[0].expression.text;
  EXPECT_NE(q.calculated[1].expression.text.find("{site_list[-1].name.length}"), std::string::npos);
  // The top-level question of the same name is another answer.
  EXPECT_EQ(question(q, "site_name").id, "site_name");
  EXPECT_EQ(question(q, "notes").help, "Named {site_name}");
  EXPECT_EQ(q.sections[1].conditions.visible_if->text, "{site} != '' and {site_name} notempty");
  EXPECT_EQ(*edit.report,
            "Renamed field site_name to name: 4 references updated in 1 question, 1 field and 2 calculated values.");
}

TEST(DesignerRename, RenamingAGroupRewritesItsIndexedReferencesAndArrayFunctions) {
  Document d(refs(), "refs.json");
  ASSERT_EQ(d.apply(set_question_id(kGroup, "site_entries")), "");
  const auto& c = d.questionnaire().calculated;
  EXPECT_EQ(c[0].expression.text,
            "sumInArray({site_entries}, 'vips') + countInArray({site_entries}, 'site_name', '{vips} > 2') + "
            "countInArray({site_entries}, 'vips', '{kind} = \\'dc\\'')");
  EXPECT_EQ(c[1].expression.text,
            "iif({platform} = 'cisco_aci', 2, 1) + {total_vips} * 0.1 + {site_entries[0].vips} + "
            "{site_entries[-1].site_name.length}");
}

TEST(DesignerRename, AFieldInAConditionWrittenWithEscapesIsReportedNotGuessed) {
  Document d(refs(), "refs.json");
  const Edit edit = set_question_id(kKind, "site_kind");
  ASSERT_EQ(d.apply(edit), "");
  const auto& q = d.questionnaire();
  EXPECT_NE(q.calculated[0].expression.text.find("'{kind} = \\'dc\\''"), std::string::npos)
      << "inside a string with escapes, positions cannot be mapped: left as written";
  EXPECT_EQ(question(q, "site_list").fields[2].conditions.visible_if->text,
            "{entry.site_name} notempty and {entry.site_kind} = 'dc' and {platform} = 'dc'");
  EXPECT_NE(edit.report->find("Left as written"), std::string::npos) << *edit.report;
  EXPECT_NE(edit.report->find("calculated total_vips: expression"), std::string::npos) << *edit.report;
}

TEST(DesignerRename, ACalculatedValueRenameRewritesWhatReadsIt) {
  Document d(refs(), "refs.json");
  const Edit edit = set_calculated_id(0, "vip_total");
  ASSERT_EQ(d.apply(edit), "");
  EXPECT_EQ(d.questionnaire().calculated[0].id, "vip_total");
  EXPECT_NE(d.questionnaire().calculated[1].expression.text.find("+ {vip_total} * 0.1 +"), std::string::npos);
  EXPECT_EQ(*edit.report, "Renamed calculated value total_vips to vip_total: 1 reference updated in 1 calculated value.");
  EXPECT_TRUE(d.undo());
  EXPECT_NE(d.questionnaire().calculated[1].expression.text.find("{total_vips}"), std::string::npos);
}

TEST(DesignerRename, ACaseOnlyRenameRewritesTheReferencesToo) {
  Document d(refs(), "refs.json");
  ASSERT_EQ(d.apply(set_question_id(kSite, "Site")), "");
  EXPECT_EQ(d.questionnaire().title, "Sites for {Site}");
}

TEST(DesignerRename, NothingToRewriteSaysSo) {
  Document d(refs(), "refs.json");
  const Edit edit = set_question_id({1, 1, {}}, "compared");
  ASSERT_EQ(d.apply(edit), "");
  EXPECT_EQ(*edit.report, "Renamed question cmp to compared (nothing referred to it).");
}

TEST(DesignerRename, AChoiceValueRenameRewritesDirectComparisonsAndTheDefault) {
  Document d(refs(), "refs.json");
  const Edit edit = set_choice_value(kPlatform, 0, "aci");
  ASSERT_EQ(d.apply(edit), "");
  const auto& q = d.questionnaire();
  EXPECT_EQ(question(q, "platform").choices[0].value, "aci");
  EXPECT_EQ(question(q, "platform").default_value, "aci");
  EXPECT_EQ(question(q, "platform").choices[1].conditions.visible_if->text, "{site} notempty and {platform} != 'aci'");
  EXPECT_EQ(q.calculated[1].expression.text.substr(0, 26), "iif({platform} = 'aci', 2,");
  EXPECT_EQ(*edit.report, "Renamed choice value cisco_aci to aci: 3 references updated in 1 question and 1 calculated value.");
  EXPECT_TRUE(d.undo());
  EXPECT_EQ(question(d.questionnaire(), "platform").default_value, "cisco_aci");
  EXPECT_EQ(d.questionnaire().calculated[1].expression.text.substr(0, 32), "iif({platform} = 'cisco_aci', 2,");
}

TEST(DesignerRename, AMultipleChoiceValueRenameCoversArraysContainsAndSwappedSides) {
  Document d(refs(), "refs.json");
  ASSERT_EQ(d.apply(set_choice_value(kFeatures, 0, "web_firewall")), "");
  const auto& q = d.questionnaire();
  EXPECT_EQ(question(q, "features").default_value, nlohmann::json::array({"web_firewall"}));
  EXPECT_EQ(question(q, "notes").validators[0].expression.text,
            "{Site}  <>  'x' OR {features} anyof ['web_firewall', \"gslb\"]");
  EXPECT_EQ(visible(q, "cmp"), "'web_firewall' = {features} or {features} notcontains 'web_firewall' or {site} = 'waf'")
      << "'waf' compared with another question is not this choice";
}

TEST(DesignerRename, AChoiceOfAGroupFieldIsRenamedWhereThatFieldIsCompared) {
  Document d(refs(), "refs.json");
  ASSERT_EQ(d.apply(set_choice_value(kKind, 0, "data'centre")), "");
  EXPECT_EQ(question(d.questionnaire(), "site_list").fields[2].conditions.visible_if->text,
            "{entry.site_name} notempty and {entry.kind} = 'data\\'centre' and {platform} = 'dc'")
      << "a quote in the new value is escaped; 'dc' compared with platform is not the field's choice";
  const auto parsed = expr::parse(question(d.questionnaire(), "site_list").fields[2].conditions.visible_if->text);
  EXPECT_TRUE(parsed.ok());
}

TEST(DesignerRename, RefusedRenamesChangeNothing) {
  Document d(refs(), "refs.json");
  EXPECT_NE(d.apply(set_question_id(kSite, "sites")), "");
  EXPECT_NE(d.apply(set_calculated_id(0, "site")), "") << "questions and calculated values share ids";
  EXPECT_NE(d.apply(set_choice_value(kPlatform, 0, "nsx")), "");
  const std::string clash = d.apply(set_question_id(kSite, "Sites"));
  EXPECT_NE(clash.find("only in case"), std::string::npos) << "{Sites} would read either: " << clash;
  EXPECT_NE(d.apply(set_calculated_id(0, "ROM_DAYS")).find("only in case"), std::string::npos);
  EXPECT_EQ(d.questionnaire().title, "Sites for {site}");
  EXPECT_FALSE(d.can_undo());
}

TEST(DesignerRename, TextAtFindsEveryPlaceByItsPointer) {
  auto q = refs();
  EXPECT_EQ(*text_at(q, "/title"), "Sites for {site}");
  EXPECT_EQ(*text_at(q, "/sections/0/questions/5/validators/0/expression"), q.sections[0].questions[5].validators[0].expression.text);
  EXPECT_EQ(*text_at(q, "/sections/0/questions/3/choices/1/visible_if"), "{site} notempty and {platform} != 'cisco_aci'");
  EXPECT_EQ(text_at(q, "/sections/0/questions/6/fields/2/visible_if"),
            &q.sections[0].questions[6].fields[2].conditions.visible_if->text);
  EXPECT_EQ(*text_at(q, "/calculated/1/expression"), q.calculated[1].expression.text);
  EXPECT_EQ(text_at(q, "/sections/0/questions/0/visible_if"), nullptr) << "no condition there";
  EXPECT_EQ(text_at(q, "/sections/9/title"), nullptr);
  EXPECT_EQ(text_at(q, "/calculated/x/label"), nullptr);
}

TEST(ExprSpans, NodesAndReferenceSegmentsKnowWhereTheyAreWritten) {
  const auto parsed = expr::parse("{a.b[2].c} = 'it\\'s'  and  {#x}");
  ASSERT_TRUE(parsed.ok());
  const auto& e = parsed.expression;
  const auto& r = e.references[0];
  ASSERT_EQ(r.segments.size(), 4u);
  EXPECT_EQ(r.segments[0].offset, 0u);
  EXPECT_EQ(r.segments[1].offset, 2u);
  EXPECT_EQ(r.segments[2].offset, 3u) << "the index's '['";
  EXPECT_EQ(r.segments[3].offset, 7u);
  for (const auto& n : e.nodes) {
    const std::string written = e.source.substr(n.offset, n.end - n.offset);
    if (n.kind == expr::NodeKind::Literal) {
      EXPECT_EQ(written, "'it\\'s'");
    } else if (n.kind == expr::NodeKind::Reference) {
      EXPECT_TRUE(written == "{a.b[2].c}" || written == "{#x}") << written;
    }
  }
}

}  // namespace
}  // namespace sw::designer
