// bench_engine.cpp — the questionnaire engine on synthetic questionnaires of 100, 1,000 and 10,000 questions:
// load + validate, full evaluation, incremental re-evaluation after one answer, export.
// Run: build/native-release/tests/bench/scopewright_bench (numbers printed by Google Benchmark).
#include <benchmark/benchmark.h>

#include <random>

#include "core/engine/engine.h"
#include "core/questionnaire/loader.h"
#include "synthetic_questionnaire.h"

namespace {

using namespace sw;

struct Fixture {
  std::string text;
  nlohmann::json answers;
};

Fixture make(int questions) {
  bench::SyntheticOptions o;
  o.questions = questions;
  return {bench::synthetic_questionnaire(o).dump(), bench::synthetic_answers(o)};
}

std::unique_ptr<engine::Engine> load(const std::string& text) {
  auto loaded = questionnaire::load_questionnaire(text, "synthetic.json");
  Diagnostics ds = loaded.diagnostics;
  auto e = std::make_unique<engine::Engine>(std::move(loaded.questionnaire), &loaded.source_map, "synthetic.json", ds,
                                            expr::EvalContext::at(2026, 11, 22));
  if (has_errors(ds)) std::abort();
  return e;
}

void LoadAndValidate(benchmark::State& state) {
  const auto f = make(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(load(f.text));
  state.counters["json_bytes"] = static_cast<double>(f.text.size());
}

// The loader alone (JSON parse, structure checks, source map), without compiling expressions.
void LoadOnly(benchmark::State& state) {
  const auto f = make(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(questionnaire::load_questionnaire(f.text, "synthetic.json"));
}

void FullEvaluation(benchmark::State& state) {
  const auto f = make(static_cast<int>(state.range(0)));
  auto e = load(f.text);
  for (auto _ : state) e->set_answers(f.answers);
}

// One answer changes (alternating between two values, so every iteration is a real change) on a question in
// the middle of the questionnaire; reports the evaluations each change caused.
void IncrementalChange(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto f = make(n);
  auto e = load(f.text);
  e->set_answers(f.answers);
  std::vector<std::string> ids;
  for (int i = n / 2; i < n / 2 + 64; i += 6) ids.push_back("q" + std::to_string(i));  // numbers (type_of % 6 == 0)
  std::size_t k = 0, before = e->evaluation_count();
  int value = 0;
  for (auto _ : state) {
    e->set_answer(ids[k++ % ids.size()], value++ % 7);
  }
  state.counters["evals_per_change"] =
      static_cast<double>(e->evaluation_count() - before) / static_cast<double>(state.iterations());
}

void Export(benchmark::State& state) {
  const auto f = make(static_cast<int>(state.range(0)));
  auto e = load(f.text);
  e->set_answers(f.answers);
  for (auto _ : state) benchmark::DoNotOptimize(e->export_answers());
}

void Progress(benchmark::State& state) {
  const auto f = make(static_cast<int>(state.range(0)));
  auto e = load(f.text);
  e->set_answers(f.answers);
  for (auto _ : state) benchmark::DoNotOptimize(e->progress());
}

}  // namespace

BENCHMARK(LoadAndValidate)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(LoadOnly)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(FullEvaluation)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(IncrementalChange)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond)->ComputeStatistics("max", [](const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); });
BENCHMARK(Export)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(Progress)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
