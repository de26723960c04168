// autosave-flush.test.mjs — nothing typed is lost when the page goes away at once: keys typed into a field and
// the page reloaded or closed straight after (no wait for the 0.4–0.5 s autosave) are found again, in the
// customer's runner and in the engagement editor. The page's visibilitychange / pagehide listeners make the app
// handle the queued keys and write its autosave (docs/runner.md, "Saving").
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./static-server.mjs";
import { launch, open, waitReady, click, waitItem, typeKeys, typeKeysDelivered, savedWorkspace, screenshot, SITE } from "./browser.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const state = (page) => page.evaluate(() => window.scopewright.state());

test("runner: text typed and the page reloaded at once is restored", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url + "?q=general");
  await waitReady(page);
  await click(page, "Start");
  await click(page, "Organisation name");
  await typeKeysDelivered(page, "Acme Flush Ltd");
  await page.reload();  // no wait: the last keys are still queued and the autosave not yet due
  await waitReady(page);
  const end = Date.now() + 5000;
  let r = (await state(page)).runner;
  while ((!r || r.status !== "ready") && Date.now() < end) {
    await page.waitForTimeout(50);
    r = (await state(page)).runner;
  }
  assert.equal(r.answers.customer_name, "Acme Flush Ltd");
  assert.equal(r.saved_progress, true);
  await screenshot(page, "flush-runner-after-reload");
  assert.deepEqual(problems, []);
  await context.close();
});

test("runner: text typed and the tab closed at once is there in a new tab", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await open(context, server.url + "?q=general");
  await waitReady(first.page);
  await click(first.page, "Start");
  await click(first.page, "Organisation name");
  await typeKeysDelivered(first.page, "Closed Co");
  await first.page.close({ runBeforeUnload: true });

  const { page } = await open(context, server.url + "?q=general");
  await waitReady(page);
  const saved = await page.evaluate(() => localStorage.getItem("scopewright.runner.general.answers"));
  assert.ok(saved, "the answers were saved");
  assert.equal(JSON.parse(saved).answers.customer_name, "Closed Co");
  await context.close();
});

test("engagement editor: a title typed and the page reloaded at once is restored", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url + "?view=engagements");
  await waitReady(page);
  await click(page, "New engagement");
  await waitItem(page, "Create");  // the dialog is open, its title field focused
  await typeKeys(page, "Migration");
  await click(page, "Create");
  await waitItem(page, "Overview");  // the record is open (the dialog, which has a "Title" field too, is gone)
  await page.waitForTimeout(200);
  await click(page, "Title");
  await page.keyboard.press("End");
  await typeKeysDelivered(page, " of the web farm");
  await page.reload();
  await waitReady(page);
  const saved = await savedWorkspace(page);
  assert.ok(saved, "the workspace was saved");
  assert.equal(saved.engagements.length, 1);
  assert.equal(saved.engagements[0].title, "Migration of the web farm");
  await screenshot(page, "flush-engagement-after-reload");
  assert.deepEqual(problems, []);
  await context.close();
});
