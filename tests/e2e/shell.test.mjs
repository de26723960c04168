// shell.test.mjs — the app shell in a real browser (Chromium + SwiftShader WebGL2) on the real WASM build:
// first frame, a non-blank canvas, no console errors, the test interface, resizing, high-DPI, sub-paths,
// offline after one visit, and readable errors when the browser cannot run the app.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./static-server.mjs";
import { decodePng, distinctColours } from "./png.mjs";
import { launch, open, waitReady, item, clickItem, recordRequests, screenshot, SITE } from "./browser.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("reaches its first frame with a drawn canvas and no console errors", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url);
  const state = await waitReady(page);
  assert.equal(state.product, "Scopewright");
  assert.match(state.version, /^\d+\.\d+\.\d+$/);
  assert.equal(state.screen, "home");
  assert.equal(state.font_error, "");
  assert.equal(state.display.width, 1280);
  assert.equal(state.display.height, 800);

  const img = decodePng(await screenshot(page, "shell-home-1280x800"));
  assert.ok(distinctColours(img) > 20, "the canvas looks blank");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the test interface lists widgets; the sidebar opens each screen", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url);
  await waitReady(page);
  const home = await item(page, "Home");
  assert.ok(home, "sidebar has Home");
  assert.equal(home.disabled, false);
  for (const [label, screen] of [["Engagements", "engagements"], ["Questionnaire", "questionnaire"], ["Home", "home"]]) {
    await clickItem(page, label);
    // A screen's view is made when first shown: on a busy machine that frame can come after clickItem's wait.
    await page.waitForFunction((s) => window.scopewright.state().screen === s, screen, { timeout: 5000 }).catch(() => {});
    assert.equal((await page.evaluate(() => window.scopewright.state())).screen, screen, "after clicking " + label);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the designer is a page of its own: its module is downloaded only when opened, and the sidebar leads back", async () => {
  // No service worker here: it fetches the designer for offline use once the app is up (the offline test).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const requests = await recordRequests(context, new URL(server.url).origin);
  const { page, problems } = await open(context, server.url);
  await waitReady(page);
  const before = requests.map((r) => new URL(r.url).pathname);
  assert.ok(before.includes("/scopewright.wasm"), before.join(", "));
  assert.ok(!before.some((p) => p.startsWith("/designer.")), "the designer was downloaded with the app: " + before.join(", "));

  await clickItem(page, "Designer");
  await page.waitForURL(/\?view=designer$/, { timeout: 10000 });
  let state = await waitReady(page);
  assert.equal(state.screen, "designer");
  assert.ok(state.designer, "the designer's state is reported");
  assert.ok(requests.some((r) => new URL(r.url).pathname === "/designer.wasm"));
  await screenshot(page, "shell-designer-page");

  await clickItem(page, "Engagements");  // a screen of the engineer's module: back to it
  await page.waitForURL(/\?view=engagements$/, { timeout: 10000 });
  state = await waitReady(page);
  assert.equal(state.screen, "engagements");
  await page.goBack();  // the browser's Back returns to the designer's page
  state = await waitReady(page);
  assert.equal(state.screen, "designer");
  assert.deepEqual(problems, []);
  await context.close();
});

test("follows the window size: phone-sized layout moves navigation to the top", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await open(context, server.url);
  await waitReady(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => window.scopewright.state().display.width === 390, null, { timeout: 5000 });
  const state = await page.evaluate(() => window.scopewright.state());
  assert.equal(state.display.height, 844);
  const home = await item(page, "Home");
  const questionnaire = await item(page, "Questionnaire");
  assert.ok(Math.abs(home.y - questionnaire.y) < 2, "navigation items side by side");
  await screenshot(page, "shell-home-phone-390x844");
  await context.close();
});

test("renders at the device pixel ratio on high-DPI screens", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
  const { page, problems } = await open(context, server.url);
  const state = await waitReady(page);
  assert.equal(state.display.width, 900);
  assert.equal(state.display.framebuffer_scale, 2);
  const size = await page.evaluate(() => [document.getElementById("canvas").width, document.getElementById("canvas").height]);
  assert.deepEqual(size, [1800, 1200]);
  await screenshot(page, "shell-home-hidpi-2x");
  assert.deepEqual(problems, []);
  await context.close();
});

test("works from a sub-path of a static host (relative URLs only)", async () => {
  const sub = await serve(SITE, "/teams/professional-services/scopewright/");
  const context = await browser.newContext();
  const { page, problems } = await open(context, sub.url);
  await waitReady(page);
  assert.ok(sub.requests.every((r) => r.startsWith("/teams/professional-services/scopewright/")),
            "requests outside the sub-path: " + sub.requests.join(", "));
  assert.deepEqual(problems, []);
  await context.close();
  await sub.close();
});

// Waits until the service worker has cached `file` (the page asks it to cache its module once it runs).
async function waitCached(page, file) {
  await page.waitForFunction(async (f) => {
    await navigator.serviceWorker.ready;
    for (const key of await caches.keys()) {
      if (key.startsWith("scopewright-") && await (await caches.open(key)).match(f)) return true;
    }
    return false;
  }, file, { timeout: 15000, polling: 200 });
}

test("opens with no network after one online visit, the designer too (service worker)", async () => {
  const context = await browser.newContext();
  const { page } = await open(context, server.url);
  await waitReady(page);
  await waitCached(page, "scopewright.wasm");
  await waitCached(page, "designer.wasm");  // fetched in the background once the app is up
  await context.setOffline(true);
  await page.reload();
  const state = await waitReady(page);
  assert.equal(state.screen, "home");
  await screenshot(page, "shell-offline");
  await page.goto(server.url + "?view=designer");  // never opened online
  assert.equal((await waitReady(page)).screen, "designer");
  await context.close();
});

test("a customer's link loads the questionnaire module alone, and opens offline after one visit", async () => {
  const context = await browser.newContext();
  const requests = await recordRequests(context, new URL(server.url).origin);
  const { page } = await open(context, server.url + "?q=general");
  const state = await waitReady(page);
  assert.equal(state.customer_link, true);
  await waitCached(page, "questionnaire.wasm");
  const paths = requests.map((r) => new URL(r.url).pathname);
  assert.ok(paths.includes("/questionnaire.wasm"), paths.join(", "));
  assert.ok(!paths.some((p) => p.startsWith("/scopewright.")), "the engineer's app was downloaded: " + paths.join(", "));
  await context.setOffline(true);
  await page.reload();
  const again = await waitReady(page);
  assert.equal(again.runner.questionnaire, "general");
  await screenshot(page, "shell-customer-offline");
  await context.close();
});

test("says so, readably, when WebGL 2 is unavailable", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === "webgl2" ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.scopewright && window.scopewright.error !== null);
  const text = await page.textContent("#error");
  assert.match(text, /WebGL 2 is not available/);
  await screenshot(page, "shell-error-no-webgl2");
  await context.close();
});

// The error the page shows when `file` is answered with `response` (route.fulfill's options); a screenshot if named.
async function startupError(file, response, shot) {
  const context = await browser.newContext();
  await context.route("**/" + file, (route) => route.fulfill(response));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.scopewright && window.scopewright.error !== null);
  const text = await page.textContent("#error");
  if (shot) await screenshot(page, shot);
  await context.close();
  return text;
}

test("says so, readably, when the app cannot be downloaded", async () => {
  assert.match(await startupError("scopewright.wasm", { status: 404, body: "gone" }), /could not be loaded.*HTTP 404/s);
});

test("says so, readably, when the app's data package cannot be downloaded or lacks the font", async () => {
  assert.match(await startupError("scopewright.data", { status: 404, body: "gone" }),
               /scopewright\.data could not be loaded \(HTTP 404\)/);
  // A package with no files: the app starts and misses its font.
  assert.match(await startupError("scopewright.data", { status: 200, body: "SWPACK1\n" }, "shell-error-no-font"),
               /could not start.*UI font \(\/fonts\/ui\.otf\) is missing/s);
});
