// runner.test.mjs — the customer's questionnaire in a real browser on the WASM build: a template opened by URL,
// answered with the keyboard so a branch opens and closes, progress, answers restored after a reload, the
// answers downloaded and compared with `scopewright-cli evaluate`, a broken link's message, a hostile pattern,
// the phone layout.
// Screenshots of every page go to build/e2e-screenshots/runner-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serve } from "./static-server.mjs";
import { launch, open, waitReady, item, click, waitRunner, runnerState, findCli, screenshot, SITE, REPO } from "./browser.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  }
}

/** Types text key by key, as a keyboard with these characters would (keypress events reach the app's canvas;
 *  Playwright's type() inserts non-ASCII text as an input event, which a canvas never receives). */
async function typeText(page, text) {
  const cdp = await page.context().newCDPSession(page);
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) {
      await page.keyboard.press(ch);
    } else {  // a key that produces this character (as on a French or Norwegian keyboard)
      await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: ch, text: ch, unmodifiedText: ch });
      await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: ch });
    }
  }
  await cdp.detach();
  await page.waitForTimeout(60);
}

test("a template opened by URL: keyboard answers, branching, progress, autosave, review and download", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, problems } = await open(context, server.url + "?q=general");
  const state = await waitReady(page);
  assert.equal(state.screen, "questionnaire");
  assert.equal(state.customer_link, true);
  let r = await waitRunner(page, (x) => x.status === "ready", "the questionnaire");
  assert.equal(r.questionnaire, "general");
  assert.equal(r.page, "landing");
  assert.equal(await item(page, "Home"), null, "no engineer sidebar on a customer link");
  await screenshot(page, "runner-landing-1280x800");

  await click(page, "Start");
  r = await waitRunner(page, (x) => x.page === "section", "the first section");
  const required = r.progress.required;
  const answeredAtStart = r.progress.answered;  // questions with defaults (time zone) count already
  await screenshot(page, "runner-section-empty");

  // Keyboard: type, Tab from field to field (UTF-8 included).
  await click(page, "Organisation name");
  await typeText(page, "Acme Ødegård");
  await press(page, "Tab");
  await typeText(page, "Dana Scully");
  await press(page, "Tab");          // role
  await press(page, "Tab");          // email
  await typeText(page, "dana@example.com");
  r = await waitRunner(page, (x) => x.answers.contact_email === "dana@example.com", "typed answers");
  assert.equal(r.answers.customer_name, "Acme Ødegård");
  assert.equal(r.answers.contact_name, "Dana Scully");
  assert.equal(r.progress.answered, answeredAtStart + 3);
  assert.equal(r.progress.required, required);

  // The branch: "No" to "are you also the technical contact?" opens the technical contact questions.
  assert.equal(await item(page, "Technical contact's name"), null);
  await press(page, "Tab");          // phone
  await press(page, "Tab");          // Yes
  await press(page, "Tab");          // No
  await press(page, "Space");
  r = await waitRunner(page, (x) => x.answers.technical_contact_same === false, "the No answer");
  assert.ok(await item(page, "Technical contact's name"), "the branch opened");
  await screenshot(page, "runner-section-branch-open");
  await press(page, "Tab", 1);       // technical contact's name
  await typeText(page, "Fox Mulder");
  await press(page, "Shift+Tab", 2); // back to No, then Yes
  await press(page, "Space");
  r = await waitRunner(page, (x) => x.answers.technical_contact_same === true, "the Yes answer");
  assert.equal(await item(page, "Technical contact's name"), null, "the branch closed");
  assert.equal(r.answers.technical_contact_name, "Fox Mulder", "a hidden answer is kept while editing");

  // Autosave, then a reload finds the answers.
  await page.waitForTimeout(1200);
  await page.reload();
  await waitReady(page);
  r = await waitRunner(page, (x) => x.status === "ready", "the questionnaire after reload");
  assert.equal(r.saved_progress, true);
  assert.equal(r.answers.customer_name, "Acme Ødegård");
  assert.ok(await item(page, "Continue where you left off"));
  await screenshot(page, "runner-landing-continue");
  await click(page, "Continue where you left off");
  r = await waitRunner(page, (x) => x.page === "section", "the section after continuing");

  // The first section is complete: Next goes on.
  await screenshot(page, "runner-section-continued");
  await click(page, "Next");
  r = await waitRunner(page, (x) => x.section_id === "commercial", "the second section");
  await screenshot(page, "runner-section-commercial");

  await click(page, "Review and send");
  r = await waitRunner(page, (x) => x.page === "review", "the review page");
  await screenshot(page, "runner-review");

  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Download answers")]);
  const today = new Date();
  const date = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" +
               String(today.getDate()).padStart(2, "0");
  assert.equal(download.suggestedFilename(), `acme-odegard-general-${date}.json`);
  const file = path.join(os.tmpdir(), "runner-e2e-" + process.pid + ".json");
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(exported.format, "scopewright.answers/1");
  assert.equal(exported.questionnaire.id, "general");
  assert.deepEqual(
    { customer_name: exported.answers.customer_name, contact_name: exported.answers.contact_name,
      contact_email: exported.answers.contact_email, technical_contact_same: exported.answers.technical_contact_same },
    { customer_name: "Acme Ødegård", contact_name: "Dana Scully", contact_email: "dana@example.com",
      technical_contact_same: true });
  assert.equal(exported.answers.technical_contact_name, undefined, "hidden answers are left out of the export");

  // The same answers through the CLI give the same export.
  const cli = findCli();
  if (cli) {
    const report = JSON.parse(execFileSync(cli, ["evaluate", path.join(REPO, "assets/questionnaires/general.json"), file,
                                                 "--today", date], { encoding: "utf8" }));
    assert.deepEqual(report.export, exported);
  }
  fs.rmSync(file, { force: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a broken or unreachable questionnaire link says what is wrong", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await open(context, server.url + "?q=forms/missing.json");
  await waitReady(page);
  let r = await waitRunner(page, (x) => x.status === "failed", "the failure");
  assert.match(r.problems.join("\n"), /HTTP 404/);
  await screenshot(page, "runner-error-404");

  await context.route("**/forms/broken.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{\n  "format": "scopewright.questionnaire/1",\n  "id" "x"\n}' }));
  await page.goto(server.url + "?q=forms/broken.json");
  await waitReady(page);
  r = await waitRunner(page, (x) => x.status === "failed", "the JSON error");
  assert.match(r.problems[0], /broken\.json:3:/);
  await screenshot(page, "runner-error-json");
  await context.close();
});

test("a hostile pattern is checked at once in the browser (no backtracking)", async () => {
  // (a+)+$ takes 2^30 steps on 30 a's and a '!' in a backtracking matcher (std::regex froze the page); the own
  // matcher is linear, so Next answers at once and refuses the answer, then accepts the corrected one.
  const form = {
    format: "scopewright.questionnaire/1", id: "patterns", version: "1", title: "Patterns",
    sections: [{ id: "s", title: "Codes", questions: [
      { id: "code", type: "text", label: "Code", required: true,
        validation: { pattern: "(a+)+$", pattern_message: "Only a's, please." } }] }],
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route("**/forms/patterns.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(form) }));
  const { page, problems } = await open(context, server.url + "?q=forms/patterns.json");
  await waitReady(page);
  let r = await waitRunner(page, (x) => x.status === "ready", "the questionnaire");
  await click(page, "Start");
  await waitRunner(page, (x) => x.page === "section", "the section");
  await click(page, "Code");
  await typeText(page, "a".repeat(30) + "!");
  r = await waitRunner(page, (x) => x.answers.code === "a".repeat(30) + "!", "the typed answer");
  const started = Date.now();
  await click(page, "Next");
  await page.waitForTimeout(300);
  r = await runnerState(page);  // evaluated on the page's thread: a frozen page would hold it up
  assert.equal(r.page, "section", "the answer does not match: Next stays");
  assert.ok(Date.now() - started < 5000, `Next took ${Date.now() - started} ms`);
  await screenshot(page, "runner-pattern-refused");
  await press(page, "End");  // Next focused the field with its text selected
  await press(page, "Backspace");
  await waitRunner(page, (x) => x.answers.code === "a".repeat(30), "the corrected answer");
  await click(page, "Next");
  await waitRunner(page, (x) => x.page === "review", "the review after a matching answer");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the questionnaire fits a phone-sized window", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await open(context, server.url + "?q=general");
  await waitReady(page);
  await waitRunner(page, (x) => x.status === "ready", "the questionnaire");
  await screenshot(page, "runner-phone-landing");
  await click(page, "Start");
  await waitRunner(page, (x) => x.page === "section", "the first section");
  await page.waitForTimeout(200);
  await screenshot(page, "runner-phone-section-empty");
  for (const label of ["Organisation name", "Next", "All sections"]) {
    const it = await item(page, label);
    assert.ok(it, label);
    assert.ok(it.rect[2] <= 390 && it.rect[0] >= 0, label + " fits");
  }
  await click(page, "Organisation name");
  await typeText(page, "Café Zürich €");
  const r = await waitRunner(page, (x) => x.answers.customer_name === "Café Zürich €", "typed UTF-8");
  assert.ok(r);
  await screenshot(page, "runner-phone-section");
  assert.deepEqual(problems, []);
  await context.close();
});
