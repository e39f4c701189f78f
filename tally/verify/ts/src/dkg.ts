// The key ceremony and threshold decryption (docs/protocol.md, section 10;
// docs/record.md, "Settling the key ceremony" and "Combining partial
// decryptions").

import { Batch } from './batch.js';
import { concat, readU16 } from './bytes.js';
import { Ciphertext } from './ballot.js';
import { G, Point, ZERO, decodeElement, decodeScalar, invert, mod, msm, mul } from './group.js';
import { DLEQ, Schnorr, parseDLEQ, parseSchnorr, verifyDLEQ, verifySchnorr } from './proofs.js';
import { Context, Transcript } from './transcript.js';
import type { Blame, Post } from './record.js';

export interface Params { n: number; t: number }
export interface Ceremony { ctx: Context; p: Params }

const valid = (p: Params, i: number) => i >= 1 && i <= p.n;

function start(c: Ceremony, kind: string): Transcript {
  return new Transcript(kind).ctx(c.ctx).u64('n', c.p.n).u64('t', c.p.t);
}

// ---- messages ----

export interface TrusteeKey { trustee: number; X: Point; Xenc: Uint8Array; pop: Schnorr }
export interface Dealing {
  dealer: number; t: number; n: number; C: Point[]; Cenc: Uint8Array; E: Point; Eenc: Uint8Array;
  shares: bigint[]; sharesEnc: Uint8Array; pop: Schnorr; ephemeralPoK: Schnorr;
}
export interface Complaint { dealer: number; recipient: number; S: Point; Senc: Uint8Array; proof: DLEQ }
export interface Partial { trustee: number; D: Point[]; Denc: Uint8Array[]; proofs: DLEQ[] }

const header = (b: Uint8Array, kind: number, min: number) => b.length >= min && b[0] === 1 && b[1] === kind;
const index = (i: number) => i >= 1 && i <= 64;

export function parseKey(b: Uint8Array): TrusteeKey | undefined {
  if (!header(b, 1, 99) || b.length !== 99 || !index(b[2])) return undefined;
  const X = decodeElement(b.subarray(3, 35));
  const pop = parseSchnorr(b.subarray(35));
  return X && pop ? { trustee: b[2], X, Xenc: b.subarray(3, 35), pop } : undefined;
}

export const dealingSize = (p: Params) => 5 + 32 * (p.t + 1) + 32 * p.n + 128;

export function parseDealing(b: Uint8Array): Dealing | undefined {
  if (!header(b, 2, 5)) return undefined;
  const p = { t: b[3], n: b[4] };
  if (p.t < 1 || p.t > p.n || p.n > 64 || !valid(p, b[2]) || b.length !== dealingSize(p)) return undefined;
  let o = 5;
  const C: Point[] = [];
  for (let k = 0; k <= p.t; k++, o += 32) {
    const e = decodeElement(b.subarray(o, o + 32));
    if (!e) return undefined;
    C.push(e);
  }
  const E = C.pop()!;
  const shares: bigint[] = [];
  const sStart = o;
  for (let j = 0; j < p.n; j++, o += 32) {
    const s = decodeScalar(b.subarray(o, o + 32));
    if (s === undefined) return undefined;
    shares.push(s);
  }
  const pop = parseSchnorr(b.subarray(o, o + 64));
  const ephemeralPoK = parseSchnorr(b.subarray(o + 64, o + 128));
  if (!pop || !ephemeralPoK) return undefined;
  return {
    dealer: b[2], t: p.t, n: p.n, C, Cenc: b.subarray(5, 5 + 32 * p.t), E, Eenc: b.subarray(5 + 32 * p.t, sStart),
    shares, sharesEnc: b.subarray(sStart, o), pop, ephemeralPoK,
  };
}

export function parseComplaint(b: Uint8Array): Complaint | undefined {
  if (!header(b, 3, 132) || b.length !== 132 || !index(b[2]) || !index(b[3])) return undefined;
  const S = decodeElement(b.subarray(4, 36));
  const proof = parseDLEQ(b.subarray(36));
  return S && proof ? { dealer: b[2], recipient: b[3], S, Senc: b.subarray(4, 36), proof } : undefined;
}

export function parsePartial(b: Uint8Array): Partial | undefined {
  if (!header(b, 4, 5)) return undefined;
  const count = readU16(b, 3);
  if (!index(b[2]) || count < 1 || count > 4096 || b.length !== 5 + 128 * count) return undefined;
  const out: Partial = { trustee: b[2], D: [], Denc: [], proofs: [] };
  for (let c = 0; c < count; c++) {
    const e = b.subarray(5 + 128 * c, 5 + 128 * (c + 1));
    const D = decodeElement(e.subarray(0, 32));
    const pr = D && parseDLEQ(e.subarray(32));
    if (!D || !pr) return undefined;
    out.D.push(D);
    out.Denc.push(e.subarray(0, 32));
    out.proofs.push(pr);
  }
  return out;
}

// ---- checks ----

function addKey(c: Ceremony, k: TrusteeKey, bv: Batch): void {
  verifySchnorr(k.pop, start(c, 'dkg/key-pop').u64('trustee', k.trustee), k.X, k.Xenc, bv);
}

function dealingTranscript(c: Ceremony, kind: string, d: Dealing): Transcript {
  return start(c, kind).u64('dealer', d.dealer).append('commitments', d.Cenc).append('ephemeral', d.Eenc).append('shares', d.sharesEnc);
}

/** Shape (mismatch) and both proofs (invalid-proof) of a dealing; undefined if valid. */
function checkDealing(c: Ceremony, d: Dealing): string | undefined {
  if (!valid(c.p, d.dealer) || d.t !== c.p.t || d.n !== c.p.n) return 'mismatch';
  const bv = new Batch();
  verifySchnorr(d.pop, dealingTranscript(c, 'dkg/dealing-pop', d), d.C[0], d.Cenc.subarray(0, 32), bv);
  verifySchnorr(d.ephemeralPoK, dealingTranscript(c, 'dkg/dealing-ephemeral', d), d.E, d.Eenc, bv);
  return bv.check() ? undefined : 'invalid-proof';
}

/** Σ_k j^k·C_k. */
export function evalCommitments(C: Point[], j: number): Point {
  const pows: bigint[] = [];
  let x = 1n;
  for (let k = 0; k < C.length; k++, x = mod(x * BigInt(j))) pows.push(x);
  return msm(C, pows);
}

function sharePad(c: Ceremony, dealer: number, recipient: number, Xenc: Uint8Array, Eenc: Uint8Array, Senc: Uint8Array): bigint {
  return start(c, 'dkg/share-pad').u64('dealer', dealer).u64('recipient', recipient).append('X', Xenc).append('E', Eenc).append('S', Senc).challenge();
}

/** 'guilty', or why the complaint is false. */
function adjudicate(c: Ceremony, keys: TrusteeKey[], d: Dealing, cp: Complaint): string {
  if (cp.dealer !== d.dealer || !valid(c.p, cp.recipient)) return 'mismatch';
  const X = keys[cp.recipient - 1];
  const bv = new Batch();
  verifyDLEQ(cp.proof, start(c, 'dkg/complaint').u64('dealer', cp.dealer).u64('recipient', cp.recipient), X.X, d.E, cp.S, [X.Xenc, d.Eenc, cp.Senc], bv);
  if (!bv.check()) return 'invalid-proof';
  const s = mod(d.shares[cp.recipient - 1] - sharePad(c, d.dealer, cp.recipient, X.Xenc, d.Eenc, cp.Senc));
  return mul(G, s).equals(evalCommitments(d.C, cp.recipient)) ? 'share-correct' : 'guilty';
}

/** Sorts blames by trustee, then dealer, keeping the order of equal ones. */
export function sortBlames(bs: Blame[]): Blame[] {
  return bs
    .map((b, i) => [b, i] as const)
    .sort(([a, i], [b, k]) => a.trustee - b.trustee || (a.dealer ?? 0) - (b.dealer ?? 0) || i - k)
    .map(([b]) => b);
}

export class CeremonyError extends Error {}

/** The trustees' keys (check 2): one valid key per trustee, or a CeremonyError naming the bad ones. */
export function verifyKeys(c: Ceremony, posts: Post[]): TrusteeKey[] {
  const keys: (TrusteeKey | undefined)[] = new Array(c.p.n).fill(undefined);
  const unusable: Blame[] = [];
  for (const p of posts) {
    if (p.trustee < 0 || p.trustee >= c.p.n) continue;
    const k = parseKey(p.data ?? new Uint8Array());
    if (!k) unusable.push({ trustee: p.trustee + 1, reason: 'malformed' });
    else keys[p.trustee] = k;
  }
  const errs: string[] = [];
  keys.forEach((k, i) => {
    if (!k) errs.push(`trustee ${i + 1}: ${unusable.find((u) => u.trustee === i + 1)?.reason ?? 'missing'}`);
    else if (k.trustee !== i + 1) errs.push(`trustee ${i + 1}: mismatch (key of trustee ${k.trustee})`);
  });
  // The proofs of the keys in their places are checked even if others are bad, so that every bad trustee is named.
  const placed = keys.filter((k, i): k is TrusteeKey => k !== undefined && k.trustee === i + 1);
  const bv = new Batch();
  placed.forEach((k) => addKey(c, k, bv));
  if (!bv.check()) {
    for (const k of placed) {
      const one = new Batch();
      addKey(c, k, one);
      if (!one.check()) errs.push(`trustee ${k.trustee}: invalid-proof`);
    }
  }
  if (errs.length) throw new CeremonyError(errs.join('; '));
  return keys as TrusteeKey[];
}

export interface Settled {
  qualified: number[];
  excluded: Blame[];
  falseComplaints: Blame[];
  K: Point;
  Y: Point[]; // Y[j−1]
}

interface ParsedDealings { dealings: Dealing[]; unusable: Blame[] }

function parseDealings(posts: Post[]): ParsedDealings {
  const out: ParsedDealings = { dealings: [], unusable: [] };
  for (const p of posts) {
    const d = parseDealing(p.data ?? new Uint8Array());
    if (!d) out.unusable.push({ trustee: p.trustee + 1, reason: 'malformed' });
    else if (d.dealer !== p.trustee + 1) out.unusable.push({ trustee: p.trustee + 1, reason: 'mismatch' });
    else out.dealings.push(d);
  }
  return out;
}

function parseComplaints(posts: Post[]): Complaint[] {
  const out: Complaint[] = [];
  for (const p of posts) {
    const cp = parseComplaint(p.data ?? new Uint8Array());
    if (cp && cp.recipient === p.trustee + 1) out.push(cp);
  }
  return out;
}

/** Settles the ceremony from its posts (check 3), or throws a CeremonyError. */
export function settle(c: Ceremony, keys: TrusteeKey[], dealingPosts: Post[], complaintPosts: Post[]): Settled {
  const { dealings, unusable } = parseDealings(dealingPosts);
  const byDealer: (Dealing | undefined)[] = new Array(c.p.n + 1).fill(undefined);
  const count = new Array(c.p.n + 1).fill(0);
  for (const d of dealings) if (valid(c.p, d.dealer)) { byDealer[d.dealer] = d; count[d.dealer]++; }
  for (const u of unusable) if (valid(c.p, u.trustee)) count[u.trustee]++;
  let excluded: Blame[] = [];
  for (let i = 1; i <= c.p.n; i++) {
    let why: string | undefined;
    if (count[i] > 1) why = 'mismatch';
    else if (byDealer[i]) why = checkDealing(c, byDealer[i]!);
    else why = unusable.find((u) => u.trustee === i)?.reason ?? 'missing';
    if (why) {
      byDealer[i] = undefined;
      excluded.push({ trustee: i, reason: why });
    }
  }
  const complaints = parseComplaints(complaintPosts);
  for (const cp of complaints) {
    const d = valid(c.p, cp.dealer) ? byDealer[cp.dealer] : undefined;
    if (d && adjudicate(c, keys, d, cp) === 'guilty') {
      byDealer[cp.dealer] = undefined;
      excluded.push({ trustee: cp.dealer, reason: 'bad-share' });
    }
  }
  excluded = sortBlames(excluded);
  const qual: Dealing[] = [];
  const qualified: number[] = [];
  for (let i = 1; i <= c.p.n; i++) if (byDealer[i]) { qualified.push(i); qual.push(byDealer[i]!); }
  if (qual.length < c.p.t) {
    throw new CeremonyError(`${qual.length} of ${c.p.n} qualified, need ${c.p.t}: ${excluded.map((b) => `${b.trustee} ${b.reason}`).join(', ')}`);
  }
  const sum: Point[] = [];
  for (let k = 0; k < c.p.t; k++) sum.push(qual.reduce((acc, d) => acc.add(d.C[k]), ZERO));
  if (sum[0].is0()) throw new CeremonyError('the election key is the identity');
  const Y: Point[] = [];
  for (let j = 1; j <= c.p.n; j++) Y.push(evalCommitments(sum, j));
  return { qualified, excluded, falseComplaints: falseComplaints(c, keys, dealingPosts, dealings, complaints, complaintPosts), K: sum[0], Y };
}

/**
 * The false complaints as the record names them: judged in posting order
 * against dealers with one dealing post, valid, not yet found guilty, then
 * the complaint posts that do not decode or name another recipient.
 */
function falseComplaints(c: Ceremony, keys: TrusteeKey[], dealingPosts: Post[], dealings: Dealing[], complaints: Complaint[], posts: Post[]): Blame[] {
  const out: Blame[] = [];
  const perDealer = new Map<number, number>(); // dealing posts per dealer: two put it out
  for (const p of dealingPosts) perDealer.set(p.trustee + 1, (perDealer.get(p.trustee + 1) ?? 0) + 1);
  const validD = new Map<number, Dealing>();
  for (const d of dealings) if (perDealer.get(d.dealer) === 1 && !checkDealing(c, d)) validD.set(d.dealer, d);
  for (const cp of complaints) {
    const d = validD.get(cp.dealer);
    if (!d) continue;
    const v = adjudicate(c, keys, d, cp);
    if (v === 'guilty') validD.delete(cp.dealer);
    else out.push({ trustee: cp.recipient, dealer: cp.dealer, reason: v });
  }
  for (const p of posts) {
    const cp = parseComplaint(p.data ?? new Uint8Array());
    if (!cp) out.push({ trustee: p.trustee + 1, reason: 'malformed' });
    else if (cp.recipient !== p.trustee + 1) out.push({ trustee: p.trustee + 1, reason: 'mismatch' });
  }
  return sortBlames(out);
}

// ---- combining partial decryptions ----

export interface Combined {
  used: number[];
  rejected: Blame[];
  messages?: Point[]; // undefined: fewer than t valid
}

function addPartial(c: Ceremony, s: Settled, cts: Ciphertext[], p: Partial, bv: Batch): string | undefined {
  if (!valid(c.p, p.trustee) || p.D.length !== cts.length) return 'mismatch';
  const Y = s.Y[p.trustee - 1];
  const Yenc = Y.toBytes();
  cts.forEach((ct, k) => {
    const t = start(c, 'dkg/decryption-share').u64('trustee', p.trustee).u64('ciphertext', k).append('ct', ct.enc);
    verifyDLEQ(p.proofs[k], t, Y, ct.A, p.D[k], [Yenc, ct.enc.subarray(0, 32), p.Denc[k]], bv);
  });
  return undefined;
}

function lagrange(xs: number[]): bigint[] {
  return xs.map((j) => {
    let num = 1n;
    let den = 1n;
    for (const m of xs) {
      if (m === j) continue;
      num = mod(num * BigInt(m));
      den = mod(den * BigInt(m - j));
    }
    return mod(num * invert(den));
  });
}

/** Combines the posted shares for cts (none with A the identity). */
export function combine(c: Ceremony, s: Settled, cts: Ciphertext[], posts: Post[]): Combined {
  const parseBlames: Blame[] = [];
  const parts: Partial[] = [];
  for (const p of posts) {
    const pd = parsePartial(p.data ?? new Uint8Array());
    if (!pd) parseBlames.push({ trustee: p.trustee + 1, reason: 'malformed' });
    else if (pd.trustee !== p.trustee + 1) parseBlames.push({ trustee: p.trustee + 1, reason: 'mismatch' });
    else parts.push(pd);
  }
  const mismatches: Blame[] = [];
  const invalid: Blame[] = [];
  const seen = new Set<number>();
  let cands: Partial[] = [];
  const bv = new Batch();
  for (const p of parts) {
    const why = seen.has(p.trustee) ? 'mismatch' : addPartial(c, s, cts, p, bv);
    seen.add(p.trustee);
    if (why) mismatches.push({ trustee: p.trustee, reason: why });
    else cands.push(p);
  }
  if (!bv.check()) {
    cands = cands.filter((p) => {
      const one = new Batch();
      addPartial(c, s, cts, p, one);
      if (one.check()) return true;
      invalid.push({ trustee: p.trustee, reason: 'invalid-proof' });
      return false;
    });
  }
  cands.sort((a, b) => a.trustee - b.trustee);
  const rejected = sortBlames([...parseBlames, ...sortBlames([...mismatches, ...invalid])]);
  if (cands.length < c.p.t) return { used: [], rejected };
  const used = cands.slice(0, c.p.t);
  const lambda = lagrange(used.map((p) => p.trustee));
  const messages = cts.map((ct, k) => ct.B.subtract(msm(used.map((p) => p.D[k]), lambda)));
  return { used: used.map((p) => p.trustee), rejected, messages };
}

/** The m in [0, bound] with M = m·G, or undefined (baby-step giant-step). */
export function dlog(M: Point, bound: bigint): bigint | undefined {
  let steps = 1n;
  while (steps * steps <= bound) steps++;
  const baby = new Map<string, bigint>();
  let p = ZERO;
  for (let j = 0n; j < steps; j++) {
    baby.set(key(p), j);
    p = p.add(G);
  }
  const giant = mul(G, steps).negate();
  let q = M;
  for (let base = 0n; base <= bound; base += steps) {
    const j = baby.get(key(q));
    if (j !== undefined) return base + j <= bound ? base + j : undefined;
    q = q.add(giant);
  }
  return undefined;
}

const key = (p: Point): string => {
  const b = p.toBytes();
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
};

export const ciphertextOf = (A: Point, B: Point): Ciphertext => ({ A, B, enc: concat(A.toBytes(), B.toBytes()) });
