// report.mjs — turns the JSON lines of tests/bench/run.sh into build/bench/performance.md: machine details, the
// engine table (native, WASM, survey-core, ratios), the browser table and the targets of issue #8.
//   node report.mjs DIR                    print the report for DIR (native/wasm/surveyjs/browser .jsonl)
//   node report.mjs --splice REPORT DOC    put REPORT between DOC's <!-- bench-table:start/end --> markers
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";

const START = "<!-- bench-table:start -->", END = "<!-- bench-table:end -->";
if (process.argv[2] === "--splice") {
  const [report, doc] = process.argv.slice(3);
  const text = fs.readFileSync(doc, "utf8");
  const a = text.indexOf(START), b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${doc}: no ${START} ... ${END} markers`);
  fs.writeFileSync(doc, text.slice(0, a + START.length) + "\n" + fs.readFileSync(report, "utf8").trim() + "\n" + text.slice(b));
  process.exit(0);
}

const dir = process.argv[2];
const read = (f) => fs.existsSync(path.join(dir, f))
  ? fs.readFileSync(path.join(dir, f), "utf8").split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)) : [];
const native = read("native.jsonl"), wasm = read("wasm.jsonl"), sjs = read("surveyjs.jsonl"), browser = read("browser.jsonl");
const find = (rows, bench, questions) => rows.find((r) => r.bench === bench && (questions === undefined || r.questions === questions));
const sh = (cmd) => { try { return execSync(cmd, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return "?"; } };

const ms = (v) => v === undefined || v === null || Number.isNaN(v) ? "–" : v < 0.01 ? (v * 1000).toFixed(2) + " µs" :
  v < 1 ? (v * 1000).toFixed(0) + " µs" : v < 100 ? v.toFixed(2) + " ms" : v.toFixed(0) + " ms";
const ratio = (a, b) => a && b ? (a / b >= 100 ? (a / b).toFixed(0) : (a / b).toFixed(1)) + "×" : "–";
const kb = (b) => (b / 1000).toFixed(0) + " KB";

const lines = [];
const out = (s = "") => lines.push(s);
const chromium = find(browser, "chromium")?.version;
const loadStart = fs.existsSync(path.join(dir, "loadavg")) ? fs.readFileSync(path.join(dir, "loadavg"), "utf8").trim() : "?";
out(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus()[0]?.model ?? "?"}, ` +
    `${os.cpus().length} cores (load average at start: ${loadStart.split(" ").slice(0, 3).join(" ")}), commit ` +
    `${sh("git rev-parse --short HEAD")}${sh("git status --porcelain --untracked-files=no") ? " + local changes" : ""}; ` +
    `g++ ${sh("g++ -dumpfullversion")}, emcc ${sh("emcc --version | head -1 | sed 's/.* \\([0-9][0-9.]*\\) .*/\\1/'")}, ` +
    `node ${process.version}, Chromium ${chromium ?? "?"}, survey-core ${sjs[0]?.engine?.split(" ")[1] ?? "?"}.`);
out();
out("**Engine** (median of many runs, each timed on its own; worst run in brackets; native CPU = this thread's CPU time):");
out();
out("| benchmark | questions | native | native CPU | WASM (node) | WASM / native | survey-core | survey-core CPU | survey-core CPU / WASM | survey-core CPU / native |");
out("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
const names = { load: "load (parse + structure)", load_validate: "load + validate (+ compile expressions)",
                full_evaluation: "full evaluation (all answers set)", incremental: "re-evaluation after one answer",
                export: "answers export", progress: "progress (per frame)" };
for (const bench of Object.keys(names)) {
  for (const n of [100, 1000, 10000]) {
    const a = find(native, bench, n), w = find(wasm, bench, n);
    if (!a && !w) continue;
    const s = bench === "load_validate" ? find(sjs, "load", n) : bench === "load" ? undefined : find(sjs, bench, n);
    const cell = (r) => r ? `${ms(r.median_ms)} (${ms(r.worst_ms)})` : "–";
    out(`| ${names[bench]} | ${n} | ${cell(a)} | ${ms(a?.median_cpu_ms)} | ${cell(w)} | ${ratio(w?.median_ms, a?.median_ms)} | ` +
        `${cell(s)} | ${ms(s?.median_cpu_ms)} | ${ratio(s?.median_cpu_ms, w?.median_ms)} | ${ratio(s?.median_cpu_ms, a?.median_ms)} |`);
  }
}
const workspaceNames = { workspace_load: "load (parse + check every engagement)", workspace_save: "save (model → compact JSON text)",
                         edit_autosave: "one edit + the autosave after it (that engagement + the index)",
                         edit_autosave_compare_all: "one edit + an autosave comparing every engagement",
                         edit_only: "one edit alone (apply + check of that engagement)",
                         workspace_restore: "app start: restore from autosave (index + every engagement's copy)" };
const workspaceRows = Object.keys(workspaceNames).map((b) => [b, find(native, b), find(wasm, b)]).filter(([, a, w]) => a || w);
if (workspaceRows.length) {
  const bytes = workspaceRows.find(([, a, w]) => (a ?? w).json_bytes)?.[1]?.json_bytes;
  const n = (workspaceRows[0][1] ?? workspaceRows[0][2]).engagements;
  out();
  out(`**Engagement workspace** (${n} engagements in every stage of the load-balancer process, ` +
      `${bytes ? (bytes / 1e6).toFixed(1) + " MB" : "?"} of compact JSON; tests/bench/synthetic_workspace.cpp):`);
  out();
  out("| benchmark | engagements | native | native CPU | WASM (node) | WASM / native |");
  out("|---|---:|---:|---:|---:|---:|");
  const cell = (r) => r ? `${ms(r.median_ms)} (${ms(r.worst_ms)})` : "–";
  for (const [bench, a, w] of workspaceRows)
    out(`| ${workspaceNames[bench]} | ${(a ?? w).engagements} | ${cell(a)} | ${ms(a?.median_cpu_ms)} | ${cell(w)} | ${ratio(w?.median_ms, a?.median_ms)} |`);
}
out();
out("Ratios set survey-core's CPU median (process CPU time, which leaves out waiting for a core) against our wall-clock " +
    "medians: on a busy machine that favours survey-core, so the ratios are lower bounds. ");
out();
out("survey-core's *load* is `new Model(json)` (it compiles conditions lazily), set against our load + validate " +
    "(which parses, checks every field and compiles every expression); its re-evaluation is `setValue` of the same " +
    "question with the same new value as ours.");
out();
out("**Browser** (headless Chromium, SwiftShader WebGL, site on 127.0.0.1; frame CPU = the app's requestAnimationFrame callback; input frames = frames that handled a key or wheel event):");
out();
out("| measurement | median | p95 | worst | notes |");
out("|---|---:|---:|---:|---|");
for (const [bench, label] of [["first_frame", "navigation → first interactive frame (engineer's app, home)"],
                              ["first_frame_designer", "navigation → first interactive frame (designer, ?view=designer)"],
                              ["first_frame_customer", "navigation → first interactive frame (customer link ?q=general)"],
                              ["first_frame_10000", "navigation → first interactive frame (?q= 10,000 questions)"]]) {
  const r = find(browser, bench);
  if (r) out(`| ${label} | ${ms(r.median_ms)} | – | ${ms(r.worst_ms)} | ${r.runs} cold loads |`);
}
for (const [bench, label] of [["scroll_2000", "frame CPU, scrolling a 2,000-question section"],
                              ["typing_10000", "frame CPU, typing in a 10,000-question questionnaire"]]) {
  const r = find(browser, bench);
  if (r) out(`| ${label} | ${ms(r.median_ms)} | ${ms(r.p95_ms)} | ${ms(r.worst_ms)} | ${r.input_frames} input frames of ${r.frames}` +
             `${r.typed_text_arrived === false ? "; the typed text did NOT arrive" : ""} |`);
}
const transfer = browser.filter((r) => r.bench === "transfer");
if (transfer.length) {
  out();
  out("| page | file | raw | gzip -9 |");
  out("|---|---|---:|---:|");
  const pageName = { app: "engineer's app", designer: "designer's page", customer: "customer link" };
  for (const r of transfer) out(`| ${pageName[r.page] || r.page} | ${r.file} | ${kb(r.raw_bytes)} | ${kb(r.gzip_bytes)} |`);
}

// ---- Targets of issue #8 --------------------------------------------------------------------------------
const sjsInc = find(sjs, "incremental", 10000)?.median_cpu_ms;
const targets = [
  ["re-evaluation after one answer, 10k, native median", find(native, "incremental", 10000)?.median_ms, "< 0.2 ms", (v) => v < 0.2, ms],
  ["re-evaluation after one answer, 10k, WASM median", find(wasm, "incremental", 10000)?.median_ms, "< 1 ms", (v) => v < 1, ms],
  ["load + validate 10k, native (CPU median)", find(native, "load_validate", 10000)?.median_cpu_ms, "< 50 ms", (v) => v < 50, ms],
  ["first interactive frame, engineer's app (median)", find(browser, "first_frame")?.median_ms, "< 400 ms", (v) => v < 400, ms],
  ["first interactive frame, designer's page (median)", find(browser, "first_frame_designer")?.median_ms, "< 400 ms", (v) => v < 400, ms],
  ["first interactive frame, customer link (median)", find(browser, "first_frame_customer")?.median_ms, "< 400 ms", (v) => v < 400, ms],
  ["transfer, engineer's app, gzip", transfer.find((r) => r.page === "app" && r.file === "total")?.gzip_bytes,
   "< 700 KB", (v) => v < 700000, kb],
  ["transfer, designer's page, gzip", transfer.find((r) => r.page === "designer" && r.file === "total")?.gzip_bytes,
   "< 700 KB", (v) => v < 700000, kb],
  ["transfer, customer link, gzip", transfer.find((r) => r.page === "customer" && r.file === "total")?.gzip_bytes,
   "< 700 KB", (v) => v < 700000, kb],
  ["frame CPU scrolling 2k section (p95 of input frames)", find(browser, "scroll_2000")?.p95_ms, "< 4 ms", (v) => v < 4, ms],
  ["frame CPU typing in 10k questionnaire (p95 of input frames)", find(browser, "typing_10000")?.p95_ms, "< 4 ms", (v) => v < 4, ms],
  ["survey-core (CPU) / our WASM, re-evaluation 10k (medians)", sjsInc && find(wasm, "incremental", 10000) ? sjsInc / find(wasm, "incremental", 10000).median_ms : undefined,
   "≥ 20×", (v) => v >= 20, (v) => v.toFixed(0) + "×"],
];
out();
out("**Targets** (issue #8):");
out();
out("| target | measured | goal | met |");
out("|---|---:|---:|---|");
for (const [name, v, goal, ok, fmt] of targets)
  out(`| ${name} | ${v === undefined ? "not measured" : fmt(v)} | ${goal} | ${v === undefined ? "–" : ok(v) ? "yes" : "**no**"} |`);
console.log(lines.join("\n"));
