// The TypeScript verifier against the Go verifier on records the Go code
// wrote in the same run (tally/verify TestRecordsForTS, into
// $EVOTE_TS_RECORDS): the same outcome for every record (an error, or
// the status of each check, the counts, the voters and tokens per district
// and the re-derived record's hash),
// and every hostile record whose change affects the result fails.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyRecord } from '../dist/lib.mjs';

const dir = process.env.EVOTE_TS_RECORDS;

async function outcome(file) {
  try {
    const rep = await verifyRecord([readFileSync(join(dir, file))]);
    return {
      error: false,
      checks: rep.checks.map((c) => c.status),
      counts: rep.counts ? rep.counts.map((q) => q.map(String)) : null,
      districts: rep.districts ? rep.districts.map((d) => `${d.district}:${d.roll}:${d.issued}`) : null,
      derivedHash: rep.derivedHash,
      ok: rep.ok,
    };
  } catch (e) {
    if (e.constructor.name !== 'RecordError') throw e;
    return { error: true };
  }
}

if (!dir) {
  test('records from the Go code', { skip: 'EVOTE_TS_RECORDS is not set' }, () => {});
} else {
  const all = JSON.parse(readFileSync(join(dir, 'outcomes.json'), 'utf8'));
  const base = JSON.stringify(all.find((o) => o.file === 'tamper-base.jsonl').counts);
  for (const want of all) {
    const [file, path] = want.file.split(' ');
    test(want.file, async () => {
      const got = await outcome(file);
      assert.equal(got.error, want.error, 'error or report');
      if (want.error) return;
      assert.deepEqual(got.checks, want.checks, 'check statuses');
      assert.deepEqual(got.counts, want.counts, 'counts');
      assert.deepEqual(got.districts, want.districts, 'voters and tokens per district');
      assert.equal(got.derivedHash, want.derivedHash, 're-derived record (every derived verdict and field)');
      if (want.mustFail) assert.ok(!got.ok || JSON.stringify(got.counts) !== base, 'a hostile record passed');
      if (!path) assert.ok(got.ok, 'an honest record failed');
    });
  }
}

// The command line, with ballots checked by two worker threads, reaches the same outcome.
if (dir) {
  const { execFileSync } = await import('node:child_process');
  const all = JSON.parse(readFileSync(join(dir, 'outcomes.json'), 'utf8'));
  for (const name of ['invalid.jsonl', 'questions.jsonl']) {
    test(`command line, 2 workers: ${name}`, () => {
      const want = all.find((o) => o.file === name);
      const cli = new URL('../dist/evote-verify.mjs', import.meta.url).pathname;
      const got = JSON.parse(execFileSync('node', [cli, '--record', join(dir, name), '--json', '--quiet', '--workers', '2']));
      assert.deepEqual(got.checks, want.checks);
      assert.deepEqual(got.counts, want.counts);
      assert.equal(got.derivedHash, want.derivedHash);
    });
  }
}

// A whole election on the real chain (evote demo, which ./check runs and
// the Go verifier passes): every check holds and the re-derived record is
// the file, byte for byte.
if (dir) {
  const { existsSync } = await import('node:fs');
  const { createHash } = await import('node:crypto');
  const file = join(dir, 'demo', 'record.jsonl');
  test('a record of evote demo on the real chain', { skip: existsSync(file) ? false : 'no demo record' }, async () => {
    const b = readFileSync(file);
    const rep = await verifyRecord([b]);
    assert.ok(rep.ok, rep.checks.map((c) => `${c.number} ${c.status} ${c.detail}`).join('\n'));
    const hashed = b.toString('utf8').split('\n').filter((l) => l && !l.startsWith('{"type":"published",')).map((l) => l + '\n').join('');
    assert.equal(rep.derivedHash, createHash('sha256').update(hashed).digest('hex'));
  });
}
