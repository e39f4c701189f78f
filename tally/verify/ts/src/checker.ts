// The part of the validity predicate that costs: the pseudonym signature,
// the ballot's decoding and its proofs (docs/protocol.md, section 13,
// steps 2, 4 and 5) for a group of casts, with the sums of the ballots
// that pass. It runs in the main thread or in workers (pool.ts).

import { Batch } from './batch.js';
import { Ballot, BallotParams, Question, addBallot, parseBallot } from './ballot.js';
import { concat } from './bytes.js';
import { verifyCastSignature } from './cast.js';
import { Point, ZERO, decodeElement } from './group.js';
import type { Context } from './transcript.js';

/** What a checker needs, as plain data (it crosses to workers). */
export interface CheckParams { ctx: Context; Kenc: Uint8Array; questions: Question[] }

export interface CastIn { pseudonym: Uint8Array; token: Uint8Array; ballot: Uint8Array; signature: Uint8Array; tokenOK: boolean }

export type Partial = 'counted' | 'bad-signature' | 'bad-token' | 'bad-encoding' | 'bad-proof';

export interface GroupOut {
  verdicts: Partial[];
  sums: Uint8Array; // per option A || B summed over the casts found counted here, 64 bytes each
}

export const GROUP = 512; // ballots batched into one multi-scalar multiplication

export function ballotParams(p: CheckParams): BallotParams {
  const K = decodeElement(p.Kenc);
  if (!K) throw new Error('election key does not decode');
  return { ctx: p.ctx, K, Kenc: p.Kenc, questions: p.questions };
}

export function checkGroup(bp: BallotParams, casts: CastIn[]): GroupOut {
  const verdicts: Partial[] = casts.map((c) => {
    if (!verifyCastSignature(bp.ctx, c.pseudonym, c.token, c.ballot, c.signature)) return 'bad-signature';
    return c.tokenOK ? 'counted' : 'bad-token';
  });
  const ballots: (Ballot | undefined)[] = casts.map((c, i) => {
    if (verdicts[i] !== 'counted') return undefined;
    const b = parseBallot(bp, c.ballot);
    if (!b) verdicts[i] = 'bad-encoding';
    return b;
  });
  const idx = ballots.map((b, i) => (b ? i : -1)).filter((i) => i >= 0);
  const one = idx.map((i) => {
    const bv = new Batch();
    addBallot(bp, casts[i].pseudonym, ballots[i]!, bv);
    return bv;
  });
  const all = new Batch();
  all.share(bp.K);
  for (const bv of one) all.merge(bv);
  if (!all.check()) idx.forEach((i, k) => !one[k].check() && (verdicts[i] = 'bad-proof'));
  const options = bp.questions.reduce((a, q) => a + q.options, 0);
  const A: Point[] = new Array(options).fill(ZERO);
  const B: Point[] = new Array(options).fill(ZERO);
  ballots.forEach((b, i) => {
    if (!b || verdicts[i] !== 'counted') return;
    let o = 0;
    for (const ans of b) for (const { ct } of ans.options) {
      A[o] = A[o].add(ct.A);
      B[o] = B[o].add(ct.B);
      o++;
    }
  });
  return { verdicts, sums: concat(...A.flatMap((a, o) => [a.toBytes(), B[o].toBytes()])) };
}

/** Checks groups of casts; the default runs them in this thread. */
export type Checker = (p: CheckParams, casts: CastIn[]) => Promise<GroupOut>;

export function inThread(): Checker {
  let last: CheckParams | undefined;
  let bp: BallotParams | undefined;
  return async (p, casts) => {
    if (p !== last) {
      last = p;
      bp = ballotParams(p);
    }
    return checkGroup(bp!, casts);
  };
}
