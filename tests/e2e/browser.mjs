// browser.mjs — starts Debian's Chromium for the tests through playwright-core (headless, SwiftShader WebGL,
// no background networking: these machines have no internet), and helpers shared by the browser tests.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// SCOPEWRIGHT_SITE / SCOPEWRIGHT_SHOTS let parallel work trees test their own web build.
export const SITE = process.env.SCOPEWRIGHT_SITE || path.join(REPO, "build/web/site");
export const SHOTS = process.env.SCOPEWRIGHT_SHOTS || path.join(REPO, "build/e2e-screenshots");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function launch() {
  if (!fs.existsSync(path.join(SITE, "scopewright.wasm")))
    throw new Error(`no web build in ${SITE}: run cmake --preset web && cmake --build --preset web`);
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--use-gl=swiftshader", "--enable-unsafe-swiftshader"],
  });
}

/** Opens `url` in a new page, collecting console errors and page errors into the returned `problems`. */
export async function open(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push("console: " + m.text()); });
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  await page.goto(url);
  return { page, problems };
}

/** Waits until the app has drawn its first frame; returns its state. */
export async function waitReady(page, timeout = 30000) {
  await page.waitForFunction(() => window.scopewright && window.scopewright.error === null &&
                                   document.getElementById("overlay").classList.contains("hidden"), null, { timeout });
  return page.evaluate(() => window.scopewright.state());
}

/** The app's widget with this label in the last frame, or null. */
export function item(page, label) {
  return page.evaluate((l) => window.scopewright.item(l), label);
}

/** Clicks the app's widget with this label (in CSS pixels, which is ImGui's coordinate space). */
export async function clickItem(page, label) {
  const it = await item(page, label);
  if (!it) throw new Error(`no widget labelled "${label}" on screen`);
  await page.mouse.click(it.x, it.y);
  await page.waitForTimeout(100);  // a few frames
}

/** Waits until a widget with this label is on screen (frames are slow on a loaded machine); returns it.
 *  `enabled`: skip greyed-out widgets (the sidebar's unavailable entries share some labels). */
export async function waitItem(page, label, timeout = 5000, { enabled = false } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const it = await page.evaluate(([l, e]) => window.scopewright.items().find((i) => i.label === l && !(e && i.disabled)) || null,
                                   [label, enabled]);
    if (it) return it;
    if (Date.now() > end) throw new Error(`no ${enabled ? "enabled " : ""}widget "${label}" after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/** Clicks the widget once it is on screen (a page change shows its widgets a frame or two later).
 *  `hover`: move the pointer there first, so ImGui sees it arrive before the press (popups, drag sources). */
export async function click(page, label, timeout = 5000, options = {}) {
  const it = await waitItem(page, label, timeout, options);
  if (options.hover) {
    await page.mouse.move(it.x, it.y);
    await page.waitForTimeout(100);
  }
  await page.mouse.click(it.x, it.y);
  await page.waitForTimeout(100);  // a few frames
}

/** Presses the keys of `text` one after the other, without waiting for frames in between. */
export async function typeKeys(page, text) {
  for (const ch of text) await page.keyboard.press(ch);
}

/** Like typeKeys, then waits until the page's JavaScript has received every key (not until the app has drawn a
 *  frame): a reload straight after it then tests the app's flush, not the browser's input queue, which a
 *  navigation empties without delivering it when the renderer is busy. */
export async function typeKeysDelivered(page, text) {
  const before = await page.evaluate(() => {
    if (window.__keysDelivered === undefined) {
      window.__keysDelivered = 0;
      window.addEventListener("keydown", () => { window.__keysDelivered++; }, true);
    }
    return window.__keysDelivered;
  });
  await typeKeys(page, text);
  await page.waitForFunction((n) => window.__keysDelivered >= n, before + [...text].length);
}

/** The runner's part of the test state (docs/test-interface.md). */
export const runnerState = (page) => page.evaluate(() => window.scopewright.state().runner);

/** Waits until the runner's state satisfies `check` (polling the test interface); returns that state. */
export async function waitRunner(page, check, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await runnerState(page);
    if (r && check(r)) {
      await page.waitForTimeout(100);  // a few frames, so the page's widgets are laid out for items()
      return r;
    }
    if (Date.now() > end) throw new Error("timed out waiting for " + what + ": " + JSON.stringify(r && { ...r, answers: undefined }));
    await page.waitForTimeout(50);
  }
}

/** The autosaved workspace in localStorage, as {engagements: [...]} in the index's order, or null: the newest
 *  readable index ("scopewright.workspace.index.a"/".b") and the copy of each engagement it names
 *  (docs/engagement.md, "Autosave"). */
export function savedWorkspace(page) {
  return page.evaluate(() => {
    const prefix = "scopewright.workspace";
    let index = null;
    for (const slot of ["a", "b"]) {
      try {
        const candidate = JSON.parse(localStorage.getItem(`${prefix}.index.${slot}`));
        if (candidate && (!index || candidate.generation > index.generation)) index = candidate;
      } catch (e) { /* unreadable: the other slot */ }
    }
    if (!index) return null;
    const engagements = index.engagements.map((entry) =>
      JSON.parse(localStorage.getItem(`${prefix}.engagement.${entry.id}.${entry.slot}`)).engagement);
    return { engagements };
  });
}

/** The native scopewright-cli of this work tree (to compare the app's output with), or null. */
export function findCli() {
  for (const dir of ["native", "native-release"]) {
    const cli = path.join(REPO, "build", dir, "scopewright-cli");
    if (fs.existsSync(cli)) return cli;
  }
  return null;
}

/** Records every request of the context (pages and service workers) with its body; a request to any origin but
 *  `origin` is refused outright (and still recorded). */
export async function recordRequests(context, origin) {
  const seen = [];
  await context.route("**/*", (route) => {
    const r = route.request();
    seen.push({ method: r.method(), url: r.url(), body: r.postData() || "" });
    return new URL(r.url()).origin === origin ? route.continue() : route.abort();
  });
  context.on("request", (r) => {  // requests the router does not see (a service worker's own fetches)
    if (!seen.some((s) => s.url === r.url() && s.method === r.method()))
      seen.push({ method: r.method(), url: r.url(), body: r.postData() || "" });
  });
  return seen;
}

export async function screenshot(page, name) {
  const file = path.join(SHOTS, name + ".png");
  const buf = await page.screenshot({ path: file });
  return buf;
}
