// timing.h — a tiny timing harness that builds the same way natively and with Emscripten (Google Benchmark
// does not build for wasm): run a piece of work many times, one clock reading before and after each run, and
// report the median and the worst run. Honest and simple rather than clever: no batching of tiny runs, so the
// clock's own cost (~20-40 ns natively, ~1 µs in node) is included in every sample.
// Wall time and this thread's CPU time are both kept: on a shared machine (several builds at once) wall time
// includes waiting for a core, CPU time mostly does not. Where there is no thread CPU clock (wasm), CPU = wall.
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>

namespace sw::bench {

struct Timing {
  double median_ms = 0, worst_ms = 0, best_ms = 0;  // wall clock
  double median_cpu_ms = 0;                         // thread CPU time
  int runs = 0;
};

inline double median_of(std::vector<double>& v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

/// This thread's CPU time in ms, or -1 where the platform has no such clock.
inline double thread_cpu_ms() {
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return -1;
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/// Runs `work` `warmup` times untimed, then `runs` times timed, each run timed on its own.
template <class Work>
Timing time_runs(int runs, int warmup, Work&& work) {
  using Clock = std::chrono::steady_clock;
  for (int i = 0; i < warmup; ++i) work();
  std::vector<double> ms, cpu;
  ms.reserve(static_cast<std::size_t>(runs));
  cpu.reserve(static_cast<std::size_t>(runs));
  for (int i = 0; i < runs; ++i) {
    const double cpu_start = thread_cpu_ms();
    const auto start = Clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    cpu.push_back(cpu_start < 0 ? ms.back() : thread_cpu_ms() - cpu_start);
  }
  Timing t;
  t.runs = runs;
  t.median_ms = median_of(ms);
  t.best_ms = ms.front();
  t.worst_ms = ms.back();
  t.median_cpu_ms = median_of(cpu);
  return t;
}

/// One result as a line of JSON (what tests/bench/run.sh collects), e.g.
/// {"bench":"incremental","questions":10000,"median_ms":0.01,"worst_ms":0.2,"best_ms":0.01,"median_cpu_ms":0.01,"runs":2000}
/// `size_key` names what `size` counts (questions, or engagements for the workspace benchmarks).
inline void print_result(const std::string& bench, int size, const Timing& t, const std::string& extra = "",
                         const char* size_key = "questions") {
  std::printf("{\"bench\":\"%s\",\"%s\":%d,\"median_ms\":%.6f,\"worst_ms\":%.6f,\"best_ms\":%.6f,"
              "\"median_cpu_ms\":%.6f,\"runs\":%d%s}\n",
              bench.c_str(), size_key, size, t.median_ms, t.worst_ms, t.best_ms, t.median_cpu_ms, t.runs,
              extra.empty() ? "" : ("," + extra).c_str());
  std::fflush(stdout);
}

}  // namespace sw::bench
