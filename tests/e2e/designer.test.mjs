// designer.test.mjs — the questionnaire designer in a real browser on the WASM build: open a template, add a
// question, label it, give it a condition, see the live preview, then export the validated questionnaire and
// check the downloaded file; a calculated value following the preview's answers and a rename rewriting what reads
// the question. Screenshots go to build/e2e-screenshots/designer-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve } from "./static-server.mjs";
import { decodePng, distinctColours } from "./png.mjs";
import { launch, open, waitReady, screenshot, typeKeys, click as sharedClick, SITE } from "./browser.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Only enabled widgets (the sidebar's and the toolbar's greyed items share labels); hover before pressing.
const click = (page, label) => sharedClick(page, label, 5000, { enabled: true, hover: true });

const designerState = (page) => page.evaluate(() => window.scopewright.state().designer);

/** Waits (frames are slow on a loaded machine) until the designer's state satisfies `ok`; returns it. */
async function waitDesigner(page, ok, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const d = await designerState(page);
    if (ok(d) || Date.now() > end) return d;
    await page.waitForTimeout(50);
  }
}

async function typeInto(page, label, text) {
  await click(page, label);
  await page.keyboard.press("Control+A");
  for (const ch of text) await page.keyboard.press(ch);
  await page.keyboard.press("Tab");
  await page.waitForTimeout(150);
}

test("the designer: open a template, add a question with a condition, preview it, export it", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, problems } = await open(context, server.url + "?view=designer");
  const state = await waitReady(page);
  assert.equal(state.screen, "designer");

  await click(page, "Open template");
  await page.waitForTimeout(300);  // a popup sizes itself over its first frames: let its items settle
  await click(page, "general");
  assert.equal((await waitDesigner(page, (d) => d.id === "general")).id, "general");
  const before = (await designerState(page)).questions.length;

  // The first section's title in the tree, then "+ Question here" in its properties (its own "+ Question" is
  // below its questions, out of view in a long template).
  const section = (await page.evaluate(() => window.scopewright.items().find((i) => i.label.startsWith("Section ")))).label;
  await click(page, section);
  await click(page, "+ Question here");
  let d = await waitDesigner(page, (x) => x.questions.length === before + 1);
  assert.equal(d.questions.length, before + 1);
  assert.equal(d.selected, "question_1");
  await typeInto(page, "Label", "Preferred go-live date");
  await typeInto(page, "Visible if", "{customer_name} notempty");
  d = await waitDesigner(page, (x) => /visible_if/.test(x.undo) && x.ok);  // typed keys are handled over several frames
  assert.equal(d.ok, true, JSON.stringify(d.errors));
  assert.match(d.undo, /visible_if/);
  await page.waitForTimeout(300);
  const shot = decodePng(await screenshot(page, "designer-1280x800"));
  assert.ok(distinctColours(shot) > 20, "the canvas looks blank");

  await click(page, "Start");
  assert.equal((await waitDesigner(page, (x) => x.preview.page === "section")).preview.page, "section");
  await screenshot(page, "designer-preview-1280x800");

  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Export")]);
  assert.equal(download.suggestedFilename(), "general.json");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "designer-")), "general.json");
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  const added = exported.sections.flatMap((s) => s.questions).find((q) => q.id === "question_1");
  assert.equal(added.label, "Preferred go-live date");
  // Tab accepted the open completion ("notempty" + a space) before leaving the field.
  assert.equal(added.visible_if.trim(), "{customer_name} notempty");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the designer's share link: a branch added in the designer, opened in a new tab as the customer, filled in", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url + "?view=designer");
  await waitReady(page);
  await click(page, "Open template");
  await page.waitForTimeout(300);
  await click(page, "general");
  await waitDesigner(page, (d) => d.id === "general");
  const section = (await page.evaluate(() => window.scopewright.items().find((i) => i.label.startsWith("Section ")))).label;
  await click(page, section);
  await click(page, "+ Question here");
  await waitDesigner(page, (x) => x.selected === "question_1");
  await typeInto(page, "Label", "Preferred go-live date");
  await typeInto(page, "Visible if", "{customer_name} = 'Branch Co'");
  const d = await waitDesigner(page, (x) => /visible_if/.test(x.undo) && x.ok);  // typed keys are handled over several frames
  assert.equal(d.ok, true, JSON.stringify(d.errors));

  await click(page, "Share");
  await page.waitForTimeout(300);  // the popup settles
  await screenshot(page, "designer-share-1280x800");
  const [customer] = await Promise.all([context.waitForEvent("page"), click(page, "Open in new tab")]);
  assert.match(customer.url(), /#q=1/, "the questionnaire travels in the fragment");
  await waitReady(customer);
  await customer.waitForFunction(() => window.scopewright.state().runner?.status === "ready", null, { timeout: 10000 });
  const s = await customer.evaluate(() => window.scopewright.state());
  assert.equal(s.customer_link, true);
  assert.equal(s.runner.questionnaire, "general");

  const clickIn = (label) => sharedClick(customer, label, 5000, { enabled: true });
  await clickIn("Start");
  assert.equal(await customer.evaluate(() => window.scopewright.items().some((i) => i.label === "Preferred go-live date")), false, "hidden until its condition holds");
  await clickIn("Organisation name");
  for (const ch of "Branch Co") await customer.keyboard.press(ch);
  await clickIn("Preferred go-live date");  // the branch appeared: the designer's condition runs at the customer's
  await screenshot(customer, "designer-share-customer-1280x800");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the designer: a calculated value follows the preview's answers; renaming the question it reads rewrites it", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url + "?view=designer");
  await waitReady(page);
  await click(page, "New blank");
  await waitDesigner(page, (d) => d.id === "new-questionnaire");
  await click(page, "Add question to section_1");
  await waitDesigner(page, (d) => d.selected === "question_1");
  await click(page, "Type");
  await page.waitForTimeout(300);  // the combo's list settles
  await click(page, "number");
  await click(page, "Add calculated value");
  await waitDesigner(page, (d) => d.selected === "value_1");
  await typeInto(page, "Expression", "{question_1} * 2");
  // The reading under the expression appears once it parses and moves the rows below: click after that.
  let d = await waitDesigner(page, (x) => x.ok && /calculated expression/.test(x.undo));
  assert.equal(d.ok, true, JSON.stringify(d.errors));
  await page.waitForTimeout(300);
  await click(page, "Show to the respondent (review page)");
  d = await waitDesigner(page, (x) => /Show calculated value/.test(x.undo));
  assert.match(d.undo, /Show calculated value/);

  await click(page, "Question question_1");
  await typeInto(page, "Id", "sites");
  d = await waitDesigner(page, (x) => /^Renamed/.test(x.notice));
  assert.equal(d.notice, "Renamed question question_1 to sites: 1 reference updated in 1 calculated value.");
  assert.deepEqual(d.questions, ["sites"]);
  await screenshot(page, "designer-rename-1280x800");

  await click(page, "Start");
  await click(page, "New question");
  await typeKeys(page, "3");
  d = await waitDesigner(page, (x) => x.preview_calculated.value_1 === "6");
  assert.equal(d.preview_calculated.value_1, "6", "the preview recomputes it from the test answer");
  await click(page, "Calculated value_1");
  await waitDesigner(page, (x) => x.selected === "value_1");
  await page.waitForTimeout(300);
  await screenshot(page, "designer-calculated-1280x800");
  assert.deepEqual(problems, []);
  await context.close();
});
