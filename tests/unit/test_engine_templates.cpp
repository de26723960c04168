// test_engine_templates.cpp — every shipped questionnaire compiles with no problem, and a scripted walk through
// each exercises its branches (questions and sections that appear and disappear with the answers).
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine_fixture.h"

namespace sw {
namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::filesystem::path> templates() {
  std::vector<std::filesystem::path> out;
  for (const auto& f : std::filesystem::directory_iterator(std::filesystem::path(SCOPEWRIGHT_SOURCE_DIR) / "assets/questionnaires"))
    if (f.path().extension() == ".json") out.push_back(f.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(EngineTemplates, EveryTemplateCompilesCleanly) {
  const auto files = templates();
  ASSERT_GE(files.size(), 5u);
  for (const auto& f : files) {
    auto c = test::compile(read(f));
    for (const auto& d : c.diagnostics) ADD_FAILURE() << f.filename() << ": " << format(d);
  }
}

// Answers every visible unanswered question with something plausible, section by section, and checks that the
// set of visible questions changes along the way (the template branches) and that the walk ends without errors
// in the required questions it answered.
TEST(EngineTemplates, ScriptedWalkExercisesBranches) {
  for (const auto& f : templates()) {
    auto e = test::engine_for(read(f));
    const auto& q = e->questionnaire();
    auto visible_count = [&] {
      int n = 0;
      for (std::size_t si = 0; si < q.sections.size(); ++si)
        for (std::size_t qi = 0; qi < q.sections[si].questions.size(); ++qi) n += e->question_visible({si, qi});
      return n;
    };
    const int at_start = visible_count();
    int changes = 0;
    for (int pass = 0; pass < 3; ++pass) {
      for (std::size_t si = 0; si < q.sections.size(); ++si) {
        for (std::size_t qi = 0; qi < q.sections[si].questions.size(); ++qi) {
          const auto& question = q.sections[si].questions[qi];
          if (!e->question_visible({si, qi}) || !e->answer(question.id).is_null()) continue;
          nlohmann::json a;
          using T = questionnaire::QuestionType;
          switch (question.type) {
            case T::Number: a = 3; break;
            case T::Currency: a = 12000; break;
            case T::YesNo: a = pass % 2 == 0; break;
            case T::Date: a = "2026-12-01"; break;
            case T::TimeZone: a = "Europe/London"; break;
            case T::Email: a = "ops@example.com"; break;
            case T::Url: a = "https://example.com"; break;
            case T::Phone: a = "+44 20 7946 0000"; break;
            case T::Rating: a = question.scale.min; break;
            case T::SingleChoice: a = question.choices.back().value; break;
            case T::MultipleChoice: {
              a = nlohmann::json::array();
              for (const auto& c : question.choices) a.push_back(c.value);
              if (question.max_selected && static_cast<long long>(a.size()) > *question.max_selected) a.erase(a.begin() + *question.max_selected, a.end());
              break;
            }
            case T::Repeat: e->add_entry(question.id); e->add_entry(question.id); continue;
            default: a = "Example"; break;
          }
          const int before = visible_count();
          e->set_answer(question.id, a);
          changes += visible_count() != before;
        }
      }
    }
    EXPECT_GT(changes, 0) << f.filename() << ": no answer changed what is visible";
    EXPECT_NE(visible_count(), at_start) << f.filename();
    const auto rom = e->calculated("rom_days");
    EXPECT_TRUE(rom.is_number() && rom.as_number() > 0) << f.filename() << ": rom_days = " << expr::to_json_string(rom);
    EXPECT_FALSE(e->export_answers().empty());
  }
}

}  // namespace
}  // namespace sw
