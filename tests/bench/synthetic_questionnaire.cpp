// synthetic_questionnaire.cpp — see synthetic_questionnaire.h. Deterministic for a given seed.
#include "synthetic_questionnaire.h"

#include <algorithm>
#include <random>
#include <string>

namespace sw::bench {
namespace {

// Question i's type: a mix like the real templates.
const char* type_of(int i) {
  static const char* const kTypes[] = {"number", "yes_no", "single_choice", "text", "number", "multiple_choice"};
  return kTypes[i % 6];
}

std::string q(int i) { return "{q" + std::to_string(i) + "}"; }

std::string condition_on(int k) {
  const std::string t = type_of(k);
  if (t == "number") return q(k) + " > " + std::to_string(k % 5);
  if (t == "yes_no") return q(k) + " = true";
  if (t == "single_choice") return q(k) + " != 'c'";
  if (t == "multiple_choice") return q(k) + " contains 'a'";
  return q(k) + " notempty";
}

}  // namespace

nlohmann::json synthetic_questionnaire(const SyntheticOptions& o) {
  std::mt19937 rng(o.seed);
  nlohmann::json sections = nlohmann::json::array();
  for (int i = 0; i < o.questions; ++i) {
    if (i % o.section_size == 0)
      sections.push_back({{"id", "s" + std::to_string(i / o.section_size)},
                          {"title", "Section " + std::to_string(i / o.section_size)},
                          {"questions", nlohmann::json::array()}});
    nlohmann::json question = {{"id", "q" + std::to_string(i)}, {"type", type_of(i)},
                               {"label", "Question " + std::to_string(i)}};
    if (std::string(type_of(i)).find("choice") != std::string::npos) {
      question["choices"] = nlohmann::json::array();
      for (const char* v : {"a", "b", "c"}) question["choices"].push_back({{"value", v}, {"label", v}});
    }
    // Dense branching: 4 of 5 questions depend on one or two earlier ones, mostly nearby (like real forms).
    if (i > 0 && rng() % 5 != 0) {
      const int near = i - 1 - static_cast<int>(rng() % std::min(i, 20));
      std::string c = condition_on(near);
      if (rng() % 3 == 0) c += " or " + condition_on(static_cast<int>(rng() % i));
      question["visible_if"] = c;
    }
    if (i > 0 && rng() % 10 == 0) question["required_if"] = condition_on(static_cast<int>(rng() % i));
    sections.back()["questions"].push_back(question);
  }
  sections.back()["questions"].push_back(
      {{"id", "sites"}, {"type", "repeat"}, {"label", "Sites"},
       {"fields", {{{"id", "name"}, {"type", "text"}, {"label", "Name"}},
                   {{"id", "vips"}, {"type", "number"}, {"label", "VIPs"}},
                   {{"id", "gslb"}, {"type", "yes_no"}, {"label", "GSLB"}, {"visible_if", "{entry.vips} > 1"}}}}});
  nlohmann::json calculated = nlohmann::json::array();
  const int calcs = std::max(1, o.questions / 100);
  for (int c = 0; c < calcs; ++c) {
    const int base = (c * 97) % o.questions;
    std::string e = "iif(" + condition_on(base) + ", 2, 1)";
    if (c > 0) e += " + {c" + std::to_string(c - 1) + "}";
    if (c == calcs - 1) e += " + sumInArray({sites}, 'vips')";
    calculated.push_back({{"id", "c" + std::to_string(c)}, {"expression", e}});
  }
  return {{"format", "scopewright.questionnaire/1"}, {"id", "synthetic-" + std::to_string(o.questions)},
          {"version", "1"}, {"title", "Synthetic " + std::to_string(o.questions)}, {"sections", sections},
          {"calculated", calculated}};
}

nlohmann::json synthetic_answers(const SyntheticOptions& o) {
  nlohmann::json answers = nlohmann::json::object();
  for (int i = 0; i < o.questions; ++i) {
    const std::string t = type_of(i), id = "q" + std::to_string(i);
    if (t == "number") answers[id] = i % 7;
    else if (t == "yes_no") answers[id] = i % 2 == 0;
    else if (t == "single_choice") answers[id] = std::string(1, static_cast<char>('a' + i % 3));
    else if (t == "multiple_choice") answers[id] = nlohmann::json::array({"a", "b"});
    else answers[id] = "answer " + std::to_string(i);
  }
  nlohmann::json sites = nlohmann::json::array();
  for (int e = 0; e < o.repeat_entries; ++e)
    sites.push_back({{"name", "site " + std::to_string(e)}, {"vips", e % 4}, {"gslb", e % 2 == 0}});
  answers["sites"] = sites;
  return answers;
}

std::vector<std::string> changed_questions(int questions, int count) {
  const int numbers = (questions + 5) / 6;  // question i is a number when i % 6 == 0
  count = std::min(count, numbers);
  std::vector<std::string> ids;
  for (int j = 0; j < count; ++j) ids.push_back("q" + std::to_string(6 * (static_cast<long long>(j) * numbers / count)));
  return ids;
}

}  // namespace sw::bench
