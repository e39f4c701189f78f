// The registration log (docs/protocol.md, "The registration log"): leaves
// checked against Argon2id values of golang.org/x/crypto/argon2, trees
// against hashes computed here by hand with node's own SHA-256.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bytes, reglog } from '../dist/lib.mjs';

const H = (...parts) => new Uint8Array(createHash('sha256').update(Buffer.concat(parts.map((p) => Buffer.from(p)))).digest());
const leafHash = (e) => H([0], e);
const nodeHash = (l, r) => H([1], l, r);
const EMPTY = H([]);
const election = Uint8Array.from({ length: 32 }, (_, i) => i);

// The tree over 256 bucket roots, folded by hand.
function rootOf(bucketRoots) {
  let level = bucketRoots;
  while (level.length > 1) level = Array.from({ length: level.length / 2 }, (_, i) => nodeHash(level[2 * i], level[2 * i + 1]));
  return level[0];
}
const entryOf = (first, fill, district = '') => reglog.entry(Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? first : fill)), district);

test('leaf: Argon2id as golang.org/x/crypto/argon2.IDKey computes it', () => {
  const cases = [
    ['0123456789AB', 'voter-1', '2ba39c76b61a802b2d8d2119212e7cc6283aa01501059af21b667675acb59af0', '450dc5e347564140c86cab839711df22082870580d4e4e4c9d641ffd34e3c4ba'],
    ['ZZZZZZZZZZZZ', 'x', 'fc0ea0072f48cbbb102124420b883d50511a608857537f471340ff8879dda6da', '19ec20100c5bb1a9524fa33d46a513e56c6fdd8e903cbd859b67f2a4ff7134e1'],
  ];
  for (const [code, voter, salt, leaf] of cases) {
    assert.equal(bytes.hex(reglog.leafSalt(election, voter)), salt);
    assert.equal(bytes.hex(reglog.leaf(code, election, voter)), leaf);
  }
  const other = election.slice();
  other[31] ^= 1;
  assert.notEqual(bytes.hex(reglog.leaf('0123456789AB', other, 'voter-1')), cases[0][3]);
  assert.throws(() => reglog.leaf('0123-4567-89AB', election, 'voter-1'), /not canonical/);
  assert.throws(() => reglog.leaf('0123456789AB', election, ''), /voter id/);
  assert.throws(() => reglog.leaf('0123456789AB', election, 'a'.repeat(65)), /voter id/);
  assert.throws(() => reglog.leaf('0123456789AB', election, 'Иван'), /voter id/);
  assert.throws(() => reglog.leaf('0123456789AB', election.subarray(1), 'v'), /32 bytes/);
});

test('normalizeCode reads a code as registrar/code.Normalize does', () => {
  assert.equal(reglog.normalizeCode('0123-4567-89ab'), '0123456789AB');
  assert.equal(reglog.normalizeCode(' oiLl 4567 89AB '), '0111456789AB');
  for (const bad of ['', '0123-4567-89A', '0123-4567-89ABC', '0123-4567-89AU', '0123_4567_89AB', '0123-4567-89AБ', '0123-4567-89Aı', '0123-4567-89Aſ', '0123-4567-89A\u0000', '-'.repeat(49)]) {
    assert.equal(reglog.normalizeCode(bad), undefined, bad);
  }
});

test('entry is leaf || u8(len(d)) || d, and parseEntry takes nothing else', () => {
  const l = new Uint8Array(32).fill(7);
  assert.equal(bytes.hex(reglog.entry(l, '')), '07'.repeat(32) + '00');
  assert.equal(bytes.hex(reglog.entry(l, 'N-1')), '07'.repeat(32) + '03' + '4e2d31');
  assert.deepEqual(reglog.parseEntry(reglog.entry(l, 'N-1')), { leaf: l, district: 'N-1' });
  assert.ok(reglog.parseEntry(reglog.entry(l, 'd'.repeat(64))));
  assert.throws(() => reglog.entry(l, 'd'.repeat(65)));
  assert.throws(() => reglog.entry(l, 'a b'));
  assert.throws(() => reglog.entry(l.subarray(1), ''));
  const ok = reglog.entry(l, 'ab');
  for (const bad of [ok.subarray(0, 34), bytes.concat(ok, new Uint8Array([0x61])), new Uint8Array(32), bytes.concat(l, new Uint8Array([1, 0x20])), bytes.concat(l, new Uint8Array([1, 0xd0]))]) {
    assert.equal(reglog.parseEntry(bad), undefined);
  }
});

test('the root of the empty set and of one entry, by hand', () => {
  const empty = Array(256).fill(EMPTY);
  assert.deepEqual(reglog.root([]), rootOf(empty));
  const e = entryOf(0x9c, 1, 'x');
  const one = empty.slice();
  one[0x9c] = leafHash(e);
  assert.deepEqual(reglog.root([e]), rootOf(one));
});

test('RFC 9162 MTH of 1..7 entries, by hand', () => {
  const d = Array.from({ length: 7 }, (_, i) => entryOf(5, i + 1));
  const h = d.map(leafHash);
  const n01 = nodeHash(h[0], h[1]);
  const n23 = nodeHash(h[2], h[3]);
  const n45 = nodeHash(h[4], h[5]);
  const n0123 = nodeHash(n01, n23);
  const want = [EMPTY, h[0], n01, nodeHash(n01, h[2]), n0123, nodeHash(n0123, h[4]), nodeHash(n0123, n45), nodeHash(n0123, nodeHash(n45, h[6]))];
  for (let n = 0; n <= 7; n++) assert.deepEqual(reglog.mth(d.slice(0, n)), want[n], `n=${n}`);
  // root() sorts each bucket by leaf, whatever order it is given.
  const roots = Array(256).fill(EMPTY);
  roots[5] = want[7];
  assert.deepEqual(reglog.root(d.slice().reverse()), rootOf(roots));
  assert.throws(() => reglog.root([d[0], d[1], reglog.entry(d[0].subarray(0, 32), 'other')]), /twice/);
  assert.throws(() => reglog.root([d[0].subarray(0, 32)]), /malformed/);
});

test('paths of a few hundred entries verify, and nothing else does', () => {
  const entries = Array.from({ length: 600 }, (_, i) => reglog.entry(new Uint8Array(randomBytes(32)), `d${i % 5}`));
  const root = reglog.root(entries);
  const bs = reglog.buckets(entries);
  assert.deepEqual(rootOf(bs.map((b) => reglog.mth(b))), root);
  for (const b of [0, 1, 77, 128, 255]) {
    const p = reglog.path(entries, b);
    assert.equal(p.length, 8);
    assert.ok(reglog.verifyBucket(b, bs[b], p, root), `bucket ${b}`);
    for (const e of bs[b]) assert.deepEqual(reglog.findEntry(bs[b], e.subarray(0, 32)), reglog.parseEntry(e));
    assert.equal(reglog.findEntry(bs[b], new Uint8Array(32).fill(b)), undefined);
    const other = (b + 1) % 256;
    assert.ok(!reglog.verifyBucket(other, bs[b], p, root), 'another bucket number');
    assert.ok(!reglog.verifyBucket(b, bs[b], reglog.path(entries, other), root), 'another path');
    assert.ok(!reglog.verifyBucket(b, bs[b], p.slice(1), root), 'a short path');
    assert.ok(!reglog.verifyBucket(b, bs[b], p, EMPTY), 'another root');
    if (bs[b].length >= 2) {
      assert.ok(!reglog.verifyBucket(b, bs[b].slice(1), p, root), 'an entry left out');
      assert.ok(!reglog.verifyBucket(b, [bs[b][1], bs[b][0], ...bs[b].slice(2)], p, root), 'out of order');
      assert.ok(!reglog.verifyBucket(b, [bs[b][0], ...bs[b]], p, root), 'an entry twice');
      const changed = bs[b].slice();
      changed[0] = reglog.entry(changed[0].subarray(0, 32), 'elsewhere');
      assert.ok(!reglog.verifyBucket(b, changed, p, root), 'a district changed');
    }
  }
  const none = reglog.buckets([]);
  assert.ok(reglog.verifyBucket(3, none[3], reglog.path([], 3), reglog.root([])));
});

// registrar/reglog/testdata/vectors.json, written by the Go side: every
// value re-derived here from the spec, and every bad bucket refused for
// the reason the vector names.
test('the golden vectors of registrar/reglog', () => {
  const v = JSON.parse(readFileSync(new URL('../../../../registrar/reglog/testdata/vectors.json', import.meta.url), 'utf8'));
  const hx = (list) => (list ?? []).map(bytes.fromHex);
  for (const l of v.leaves) {
    const e = bytes.fromHex(l.election_id);
    assert.equal(bytes.hex(reglog.leafSalt(e, l.voter_id)), l.salt);
    assert.equal(bytes.hex(reglog.leaf(l.code, e, l.voter_id)), l.leaf);
  }
  for (const x of v.entries) {
    assert.equal(bytes.hex(reglog.entry(bytes.fromHex(x.leaf), x.district)), x.entry);
    assert.deepEqual(reglog.parseEntry(bytes.fromHex(x.entry)), { leaf: bytes.fromHex(x.leaf), district: x.district });
  }
  for (const x of v.bad_entries) assert.equal(reglog.parseEntry(bytes.fromHex(x.entry)), undefined, x.why);
  for (const x of v.mth) assert.equal(bytes.hex(reglog.mth(hx(x.inputs))), x.root);
  for (const t of v.trees) {
    const entries = hx(t.entries);
    assert.equal(bytes.hex(reglog.root(entries)), t.root, t.name);
    assert.deepEqual(reglog.buckets(entries).map((b) => bytes.hex(reglog.mth(b))), t.bucket_roots, t.name);
    for (const b of t.buckets) {
      assert.deepEqual(reglog.buckets(entries)[b.bucket].map(bytes.hex), b.entries ?? [], `${t.name} bucket ${b.bucket}`);
      assert.deepEqual(reglog.path(entries, b.bucket).map(bytes.hex), b.path);
      assert.equal(reglog.checkBucket(b.bucket, hx(b.entries), reglog.parsePath(b.path), bytes.fromHex(t.root)), undefined);
    }
  }
  assert.ok(v.bad_buckets.length >= 10);
  for (const x of v.bad_buckets) {
    const path = reglog.parsePath(x.path);
    const got = path ? reglog.checkBucket(x.bucket, hx(x.entries), path, bytes.fromHex(x.root)) : 'path';
    assert.equal(got, x.error, x.why);
  }
});
