// share-link.test.mjs — a questionnaire sent as a link that carries it (#q=..., docs/share-links.md): the link is
// made by `scopewright-cli share-link` (the core the designer uses), opened in a fresh browser as a customer
// would, filled in with real clicks and keys so a branch appears, autosaved and restored; no request ever
// carries the questionnaire (the fragment stays in the browser). A corrupt link shows a clear message.
// Screenshots: build/e2e-screenshots/share-link-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { serve } from "./static-server.mjs";
import { launch, open, waitReady, item, click, waitRunner, recordRequests, findCli, screenshot, SITE, REPO } from "./browser.mjs";

function requireCli() {
  const cli = findCli();
  if (!cli) throw new Error("no scopewright-cli: build the native preset first (cmake --build --preset native --target scopewright-cli)");
  return cli;
}

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve(SITE);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("a share link opens the questionnaire it carries for the customer, branching and all", async () => {
  const questionnaire = path.join(REPO, "tests/data/share/branching.json");
  const link = execFileSync(requireCli(), ["share-link", questionnaire, "--page", server.url + "index.html"],
                            { encoding: "utf8" }).trim();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/index\.html#q=1[A-Za-z0-9_-]+$/);
  const payload = link.slice(link.indexOf("#q=") + 3);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const seen = await recordRequests(context, new URL(server.url).origin);
  const before = server.requests.length;
  const { page, problems } = await open(context, link);
  const state = await waitReady(page);
  assert.equal(state.customer_link, true);
  assert.equal(await item(page, "Home"), null, "no engineer sidebar on a customer link");
  let r = await waitRunner(page, (x) => x.status === "ready", "the questionnaire from the link");
  assert.equal(r.questionnaire, "share-branching");
  await screenshot(page, "share-link-landing");

  await click(page, "Start");
  r = await waitRunner(page, (x) => x.page === "section", "the first section");
  await click(page, "Company name");
  for (const ch of "Acme") await page.keyboard.press(ch);
  await page.keyboard.press("Tab");   // to "Yes" of "More than one data centre?"
  await page.waitForTimeout(60);
  assert.equal(await item(page, "DNS based"), null, "the branch is closed before the answer");
  await page.keyboard.press("Space");
  r = await waitRunner(page, (x) => x.answers.multi_site === true, "the Yes answer");
  assert.equal(r.answers.customer_name, "Acme");
  assert.ok(await item(page, "DNS based"), "the branch appeared");
  await click(page, "Anycast");
  r = await waitRunner(page, (x) => x.answers.gslb_provider === "anycast", "the branch's answer");
  await screenshot(page, "share-link-branch-open");

  // Autosaved under the questionnaire's id and hash: the same link in a reload finds the answers.
  await page.waitForTimeout(1200);
  await page.reload();
  await waitReady(page);
  r = await waitRunner(page, (x) => x.status === "ready", "the questionnaire after reload");
  assert.equal(r.saved_progress, true);
  assert.equal(r.answers.gslb_provider, "anycast");

  // The questionnaire never left the browser: no request (URL, query or body) carries the payload or its text.
  assert.ok(seen.length > 3, "requests were recorded");
  for (const req of seen) {
    assert.ok(!req.url.includes("#") && !req.url.includes(payload.slice(0, 24)), `request carried the link: ${req.url}`);
    assert.ok(!req.body.includes(payload.slice(0, 24)) && !req.body.includes("gslb"), `request body: ${req.url}`);
    assert.equal(req.method, "GET", `${req.method} ${req.url}`);
  }
  for (const p of server.requests.slice(before)) assert.ok(!p.includes(payload.slice(0, 24)) && !p.includes("q="), p);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a corrupt share link says what is wrong", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await open(context, server.url + "index.html#q=1AAAAthis-was-cut");
  await waitReady(page);
  const r = await waitRunner(page, (x) => x.status === "failed", "the failure");
  assert.match(r.failure, /does not work/);
  assert.match(r.problems.join("\n"), /^The compressed data (is damaged|ends too early)/);
  assert.equal(await item(page, "Home"), null);
  await screenshot(page, "share-link-corrupt");
  await context.close();
});
