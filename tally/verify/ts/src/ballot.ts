// Ballots (docs/protocol.md, section 6): decoding for an election's shape
// and the equations of all their proofs.

import { Batch } from './batch.js';
import { Point, decodeElement } from './group.js';
import { Disjunctive, disjunctiveSize, parseDisjunctive, verifyDisjunctive } from './proofs.js';
import { Context, Transcript } from './transcript.js';

export interface Question {
  options: number;
  min: number;
  max: number;
  kind?: 'ranked' | 'graded'; // absent: a choice
  grades?: number; // graded: the grades are 1 to grades
}

/** The largest value an option of q encrypts: 1 for a choice, the lowest rank max, the number of grades. */
export function top(q: Question): number {
  return q.kind === 'ranked' ? q.max : q.kind === 'graded' ? q.grades! : 1;
}

// A ranked or graded answer proves each value's range only; a choice
// also proves the number of selections.
const optionSize = (q: Question): number => 64 + disjunctiveSize(0, top(q));
const selectionSize = (q: Question): number => (q.kind ? 0 : disjunctiveSize(q.min, q.max));

/** What ballots are checked against: context, election key, shape. */
export interface BallotParams {
  ctx: Context;
  K: Point;
  Kenc: Uint8Array;
  questions: Question[];
}

export interface Ciphertext {
  A: Point;
  B: Point;
  enc: Uint8Array;
}

export interface Answer {
  options: { ct: Ciphertext; proof: Disjunctive }[];
  selections?: Disjunctive; // a choice's
}

export type Ballot = Answer[];

export function ballotSize(qs: Question[]): number {
  let n = 1;
  for (const q of qs) n += q.options * optionSize(q) + selectionSize(q);
  return n;
}

export function parseCiphertext(b: Uint8Array): Ciphertext | undefined {
  const A = decodeElement(b.subarray(0, 32));
  const B = A && decodeElement(b.subarray(32, 64));
  return A && B ? { A, B, enc: b.subarray(0, 64) } : undefined;
}

/** Decodes a ballot (exact length, version 1, canonical everything); undefined if it does not. */
export function parseBallot(e: BallotParams, b: Uint8Array): Ballot | undefined {
  if (b.length !== ballotSize(e.questions) || b[0] !== 0x01) return undefined;
  let o = 1;
  const out: Ballot = [];
  for (const q of e.questions) {
    const ans: Answer = { options: [] };
    const size = optionSize(q);
    for (let i = 0; i < q.options; i++) {
      const ct = parseCiphertext(b.subarray(o, o + 64));
      const proof = ct && parseDisjunctive(b.subarray(o + 64, o + size), 0, top(q));
      if (!ct || !proof) return undefined;
      ans.options.push({ ct, proof });
      o += size;
    }
    if (!q.kind) {
      const n = selectionSize(q);
      ans.selections = parseDisjunctive(b.subarray(o, o + n), q.min, q.max);
      if (!ans.selections) return undefined;
      o += n;
    }
    out.push(ans);
  }
  return out;
}

/** Adds every proof of the ballot for this pseudonym to bv. */
export function addBallot(e: BallotParams, pseudonym: Uint8Array, ballot: Ballot, bv: Batch): void {
  bv.share(e.K);
  ballot.forEach((ans, q) => {
    let sumA = Point.ZERO;
    let sumB = Point.ZERO;
    ans.options.forEach(({ ct, proof }, o) => {
      const t = new Transcript('ballot/option').ctx(e.ctx).append('pseudonym', pseudonym).u64('question', q).u64('option', o);
      verifyDisjunctive(proof, t, e.K, e.Kenc, ct.A, ct.B, ct.enc, 0, top(e.questions[q]), bv);
      sumA = sumA.add(ct.A);
      sumB = sumB.add(ct.B);
    });
    const qs = e.questions[q];
    if (!ans.selections) return;
    const t = new Transcript('ballot/selections').ctx(e.ctx).append('pseudonym', pseudonym).u64('question', q);
    const enc = new Uint8Array(64);
    enc.set(sumA.toBytes(), 0);
    enc.set(sumB.toBytes(), 32);
    verifyDisjunctive(ans.selections, t, e.K, e.Kenc, sumA, sumB, enc, qs.min, qs.max, bv);
  });
}
