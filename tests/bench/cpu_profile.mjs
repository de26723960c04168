// cpu_profile.mjs — where the main thread's time goes while the app does something: Chromium's sampling profiler
// (DevTools protocol) around an action, summarised as the functions with the most time of their own ("self") and
// with the most time including what they call ("inclusive"). WebAssembly functions have names when the site is
// linked with --profiling-funcs (tests/bench/run.sh --profile does that in a separate build).
const label = (node) => node.callFrame.functionName || `(anonymous ${node.callFrame.url.split("/").pop() || "?"})`;

/** Runs `act` under the profiler (sampling every `intervalUs` µs); returns { totalMs, self, inclusive }. */
export async function profile(page, act, { intervalUs = 200, top = 25 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await cdp.send("Profiler.start");
  try {
    await act();
  } finally {
    var { profile: p } = await cdp.send("Profiler.stop");
    await cdp.detach();
  }
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const sampled = new Map();  // node id -> µs
  p.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) || 0) + (p.timeDeltas[i] || 0)));
  const self = new Map(), inclusive = new Map();
  for (const [id, us] of sampled) {
    const own = label(nodes.get(id));
    self.set(own, (self.get(own) || 0) + us);
    const counted = new Set();  // a recursive function counts once per sample
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = label(nodes.get(cur));
      if (counted.has(name)) continue;
      counted.add(name);
      inclusive.set(name, (inclusive.get(name) || 0) + us);
    }
  }
  const ranked = (m) => [...m].filter(([k]) => !/^\((root|idle|program|garbage collector)\)$/.test(k))
    .sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ ms: Math.round(us / 100) / 10, name }));
  const busy = [...sampled].filter(([id]) => label(nodes.get(id)) !== "(idle)").reduce((a, [, us]) => a + us, 0);
  return { totalMs: Math.round(busy / 100) / 10, self: ranked(self), inclusive: ranked(inclusive) };
}

/** The summary as text, one function per line (long C++ names cut). */
export function formatProfile(title, r) {
  const line = ({ ms, name }) => `${String(ms).padStart(8)} ms  ${name.slice(0, 140)}`;
  return [`== ${title}: ${r.totalMs} ms busy`, "-- self", ...r.self.map(line), "-- inclusive", ...r.inclusive.map(line)].join("\n");
}
