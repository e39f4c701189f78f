// The proofs of docs/protocol.md, section 5, as equations added to a batch.

import { Batch } from './batch.js';
import { G, Point, decodeElement, decodeScalar, mod } from './group.js';
import { Transcript } from './transcript.js';


export const MAX_BRANCHES = 65;

export interface Disjunctive {
  commitments: Point[]; // a_0, b_0, a_1, b_1, …
  commitEnc: Uint8Array;
  challenges: bigint[]; // c_0 … c_{k−2}
  responses: bigint[]; // z_0 … z_{k−1}
}

export const disjunctiveSize = (lo: number, hi: number): number => {
  const k = hi - lo + 1;
  return 64 * k + 32 * (2 * k - 1);
};

function elements(b: Uint8Array, n: number): Point[] | undefined {
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const p = decodeElement(b.subarray(32 * i, 32 * i + 32));
    if (!p) return undefined;
    out.push(p);
  }
  return out;
}

function scalars(b: Uint8Array, n: number): bigint[] | undefined {
  const out: bigint[] = [];
  for (let i = 0; i < n; i++) {
    const s = decodeScalar(b.subarray(32 * i, 32 * i + 32));
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

export function parseDisjunctive(b: Uint8Array, lo: number, hi: number): Disjunctive | undefined {
  const k = hi - lo + 1;
  if (hi < lo || k > MAX_BRANCHES || b.length !== disjunctiveSize(lo, hi)) return undefined;
  const commitments = elements(b, 2 * k);
  const challenges = commitments && scalars(b.subarray(64 * k), k - 1);
  const responses = challenges && scalars(b.subarray(64 * k + 32 * (k - 1)), k);
  if (!commitments || !challenges || !responses) return undefined;
  return { commitments, commitEnc: b.subarray(0, 64 * k), challenges, responses };
}

/** Adds the equations of a disjunctive proof that (A, B) under K encrypts a value in [lo, hi]. */
export function verifyDisjunctive(
  p: Disjunctive, t: Transcript, K: Point, Kenc: Uint8Array, A: Point, B: Point, ctEnc: Uint8Array,
  lo: number, hi: number, bv: Batch,
): void {
  t.append('K', Kenc).append('ct', ctEnc).u64('lo', lo).u64('hi', hi).append('commit', p.commitEnc);
  const c = t.challenge();
  const k = hi - lo + 1;
  let last = c;
  for (const cj of p.challenges) last -= cj;
  const cs = [...p.challenges, mod(last)];
  for (let j = 0; j < k; j++) {
    const [a, b, cj, z] = [p.commitments[2 * j], p.commitments[2 * j + 1], cs[j], p.responses[j]];
    // z·G − a − c·A = 0
    bv.add([[z, G], [-1n, a], [-cj, A]]);
    // z·K − b − c·B + c·v·G = 0
    bv.add([[z, K], [-1n, b], [-cj, B], [cj * BigInt(lo + j), G]]);
  }
}

export interface DLEQ {
  a: Point;
  b: Point;
  z: bigint;
  enc: Uint8Array;
}

export function parseDLEQ(b: Uint8Array): DLEQ | undefined {
  if (b.length !== 96) return undefined;
  const e = elements(b, 2);
  const z = decodeScalar(b.subarray(64));
  if (!e || z === undefined) return undefined;
  return { a: e[0], b: e[1], z, enc: b };
}

/** log_G(Y) = log_H(D); Yenc, Henc, Denc are the encodings hashed. */
export function verifyDLEQ(p: DLEQ, t: Transcript, Y: Point, H: Point, D: Point, enc: [Uint8Array, Uint8Array, Uint8Array], bv: Batch): void {
  t.append('Y', enc[0]).append('H', enc[1]).append('D', enc[2]).append('a', p.enc.subarray(0, 32)).append('b', p.enc.subarray(32, 64));
  const c = t.challenge();
  bv.add([[p.z, G], [-1n, p.a], [-c, Y]]);
  bv.add([[p.z, H], [-1n, p.b], [-c, D]]);
}

export interface Schnorr {
  a: Point;
  z: bigint;
  enc: Uint8Array;
}

export function parseSchnorr(b: Uint8Array): Schnorr | undefined {
  if (b.length !== 64) return undefined;
  const a = decodeElement(b.subarray(0, 32));
  const z = decodeScalar(b.subarray(32));
  if (!a || z === undefined) return undefined;
  return { a, z, enc: b };
}

export function verifySchnorr(p: Schnorr, t: Transcript, X: Point, Xenc: Uint8Array, bv: Batch): void {
  t.append('X', Xenc).append('a', p.enc.subarray(0, 32));
  const c = t.challenge();
  bv.add([[p.z, G], [-1n, p.a], [-c, X]]);
}
