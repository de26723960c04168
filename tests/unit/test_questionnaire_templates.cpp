// test_questionnaire_templates.cpp — every questionnaire shipped in assets/questionnaires/ loads cleanly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/questionnaire/loader.h"
#include "core/questionnaire/writer.h"

namespace {

using namespace sw::questionnaire;
namespace fs = std::filesystem;

std::vector<fs::path> template_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(SCOPEWRIGHT_SOURCE_DIR) / "assets" / "questionnaires"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Counts the conditions of a question list (fields included).
int conditions_in(const std::vector<Question>& questions) {
  int n = 0;
  for (const auto& q : questions) {
    n += q.conditions.visible_if.has_value() + q.conditions.required_if.has_value() + q.conditions.enable_if.has_value();
    for (const auto& c : q.choices) n += c.conditions.visible_if.has_value();
    n += conditions_in(q.fields);
  }
  return n;
}

TEST(QuestionnaireTemplates, TheExpectedTemplatesExist) {
  std::set<std::string> names;
  for (const auto& f : template_files()) names.insert(f.filename().string());
  for (const char* expected : {"general.json", "medical.json", "storage.json", "waf.json", "telephony.json"})
    EXPECT_TRUE(names.count(expected)) << expected;
}

TEST(QuestionnaireTemplates, EveryTemplateLoadsWithoutAnyDiagnostic) {
  std::set<std::string> ids;
  for (const auto& file : template_files()) {
    SCOPED_TRACE(file.filename().string());
    const LoadResult r = load_questionnaire(read(file), file.filename().string());
    for (const auto& d : r.diagnostics) ADD_FAILURE() << sw::format(d);
    const Questionnaire& q = r.questionnaire;
    EXPECT_EQ(q.id + ".json", file.filename().string());  // the file is named after its id
    EXPECT_TRUE(ids.insert(q.id).second);
    // Real templates branch, repeat and estimate.
    bool has_repeat = false;
    int conditions = 0;
    for (const auto& s : q.sections) {
      conditions += conditions_in(s.questions) + s.conditions.visible_if.has_value();
      for (const auto& question : s.questions) has_repeat = has_repeat || question.type == QuestionType::Repeat;
    }
    EXPECT_TRUE(has_repeat);
    EXPECT_GE(conditions, 10);
    const Calculated* rom = q.find_calculated("rom_days");
    ASSERT_NE(rom, nullptr);
    EXPECT_EQ(rom->unit, "days");
    EXPECT_NE(q.find_question("timezone"), nullptr);
    // And they survive a round trip through the writer.
    const LoadResult again = load_questionnaire(to_text(q), "again.json");
    EXPECT_TRUE(again.diagnostics.empty());
    EXPECT_EQ(to_text(again.questionnaire), to_text(q));
  }
}

}  // namespace
