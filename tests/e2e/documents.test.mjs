// documents.test.mjs — an engagement's Documents in a real browser on the WASM build: an engagement made
// from an answers file (so it has attached answers), its Documents section with the provider typed in, the
// SoW previewed (screenshot), the SoW feed downloaded through the page and compared with `scopewright-cli sow`
// for the same engagement, provider and time. Screenshots go to build/e2e-screenshots/documents-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serve } from "./static-server.mjs";
import { decodePng, distinctColours } from "./png.mjs";
import { launch, open, waitReady, clickItem, waitItem, click, findCli, savedWorkspace, screenshot, SITE, REPO } from "./browser.mjs";

// The sidebar's greyed entries share some labels with the Documents tab: only enabled widgets count here.
const ENABLED = { enabled: true };

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the documents of an engagement: preview, provider, and a download equal to the CLI's", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, problems } = await open(context, server.url + "?view=engagements");
  await waitReady(page);
  await waitItem(page, "New engagement", 5000, ENABLED);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5000 }),
                                       clickItem(page, "New from answers file")]);
  await chooser.setFiles(path.join(REPO, "tests/data/answers/general_acme.json"));
  await click(page, "Apply pre-fill", 5000, ENABLED);
  await waitItem(page, "Overview", 5000, ENABLED);

  await click(page, "Documents", 5000, ENABLED);
  await click(page, "Our organisation", 5000, ENABLED);
  await page.keyboard.type("Example Load Balancers Ltd", { delay: 20 });
  await page.keyboard.press("Tab");
  await click(page, "Statement of Work", 5000, ENABLED);
  await page.waitForTimeout(300);
  const shot = decodePng(await screenshot(page, "documents-sow-preview-1280x800"));
  assert.ok(distinctColours(shot) > 20, "the canvas looks blank");
  assert.equal(await page.evaluate(() => localStorage.getItem("scopewright.settings.provider")),
               "Example Load Balancers Ltd");

  await click(page, "SoW feed", 5000, ENABLED);
  await page.waitForTimeout(200);
  await screenshot(page, "documents-feed-preview");
  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Download", 5000, ENABLED)]);
  assert.match(download.suggestedFilename(), /^acme-ltd-sow-feed-\d{4}-\d\d-\d\d\.json$/);
  const file = path.join(os.tmpdir(), "documents-e2e-" + process.pid + ".json");
  await download.saveAs(file);
  const downloaded = fs.readFileSync(file, "utf8");
  const feed = JSON.parse(downloaded);
  assert.equal(feed.format, "scopewright.sow-feed/1");
  assert.ok(feed.requirements.length > 0, "the attached answers were resolved to their questionnaire");
  assert.ok(typeof feed.generated === "string" && feed.generated.length >= 19, "the app passes the current time");

  // The CLI on the same engagement (named as "Export engagement" names it), provider and time.
  const cli = findCli();
  if (cli) {
    await page.waitForTimeout(1200);  // autosave
    const e = (await savedWorkspace(page)).engagements[0];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "documents-e2e-"));
    const engagementFile = path.join(dir, e.id + ".engagement.json");
    fs.writeFileSync(engagementFile, JSON.stringify(e));
    const out = execFileSync(cli, ["sow", engagementFile, "--now", feed.generated, "--provider",
                                   "Example Load Balancers Ltd", "--assets", path.join(REPO, "assets")],
                             { encoding: "utf8" });
    assert.equal(downloaded, out, "the in-app download equals the CLI's output for the same engagement");
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(file, { force: true });
  assert.deepEqual(problems, []);
  await context.close();
});
