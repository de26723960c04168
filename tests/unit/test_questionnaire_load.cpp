// test_questionnaire_load.cpp — every question type loads into the model and round-trips through the writer.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/json/load.h"
#include "core/questionnaire/hash.h"
#include "core/questionnaire/loader.h"
#include "core/questionnaire/writer.h"

namespace {

using namespace sw::questionnaire;

std::string read(const std::string& relative) {
  std::ifstream in(std::string(SCOPEWRIGHT_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string all_diagnostics(const sw::Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds) out += sw::format(d) + "\n";
  return out;
}

class QuestionnaireAllTypes : public ::testing::Test {
 protected:
  void SetUp() override {
    text = read("tests/data/questionnaire/all_types.json");
    ASSERT_FALSE(text.empty());
    result = load_questionnaire(text, "all_types.json");
    ASSERT_TRUE(result.diagnostics.empty()) << all_diagnostics(result.diagnostics);
  }
  const Question& question(const char* id) {
    const Question* q = result.questionnaire.find_question(id);
    EXPECT_NE(q, nullptr) << id;
    static Question none;
    return q ? *q : none;
  }
  std::string text;
  LoadResult result;
};

TEST_F(QuestionnaireAllTypes, LoadsRootFields) {
  const Questionnaire& q = result.questionnaire;
  EXPECT_EQ(q.id, "all-types");
  EXPECT_EQ(q.version, "2.1.0");
  EXPECT_EQ(q.title, "Every question type");
  EXPECT_EQ(q.intro, "Hello {respondent_name}, this covers every type.");  // piping is kept as written
  EXPECT_EQ(q.outro, "Thank you.");
  EXPECT_TRUE(q.hidden_answers.keep_while_editing);
  EXPECT_TRUE(q.hidden_answers.include_in_export);
  ASSERT_EQ(q.sections.size(), 4u);
  EXPECT_EQ(q.sections[1].id, "numbers");
  EXPECT_EQ(q.sections[1].json_path, "/sections/1");
  ASSERT_TRUE(q.sections[1].conditions.visible_if);
  EXPECT_EQ(q.sections[1].conditions.visible_if->text, "{customer_name} notempty");
  ASSERT_TRUE(q.sections[1].conditions.enable_if);
  ASSERT_TRUE(q.sections[1].conditions.required_if);
  EXPECT_EQ(q.sections[1].conditions.required_if->json_path, "/sections/1/required_if");
}

TEST_F(QuestionnaireAllTypes, LoadsTextTypes) {
  const Question& name = question("customer_name");
  EXPECT_EQ(name.type, QuestionType::Text);
  EXPECT_TRUE(name.required);
  EXPECT_EQ(name.help, "The legal entity.");
  EXPECT_EQ(name.placeholder, "Acme Ltd");
  EXPECT_EQ(name.validation.pattern, "^[A-Za-z0-9 .&-]+$");
  EXPECT_EQ(name.validation.pattern_message, "Letters, digits and .&- only");
  EXPECT_EQ(name.validation.min_length, 2);
  EXPECT_EQ(name.validation.max_length, 120);
  EXPECT_EQ(name.default_value, "Acme");
  EXPECT_EQ(question("notes").type, QuestionType::LongText);
  EXPECT_EQ(question("contact_email").type, QuestionType::Email);
  EXPECT_EQ(question("contact_phone").type, QuestionType::Phone);
  EXPECT_EQ(question("docs_url").type, QuestionType::Url);
  EXPECT_TRUE(question("notes").default_value.is_null());
}

TEST_F(QuestionnaireAllTypes, ConditionsKeepTheirPathAndLocation) {
  const Question& url = question("docs_url");
  ASSERT_TRUE(url.conditions.visible_if);
  const ExprText& e = *url.conditions.visible_if;
  EXPECT_EQ(e.text, "{has_design} = true");
  EXPECT_EQ(e.json_path, "/sections/0/questions/4/visible_if");
  // The path locates the JSON string in the file (the loader leaves line:column to whoever reports a problem).
  const auto doc = sw::json::load(text, "x");
  const auto at = doc.source_map.value_location(e.json_path);
  ASSERT_TRUE(at);
  EXPECT_GT(at->line, 1);
  EXPECT_EQ(text.substr(text.find("\"{has_design}"), 1), "\"");
  const Question& email = question("contact_email");
  ASSERT_TRUE(email.conditions.required_if);
  EXPECT_FALSE(email.conditions.visible_if);
  ASSERT_TRUE(question("contact_phone").conditions.enable_if);
}

TEST_F(QuestionnaireAllTypes, LoadsNumbersDatesAndZones) {
  const Question& days = question("ps_days");
  EXPECT_EQ(days.type, QuestionType::Number);
  EXPECT_EQ(days.step, 0.5);
  EXPECT_EQ(days.unit, "days");
  EXPECT_EQ(days.validation.min, 0.0);
  EXPECT_EQ(days.validation.max, 200.0);
  EXPECT_EQ(days.default_value, 5);
  const Question& amount = question("ps_amount");
  EXPECT_EQ(amount.type, QuestionType::Currency);
  EXPECT_EQ(amount.currency, "GBP");
  EXPECT_FALSE(amount.validation.max);
  const Question& date = question("contract_date");
  EXPECT_EQ(date.type, QuestionType::Date);
  EXPECT_EQ(date.validation.min_date, "2020-01-01");
  EXPECT_EQ(date.validation.max_date, "2030-12-31");
  EXPECT_FALSE(date.validation.min);
  EXPECT_EQ(question("timezone").type, QuestionType::TimeZone);
  EXPECT_EQ(question("timezone").default_value, "Europe/London");
}

TEST_F(QuestionnaireAllTypes, LoadsChoicesYesNoAndRatings) {
  const Question& platform = question("platform");
  EXPECT_EQ(platform.type, QuestionType::SingleChoice);
  EXPECT_EQ(platform.presentation, Presentation::Dropdown);
  ASSERT_EQ(platform.choices.size(), 3u);
  EXPECT_EQ(platform.choices[0].value, "cisco_aci");
  EXPECT_EQ(platform.choices[0].label, "Cisco ACI");
  EXPECT_EQ(platform.choices[0].help, "Application Centric Infrastructure");
  ASSERT_TRUE(platform.choices[1].conditions.visible_if);
  EXPECT_EQ(platform.choices[1].conditions.visible_if->json_path, "/sections/2/questions/0/choices/1/visible_if");
  ASSERT_TRUE(platform.choices[2].conditions.enable_if);
  EXPECT_TRUE(platform.allow_other);
  EXPECT_EQ(platform.other_label, "Something else (please specify)");
  EXPECT_NE(platform.find_choice("traditional"), nullptr);
  EXPECT_EQ(platform.find_choice("juniper"), nullptr);

  const Question& protocols = question("protocols");
  EXPECT_EQ(protocols.type, QuestionType::MultipleChoice);
  EXPECT_EQ(protocols.presentation, Presentation::Radio);
  EXPECT_EQ(protocols.min_selected, 1);
  EXPECT_EQ(protocols.max_selected, 3);
  ASSERT_TRUE(protocols.choices[1].conditions.required_if);
  EXPECT_EQ(protocols.default_value, nlohmann::json::parse(R"(["http", "other"])"));

  const Question& design = question("has_design");
  EXPECT_EQ(design.type, QuestionType::YesNo);
  EXPECT_EQ(design.yes_label, "Yes, attached");
  EXPECT_EQ(design.no_label, "Not yet");
  EXPECT_EQ(design.default_value, false);

  const Question& urgency = question("urgency");
  EXPECT_EQ(urgency.type, QuestionType::Rating);
  EXPECT_EQ(urgency.scale.min, 0);
  EXPECT_EQ(urgency.scale.max, 10);
  EXPECT_EQ(urgency.scale.min_label, "Whenever");
  EXPECT_EQ(urgency.scale.max_label, "Yesterday");
  const Question& satisfaction = question("satisfaction");
  EXPECT_EQ(satisfaction.scale.min, 1);  // the default scale
  EXPECT_EQ(satisfaction.scale.max, 5);
}

TEST_F(QuestionnaireAllTypes, LoadsRepeatGroups) {
  const Question& sites = question("sites");
  EXPECT_EQ(sites.type, QuestionType::Repeat);
  ASSERT_EQ(sites.fields.size(), 4u);
  EXPECT_EQ(sites.fields[1].type, QuestionType::SingleChoice);
  EXPECT_EQ(sites.fields[1].json_path, "/sections/3/questions/0/fields/1");
  EXPECT_NE(sites.find_field("rack_units"), nullptr);
  EXPECT_EQ(sites.min_count, 1);
  EXPECT_EQ(sites.max_count, 20);
  EXPECT_EQ(sites.entry_label, "Site {site_name}");
  EXPECT_EQ(sites.add_label, "Add a site");
  ASSERT_EQ(sites.validators.size(), 1u);
  EXPECT_EQ(sites.validators[0].expression.text, "{sites_count} >= 1");
  EXPECT_EQ(sites.validators[0].expression.json_path, "/sections/3/questions/0/validators/0/expression");
  EXPECT_EQ(sites.validators[0].message, "Add at least one site");
  EXPECT_EQ(sites.default_value[0]["services.other"], "LDAP");
  // Fields are not top-level questions.
  EXPECT_EQ(result.questionnaire.find_question("site_name"), nullptr);
}

TEST_F(QuestionnaireAllTypes, LoadsCalculatedValues) {
  const auto& calc = result.questionnaire.calculated;
  ASSERT_EQ(calc.size(), 4u);
  EXPECT_EQ(calc[0].format, ValueFormat::Integer);
  EXPECT_FALSE(calc[0].show);
  EXPECT_EQ(calc[1].id, "rom_days");
  EXPECT_EQ(calc[1].format, ValueFormat::Number);
  EXPECT_EQ(calc[1].unit, "days");
  EXPECT_TRUE(calc[1].show);
  EXPECT_EQ(calc[1].expression.text, "1 + {sites_count} * 0.5");
  EXPECT_EQ(calc[1].expression.json_path, "/calculated/1/expression");
  EXPECT_EQ(calc[2].format, ValueFormat::Currency);
  EXPECT_EQ(calc[2].currency, "EUR");
  EXPECT_EQ(calc[3].format, ValueFormat::Text);
  EXPECT_EQ(result.questionnaire.find_calculated("rom_cost"), &calc[2]);
}

TEST_F(QuestionnaireAllTypes, WriterReproducesTheCanonicalFile) {
  // The fixture is written in canonical form (no default-valued fields): the writer gives it back exactly.
  const nlohmann::json original = nlohmann::json::parse(text);
  const nlohmann::json written(to_json(result.questionnaire));
  EXPECT_EQ(written, original) << written.dump(2);
}

TEST_F(QuestionnaireAllTypes, RoundTripIsStable) {
  const std::string once = to_text(result.questionnaire);
  const LoadResult again = load_questionnaire(once, "written.json");
  ASSERT_TRUE(again.diagnostics.empty()) << all_diagnostics(again.diagnostics);
  EXPECT_EQ(to_text(again.questionnaire), once);
  EXPECT_EQ(content_hash(again.questionnaire), content_hash(result.questionnaire));
  // The writer's field order is the documented one.
  EXPECT_LT(once.find("\"format\""), once.find("\"id\""));
  EXPECT_LT(once.find("\"sections\""), once.find("\"calculated\""));
  EXPECT_LT(once.find("\"calculated\""), once.find("\"outro\""));
}

TEST_F(QuestionnaireAllTypes, WriterDropsDefaultsAndKeepsThePolicyExplicit) {
  Questionnaire q = result.questionnaire;
  q.hidden_answers = HiddenAnswersPolicy{};
  q.sections[0].questions[0].required = false;
  const auto j = to_json(q);
  EXPECT_EQ(j["hidden_answers"]["editing"], "keep");
  EXPECT_EQ(j["hidden_answers"]["export"], "exclude");
  EXPECT_FALSE(j["sections"][0]["questions"][0].contains("required"));
  EXPECT_FALSE(j["sections"][2]["questions"][4].contains("scale"));  // satisfaction: default scale
}

TEST_F(QuestionnaireAllTypes, ContentHashIgnoresLayoutButNotContent) {
  const std::string hash = content_hash(result.questionnaire);
  ASSERT_EQ(hash.size(), std::string("fnv1a64:").size() + 16);
  EXPECT_EQ(hash.substr(0, 8), "fnv1a64:");
  // Same content, different layout and key order.
  const std::string compact = nlohmann::json::parse(text).dump();
  EXPECT_EQ(content_hash(load_questionnaire(compact, "c.json").questionnaire), hash);
  Questionnaire changed = result.questionnaire;
  changed.sections[2].questions[0].choices[1].label = "VMware NSX-T";
  EXPECT_NE(content_hash(changed), hash);
  changed = result.questionnaire;
  changed.version = "2.1.1";
  EXPECT_NE(content_hash(changed), hash);
}

TEST(QuestionnaireHash, Fnv1a64MatchesTheReferenceVectors) {
  // Test vectors from the FNV specification (draft-eastlake-fnv).
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(QuestionnaireTypes, NamesRoundTrip) {
  ASSERT_EQ(type_names().size(), 14u);
  for (std::string_view name : type_names()) {
    const auto t = type_from_name(name);
    ASSERT_TRUE(t) << name;
    EXPECT_EQ(type_name(*t), name);
  }
  EXPECT_FALSE(type_from_name("emial"));
}

}  // namespace
