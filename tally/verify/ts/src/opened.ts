// The Benaloh check on another device (docs/protocol.md, section 11): an
// opened ballot, the JSON the booth shows instead of casting a ballot it
// was asked to check, is checked against the election the checker got
// from its own source. Every ciphertext is recomputed here from the
// revealed value and nonce, (r·G, m·G + r·K), with this library's own
// group code: nothing of the booth's encryption is used. A value is a
// choice (0 or 1), a rank (0: unranked) or a grade (0: not graded), and
// the answer must keep its question's rule (crypto/ballot CheckValues).

import { keccak_256 } from '@noble/hashes/sha3.js';
import { Batch } from './batch.js';
import { Question, addBallot, parseBallot, top } from './ballot.js';
import { equal, fromBase64 } from './bytes.js';
import { G, Point, decodeElement, decodeScalar, mul } from './group.js';
import { address, hash, int, object, parse, str, u64 } from './json.js';
import { Manifest, manifestId, parseManifest, shape } from './manifest.js';
import { Context } from './transcript.js';

/** The election an opened ballot is checked against. */
export interface OpenedElection { ctx: Context; K: Point; Kenc: Uint8Array; questions: Question[] }

export type OpenedProblem =
  | { code: 'format'; detail: string } // not an opened ballot of this format
  | { code: 'election' } // names another election
  | { code: 'ballot-encoding' } // the ballot does not decode for this election
  | { code: 'ballot-proofs' } // its proofs do not verify for its pseudonym in this election
  | { code: 'opening-encoding' } // the opening does not decode for this election
  | { code: 'mismatch'; question: number; option: number; value: number } // from 1
  | { code: 'rules'; question: number; chosen: number; min: number; max: number } // chosen: options selected, ranked or graded
  | { code: 'ranks'; question: number }; // the ranks are not 1 to j once each

export interface OpenedResult {
  ok: boolean;
  tracker?: string; // of the opened ballot, which the booth showed before the check
  values?: number[][]; // as the opening reveals them, once it decodes
  problems: OpenedProblem[];
}

interface Opened {
  type: string; version: number; chainId: bigint; contract: Uint8Array; electionId: Uint8Array;
  pseudonym: Uint8Array; ballot: string; opening: string;
}
const openedCodec = object<Opened>({
  type: str, version: int, chainId: u64, contract: address, electionId: hash, pseudonym: address, ballot: str, opening: str,
});

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The tracker code of a ballot: Keccak-256's first 10 bytes in Crockford's base32, XXXX-XXXX-XXXX-XXXX. */
export function trackerOf(ballot: Uint8Array): string {
  let v = 0n;
  for (const x of keccak_256(ballot).subarray(0, 10)) v = (v << 8n) | BigInt(x);
  let s = '';
  for (let i = 15; i >= 0; i--) s += CROCKFORD[Number((v >> BigInt(5 * i)) & 31n)];
  return s.match(/.{4}/g)!.join('-');
}

/** The site's GET /api/election answer as an election to check against; the manifest must hash to the election id. */
export function siteElection(j: any): { election: OpenedElection; manifest: Manifest } {
  const manifestBytes = typeof j?.manifest === 'string' ? fromBase64(j.manifest) : undefined;
  const Kenc = typeof j?.election_key === 'string' ? fromBase64(j.election_key) : undefined;
  const K = Kenc && decodeElement(Kenc);
  if (!manifestBytes || !K || !Kenc) throw new Error('the site gave no manifest or election key');
  const ctx: Context = {
    chainId: BigInt(j.chain_id),
    contract: address.dec(j.contract, 'contract'),
    electionId: hash.dec(j.election_id, 'election_id'),
  };
  if (!equal(manifestId(manifestBytes), ctx.electionId)) throw new Error("the manifest's hash is not the election id");
  const manifest = parseManifest(manifestBytes);
  return { election: { ctx, K, Kenc, questions: shape(manifest) }, manifest };
}

/** Decodes an opening (section 6): 0x01, then per option a value byte, 0 to the question's top, and a canonical nonce. */
function parseOpening(qs: Question[], b: Uint8Array): { values: number[][]; nonces: bigint[][] } | undefined {
  const n = qs.reduce((a, q) => a + q.options, 0);
  if (b.length !== 1 + 33 * n || b[0] !== 0x01) return undefined;
  const values: number[][] = [];
  const nonces: bigint[][] = [];
  let o = 1;
  for (const q of qs) {
    const v: number[] = [];
    const r: bigint[] = [];
    for (let i = 0; i < q.options; i++, o += 33) {
      const s = decodeScalar(b.subarray(o + 1, o + 33));
      if (b[o] > top(q) || s === undefined) return undefined;
      v.push(b[o]);
      r.push(s);
    }
    values.push(v);
    nonces.push(r);
  }
  return { values, nonces };
}

/** The problems of an answer's values with question q's rule (crypto/ballot CheckValues); question from 1. */
function ruleProblems(q: Question, question: number, values: number[]): OpenedProblem[] {
  const out: OpenedProblem[] = [];
  const n = values.filter((v) => v !== 0).length;
  if (n < q.min || n > q.max) out.push({ code: 'rules', question, chosen: n, min: q.min, max: q.max });
  if (q.kind === 'ranked') {
    for (let r = 1; r <= n; r++) {
      if (values.filter((v) => v === r).length !== 1) {
        out.push({ code: 'ranks', question });
        break;
      }
    }
  }
  return out;
}

const sameContext = (a: Context, b: Context): boolean =>
  a.chainId === b.chainId && equal(a.contract, b.contract) && equal(a.electionId, b.electionId);

/** Checks the text of an opened ballot against election e; every problem found is listed. */
export function checkOpened(e: OpenedElection, text: string): OpenedResult {
  let o: Opened;
  try {
    o = openedCodec.dec(parse(text.trim()), 'opened ballot');
    if (o.type !== 'opened-ballot' || o.version !== 1) throw new Error(`type ${o.type} version ${o.version}`);
  } catch (err) {
    return { ok: false, problems: [{ code: 'format', detail: (err as Error).message }] };
  }
  const ballotBytes = fromBase64(o.ballot);
  const openingBytes = fromBase64(o.opening);
  if (!ballotBytes || !openingBytes) return { ok: false, problems: [{ code: 'format', detail: 'ballot or opening is not base64' }] };
  const res: OpenedResult = { ok: false, tracker: trackerOf(ballotBytes), problems: [] };
  if (!sameContext(e.ctx, { chainId: o.chainId, contract: o.contract, electionId: o.electionId })) {
    res.problems.push({ code: 'election' });
    return res;
  }
  const ballot = parseBallot(e, ballotBytes);
  if (!ballot) {
    res.problems.push({ code: 'ballot-encoding' });
    return res;
  }
  const bv = new Batch();
  addBallot(e, o.pseudonym, ballot, bv);
  if (!bv.check()) res.problems.push({ code: 'ballot-proofs' });
  const op = parseOpening(e.questions, openingBytes);
  if (!op) {
    res.problems.push({ code: 'opening-encoding' });
    return res;
  }
  res.values = op.values;
  ballot.forEach((ans, q) => {
    ans.options.forEach(({ ct }, i) => {
      const r = op.nonces[q][i];
      const value = op.values[q][i];
      const B = mul(e.K, r).add(value ? mul(G, BigInt(value)) : Point.ZERO);
      if (!mul(G, r).equals(ct.A) || !B.equals(ct.B)) res.problems.push({ code: 'mismatch', question: q + 1, option: i + 1, value });
    });
    res.problems.push(...ruleProblems(e.questions[q], q + 1, op.values[q]));
  });
  res.ok = res.problems.length === 0;
  return res;
}
