// test_engine_incremental.cpp — incremental re-evaluation gives exactly what a full re-evaluation gives, on
// randomly generated branching questionnaires and random answer sequences; and it does only the needed work.
#include <random>

#include "engine_fixture.h"

namespace sw {
namespace {

using nlohmann::json;

// A random questionnaire: numbers, yes/no, choices and texts whose conditions read earlier questions and
// calculated values; calculated values read questions and earlier calculated values; one repeat group.
json random_questionnaire(std::mt19937& rng, int questions, int calculated) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const char* types[] = {"number", "yes_no", "single_choice", "text"};
  std::vector<std::string> kinds;
  auto ref = [&](int below) { return "{q" + std::to_string(pick(below)) + "}"; };
  // A condition over questions below `below` and calculated values below `calcs` (so nothing is cyclic).
  auto condition = [&](int below, int calcs) -> std::string {
    const int k = pick(below);
    const std::string r = "{q" + std::to_string(k) + "}";
    const std::string& kind = kinds[k];
    std::string c;
    if (kind == "number") c = r + (pick(2) ? " > " : " <= ") + std::to_string(pick(5));
    else if (kind == "yes_no") c = r + " = " + (pick(2) ? "true" : "false");
    else if (kind == "single_choice") c = r + " = '" + std::string(1, char('a' + pick(3))) + "'";
    else c = r + (pick(2) ? " notempty" : " empty");
    if (calcs > 0 && pick(4) == 0) c += " or {c" + std::to_string(pick(calcs)) + "} > 3";
    if (below > 1 && pick(3) == 0) c = "(" + c + ") and " + ref(below) + " notempty";
    return c;
  };
  json qs = json::array();
  for (int i = 0; i < questions; ++i) {
    const std::string type = types[pick(4)];
    kinds.push_back(type);
    json q = {{"id", "q" + std::to_string(i)}, {"type", type}, {"label", "Q" + std::to_string(i)}};
    if (type == "single_choice") {
      q["choices"] = json::array();
      for (char v : std::string("abc")) {
        json choice = {{"value", std::string(1, v)}, {"label", std::string(1, v)}};
        if (i > 0 && pick(3) == 0) choice["visible_if"] = condition(i, calculated);
        q["choices"].push_back(choice);
      }
    }
    if (i > 0 && pick(4) != 0) q["visible_if"] = condition(i, calculated);
    if (i > 0 && pick(5) == 0) q["required_if"] = condition(i, calculated);
    if (i > 0 && pick(6) == 0) q["enable_if"] = condition(i, calculated);
    qs.push_back(q);
  }
  json group = {{"id", "g"}, {"type", "repeat"}, {"label", "G"}, {"fields", json::array({
      {{"id", "n"}, {"type", "number"}, {"label", "N"}},
      {{"id", "t"}, {"type", "text"}, {"label", "T"}, {"visible_if", "{entry.n} > 2 or {q0} notempty"}}})}};
  qs.push_back(group);
  json calcs = json::array();
  for (int i = 0; i < calculated; ++i) {
    std::string e = "iif(" + condition(questions, i) + ", " + std::to_string(pick(5)) + ", 1)";
    if (i > 0 && pick(2)) e += " + {c" + std::to_string(pick(i)) + "}";
    if (pick(3) == 0) e += " + sumInArray({g}, 'n')";
    calcs.push_back({{"id", "c" + std::to_string(i)}, {"expression", e}});
  }
  return {{"format", "scopewright.questionnaire/1"}, {"id", "random"}, {"version", "1"}, {"title", "R"},
          {"sections", json::array({{{"id", "s0"}, {"title", "S0"}, {"questions", qs}}})},
          {"calculated", calcs}};
}

json random_answer(std::mt19937& rng, const std::string& type) {
  switch (rng() % 5) {
    case 0: return nullptr;
    default: break;
  }
  if (type == "number") return static_cast<int>(rng() % 7);
  if (type == "yes_no") return rng() % 2 == 0;
  if (type == "single_choice") return std::string(1, char('a' + rng() % 3));
  return rng() % 2 ? "text" : "";
}

void expect_same_state(const engine::Engine& incremental, const engine::Engine& full, int step) {
  ASSERT_EQ(incremental.cached_results(), full.cached_results()) << "after step " << step;
  ASSERT_EQ(incremental.export_answers(), full.export_answers()) << "after step " << step;
  ASSERT_EQ(incremental.visible_sections(), full.visible_sections());
  // The incremental engine's progress is cached per revision (asked every step): it must still be exact.
  ASSERT_EQ(incremental.progress().answered, full.progress().answered) << "after step " << step;
  ASSERT_EQ(incremental.progress().required, full.progress().required) << "after step " << step;
  const auto& section = incremental.questionnaire().sections[0];
  for (std::size_t qi = 0; qi < section.questions.size(); ++qi) {
    const engine::QuestionPos p{0, qi};
    ASSERT_EQ(incremental.question_visible(p), full.question_visible(p)) << section.questions[qi].id;
    ASSERT_EQ(incremental.question_required(p), full.question_required(p)) << section.questions[qi].id;
    ASSERT_EQ(incremental.errors(p).size(), full.errors(p).size()) << section.questions[qi].id;
  }
}

TEST(EngineIncremental, EqualsFullEvaluationOnRandomQuestionnaires) {
  for (unsigned seed = 1; seed <= 25; ++seed) {
    std::mt19937 rng(seed);
    const json doc = random_questionnaire(rng, 30, 6);
    auto incremental = test::engine_for(doc.dump());
    auto full = test::engine_for(doc.dump());
    std::vector<std::string> types;
    for (const auto& q : doc["sections"][0]["questions"]) types.push_back(q["type"]);
    for (int step = 0; step < 120; ++step) {
      const std::size_t k = rng() % types.size();
      if (types[k] == "repeat") {
        if (incremental->entry_count("g") < 3 && rng() % 2) incremental->add_entry("g");
        else if (incremental->entry_count("g") > 0) incremental->set_entry_field("g", rng() % incremental->entry_count("g"), "n", static_cast<int>(rng() % 5));
      } else {
        incremental->set_answer("q" + std::to_string(k), random_answer(rng, types[k]));
      }
      full->set_answers(incremental->answers());  // evaluates everything from scratch
      expect_same_state(*incremental, *full, step);
      if (::testing::Test::HasFatalFailure()) {
        ADD_FAILURE() << "seed " << seed << "\n" << doc.dump(1);
        return;
      }
    }
  }
}

// progress() recounts only the sections whose answers or conditions changed (section_revision): spread the
// random questions over several sections, some shown only on a condition, and compare with an engine that counts
// everything afresh; a section's errors or count never change without its revision changing.
TEST(EngineIncremental, ProgressPerSectionEqualsAFullCountAcrossSections) {
  for (unsigned seed = 1; seed <= 25; ++seed) {
    std::mt19937 rng(seed);
    json doc = random_questionnaire(rng, 32, 4);
    const json all = doc["sections"][0]["questions"];
    json sections = json::array();
    std::vector<std::string> types;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (i % 8 == 0) {
        json section = {{"id", "s" + std::to_string(i / 8)}, {"title", "S"}, {"questions", json::array()}};
        // A section shown on an earlier answer (the first section always shows).
        if (i > 0 && rng() % 2) section["visible_if"] = "{q" + std::to_string(rng() % i) + "} notempty";
        sections.push_back(section);
      }
      json q = all[i];
      if (rng() % 3 == 0) q["required"] = true;
      sections.back()["questions"].push_back(q);
      types.push_back(q["type"]);
    }
    doc["sections"] = sections;
    auto incremental = test::engine_for(doc.dump());
    auto full = test::engine_for(doc.dump());
    // What the runner keeps per section until section_revision changes: it must change whenever they do.
    struct Seen {
      std::uint64_t revision;
      bool errors;
      int answered, required;
    };
    auto seen_now = [&](std::size_t si) {
      const auto p = incremental->section_progress(si);
      return Seen{incremental->section_revision(si), incremental->section_has_errors(si), p.answered, p.required};
    };
    std::vector<Seen> seen;
    for (std::size_t si = 0; si < sections.size(); ++si) seen.push_back(seen_now(si));
    for (int step = 0; step < 150; ++step) {
      const std::size_t k = rng() % types.size();
      if (types[k] == "repeat") {
        if (incremental->entry_count("g") < 3 && rng() % 2) incremental->add_entry("g");
        else if (incremental->entry_count("g") > 0) incremental->remove_entry("g", 0);
      } else {
        incremental->set_answer("q" + std::to_string(k), random_answer(rng, types[k]));
      }
      full->set_answers(incremental->answers());  // every section counted afresh
      ASSERT_EQ(incremental->visible_sections(), full->visible_sections()) << "seed " << seed << " step " << step;
      ASSERT_EQ(incremental->progress().required, full->progress().required) << "seed " << seed << " step " << step;
      ASSERT_EQ(incremental->progress().answered, full->progress().answered) << "seed " << seed << " step " << step;
      for (std::size_t si = 0; si < sections.size(); ++si) {
        const Seen now = seen_now(si);
        if (now.errors != seen[si].errors || now.answered != seen[si].answered || now.required != seen[si].required) {
          ASSERT_NE(now.revision, seen[si].revision) << "section " << si << " changed unseen; seed " << seed << " step " << step;
        }
        seen[si] = now;
      }
    }
  }
}

TEST(EngineIncremental, TheRevisionChangesWithTheStateAndOnlyThen) {
  auto e = test::engine_for(R"({"format": "scopewright.questionnaire/1", "id": "r", "version": "1", "title": "R",
    "sections": [{"id": "s", "title": "S", "questions": [
      {"id": "a", "type": "number", "label": "A", "required": true},
      {"id": "b", "type": "text", "label": "B", "required": true, "visible_if": "{a} > 1"}]}]})");
  const auto start = e->revision();
  EXPECT_EQ(e->progress().required, 1);
  e->progress();
  e->visible_sections();
  EXPECT_EQ(e->revision(), start) << "reading changes nothing";
  e->set_answer("a", 2);  // b appears: required goes up although no answer of b changed
  EXPECT_NE(e->revision(), start);
  EXPECT_EQ(e->progress().required, 2);
  EXPECT_EQ(e->progress().answered, 1);
  const auto after = e->revision();
  e->set_answer("a", 2);  // the same value
  EXPECT_EQ(e->revision(), after);
  e->set_answer("a", 0);
  EXPECT_EQ(e->progress().required, 1);
}

TEST(EngineIncremental, AnAnswerNobodyReadsEvaluatesNothing) {
  auto e = test::engine_for(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "a", "type": "number", "label": "A"},
    {"id": "b", "type": "number", "label": "B", "visible_if": "{a} > 1"},
    {"id": "c", "type": "number", "label": "C", "visible_if": "{a} > 2"},
    {"id": "free", "type": "text", "label": "Nobody reads me"}]}])J"));
  const auto before = e->evaluation_count();
  e->set_answer("free", "hello");
  EXPECT_EQ(e->evaluation_count(), before);
  e->set_answer("a", 3);
  EXPECT_EQ(e->evaluation_count(), before + 2);  // exactly the two conditions that read {a}
}

TEST(EngineIncremental, ChangesRippleThroughCalculatedValuesOnlyWhenTheyChange) {
  auto e = test::engine_for(test::questionnaire_text(R"J([{"id": "s", "title": "S", "questions": [
    {"id": "a", "type": "number", "label": "A"},
    {"id": "b", "type": "number", "label": "B", "visible_if": "{big} = true"}]}])J",
                                                     R"J([{"id": "big", "expression": "{a} > 10"}])J"));
  e->set_answer("a", 1);
  auto before = e->evaluation_count();
  e->set_answer("a", 2);  // big stays false: the condition on b is not re-run
  EXPECT_EQ(e->evaluation_count(), before + 1);
  before = e->evaluation_count();
  e->set_answer("a", 20);  // big flips: b's condition is re-run
  EXPECT_EQ(e->evaluation_count(), before + 2);
  EXPECT_TRUE(e->question_visible(*e->find("b")));
}

}  // namespace
}  // namespace sw
