// browser_bench.mjs — the app in headless Chromium (playwright-core + Debian's chromium, as tests/e2e): time to
// the first interactive frame, transfer size, and frame CPU time while scrolling a 2,000-question section and
// while typing into a 10,000-question questionnaire.
//   SCOPEWRIGHT_SITE=DIR node browser_bench.mjs   DIR: the web build with forms/q-*.json copied next to it
// Prints one JSON line per result.
//
// How frame time is measured: an init script wraps window.requestAnimationFrame, so every callback of the app's
// main loop (emscripten_set_main_loop → one ImGui frame: input, layout, engine calls, GL command encoding) is
// timed with performance.now() before and after. That is the main thread's CPU time for the frame; the GPU
// process's rasterisation (SwiftShader here) is not in it. A frame is an "input frame" when a key or wheel
// event arrived since the previous frame: those are the frames that do the work (re-evaluation, scrolling).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch, SITE } from "../e2e/browser.mjs";
import { serve } from "../e2e/static-server.mjs";
import { profile, formatProfile } from "./cpu_profile.mjs";

const RUNS = Number(process.env.BENCH_BROWSER_RUNS || 5);
// BENCH_PROFILE=1: also profile each scenario once and print where the time went (to stderr).
const PROFILE = process.env.BENCH_PROFILE === "1";
const profiled = async (page, title, act) => {
  if (!PROFILE) return act();
  let result;
  console.error(formatProfile(title, await profile(page, async () => { result = await act(); })));
  return result;
};
const emit = (r) => console.log(JSON.stringify(r));
const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

const FRAME_PROBE = () => {
  window.__bench = { frames: [], input: false, recording: false };
  const b = window.__bench;
  for (const type of ["keydown", "wheel", "mousedown"]) window.addEventListener(type, () => { b.input = true; }, true);
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const input = b.input;
    b.input = false;
    const t0 = performance.now();
    cb(ts);
    if (b.recording) b.frames.push({ ms: performance.now() - t0, input });
  });
};

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  await context.addInitScript(FRAME_PROBE);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  return { context, page, problems };
}

// Navigation start → window.scopewright.ready (the first frame is on screen and the loading overlay hidden).
async function firstFrame(browser, url, title = null) {
  const { context, page, problems } = await newPage(browser);
  const ms = await (title ? (act) => profiled(page, title, act) : (act) => act())(async () => {
    await page.goto(url);
    // readyAt: when the first frame was on screen (the page may be busy again by the time this runs).
    return page.evaluate(async () => { await window.scopewright.ready; return window.scopewright.readyAt; });
  });
  if (problems.length) throw new Error(problems.join("\n"));
  return { context, page, ms };
}

async function waitFor(page, fn, arg, what, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting for " + what);
    await page.waitForTimeout(50);
  }
}

const clickLabel = async (page, label) => {
  // Wait for the questionnaire to be fetched and loaded (the page is ready before that) before clicking Start.
  await waitFor(page, () => window.scopewright.state().runner?.status === "ready", null, "the questionnaire");
  await page.waitForTimeout(500);
  const it = await waitFor(page, (l) => window.scopewright.item(l), label, `"${label}"`);
  await page.mouse.move(it.x, it.y);
  await page.waitForTimeout(150);  // a few frames with the pointer over it, then the click
  await page.mouse.click(it.x, it.y);
};

async function record(page, act, title) {
  await page.evaluate(() => { window.__bench.frames = []; window.__bench.recording = true; });
  await profiled(page, title, act);
  await page.waitForTimeout(100);
  return page.evaluate(() => { window.__bench.recording = false; return window.__bench.frames; });
}

function frameStats(name, frames, extra = {}) {
  const input = frames.filter((f) => f.input).map((f) => f.ms);
  const all = frames.map((f) => f.ms);
  emit({ bench: name, frames: all.length, input_frames: input.length, median_ms: median(input), p95_ms: pct(input, 0.95),
         worst_ms: Math.max(...input), all_frames_median_ms: median(all), ...extra });
}

const browser = await launch();
const server = await serve(SITE);
try {
  const version = await browser.version();
  emit({ bench: "chromium", version });

  // ---- Transfer: what a first visit downloads, raw and gzip -9 (what a static host would send compressed) --
  // Per page: the engineer's app (scopewright.*), the designer's page (designer.*, ?view=designer) and a
  // customer's questionnaire link (questionnaire.*); the page and shell.js are shared.
  for (const [page, module] of [["app", "scopewright"], ["designer", "designer"], ["customer", "questionnaire"]]) {
    let raw = 0, gz = 0;
    for (const f of ["index.html", "shell.js", `${module}.js`, `${module}.wasm`, `${module}.data`]) {
      const bytes = fs.readFileSync(path.join(SITE, f));
      const g = zlib.gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length; gz += g;
      emit({ bench: "transfer", page, file: f, raw_bytes: bytes.length, gzip_bytes: g });
    }
    emit({ bench: "transfer", page, file: "total", raw_bytes: raw, gzip_bytes: gz });
  }

  // ---- First interactive frame: the engineer's home; a customer's link to a template and to 10,000 questions --
  for (const [name, query] of [["first_frame", ""], ["first_frame_designer", "?view=designer"], ["first_frame_customer", "?q=general"],
                               ["first_frame_10000", "?q=forms/q-10000.json"]]) {
    const times = [];
    for (let i = PROFILE ? -1 : 0; i < RUNS; ++i) {  // the profiled run (-1) is not counted
      const { context, ms } = await firstFrame(browser, server.url + "index.html" + query, i < 0 ? name : null);
      if (i >= 0) times.push(ms);
      await context.close();
    }
    emit({ bench: name, median_ms: median(times), worst_ms: Math.max(...times), runs: times.length });
  }

  // ---- Scrolling the 2,000-question section ------------------------------------------------------------
  {
    const { context, page } = await firstFrame(browser, server.url + "index.html?q=forms/q-2000-one-section.json");
    await clickLabel(page, "Start");
    await waitFor(page, () => window.scopewright.state().runner?.page === "section", null, "the section page");
    await page.waitForTimeout(300);
    await page.mouse.move(900, 450);
    const frames = await record(page, async () => {
      for (let i = 0; i < 60; ++i) { await page.mouse.wheel(0, i < 30 ? 400 : -250); await page.waitForTimeout(20); }
    }, "scroll_2000");
    const r = await page.evaluate(() => window.scopewright.state().runner);
    frameStats("scroll_2000", frames, { section: r?.section_id });
    await page.screenshot({ path: path.join(process.env.BENCH_SHOTS || "/tmp", "bench-scroll.png") });
    await context.close();
  }

  // ---- Typing into a text question of the 10,000-question questionnaire ---------------------------------
  {
    const { context, page } = await firstFrame(browser, server.url + "index.html?q=forms/q-10000.json");
    await clickLabel(page, "Start");
    await waitFor(page, () => window.scopewright.state().runner?.page === "section", null, "the section page");
    await page.waitForTimeout(300);
    // A text question on the first page: synthetic question i is a text question when i % 6 == 3.
    const field = await waitFor(page, () => window.scopewright.items().find((it) => {
      const m = /^Question (\d+)$/.exec(it.label);
      return m && Number(m[1]) % 6 === 3;
    }), null, "a text question");
    await page.mouse.move(field.x, field.y);
    await page.waitForTimeout(150);
    await page.mouse.click(field.x, field.y);
    await page.waitForTimeout(200);
    const text = "typing into a big questionnaire";
    const frames = await record(page, async () => {
      for (const ch of text) { await page.keyboard.press(ch === " " ? "Space" : ch); await page.waitForTimeout(30); }
    }, "typing_10000");
    // The last keys may still be queued (ImGui takes them a frame at a time): give them time to arrive.
    const typed = await waitFor(page, (t) => Object.values(window.scopewright.state().runner?.answers || {}).includes(t),
                                text, "the typed text", 3000).then(() => true, () => false);
    frameStats("typing_10000", frames, { field: field.label, typed_text_arrived: typed });
    await page.screenshot({ path: path.join(process.env.BENCH_SHOTS || "/tmp", "bench-typing.png") });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
