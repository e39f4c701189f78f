// The Benaloh check on another device (docs/protocol.md, section 11): the
// worked example web/api/testdata/opened-v1.json, checked from the
// parameters the document gives, and changed one byte at a time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bytes, checkOpened, group, manifestId, siteElection, trackerOf } from '../dist/lib.mjs';

const root = new URL('../../../../', import.meta.url).pathname;
const text = readFileSync(root + 'web/api/testdata/opened-v1.json', 'utf8');
const fixed = (n, ...lead) => {
  const b = new Uint8Array(n);
  b.set(lead);
  return b;
};
const seven = group.mul(group.G, 7n);
const election = {
  ctx: { chainId: 31337n, contract: fixed(20, 0xb0, 0xb0), electionId: fixed(32, 0xe1) },
  K: seven, Kenc: seven.toBytes(),
  questions: [{ options: 2, min: 1, max: 1 }, { options: 5, min: 1, max: 3 }],
};

// change rewrites the JSON field name (a base64 byte string) with f applied to its bytes.
const change = (name, f) => {
  const j = JSON.parse(text);
  const b = bytes.fromBase64(j[name]);
  f(b);
  j[name] = bytes.toBase64(b);
  return JSON.stringify(j);
};

test('the worked example opens to its choices', () => {
  const r = checkOpened(election, text + '\n');
  assert.deepEqual(r.problems, []);
  assert.ok(r.ok);
  assert.deepEqual(r.values, [[1, 0], [1, 0, 0, 1, 0]]);
  const ballot = bytes.fromHex(readFileSync(root + 'crypto/ballot/testdata/ballot-v1.hex', 'utf8').trim());
  assert.equal(r.tracker, trackerOf(ballot));
  assert.match(r.tracker, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
});

test('tracker codes as ballotbox/tracker computes them', () => {
  assert.equal(trackerOf(new Uint8Array(0)), 'RQ94-C0C6-YWHK-S4KY'); // Keccak-256 of nothing: c5d2 4601 86f7 233c 927e …
  assert.equal(checkOpened(election, text).tracker, 'D961-NZVZ-4S4N-KK8K'); // the golden ballot's
});

test('one changed byte, or another election, fails naming what does not match', () => {
  const cases = [
    // The nonce of question 1, option 1 starts at byte 2; its low byte keeps it canonical.
    ['randomness', change('opening', (b) => { b[2] ^= 1; }), [{ code: 'mismatch', question: 1, option: 1, value: 1 }]],
    ['plaintext', change('opening', (b) => { b[1 + 33] = 1; }),
      [{ code: 'mismatch', question: 1, option: 2, value: 1 }, { code: 'rules', question: 1, chosen: 2, min: 1, max: 1 }]],
    ['plaintext byte', change('opening', (b) => { b[1] = 2; }), [{ code: 'opening-encoding' }]],
    // B of question 1, option 1 changed into another valid element: the proofs fail, and the opening does not match.
    ['ciphertext', change('ballot', (b) => { b[40] ^= 0x10; }), [{ code: 'ballot-proofs' }, { code: 'mismatch', question: 1, option: 1, value: 1 }]],
    ['ciphertext encoding', change('ballot', (b) => { b[33] ^= 0x01; }), [{ code: 'ballot-encoding' }]],
    ['proof', change('ballot', (b) => { b[64 + 200] ^= 1; }), [{ code: 'ballot-proofs' }]],
    ['another election', text.replace('"electionId":"0xe1', '"electionId":"0xe2'), [{ code: 'election' }]],
    ['pseudonym', text.replace('"pseudonym":"0xa11ce0', '"pseudonym":"0xa11ce1'), [{ code: 'ballot-proofs' }]],
  ];
  for (const [name, t, want] of cases) {
    const r = checkOpened(election, t);
    assert.equal(r.ok, false, name);
    assert.deepEqual(r.problems, want, name);
  }
});

test('text that is not an opened ballot is refused as such', () => {
  for (const t of ['', 'null', '{}', '{', text.slice(0, 100), text.replace('"version":1', '"version":2'),
    text.replace('"ballot":"', '"ballot":"!'), text.replace('{"type"', '{"extra":1,"type"'), '['.repeat(100000)]) {
    const r = checkOpened(election, t);
    assert.equal(r.ok, false);
    assert.equal(r.problems[0].code, 'format', t.slice(0, 40));
  }
});

test("the site's election: the manifest must hash to the election id", () => {
  const line = readFileSync(root + 'docs/protocol.md', 'utf8').split('\n').find((l) => l.startsWith('    {"version":1,"title":{"ru":"Опрос"')).slice(4);
  const manifest = bytes.toBase64(new TextEncoder().encode(line));
  const site = {
    chain_id: 31337, contract: '0x' + 'b0'.repeat(20), manifest, election_key: bytes.toBase64(seven.toBytes()),
    election_id: '0x86957549af4fa05db8a68a9722e5258eb75cf85f06f8fea1b9f405c7d37c1cd2',
  };
  const { election: e, manifest: m } = siteElection(site);
  assert.equal(m.version, 1);
  assert.equal(e.ctx.chainId, 31337n);
  assert.throws(() => siteElection({ ...site, election_id: '0x' + '00'.repeat(32) }), /hash is not the election id/);
  assert.throws(() => siteElection({ ...site, election_key: undefined }), /no manifest or election key/);
  const council = new TextEncoder().encode(readFileSync(root + 'docs/protocol.md', 'utf8').split('\n').find((l) => l.startsWith('    {"version":1,"title":{"ru":"Выборы совета"')).slice(4));
  const ranked = siteElection({ ...site, manifest: bytes.toBase64(council), election_id: '0x' + bytes.hex(manifestId(council)) });
  assert.deepEqual(ranked.election.questions, [{ options: 3, min: 1, max: 3, kind: 'ranked' }, { options: 2, min: 0, max: 2, kind: 'graded', grades: 3 }]);
});

// The golden ranked and graded ballots of crypto/ballot/testdata (ranks
// [2 0 1 3] of 4 candidates, 1 to 3 ranked; grades [1 4 6] of 3, all
// graded on 6), opened for the same election and pseudonym.
const openedOf = (name) => JSON.stringify({
  ...JSON.parse(text),
  ballot: bytes.toBase64(bytes.fromHex(readFileSync(root + `crypto/ballot/testdata/${name}-v1.hex`, 'utf8').trim())),
  opening: bytes.toBase64(bytes.fromHex(readFileSync(root + `crypto/ballot/testdata/${name}-opening-v1.hex`, 'utf8').trim())),
});
const mixedElections = {
  ranked: { ...election, questions: [{ options: 4, min: 1, max: 3, kind: 'ranked' }] },
  graded: { ...election, questions: [{ options: 3, min: 3, max: 3, kind: 'graded', grades: 6 }] },
};

test('a ranked and a graded ballot open to their ranks and grades', () => {
  for (const [name, values] of [['ranked', [2, 0, 1, 3]], ['graded', [1, 4, 6]]]) {
    const r = checkOpened(mixedElections[name], openedOf(name));
    assert.deepEqual(r.problems, [], name);
    assert.ok(r.ok, name);
    assert.deepEqual(r.values, [values], name);
  }
});

test('a ranked or graded opening that does not match, or breaks the rule, fails saying so', () => {
  const opened = (name, f) => {
    const j = JSON.parse(openedOf(name));
    const b = bytes.fromBase64(j.opening);
    f(b);
    j.opening = bytes.toBase64(b);
    return JSON.stringify(j);
  };
  const cases = [
    // Rank 2 of candidate 1 said to be 1: a tie with candidate 3, and not what is encrypted.
    ['ranked', 'a tie', opened('ranked', (b) => { b[1] = 1; }), [{ code: 'mismatch', question: 1, option: 1, value: 1 }, { code: 'ranks', question: 1 }]],
    // Candidate 2 given rank 3 too: four ranked of at most 3, and not what is encrypted.
    ['ranked', 'too many', opened('ranked', (b) => { b[1 + 33] = 3; }),
      [{ code: 'mismatch', question: 1, option: 2, value: 3 }, { code: 'rules', question: 1, chosen: 4, min: 1, max: 3 }, { code: 'ranks', question: 1 }]],
    ['ranked', 'a rank above 3', opened('ranked', (b) => { b[1] = 4; }), [{ code: 'opening-encoding' }]],
    ['graded', 'another grade', opened('graded', (b) => { b[1 + 33] = 5; }), [{ code: 'mismatch', question: 1, option: 2, value: 5 }]],
    ['graded', 'one not graded', opened('graded', (b) => { b[1] = 0; }),
      [{ code: 'mismatch', question: 1, option: 1, value: 0 }, { code: 'rules', question: 1, chosen: 2, min: 3, max: 3 }]],
    ['graded', 'a grade above 6', opened('graded', (b) => { b[1] = 7; }), [{ code: 'opening-encoding' }]],
  ];
  for (const [name, what, t, want] of cases) {
    const r = checkOpened(mixedElections[name], t);
    assert.equal(r.ok, false, what);
    assert.deepEqual(r.problems, want, what);
  }
  // A choice election reads the ranked ballot as damaged, not as choices.
  assert.deepEqual(checkOpened(election, openedOf('ranked')).problems, [{ code: 'ballot-encoding' }]);
});
