// timing.mjs — the JavaScript twin of timing.h: each run timed on its own with performance.now() (and the
// process's CPU time, process.cpuUsage, which on a shared machine excludes waiting for a core), median and
// worst reported. `budgetMs` stops early (after at least `minRuns`) when a slow engine would take minutes.
const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

export function timeRuns(runs, warmup, work, budgetMs = Infinity, minRuns = 5) {
  for (let i = 0; i < warmup; ++i) work();
  const ms = [], cpu = [];
  const start = performance.now();
  for (let i = 0; i < runs; ++i) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (ms.length >= minRuns && performance.now() - start > budgetMs) break;
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { median_ms: median(ms), worst_ms: sorted[sorted.length - 1], best_ms: sorted[0], median_cpu_ms: median(cpu),
           runs: ms.length };
}
