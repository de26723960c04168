// fuzz_engine_answers.cpp — libFuzzer target: the engine of the `all_types` questionnaire fed a random sequence
// of answers (any JSON type, choice values, repeat entries added, moved, removed). After the sequence the
// incrementally maintained results must equal a full re-evaluation, and export must not fail.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "core/engine/engine.h"
#include "core/questionnaire/loader.h"

namespace {

const sw::questionnaire::LoadResult& loaded() {
  static const sw::questionnaire::LoadResult result = [] {
    std::ifstream in(SCOPEWRIGHT_SOURCE_DIR "/tests/data/questionnaire/all_types.json");
    std::ostringstream text;
    text << in.rdbuf();
    auto r = sw::questionnaire::load_questionnaire(text.str(), "all_types.json");
    if (!r.ok()) std::abort();
    return r;
  }();
  return result;
}

/// A value of any JSON type, biased towards what questions accept (the choice values of `q` among them).
nlohmann::json random_value(FuzzedDataProvider& in, const sw::questionnaire::Question& q) {
  switch (in.ConsumeIntegralInRange(0, 8)) {
    case 0: return nullptr;
    case 1: return in.ConsumeBool();
    case 2: return in.ConsumeIntegralInRange<int>(-1000, 1000);
    case 3: return in.ConsumeFloatingPoint<double>();
    case 4: return in.ConsumeRandomLengthString(64);
    case 5:
      if (!q.choices.empty()) return q.choices[in.ConsumeIntegralInRange<std::size_t>(0, q.choices.size() - 1)].value;
      return "2024-02-29";
    case 6: {
      nlohmann::json list = nlohmann::json::array();
      for (int n = in.ConsumeIntegralInRange(0, 4); n > 0; --n)
        list.push_back(q.choices.empty() ? in.ConsumeRandomLengthString(8)
                                         : q.choices[in.ConsumeIntegralInRange<std::size_t>(0, q.choices.size() - 1)].value);
      return list;
    }
    case 7: return nlohmann::json::object({{in.ConsumeRandomLengthString(8), in.ConsumeIntegral<int>()}});
    default: return "Europe/London";
  }
}

std::vector<std::string> snapshot(const sw::engine::Engine& e) {
  std::vector<std::string> out;
  for (const auto& v : e.cached_results()) out.push_back(sw::expr::to_json_string(v));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  sw::Diagnostics diagnostics;
  sw::engine::Engine engine(loaded().questionnaire, &loaded().source_map, "all_types.json", diagnostics,
                            sw::expr::EvalContext::at(2026, 11, 22));
  const auto& q = engine.questionnaire();
  std::vector<const sw::questionnaire::Question*> questions;
  for (const auto& s : q.sections)
    for (const auto& question : s.questions) questions.push_back(&question);

  for (int step = 0; step < 64 && in.remaining_bytes() > 0; ++step) {
    const auto& question = *questions[in.ConsumeIntegralInRange<std::size_t>(0, questions.size() - 1)];
    const std::size_t entries = engine.entry_count(question.id);
    // Bytes are consumed into named values, one statement each: the order in which a compiler evaluates
    // function arguments is unspecified (clang and gcc differ), and a saved finding must replay the same way
    // under both (tests/fuzz/replay_main.cpp runs the findings in the gcc build).
    switch (in.ConsumeIntegralInRange(0, 5)) {
      case 0: engine.add_entry(question.id); break;
      case 1: engine.remove_entry(question.id, in.ConsumeIntegralInRange<std::size_t>(0, entries)); break;
      case 2: {
        const auto from = in.ConsumeIntegralInRange<std::size_t>(0, entries);
        const auto to = in.ConsumeIntegralInRange<std::size_t>(0, entries);
        engine.move_entry(question.id, from, to);
        break;
      }
      case 3:
        if (!question.fields.empty()) {
          const auto& field = question.fields[in.ConsumeIntegralInRange<std::size_t>(0, question.fields.size() - 1)];
          const auto entry = in.ConsumeIntegralInRange<std::size_t>(0, entries);
          auto value = random_value(in, field);
          engine.set_entry_field(question.id, entry, field.id, std::move(value));
        }
        break;
      case 4: {
        const std::string id = question.id + (in.ConsumeBool() ? ".other" : "");
        auto value = random_value(in, question);
        engine.set_answer(id, std::move(value));
        break;
      }
      default: engine.set_answer(question.id, random_value(in, question)); break;
    }
  }
  for (std::size_t s = 0; s < q.sections.size(); ++s) {
    (void)engine.section_visible(s);
    for (std::size_t i = 0; i < q.sections[s].questions.size(); ++i) (void)engine.errors({s, i});
  }
  (void)engine.export_document({});
  const auto incremental = snapshot(engine);
  engine.full_reevaluate();
  if (snapshot(engine) != incremental) std::abort();  // the incremental path missed a dependency
  return 0;
}
