// autosave-flush.test.mjs — nothing typed is lost when the page goes away at once: keys typed into a field and
// the page reloaded or closed straight after (no wait for the 0.4–0.5 s autosave) are found again, in the
// customer's runner and in the engagement editor. The page's visibilitychange / pagehide listeners make the app
// handle the queued keys and write its autosave (docs/runner.md, "Saving").
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./static-server.mjs";
import { launch, open, waitReady, item, clickItem, screenshot, SITE } from "./browser.mjs";

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

/** Waits until a widget with this label is on screen, then clicks it. */
async function click(page, label, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await item(page, label))) {
    if (Date.now() > end) throw new Error(`no widget "${label}" after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
  await clickItem(page, label);
}

/** Presses the keys of `text` back to back, without waiting for the app to draw a frame in between. */
async function typeFast(page, text) {
  for (const ch of text) await page.keyboard.press(ch);
}

/** The autosaved workspace in localStorage (the copy the pointer names). */
function savedWorkspace(page) {
  return page.evaluate(() => {
    const slot = localStorage.getItem("scopewright.workspace.current");
    const raw = slot && localStorage.getItem(slot);
    return raw ? JSON.parse(raw).workspace : null;
  });
}

test("runner: text typed and the page reloaded at once is restored", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url + "?q=general");
  await waitReady(page);
  await click(page, "Start");
  await click(page, "Organisation name");
  await typeFast(page, "Acme Flush Ltd");
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
  await typeFast(first.page, "Closed Co");
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
  await page.waitForTimeout(200);
  await typeFast(page, "Migration");
  await click(page, "Create");
  await page.waitForTimeout(300);  // the dialog (which has a "Title" field too) closes; the record opens
  await click(page, "Title");
  await page.keyboard.press("End");
  await typeFast(page, " of the web farm");
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
