// sow-schema.test.mjs — every fixture's SoW feed, made by the real scopewright-cli, is valid against the
// published JSON Schema (docs/schema/sow-feed.schema.json), checked by a real validator (Ajv, draft 2020-12).
// The CLI is build/native/scopewright-cli, or the path in SCOPEWRIGHT_CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = resolve(repo, process.env.SCOPEWRIGHT_CLI || 'build/native/scopewright-cli');
const data = (name) => resolve(repo, 'tests/data/sow', name);
const schema = JSON.parse(readFileSync(resolve(repo, 'docs/schema/sow-feed.schema.json'), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function feed(args) {
  const out = execFileSync(cli, ['sow', ...args, '--assets', resolve(repo, 'assets')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out);
}

const fixtures = {
  'acme with answers and now': [data('engagement_acme.json'), '--answers', data('answers_acme.json'),
                                '--now', '2026-11-22T10:00:00Z', '--provider', 'Example Load Balancers Ltd'],
  'acme without answers or now': [data('engagement_acme.json')],
  'hostile strings': [data('engagement_hostile.json'), '--answers', data('answers_hostile.json')],
  'version-0 engagement (migrated, almost empty)': [resolve(repo, 'tests/data/engagement/v0_engagement.json')],
};

test('the scopewright-cli binary exists', () => {
  assert.ok(existsSync(cli), `no CLI at ${cli}: build it or set SCOPEWRIGHT_CLI`);
});

for (const [name, args] of Object.entries(fixtures)) {
  test(`SoW feed is valid against the schema: ${name}`, () => {
    const f = feed(args);
    const ok = validate(f);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    assert.equal(f.format, 'scopewright.sow-feed/1');
  });
}

test('the schema rejects a feed that breaks it', () => {
  const f = feed(fixtures['acme with answers and now']);
  delete f.commercial.currency;
  f.project.deployment_type = 'mainframe';
  assert.equal(validate(f), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/commercial'));
  assert.ok(paths.includes('/project/deployment_type'));
});
