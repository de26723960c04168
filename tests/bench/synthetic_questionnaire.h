// synthetic_questionnaire.h — large questionnaires for benchmarks: N questions in sections of 50, dense
// branching (most questions have a condition on earlier answers), calculated values, one repeat group.
#pragma once

#include <nlohmann/json.hpp>

namespace sw::bench {

struct SyntheticOptions {
  int questions = 1000;
  int repeat_entries = 100;  // entries in the answers of the repeat group
  unsigned seed = 42;
};

/// The questionnaire (format scopewright.questionnaire/1).
nlohmann::json synthetic_questionnaire(const SyntheticOptions& options);

/// Answers for it: every question answered, the repeat group with `repeat_entries` entries.
nlohmann::json synthetic_answers(const SyntheticOptions& options);

}  // namespace sw::bench
