// The golden files of docs/protocol.md, checked from the parameters the
// document gives for them (no Go code involved).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Batch, Transcript, addBallot, ballotSize, bytes, dkg, group, json, manifestId, parseBallot, parseManifest, record, verifyRecord } from '../dist/lib.mjs';

const root = new URL('../../../../', import.meta.url).pathname;
const golden = (path) => bytes.fromHex(readFileSync(root + path, 'utf8').trim());
const fixed = (n, ...lead) => {
  const b = new Uint8Array(n);
  b.set(lead);
  return b;
};

test('transcript worked example (section 3)', () => {
  const ctx = { chainId: 1n, contract: fixed(20, 0xaa), electionId: fixed(32, 0xbb) };
  const t = new Transcript('example').ctx(ctx).u64('n', 5);
  assert.equal(bytes.hex(t.bytes().subarray(0, 25)), '0003646f6d0000001065766f74652f76312f6578616d706c65');
  assert.equal(bytes.hex(group.encodeScalar(t.challenge())), '770e8b873d463941e0863d5817bb0c97fcd1e1f5aa1be06bd079803165c2a00e');
});

test('manifest example (section 2)', () => {
  const text = readFileSync(root + 'docs/protocol.md', 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('    {"version":1,"title":{"ru":"Опрос"')).slice(4);
  const b = new TextEncoder().encode(line);
  assert.equal(b.length, 203);
  parseManifest(b);
  assert.equal(bytes.hex(manifestId(b)), '86957549af4fa05db8a68a9722e5258eb75cf85f06f8fea1b9f405c7d37c1cd2');
  assert.throws(() => parseManifest(new TextEncoder().encode(line.replace('"min":0', '"min": 0'))));
  assert.throws(() => parseManifest(new TextEncoder().encode(line.replace('"Poll"', '"\\u0050oll"'))));
});

test('ranked and graded questions (section 2 example) read as the Go package reads them; any other field or value is refused', () => {
  const text = readFileSync(root + 'docs/protocol.md', 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('    {"version":1,"title":{"ru":"Выборы совета"')).slice(4);
  const b = new TextEncoder().encode(line);
  assert.equal(b.length, 701);
  assert.equal(bytes.hex(manifestId(b)), 'dd6fd2792257f01803dd1952018c4eb4c74c6b12003250eba7fff8c1d00449a4');
  const m = parseManifest(b);
  assert.deepEqual(m.questions.map((q) => [q.type, q.method, q.seats, q.grades?.length]),
    [['ranked', 'stv', 2, undefined], ['graded', 'majority-judgment', undefined, 3]]);
  const enc = (s) => new TextEncoder().encode(s);
  for (const [what, from, to, want] of [
    ['seats 0 written out', '"seats":2', '"seats":0', /canonical/],
    ['an empty type', '"type":"graded"', '"type":""', /canonical/],
    ['another method', '"method":"stv"', '"method":"borda"', /question 1: method "borda" is no ranking method/],
    ['STV for as many seats as candidates', '"seats":2', '"seats":3', /question 1: STV for 3 seats of 3 candidates/],
    ['a type of its own', '"type":"ranked"', '"type":"approval"', /question 1: type "approval"/],
    ['seats on a graded question', '"method":"majority-judgment"', '"method":"majority-judgment","seats":1', /question 2: method "majority-judgment" with seats/],
    ['one grade', /"grades":\[\{.*?\}\]\}/, '"grades":[{"ru":"Да","en":"Yes"}]}', /question 2: 1 grades, want 2 to 10/],
    ['a field after the grades', '"seats":2', '"seats":2,"x":1', /unexpected field x/],
  ]) {
    const bad = line.replace(from, to);
    assert.notEqual(bad, line, what);
    assert.throws(() => parseManifest(enc(bad)), want, what);
  }
  const poll = text.split('\n').find((l) => l.startsWith('    {"version":1,"title":{"ru":"Опрос"')).slice(4);
  assert.throws(() => parseManifest(enc(poll.replace(']}]}', '],"x":1}]}'))), /unexpected field x/);
  assert.throws(() => parseManifest(enc(poll.replace(']}]}', '],"method":"irv"}]}'))), /a choice question has no method/);
});

test('the record verifier says it cannot check a ranked or graded election, and why', async () => {
  const text = readFileSync(root + 'docs/protocol.md', 'utf8');
  const manifest = new TextEncoder().encode(text.split('\n').find((l) => l.startsWith('    {"version":1,"title":{"ru":"Выборы совета"')).slice(4));
  const none = { ciphertexts: null, shares: null, used: null, rejected: null, values: null };
  const header = {
    type: 'header', version: 1, chainId: 31337n, contract: fixed(20, 0xb0), electionId: manifestId(manifest), createdBlock: 1n, readBlock: 9n,
    manifest, commission: fixed(20, 0xc0), trustees: [fixed(20, 1)], threshold: 1, registrarKey: null, states: null,
    ceremony: { keys: null, dealings: null, complaints: null, electionKey: null, qualifiedMask: 0n, qualified: null, excluded: null, falseComplaints: null },
    test: none, casts: 0n, tokenCount: 0n, rollPosts: null, countPosts: null,
  };
  const rep = await verifyRecord([json.writeLine(record.header, header), new Uint8Array([10])]);
  assert.equal(rep.checks[0].status, 'FAIL');
  assert.equal(rep.checks[0].detail, 'manifest: question 1 is ranked or graded: it is counted by the mix phase, whose checks (11: the shuffle proofs, ' +
    '12: the decryption of the mixed ballots, 13: their count) this verifier does not do; verify this election with evote verify');
});

// crypto/ballot/testdata: chain id 31337, contract b0b0 00…00, election id
// e1 00…00, K = 7·G, pseudonym a11ce0 00…00, [2 options, exactly 1] and
// [5 options, 1 to 3]; choices: option 0; options 0 and 3.
const seven = group.mul(group.G, 7n);
const params = {
  ctx: { chainId: 31337n, contract: fixed(20, 0xb0, 0xb0), electionId: fixed(32, 0xe1) },
  K: seven, Kenc: seven.toBytes(),
  questions: [{ options: 2, min: 1, max: 1 }, { options: 5, min: 1, max: 3 }],
};
const alice = fixed(20, 0xa1, 0x1c, 0xe0);
const choices = [[1, 0], [1, 0, 0, 1, 0]];

test('golden ballot (section 6)', () => {
  const b = golden('crypto/ballot/testdata/ballot-v1.hex');
  assert.equal(b.length, ballotSize(params.questions));
  assert.equal(b.length, 2465);
  const ballot = parseBallot(params, b);
  assert.ok(ballot);
  const bv = new Batch();
  addBallot(params, alice, ballot, bv);
  assert.ok(bv.check(), 'proofs verify');
  ballot.forEach((ans, q) => ans.options.forEach(({ ct }, o) => {
    const m = ct.B.subtract(group.mul(ct.A, 7n));
    assert.ok(m.equals(choices[q][o] ? group.G : group.ZERO), `question ${q} option ${o}`);
  }));
  // The layout of section 6: selection proofs at 577 (96 bytes) and 2113 (352 bytes).
  const sel0 = group.decodeElement(b.subarray(577, 609));
  assert.ok(sel0 && sel0.equals(ballot[0].selections.commitments[0]));
  const sel1 = group.decodeElement(b.subarray(2113, 2145));
  assert.ok(sel1 && sel1.equals(ballot[1].selections.commitments[0]));
  // Another pseudonym, or any flipped byte of a proof, fails.
  const other = new Batch();
  addBallot(params, fixed(20, 0xb0, 0xb5), ballot, other);
  assert.ok(!other.check(), 'bound to the pseudonym');
  for (const at of [100, 600, 2200, 2464]) {
    const bad = b.slice();
    bad[at] ^= 1;
    const p = parseBallot(params, bad);
    if (!p) continue; // no longer canonical
    const bv2 = new Batch();
    addBallot(params, alice, p, bv2);
    assert.ok(!bv2.check(), `byte ${at} flipped`);
  }
});

test('golden opening (section 6)', () => {
  const b = golden('crypto/ballot/testdata/opening-v1.hex');
  const ballot = parseBallot(params, golden('crypto/ballot/testdata/ballot-v1.hex'));
  assert.equal(b[0], 1);
  let o = 1;
  ballot.forEach((ans, q) => ans.options.forEach(({ ct }, k) => {
    const m = BigInt(b[o]);
    const r = group.decodeScalar(b.subarray(o + 1, o + 33));
    o += 33;
    assert.equal(Number(m), choices[q][k]);
    assert.ok(ct.A.equals(group.mul(group.G, r)) && ct.B.equals(group.mul(group.G, m).add(group.mul(seven, r))));
  }));
  assert.equal(o, b.length);
});

// crypto/ballot/testdata ranked-v1 and graded-v1: the context and key
// above, for alice; ranks [2 0 1 3] of 4 candidates (rank 1 to 3) and
// grades [1 4 6] of 3 (all three graded on 6 grades). No selection proof.
const rankedShapes = {
  ranked: [{ options: 4, min: 1, max: 3, kind: 'ranked' }, [2, 0, 1, 3]],
  graded: [{ options: 3, min: 3, max: 3, kind: 'graded', grades: 6 }, [1, 4, 6]],
};
for (const [name, [q, values]] of Object.entries(rankedShapes)) {
  test(`golden ${name} ballot and opening (section 6)`, () => {
    const p = { ...params, questions: [q] };
    const b = golden(`crypto/ballot/testdata/${name}-v1.hex`);
    assert.equal(b.length, ballotSize(p.questions));
    const ballot = parseBallot(p, b);
    assert.ok(ballot && ballot[0].selections === undefined);
    const bv = new Batch();
    addBallot(p, alice, ballot, bv);
    assert.ok(bv.check(), 'proofs verify');
    const opening = golden(`crypto/ballot/testdata/${name}-opening-v1.hex`);
    ballot[0].options.forEach(({ ct }, k) => {
      assert.equal(opening[1 + 33 * k], values[k]);
      assert.ok(ct.B.subtract(group.mul(ct.A, 7n)).equals(values[k] ? group.mul(group.G, BigInt(values[k])) : group.ZERO), `option ${k}`);
    });
    const choice = { ...p, questions: [{ options: q.options, min: q.min, max: q.max }] };
    assert.equal(parseBallot(choice, b), undefined, 'read as a choice');
    const bad = b.slice();
    bad[200] ^= 1;
    const p2 = parseBallot(p, bad);
    if (p2) {
      const bv2 = new Batch();
      addBallot(p, alice, p2, bv2);
      assert.ok(!bv2.check(), 'a flipped proof byte');
    }
  });
}

// crypto/dkg/testdata: chain id 31337, contract d106 00…00, election id e1ec 00…00, n = 5, t = 3.
const ceremony = { ctx: { chainId: 31337n, contract: fixed(20, 0xd1, 0x06), electionId: fixed(32, 0xe1, 0xec) }, p: { n: 5, t: 3 } };

test('golden DKG messages (section 10)', () => {
  const key = dkg.parseKey(golden('crypto/dkg/testdata/key-v1.hex'));
  assert.equal(key.trustee, 1);
  const bv = new Batch();
  const t = new Transcript('dkg/key-pop').ctx(ceremony.ctx).u64('n', 5).u64('t', 3).u64('trustee', 1);
  t.append('X', key.Xenc).append('a', key.pop.enc.subarray(0, 32));
  const c = t.challenge();
  bv.add([[key.pop.z, group.G], [-1n, key.pop.a], [-c, key.X]]);
  assert.ok(bv.check(), 'key proof of possession');

  const d = dkg.parseDealing(golden('crypto/dkg/testdata/dealing-v1.hex'));
  assert.deepEqual([d.dealer, d.t, d.n], [1, 3, 5]);
  for (const [kind, proof, X, Xenc] of [['dkg/dealing-pop', d.pop, d.C[0], d.Cenc.subarray(0, 32)], ['dkg/dealing-ephemeral', d.ephemeralPoK, d.E, d.Eenc]]) {
    const tt = new Transcript(kind).ctx(ceremony.ctx).u64('n', 5).u64('t', 3).u64('dealer', 1)
      .append('commitments', d.Cenc).append('ephemeral', d.Eenc).append('shares', d.sharesEnc)
      .append('X', Xenc).append('a', proof.enc.subarray(0, 32));
    const b2 = new Batch();
    b2.add([[proof.z, group.G], [-1n, proof.a], [-tt.challenge(), X]]);
    assert.ok(b2.check(), kind);
  }
  const cp = dkg.parseComplaint(golden('crypto/dkg/testdata/complaint-v1.hex'));
  assert.deepEqual([cp.dealer, cp.recipient], [2, 4]);
  const part = dkg.parsePartial(golden('crypto/dkg/testdata/partial-v1.hex'));
  assert.equal(part.trustee, 1);
  assert.equal(part.D.length, 5);
});
