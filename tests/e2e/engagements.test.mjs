// engagements.test.mjs — the engagement editor in a real browser on the WASM build: an engagement created
// from a questionnaire answers file (through the page's file picker), a refused move with its failing guards,
// fields typed and moves made, everything found again after a reload (autosave to localStorage), and the
// phone layout. Screenshots go to build/e2e-screenshots/engagements-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serve } from "./static-server.mjs";
import { decodePng, distinctColours } from "./png.mjs";
import { launch, open, waitReady, item, clickItem, waitItem, savedWorkspace, screenshot, SITE, REPO } from "./browser.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks `label` until `next` appears (a click right after a dialog closes can land while it fades). */
async function clickFor(page, label, next) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await clickItem(page, label);
    try {
      return await waitItem(page, next, 1500);
    } catch { /* try again */ }
  }
  throw new Error(`clicking "${label}" never showed "${next}"`);
}

async function typeInto(page, label, text) {
  await clickItem(page, label);
  for (const ch of text) await page.keyboard.press(ch);
  await page.keyboard.press("Tab");
  await page.waitForTimeout(100);
}

test("an engagement from an answers file, moved through stages with a refused move, survives a reload", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url + "?view=engagements");
  const state = await waitReady(page);
  assert.equal(state.screen, "engagements");
  await waitItem(page, "New engagement");
  const empty = decodePng(await screenshot(page, "engagements-empty-1280x800"));
  assert.ok(distinctColours(empty) > 20, "the canvas looks blank");

  // New from answers file: the platform's <input type=file> takes the file.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5000 }),
                                       clickItem(page, "New from answers file")]);
  await chooser.setFiles(path.join(REPO, "tests/data/answers/general_acme.json"));
  await waitItem(page, "Apply pre-fill");
  await screenshot(page, "engagements-prefill-preview");
  await clickItem(page, "Apply pre-fill");
  await waitItem(page, "Overview");

  // Pipeline → Discovery is refused: no purchase order or quote number yet.
  await clickItem(page, "Start discovery (blocked)");
  await waitItem(page, "OK");
  await screenshot(page, "engagements-refused-move");
  await clickItem(page, "OK");
  await page.waitForTimeout(300);

  await clickFor(page, "Commercial", "Purchase order");
  await typeInto(page, "Purchase order", "PO-42");
  await screenshot(page, "engagements-commercial");
  await clickFor(page, "Overview", "Start discovery");
  await clickFor(page, "Start discovery", "Write the SoW");
  await clickFor(page, "Write the SoW", "SoW accepted: plan (blocked)");
  await screenshot(page, "engagements-overview-scoping");

  await page.waitForTimeout(1500);  // autosave
  let saved = await savedWorkspace(page);
  assert.equal(saved.engagements.length, 1);
  assert.equal(saved.engagements[0].stage, "scoping");

  await page.reload();
  await waitReady(page);
  assert.equal((await page.evaluate(() => window.scopewright.state())).screen, "engagements");
  await waitItem(page, "Acme Ltd");  // the card on the board
  await screenshot(page, "engagements-board-after-reload");
  saved = await savedWorkspace(page);
  const e = saved.engagements[0];
  assert.equal(e.customer.name, "Acme Ltd");
  assert.equal(e.commercial.purchase_order, "PO-42");
  assert.deepEqual(e.history.map((h) => h.to), ["discovery", "scoping"]);
  assert.equal(e.answers.length, 1);

  await clickFor(page, "Acme Ltd", "Overview");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => window.scopewright.state().display.width === 390, null, { timeout: 5000 });
  await page.waitForTimeout(200);
  await screenshot(page, "engagements-phone-overview");
  await clickFor(page, "Customer", "Customer name");
  await screenshot(page, "engagements-phone-customer");
  const field = await item(page, "Customer name");
  assert.ok(field && field.rect[0] < 60, "the customer name field starts at the left on a phone");
  const export_ = await item(page, "Export engagement");
  assert.ok(export_ && export_.rect[2] <= 390, "the header buttons wrap instead of running off a phone screen");
  await clickFor(page, "Risks", "Add risk or issue");
  await clickFor(page, "Add risk or issue", "Remove");
  await screenshot(page, "engagements-phone-risks");
  await clickFor(page, "\u2190 All engagements", "New engagement");
  await screenshot(page, "engagements-phone-board");
  assert.deepEqual(problems, []);
  await context.close();
});
