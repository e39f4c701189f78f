// The checks of `evote verify` (docs/record.md, "Derivation and the checks
// of evote verify"), re-derived from a record file.

import { sha256 } from '@noble/hashes/sha2.js';
import { BallotParams, Ciphertext, parseBallot } from './ballot.js';
import { CastIn, CheckParams, Checker, GROUP, inThread } from './checker.js';
import { concat, equal, hex, u16be, u64be } from './bytes.js';
import { Ceremony, CeremonyError, Settled, ciphertextOf, combine, dlog, settle, verifyKeys } from './dkg.js';
import { G, Point, ZERO, decodeElement, mul } from './group.js';
import { Codec, RecordError, readLine, writeLine } from './json.js';
import { Chunks, LineReader } from './lines.js';
import { DistrictCount, LogCheck, LogSummary } from './logcheck.js';
import { Manifest, manifestId, mixed, parseManifest, shape } from './manifest.js';
import * as R from './record.js';
import { RegistrarKey, parseRegistrarKey, tokenMessage, verifyToken } from './token.js';
import { Context, Transcript } from './transcript.js';

export type Status = 'not run' | 'ok' | 'FAIL';
export interface Check { number: number; name: string; status: Status; detail: string }

export const CHECK_NAMES = [
  'manifest hash = election id, parameters',
  'trustee keys and proofs of possession',
  'dealings and complaints adjudicated, QUAL, election key',
  'test decryption',
  "every cast's verdict re-derived",
  'registration log, ballots <= tokens <= roll',
  'aggregates',
  "partial decryptions' DLEQ proofs",
  'combination and counts',
  'result and record hash as posted',
];

export interface Report {
  checks: Check[];
  manifest?: Manifest;
  counted: bigint;
  counts?: bigint[][];
  /** Voters on the committed roll and tokens issued, per district (when check 6 passed). */
  districts?: DistrictCount[];
  /** SHA-256 of the re-derived record's hashed lines. */
  derivedHash: string;
  ok: boolean;
}

export interface Options {
  voters?: bigint; // voters the election office published (undefined: not known); check 6 wants the committed roll that size
  out?: (line: Uint8Array) => void; // the re-derived record, line by line, newline included
  progress?: (done: number, total: number) => void;
  checker?: Checker; // where ballots are checked (default: this thread; pool.ts: workers)
}

export const CHUNK = 8192; // casts per chunk, as the Go tally
const STATES = ['Setup', 'KeyCeremony', 'Ready', 'Open', 'Closed', 'Tallied'];
const stateName = (i: number) => STATES[i] ?? `State(${i & 255})`;

class Mismatch extends Error {}

/** A line read ahead, or why it could not be read (a record error that fails check 5, as in the Go verifier). */
interface Pending { next?: { type: string; line: Uint8Array }; err?: string }

async function pending(rd: LineReader): Promise<Pending> {
  try {
    return { next: await rd.next() };
  } catch (x) {
    if (!(x instanceof RecordError)) throw x;
    return { err: x.message };
  }
}

const same = <T>(what: string, c: Codec<T>, a: T, b: T): string | undefined =>
  equal(writeLine(c, a), writeLine(c, b)) ? undefined : `the record's ${what} is not the re-derived one`;

const u64list: Codec<bigint[] | null> = {
  dec: () => null,
  enc: (v) => (v === null ? 'null' : '[' + v.join(',') + ']'),
};
const intlist: Codec<number[] | null> = { dec: () => null, enc: (v) => (v === null ? 'null' : '[' + v.join(',') + ']') };
const u64c: Codec<bigint> = { dec: () => 0n, enc: (v) => v.toString() };

function blames(bs: R.Blame[] | null): string {
  if (!bs || bs.length === 0) return 'none';
  return bs.map((b) => `${b.trustee} (${b.reason}${b.dealer ? ` against ${b.dealer}` : ''})`).join(', ');
}

interface Election {
  h: R.Header;
  manifest: Manifest;
  ctx: Context;
  ceremony: Ceremony;
  registrar: RegistrarKey;
  K?: Point; // the posted key
  open: bigint;
  close: bigint;
  settled?: Settled;
}

/** Check 1: the header's parameters. */
async function newElection(h: R.Header): Promise<Election> {
  if (h.type !== 'header' || h.version !== 1) throw new Error(`header of type ${h.type} version ${h.version}`);
  const manifest = parseManifest(h.manifest ?? new Uint8Array());
  const q = (manifest.questions ?? []).findIndex(mixed);
  if (q >= 0) {
    throw new Error(`manifest: question ${q + 1} is ranked or graded: it is counted by the mix phase, whose checks (11: the shuffle proofs, ` +
      '12: the decryption of the mixed ballots, 13: their count) this verifier does not do; verify this election with evote verify');
  }
  const id = manifestId(h.manifest!);
  if (!equal(id, h.electionId)) throw new Error(`manifest hash ${hex(id)} is not the election id ${hex(h.electionId)}`);
  const ctx = { chainId: h.chainId, contract: h.contract, electionId: h.electionId };
  const n = (h.trustees ?? []).length;
  if (h.threshold < 1 || h.threshold > n || n > 64) throw new Error(`n=${n} t=${h.threshold}, want 1 ≤ t ≤ n ≤ 64`);
  const registrar = await parseRegistrarKey(h.registrarKey ?? new Uint8Array());
  let K: Point | undefined;
  if (h.ceremony.electionKey !== null) {
    K = decodeElement(h.ceremony.electionKey);
    if (!K || h.ceremony.electionKey.length !== 32) throw new Error('election key: not a canonical non-identity element');
  }
  let open = 0n;
  let close = 0n;
  (h.states ?? []).forEach((s, i) => {
    if (s.state !== stateName(1 + i)) throw new Error(`transition ${i + 1} is to ${s.state}, want ${stateName(1 + i)}`);
    if (i > 0 && s.block < h.states![i - 1].block) throw new Error('transitions out of block order');
    if (s.state === 'Open') open = s.block;
    if (s.state === 'Closed') close = s.block;
  });
  return { h, manifest, ctx, ceremony: { ctx, p: { n, t: h.threshold } }, registrar, K, open, close };
}

/** The test ciphertexts Enc(1; r_0), Enc(0; r_1) under K (docs/record.md, "Test decryption"). */
export function testCiphertexts(ctx: Context, K: Point): Ciphertext[] {
  return [1n, 0n].map((m, c) => {
    const r = new Transcript('tally/test-nonce').ctx(ctx).append('K', K.toBytes()).u64('index', c).challenge();
    return ciphertextOf(mul(G, r), mul(G, m).add(mul(K, r)));
  });
}

/** Fills d by combining its shares for cts; returns an error text or undefined. */
function decrypt(e: Election, d: R.Decryption, cts: Ciphertext[], bound: bigint): { err?: string; tooFew?: boolean } {
  d.ciphertexts = cts.map((c) => c.enc);
  d.used = [];
  d.rejected = [];
  d.values = [];
  const r = combine(e.ceremony, e.settled!, cts, d.shares ?? []);
  d.rejected = r.rejected;
  if (!r.messages) return { err: `fewer than t valid partial decryptions; rejected: ${blames(r.rejected)}`, tooFew: true };
  d.used = r.used;
  for (const [c, M] of r.messages.entries()) {
    const v = dlog(M, bound);
    if (v === undefined) return { err: `ciphertext ${c}: no logarithm up to ${bound}` };
    d.values.push(v);
  }
  return {};
}

export class Verifier {
  checks: Check[] = CHECK_NAMES.map((name, i) => ({ number: i + 1, name, status: 'not run' as Status, detail: '' }));
  out = sha256.create();
  e?: Election;
  counted = 0n;
  casts = 0n;
  verdicts = new Array<bigint>(7).fill(0n);
  seen = new Set<string>();
  aggA: Point[] = [];
  aggB: Point[] = [];
  wrong = 0;
  mismatch: bigint[] = [];
  line?: R.TallyLine;
  log?: LogSummary;
  logErr?: string;
  districts?: DistrictCount[];
  checker: Checker;
  constructor(readonly opts: Options) {
    this.checker = opts.checker ?? inThread();
  }

  set(n: number, err: string | undefined, detail: string): boolean {
    const c = this.checks[n - 1];
    c.status = err === undefined ? 'ok' : 'FAIL';
    c.detail = err ?? detail;
    return err === undefined;
  }
  write<T>(c: Codec<T>, v: T): void {
    const b = concat(writeLine(c, v), new Uint8Array([10]));
    this.out.update(b);
    this.opts.out?.(b);
  }

  /** Checks 1 to 4; false if nothing further can be checked. */
  async header(raw: R.Header, claimed?: R.Header): Promise<boolean> {
    let e: Election;
    try {
      e = await newElection(raw);
    } catch (err) {
      this.set(1, String((err as Error).message), '');
      return false;
    }
    this.e = e;
    const n = e.ceremony.p.n;
    const options = shape(e.manifest).reduce((a, q) => a + q.options, 0);
    this.set(1, undefined, `election ${hex(raw.electionId)}, ${e.manifest.questions!.length} questions, ${options} options, ${raw.threshold}-of-${n} trustees`);
    const c = raw.ceremony;
    let err2: string | undefined;
    try {
      verifyKeys(e.ceremony, c.keys ?? []);
    } catch (err) {
      err2 = (err as Error).message;
    }
    this.set(2, err2, `${(c.keys ?? []).length} of ${n} keys valid`);
    let err3 = err2;
    if (!err3) {
      try {
        const keys = verifyKeys(e.ceremony, c.keys ?? []);
        e.settled = settle(e.ceremony, keys, c.dealings ?? [], c.complaints ?? []);
      } catch (err) {
        if (!(err instanceof CeremonyError)) throw err;
        err3 = err.message;
      }
    }
    if (e.settled) {
      const s = e.settled;
      c.qualified = s.qualified;
      c.excluded = s.excluded;
      c.falseComplaints = s.falseComplaints;
      let mask = 0n;
      for (const j of s.qualified) mask |= 1n << BigInt(j - 1);
      if (mask !== c.qualifiedMask) err3 = `QUAL is mask 0x${mask.toString(16)}, the commission posted 0x${c.qualifiedMask.toString(16)}`;
      else if (c.electionKey === null || !equal(s.K.toBytes(), c.electionKey)) err3 = `the election key is ${hex(s.K.toBytes())}, the commission posted ${hex(c.electionKey ?? new Uint8Array())}`;
      else if (claimed) err3 = same('ceremony', R.ceremony, c, claimed.ceremony);
    }
    this.set(3, err3, `QUAL [${c.qualified?.join(' ')}] (mask 0x${c.qualifiedMask.toString(16)}), excluded ${blames(c.excluded)}, false complaints ${blames(c.falseComplaints)}, key ${hex(c.electionKey ?? new Uint8Array())}`);
    if (e.settled) {
      const d: R.Decryption = { ciphertexts: null, shares: raw.test.shares, used: null, rejected: null, values: null };
      raw.test = d;
      let { err } = decrypt(e, d, testCiphertexts(e.ctx, e.settled.K), 1n);
      if (!err && (d.values!.length !== 2 || d.values![0] !== 1n || d.values![1] !== 0n)) err = `values [${d.values!.join(' ')}], want [1 0]`;
      if (!err && claimed) err = same('test decryption', R.decryption, raw.test, claimed.test);
      this.set(4, err, `trustees [${d.used?.join(' ')}] decrypt to [${d.values?.join(' ')}], rejected ${blames(d.rejected)}`);
    }
    this.write(R.header, raw);
    return true;
  }

  ballotParams(): BallotParams {
    const e = this.e!;
    return { ctx: e.ctx, K: e.K!, Kenc: e.h.ceremony.electionKey!, questions: shape(e.manifest) };
  }

  /** The verdicts of a chunk of casts, in chain order (docs/protocol.md, section 13). */
  async chunk(casts: R.CastLine[], bp: BallotParams, cp: CheckParams): Promise<R.Verdict[]> {
    const e = this.e!;
    const out: (R.Verdict | undefined)[] = new Array(casts.length).fill(undefined);
    const ins: (CastIn | undefined)[] = await Promise.all(
      casts.map(async (c, i) => {
        if (c.block < e.open || (e.close !== 0n && c.block > e.close)) {
          out[i] = 'not-open';
          return undefined;
        }
        const token = c.token ?? new Uint8Array();
        const tokenOK = await verifyToken(e.registrar, tokenMessage(e.ctx, c.pseudonym), token);
        return { pseudonym: c.pseudonym, token, ballot: c.ballot ?? new Uint8Array(), signature: c.signature ?? new Uint8Array(), tokenOK };
      }),
    );
    const todo = ins.map((x, i) => (x ? i : -1)).filter((i) => i >= 0);
    const groups: number[][] = [];
    for (let k = 0; k < todo.length; k += GROUP) groups.push(todo.slice(k, k + GROUP));
    const results = await Promise.all(groups.map((g) => this.checker(cp, g.map((i) => ins[i]!))));
    results.forEach((r, k) => {
      groups[k].forEach((i, j) => (out[i] = r.verdicts[j]));
      this.aggA.forEach((_, o) => {
        this.aggA[o] = this.aggA[o].add(Point.fromBytes(r.sums.subarray(64 * o, 64 * o + 32)));
        this.aggB[o] = this.aggB[o].add(Point.fromBytes(r.sums.subarray(64 * o + 32, 64 * o + 64)));
      });
    });
    casts.forEach((c, i) => {
      if (out[i] !== 'counted') return;
      const p = hex(c.pseudonym);
      if (!this.seen.has(p)) {
        this.seen.add(p);
        this.counted++;
        return;
      }
      out[i] = 'duplicate'; // its ballot is in the group's sums: take it out
      let o = 0;
      for (const ans of parseBallot(bp, c.ballot!)!) for (const { ct } of ans.options) {
        this.aggA[o] = this.aggA[o].subtract(ct.A);
        this.aggB[o] = this.aggB[o].subtract(ct.B);
        o++;
      }
    });
    return out as R.Verdict[];
  }

  /**
   * Reads the registration log's lines of a record (the roll's, then the
   * issued ones) into check 6; returns the line after them, or the error
   * reading it.
   */
  async logLines(rd: LineReader): Promise<Pending> {
    const c = new LogCheck(this.e!.h);
    let p = await pending(rd);
    for (const [type, codec] of [['roll', R.rollLine], ['issued', R.issuedLine]] as const) {
      for (; p.next?.type === type; p = await pending(rd)) this.logLine(c, readLine<R.RollLine | R.IssuedLine>(codec, p.next.line, `line ${rd.line}`));
    }
    this.logDone(c);
    return p;
  }

  /** Check 6 on a log's lines not read from a record (verifyChain). */
  logFrom(lines: (R.RollLine | R.IssuedLine)[]): void {
    const c = new LogCheck(this.e!.h);
    for (const l of lines) this.logLine(c, l);
    this.logDone(c);
  }

  private logLine(c: LogCheck, l: R.RollLine | R.IssuedLine): void {
    if (l.type === 'roll') {
      c.rollLine(l as R.RollLine);
      this.write(R.rollLine, l as R.RollLine);
    } else {
      c.issuedLine(l as R.IssuedLine);
      this.write(R.issuedLine, l as R.IssuedLine);
    }
  }

  private logDone(c: LogCheck): void {
    this.log = c.done();
    this.logErr = c.err;
  }

  /**
   * Checks 5 and 6 over the casts, comparing their verdicts if claimed. A
   * RecordError from casts fails check 5; any other error is thrown.
   */
  async castsCheck(casts: AsyncIterable<R.CastLine>, claimed: boolean): Promise<boolean> {
    const e = this.e!;
    if (e.K === undefined || e.close === 0n) {
      this.set(5, 'the polls have not closed', '');
      return false;
    }
    const bp = this.ballotParams();
    const cp: CheckParams = { ctx: e.ctx, Kenc: e.h.ceremony.electionKey!, questions: bp.questions };
    for (let o = 0; o < bp.questions.reduce((a, q) => a + q.options, 0); o++) {
      this.aggA.push(ZERO);
      this.aggB.push(ZERO);
    }
    let err: string | undefined;
    let chunk: R.CastLine[] = [];
    const flush = async () => {
      for (const [i, c] of chunk.entries()) {
        if (c.seq !== this.casts + BigInt(i)) throw new Mismatch(`cast ${c.seq} where ${this.casts + BigInt(i)} was due`);
      }
      this.casts += BigInt(chunk.length);
      const vs = await this.chunk(chunk, bp, cp);
      chunk.forEach((c, i) => {
        this.verdicts[R.VERDICTS.indexOf(vs[i])]++;
        if (claimed && c.verdict !== vs[i]) {
          if (this.wrong++ < 10) this.mismatch.push(c.seq);
        }
        c.verdict = vs[i];
        this.write(R.castLine, c);
      });
      this.opts.progress?.(Number(this.casts), Number(e.h.casts));
      chunk = [];
    };
    try {
      try {
        for await (const c of casts) {
          chunk.push(c);
          if (chunk.length === CHUNK) await flush();
        }
      } catch (x) {
        if (!(x instanceof RecordError)) throw x;
        err = x.message;
      }
      if (!err && chunk.length > 0) await flush();
    } catch (x) {
      if (!(x instanceof Mismatch)) throw x;
      err = x.message;
    }
    if (!err && this.casts !== e.h.casts) err = `${this.casts} casts, the contract counted ${e.h.casts}`;
    if (!err && this.wrong > 0) err = `${this.wrong} verdicts differ, casts [${this.mismatch.join(' ')}]`;
    const summary = R.VERDICTS.map((v, i) => (this.verdicts[i] > 0n ? `${this.verdicts[i]} ${v}` : '')).filter(Boolean).join(', ') || 'none';
    this.set(5, err, `${this.casts} casts: ${summary}`);
    this.tokens();
    return err === undefined;
  }

  /** Check 6: the registration log, and counted ballots <= tokens issued <= voters on the committed roll. */
  tokens(): void {
    const s = this.log;
    if (!s) {
      this.set(6, this.logErr, '');
      return;
    }
    let err: string | undefined;
    const voters = this.opts.voters ?? 0n;
    if (this.counted > s.issued) err = `${this.counted} counted ballots but ${s.issued} tokens issued`;
    else if (voters > 0n && s.roll.count !== voters) err = `the registrar committed to a roll of ${s.roll.count} voters, the election office published ${voters} (--voters)`;
    let detail = `${this.counted} counted <= ${s.issued} tokens <= ${s.roll.count} voters on the roll committed at block ${s.roll.block}; ${s.intervals} count posts, every issued entry on the roll, once`;
    if (voters > 0n) detail += ' (--voters agrees)';
    if (this.set(6, err, detail)) this.districts = s.districts;
  }

  /** Checks 7 to 9. */
  tally(shares: R.Post[] | null, claimed?: R.TallyLine): void {
    const e = this.e!;
    const aggs = this.aggA.map((A, o) => ciphertextOf(A, this.aggB[o]));
    const line: R.TallyLine = {
      type: 'tally', counted: this.counted, verdicts: R.VERDICTS.map((v, i) => ({ verdict: v, casts: this.verdicts[i] })),
      aggregates: aggs.map((c) => c.enc),
      decryption: { ciphertexts: null, shares: null, used: null, rejected: null, values: null }, counts: [], result: null,
    };
    let err: string | undefined;
    let in8 = false;
    if (!e.settled) {
      err = 'no settled key ceremony';
      in8 = true;
    } else {
      let list = aggs.filter((c) => !c.A.is0());
      const options = aggs.map((c, o) => (c.A.is0() ? -1 : o)).filter((o) => o >= 0);
      if (list.length === 0) list = testCiphertexts(e.ctx, e.K!);
      line.decryption.shares = shares;
      const bound = this.counted > 1n ? this.counted : 1n;
      const r = decrypt(e, line.decryption, list, bound);
      if (r.err) {
        err = r.err;
        in8 = !!r.tooFew;
      } else {
        const counts = new Array<bigint>(aggs.length).fill(0n);
        const done = new Array<boolean>(aggs.length).fill(false);
        options.forEach((o, k) => {
          counts[o] = line.decryption.values![k];
          done[o] = true;
        });
        for (const [o, ct] of aggs.entries()) {
          if (done[o]) continue;
          const m = dlog(ct.B, bound);
          if (m === undefined) {
            err = `option ${o}: no logarithm up to ${bound}`;
            break;
          }
          counts[o] = m;
        }
        if (!err) {
          let o = 0;
          for (const q of shape(e.manifest)) {
            line.counts!.push(counts.slice(o, o + q.options));
            o += q.options;
          }
          line.result = concat(new Uint8Array([1]), u64be(e.h.readBlock), u64be(e.h.casts), u64be(this.counted), u16be(counts.length), ...counts.map((c) => u64be(c)));
        }
      }
    }
    const j = (...xs: (string | undefined)[]) => xs.filter(Boolean).join('\n') || undefined;
    const d = line.decryption;
    let err7: string | undefined;
    let err8: string | undefined;
    let err9: string | undefined;
    if (claimed) {
      const cd = claimed.decryption;
      err7 = j(same('counted ballots', u64c, line.counted, claimed.counted), same('verdict counts', R.tallyLine, { ...claimed, verdicts: line.verdicts }, claimed),
        same('aggregates', R.tallyLine, { ...claimed, aggregates: line.aggregates }, claimed));
      err8 = j(same('ciphertexts decrypted', R.decryption, { ...cd, ciphertexts: d.ciphertexts }, cd), same('used trustees', intlist, d.used, cd.used),
        same('rejected trustees', R.decryption, { ...cd, rejected: d.rejected }, cd));
      err9 = j(same('values', u64list, d.values, cd.values), same('counts', R.tallyLine, { ...claimed, counts: line.counts }, claimed),
        same('result', R.tallyLine, { ...claimed, result: line.result }, claimed));
    }
    if (err !== undefined) {
      if (in8) err8 = err;
      else err9 = err;
    }
    this.set(7, err7, `${aggs.length} options over ${line.counted} counted ballots`);
    this.set(8, err8, `${(d.shares ?? []).length} shares posted, combined [${(d.used ?? []).join(' ')}], rejected ${blames(d.rejected)}`);
    if (err8) {
      this.checks[8].detail = 'needs check 8';
      return;
    }
    if (this.set(9, err9, `counts [${line.counts!.map((q) => `[${q!.join(" ")}]`).join(" ")}]`)) {
      this.line = line;
      this.write(R.tallyLine, line);
    }
  }

  published(result: Uint8Array | null, recordHash: Uint8Array, where: string): void {
    let err: string | undefined;
    const derived = this.out.clone().digest();
    if (!this.line) err = 'no result derived';
    else if (!equal(result ?? new Uint8Array(), this.line.result ?? new Uint8Array())) err = `the result ${where} is ${hex(result ?? new Uint8Array())}, derived ${hex(this.line.result!)}`;
    else if (!equal(recordHash, derived)) err = `the record hash ${where} is ${hex(recordHash)}, derived ${hex(derived)}`;
    this.set(10, err, `record hash ${hex(recordHash)} ${where}`);
  }

  report(): Report {
    const ok = this.checks.every((c) => c.status === 'ok');
    return {
      checks: this.checks, manifest: this.e?.manifest, counted: this.counted,
      counts: this.line ? this.line.counts!.map((q) => q!) : undefined,
      districts: this.districts,
      derivedHash: hex(this.out.clone().digest()), ok,
    };
  }
}

/**
 * The cast lines of a record from the line first (read ahead), up to the
 * first other line, which is left in rest.after.
 */
async function* castLines(rd: LineReader, rest: { after?: { type: string; line: Uint8Array } }, first: Pending): AsyncGenerator<R.CastLine> {
  for (let p = first; ; p = await pending(rd)) {
    if (p.err !== undefined) throw new RecordError(p.err);
    const next = p.next;
    if (!next || next.type !== 'cast') {
      rest.after = next;
      return;
    }
    yield readLine(R.castLine, next.line, `line ${rd.line}`);
  }
}

/**
 * Verifies an election record offline. Throws a RecordError for a record
 * that cannot be read at all; otherwise the report says which checks hold.
 */
export async function verifyRecord(src: Chunks, opts: Options = {}): Promise<Report> {
  const rd = new LineReader(src);
  const first = await rd.next();
  if (!first) throw new RecordError('empty record');
  if (first.type !== 'header') throw new RecordError(`line 1 is "${first.type}", want "header"`);
  const claimed = readLine(R.header, first.line, 'header');
  const raw = readLine(R.header, first.line, 'header');
  raw.ceremony.qualified = raw.ceremony.excluded = raw.ceremony.falseComplaints = null;
  raw.test = { ciphertexts: null, shares: claimed.test.shares, used: null, rejected: null, values: null };
  const v = new Verifier(opts);
  if (!(await v.header(raw, claimed))) return v.report();
  const rest: { after?: { type: string; line: Uint8Array } } = {};
  if (!(await v.castsCheck(castLines(rd, rest, await v.logLines(rd)), true))) return v.report();
  const after = rest.after;
  if (!after || after.type !== 'tally') throw new RecordError(`line ${rd.line} is "${after?.type ?? 'end of file'}", want the tally line`);
  const t = readLine(R.tallyLine, after.line, 'tally line');
  v.tally(t.decryption.shares, t);
  const p = await rd.next();
  if (!p) {
    v.set(10, 'the record has no published line', '');
    return v.report();
  }
  if (p.type !== 'published') throw new RecordError(`line ${rd.line} is "${p.type}", want "published"`);
  const pub = readLine(R.published, p.line, 'published line');
  if (await rd.next()) throw new RecordError('lines after the published line');
  const readHash = rd.hash.clone().digest();
  if (v.line && !equal(readHash, v.out.clone().digest())) {
    v.set(10, `the record's bytes hash to ${hex(readHash)}`, '');
  } else {
    v.published(pub.result, pub.recordHash, "in the record's published line (not checked against the chain)");
  }
  const b = concat(writeLine(R.published, { ...pub, type: 'published' }), new Uint8Array([10]));
  opts.out?.(b);
  return v.report();
}

export function printReport(r: Report): string {
  let s = '';
  for (const c of r.checks) s += `${String(c.number).padStart(2)} ${c.status.padEnd(7)} ${c.name}: ${c.detail}\n`;
  const ds = r.districts ?? [];
  if (ds.length > 1 || (ds.length === 1 && ds[0].district !== '')) {
    s += `${'district'.padEnd(24)} ${'roll'.padStart(10)} ${'tokens'.padStart(10)}\n`;
    for (const d of ds) s += `${d.district.padEnd(24)} ${String(d.roll).padStart(10)} ${String(d.issued).padStart(10)}\n`;
  }
  if (r.counts && r.manifest) {
    s += `counted ballots: ${r.counted}\n`;
    r.counts.forEach((qc, q) => {
      const mq = r.manifest!.questions![q];
      s += `question ${q + 1}: ${mq.title.en}\n`;
      qc.forEach((n, o) => (s += `  ${String(n).padStart(8)}  ${mq.options![o].title.en}\n`));
    });
  }
  if (r.ok) return s + 'PASS: every check holds\n';
  return s + `FAIL: checks ${r.checks.filter((c) => c.status !== 'ok').map((c) => c.number).join(', ')} did not pass\n`;
}
