// faults.test.mjs — bad files and a full browser storage in a real browser on the WASM build (issue #7):
// - every questionnaire of the bad-input corpus that the loader refuses, opened by link (?q=), shows the loader's
//   message in the runner (a refusal that threw inside the loader once aborted the whole app in the browser);
// - every answers file of the bad-input corpus that the loaders refuse (tests/data/bad/expected.json), opened
//   in the runner, shows the loader's message and leaves the answers on screen and in storage as they were;
// - every refused engagement/workspace file of the corpus, imported in the editor, is refused with its message
//   and leaves the workspace (screen and storage) unchanged;
// - a storage quota error while typing is reported with a download of the work, the last good copy stays in
//   storage, and saving resumes once there is room again (runner and editor).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./static-server.mjs";
import { launch, open, waitReady, item, clickItem, waitItem, typeKeys, waitRunner, screenshot, SITE, REPO } from "./browser.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const BAD = path.join(REPO, "tests/data/bad");
const manifest = JSON.parse(fs.readFileSync(path.join(BAD, "expected.json"), "utf8")).files;
const refused = (...loaders) => manifest.filter((f) => loaders.includes(f.loader) && f.outcome === "error");

const state = (page) => page.evaluate(() => window.scopewright.state());
const storage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function waitFor(page, what, predicate, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await state(page);
    if (predicate(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; state: ${JSON.stringify(s).slice(0, 600)}`);
    await page.waitForTimeout(50);
  }
}

/** Waits until the page's localStorage (as `storage` gives it) matches `re`; returns it. */
async function waitStorage(page, re, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await storage(page);
    if (re.test(s)) return s;
    if (Date.now() > end) throw new Error(`storage never matched ${re}: ${s.slice(0, 300)}`);
    await page.waitForTimeout(100);
  }
}

async function click(page, label) {
  await waitItem(page, label);
  await clickItem(page, label);
}

/** Waits until the app has drawn two more frames (widget positions then reflect the last layout change). */
async function nextFrames(page) {
  const { frame } = await state(page);
  await waitFor(page, "two more frames", (s) => s.frame >= frame + 2);
}

/** Clicks every "Dismiss" (the notice's and the error's) until none is left. */
async function dismissAll(page) {
  for (let i = 0; i < 4 && (await item(page, "Dismiss")); ++i) {
    await clickItem(page, "Dismiss");
    await nextFrames(page);
  }
  assert.equal((await state(page)).engagements.error, "");
}

/** Opens `file` through the page's file picker, which `label` brings up. */
async function pickFile(page, label, file) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5000 }), click(page, label)]);
  await chooser.setFiles(file);
}

/** Makes every localStorage write fail as a full storage does (or undoes that). */
function setStorageFull(page, full) {
  return page.evaluate((on) => {
    if (on) {
      window.__realSetItem ??= Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    } else if (window.__realSetItem) {
      Storage.prototype.setItem = window.__realSetItem;
    }
  }, full);
}

/** The runner on the general template, with the organisation name typed and saved. */
async function runnerWithAnswer(context, name) {
  const { page, problems } = await open(context, server.url + "?q=general");
  await waitReady(page);
  await click(page, "Start");
  await click(page, "Organisation name");
  await typeKeys(page, name);
  await waitFor(page, "the answer to be saved", (s) => s.runner?.answers?.customer_name === name && s.runner.saved_progress);
  await page.waitForTimeout(700);  // the autosave delay has passed: storage holds the answer
  return { page, problems };
}

test("runner: every refused questionnaire, opened by link, shows the loader's message", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const files = refused("questionnaire");
  assert.ok(files.length >= 20, "the corpus has its refused questionnaires");
  await context.route("**/bad/questionnaire/*.json", (route) => route.fulfill({
    status: 200, contentType: "application/json",
    body: fs.readFileSync(path.join(BAD, "questionnaire", path.basename(new URL(route.request().url()).pathname))),
  }));
  const { page, problems } = await open(context, server.url);
  for (const f of files) {
    await page.goto(server.url + "?q=" + encodeURIComponent("bad/" + f.file));
    await waitReady(page);
    const r = await waitRunner(page, (x) => x.status === "failed", f.file);
    const shown = r.problems.join("\n");
    assert.ok(shown.includes(path.basename(f.file)), `${f.file}: the message names the file: ${shown}`);
    for (const m of f.messages.slice(0, 1)) assert.ok(shown.includes(m), `${f.file}: "${m}" not in: ${shown}`);
  }
  await screenshot(page, "faults-questionnaire-refused");
  assert.deepEqual(problems, []);
  await context.close();
});

test("runner: every refused answers file shows its message; answers on screen and in storage are unchanged", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await runnerWithAnswer(context, "Acme Keep");
  await click(page, "Review and send");
  await waitFor(page, "the review page", (s) => s.runner.page === "review");
  const before = await state(page);
  const stored = await waitStorage(page, /Acme Keep.*"page\\":\\"review/);
  const files = refused("answers");
  assert.ok(files.length >= 8, `the corpus has refused answers files (${files.length})`);
  for (const f of files) {
    await pickFile(page, "Open answers file", path.join(BAD, f.file));
    const s = await waitFor(page, `the message for ${f.file}`, (x) => x.runner.notice.includes(path.basename(f.file)));
    assert.equal(s.runner.notice_error, true, `${f.file}: shown as an error`);
    for (const m of f.messages) assert.ok(s.runner.notice.includes(m), `${f.file}: "${s.runner.notice}" names "${m}"`);
    assert.deepEqual(s.runner.answers, before.runner.answers, `${f.file}: the answers on screen are unchanged`);
    assert.equal(s.runner.page, "review");
    assert.equal(await storage(page), stored, `${f.file}: storage is unchanged`);
  }
  await screenshot(page, "faults-runner-bad-answers-file");
  assert.deepEqual(problems, []);
  await context.close();
});

test("editor: every refused engagement or workspace file is refused by name; the workspace is unchanged", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await open(context, server.url + "?view=engagements");
  await waitReady(page);
  await click(page, "New engagement");
  await waitItem(page, "Create");
  await typeKeys(page, "Kept rollout");
  await click(page, "Create");
  await click(page, "\u2190 All engagements");
  await waitFor(page, "the workspace to be shown", (s) => s.engagements?.engagements === 1);
  const stored = await waitStorage(page, /Kept rollout/);
  await screenshot(page, "faults-editor-before-import");
  const files = refused("engagement", "workspace");
  assert.ok(files.length >= 8, `the corpus has refused engagement/workspace files (${files.length})`);
  for (const f of files) {
    await pickFile(page, "Import", path.join(BAD, f.file));
    const s = await waitFor(page, `the refusal of ${f.file}`, (x) => x.engagements.error.includes(path.basename(f.file)));
    assert.match(s.engagements.error, /^Not imported: .* the workspace is unchanged\./);
    for (const m of f.messages) assert.ok(s.engagements.error.includes(m), `${f.file}: "${s.engagements.error}" names "${m}"`);
    assert.equal(s.engagements.engagements, 1, `${f.file}: nothing was added`);
    await page.waitForTimeout(600);  // an autosave, had the import changed anything, would be due by now
    assert.equal(await storage(page), stored, `${f.file}: storage is unchanged`);
    await dismissAll(page);
  }
  await screenshot(page, "faults-editor-bad-import");
  assert.deepEqual(problems, []);
  await context.close();
});

test("runner: a full storage is reported with a download; the last good copy stays; saving resumes", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, problems } = await runnerWithAnswer(context, "Acme");
  const good = await page.evaluate(() => localStorage.getItem("scopewright.runner.general.answers"));
  assert.match(good, /"Acme"/);

  await setStorageFull(page, true);
  await typeKeys(page, " Full");
  const s = await waitFor(page, "the save error and every key typed",
                          (x) => x.runner.save_error !== "" && x.runner.answers.customer_name === "Acme Full");
  assert.equal(s.runner.save_error, "browser storage is full");
  assert.equal(s.runner.answers.customer_name, "Acme Full", "what was typed stays on screen");
  assert.equal(await page.evaluate(() => localStorage.getItem("scopewright.runner.general.answers")), good,
               "the last good copy is still in storage");
  await screenshot(page, "faults-runner-storage-full");

  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Download answers")]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  assert.equal(saved.answers.customer_name, "Acme Full", "the download holds everything typed");

  await setStorageFull(page, false);
  await click(page, "Organisation name");
  await page.keyboard.press("End");
  await typeKeys(page, "!");
  await waitFor(page, "the save to succeed again", (x) => x.runner.save_error === "", 5000);
  await page.waitForTimeout(700);
  assert.match(await page.evaluate(() => localStorage.getItem("scopewright.runner.general.answers")), /Acme Full!/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("editor: a full storage shows the reason and a workspace download; the last good copy stays", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, problems } = await open(context, server.url + "?view=engagements");
  await waitReady(page);
  await click(page, "New engagement");
  await waitItem(page, "Create");
  await typeKeys(page, "Quota rollout");
  await click(page, "Create");
  const good = await waitStorage(page, /Quota rollout/);

  await setStorageFull(page, true);
  await click(page, "Title");
  await page.keyboard.press("End");
  await typeKeys(page, " two");
  const s = await waitFor(page, "the save error", (x) => x.engagements?.save_error !== "");
  assert.match(s.engagements.save_error, /browser storage is full/);
  assert.equal(await storage(page), good, "the last good copy is still in storage");
  await screenshot(page, "faults-editor-storage-full");
  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Download workspace")]);
  assert.match(fs.readFileSync(await download.path(), "utf8"), /Quota rollout two/);
  assert.deepEqual(problems, []);
  await context.close();
});
