// The page web/verify.html in headless Chromium, ballots checked by two
// Web Workers: a record from the Go code passes every check with the
// same re-derived record as Go's, and a tampered copy fails naming the
// first failure. Skipped without chromium or $EVOTE_TS_RECORDS.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyInChromium } from './chromium.mjs';

const dir = process.env.EVOTE_TS_RECORDS;
let skip = dir ? false : 'EVOTE_TS_RECORDS is not set';
try {
  execFileSync('chromium', ['--version']);
} catch {
  skip ||= 'no chromium';
}

test('a record verifies in Chromium', { skip, timeout: 120_000 }, async () => {
  const want = JSON.parse(readFileSync(join(dir, 'outcomes.json'), 'utf8')).find((o) => o.file === 'invalid.jsonl');
  const got = await verifyInChromium(join(dir, 'invalid.jsonl'), 2);
  assert.ok(got.ok, JSON.stringify(got));
  assert.deepEqual(got.checks, want.checks);
  assert.equal(got.derivedHash, want.derivedHash);
});

test('a tampered record fails in Chromium, naming the failure', { skip, timeout: 120_000 }, async () => {
  const lines = readFileSync(join(dir, 'invalid.jsonl'), 'utf8').split('\n');
  const first = lines.findIndex((l) => l.startsWith('{"type":"cast",'));
  lines[first] = lines[first].replace('"verdict":"counted"', '"verdict":"bad-proof"');
  const file = join(dir, 'invalid-tampered.jsonl');
  writeFileSync(file, lines.join('\n'));
  const got = await verifyInChromium(file, 2);
  assert.equal(got.ok, false);
  assert.equal(got.checks[4], 'FAIL');
  assert.match(got.firstFailure, /verdicts differ, casts \[0\]/);
});
