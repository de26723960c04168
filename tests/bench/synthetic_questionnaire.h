// synthetic_questionnaire.h — large questionnaires for benchmarks: N questions in sections of 50 (by default), dense
// branching (most questions have a condition on earlier answers), calculated values, one repeat group.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sw::bench {

struct SyntheticOptions {
  int questions = 1000;
  int section_size = 50;     // questions per section (2,000 in one section for the runner's scrolling benchmark)
  int repeat_entries = 100;  // entries in the answers of the repeat group
  unsigned seed = 42;
};

/// The questionnaire (format scopewright.questionnaire/1).
nlohmann::json synthetic_questionnaire(const SyntheticOptions& options);

/// Answers for it: every question answered, the repeat group with `repeat_entries` entries.
nlohmann::json synthetic_answers(const SyntheticOptions& options);

/// The number questions the incremental benchmarks change, spread evenly over the questionnaire (at most
/// `count`). tests/bench/surveyjs_bench.mjs picks the same ones: keep the two in step.
std::vector<std::string> changed_questions(int questions, int count = 200);

}  // namespace sw::bench
