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

/** Waits until a widget with this label is on screen (frames are slow on a loaded machine); returns it. */
export async function waitItem(page, label, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const it = await item(page, label);
    if (it) return it;
    if (Date.now() > end) throw new Error(`no widget "${label}" after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/** Presses the keys of `text` one after the other. */
export async function typeKeys(page, text) {
  for (const ch of text) await page.keyboard.press(ch);
}

export async function screenshot(page, name) {
  const file = path.join(SHOTS, name + ".png");
  const buf = await page.screenshot({ path: file });
  return buf;
}
