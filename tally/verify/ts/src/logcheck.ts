// The registration log of a record (docs/record.md, "The registration
// log"), checked against the registrar's posts in the header: the roll's
// lines, then the issued lines, then done. The first failure is kept.

import { hex } from './bytes.js';
import { RecordError, readLine } from './json.js';
import { Chunks, LineReader } from './lines.js';
import { BUCKETS, LEAF_SIZE, compareLeaves, parseEntry, root } from './reglog.js';
import * as R from './record.js';

/** The registration log's entries as the registrar serves them: each list in tree order. */
export interface RegLog { roll: Uint8Array[]; intervals: Uint8Array[][] }

/** A source of the registration log of the election with this id (the chain has only its roots). */
export type LogSource = (electionId: Uint8Array) => Promise<RegLog>;

/**
 * The record lines of a log: a line per run of entries with the same
 * first byte (a bucket, if the list is in tree order; LogCheck refuses
 * anything else), the roll's, then each interval's.
 */
export function logLines(l: RegLog): (R.RollLine | R.IssuedLine)[] {
  const out: (R.RollLine | R.IssuedLine)[] = [];
  const runs = (list: Uint8Array[], line: (bucket: bigint, entries: Uint8Array[]) => R.RollLine | R.IssuedLine) => {
    for (let i = 0; i < list.length; ) {
      let j = i + 1;
      while (j < list.length && (list[j][0] ?? 0) === (list[i][0] ?? 0)) j++;
      out.push(line(BigInt(list[i][0] ?? 0), list.slice(i, j)));
      i = j;
    }
  };
  runs(l.roll, (bucket, entries) => ({ type: 'roll', bucket, entries }));
  l.intervals.forEach((list, k) => runs(list, (bucket, entries) => ({ type: 'issued', interval: BigInt(k + 1), bucket, entries })));
  return out;
}

/** The log from the registrar at base: GET base/v1/elections/{id}/log/all (docs/registrar-api.md). */
export function registrarLog(base: string): LogSource {
  return async (id) => {
    const url = `${base.replace(/\/$/, '')}/v1/elections/${hex(id)}/log/all`;
    const r = await fetch(url);
    if (!r.ok) throw new RecordError(`the registrar answered ${r.status} to GET ${url}`);
    const all = (await r.json()) as { roll?: { entries?: unknown } | null; intervals?: { entries?: unknown }[] };
    const entries = (list: unknown): Uint8Array[] => {
      if (!Array.isArray(list) || !list.every((h) => typeof h === 'string' && /^([0-9a-f]{2})*$/.test(h))) {
        throw new RecordError("the registrar's log: entries are not lists of lowercase hex");
      }
      return list.map((h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16)));
    };
    if (!Array.isArray(all.intervals)) throw new RecordError("the registrar's log has no intervals");
    return { roll: all.roll ? entries(all.roll.entries) : [], intervals: all.intervals.map((x) => entries(x?.entries)) };
  };
}

/** The log from a record's roll and issued lines (checked against the chain, not here). */
export function recordLog(src: Chunks): LogSource {
  return async () => {
    const rd = new LineReader(src);
    const l: RegLog = { roll: [], intervals: [] };
    for (let next = await rd.next(); next && next.type !== 'cast' && next.type !== 'tally'; next = await rd.next()) {
      if (next.type === 'roll') l.roll.push(...nonNull(readLine(R.rollLine, next.line, `line ${rd.line}`).entries));
      if (next.type !== 'issued') continue;
      const x = readLine(R.issuedLine, next.line, `line ${rd.line}`);
      if (x.interval === 0n || x.interval > 1n << 20n) throw new RecordError(`line ${rd.line}: interval ${x.interval}`);
      while (l.intervals.length < Number(x.interval)) l.intervals.push([]);
      l.intervals[Number(x.interval) - 1].push(...nonNull(x.entries));
    }
    return l;
  };
}

/** Entries as the record holds them; an absent one is empty (and malformed). */
const nonNull = (es: (Uint8Array | null)[] | null): Uint8Array[] => (es ?? []).map((e) => e ?? new Uint8Array(0));

export interface DistrictCount { district: string; roll: bigint; issued: bigint }

export interface LogSummary {
  roll: R.RollPost; // the committed roll
  issued: bigint; // the final count
  intervals: number;
  districts: DistrictCount[]; // by name ('' for a roll without districts)
}

export class LogCheck {
  err?: string;
  private list: Uint8Array[] = []; // the list being read: the roll, then one interval
  private bucket = -1n;
  private interval = 0n; // 0: the roll
  private roll: Uint8Array[] = [];
  private issued = new Uint8Array(0);
  private count = 0n;
  private readonly districts = new Map<string, DistrictCount>();
  private readonly posts: R.CountPost[];

  constructor(private readonly h: R.Header) {
    this.posts = h.countPosts ?? [];
  }

  private fail(why: string): void {
    this.err ??= `registration log: ${why}`;
  }

  rollLine(l: R.RollLine): void {
    this.add(l.bucket, l.entries);
  }

  issuedLine(l: R.IssuedLine): void {
    const k = l.interval;
    if (this.err) return;
    if (k < this.interval || k === 0n) return this.fail(`issued line of interval ${k} after interval ${this.interval}`);
    if (k > BigInt(this.posts.length)) return this.fail(`issued line of interval ${k}, but ${this.posts.length} counts were posted`);
    if (k > this.interval) {
      this.closeUpTo(k - 1n);
      this.interval = k;
      this.list = [];
      this.bucket = -1n;
    }
    this.add(l.bucket, l.entries);
  }

  private add(bucket: bigint, entries: (Uint8Array | null)[] | null): void {
    if (this.err) return;
    if (bucket >= BigInt(BUCKETS) || bucket <= this.bucket) return this.fail(`bucket ${bucket} after bucket ${this.bucket}`);
    if (!entries || entries.length === 0) return this.fail(`a line of bucket ${bucket} without entries`);
    this.bucket = bucket;
    for (const [i, e] of entries.entries()) {
      if (!e || !parseEntry(e)) return this.fail(`bucket ${bucket}, entry ${i}: malformed`);
      if (BigInt(e[0]) !== bucket) return this.fail(`bucket ${bucket}, entry ${i} begins with ${e[0]}`);
      const prev = this.list[this.list.length - 1];
      if (prev && compareLeaves(prev, e) >= 0) return this.fail(`bucket ${bucket}, entry ${i}: leaves not in ascending order (or one twice)`);
      this.list.push(e);
    }
  }

  private closeUpTo(k: bigint): void {
    if (this.interval === 0n) {
      this.closeRoll();
      this.interval = 1n;
      this.list = [];
    }
    for (; !this.err && this.interval <= k; this.interval++, this.list = []) this.closeInterval();
  }

  private closeRoll(): void {
    if (this.err) return;
    const posts = this.h.rollPosts ?? [];
    const p = posts[posts.length - 1];
    if (!p) return this.fail('no roll was posted');
    const open = (this.h.states ?? []).find((s) => s.state === 'Open');
    if (!open || p.block > open.block) return this.fail('the roll was not posted before the polls opened');
    const r = root(this.list);
    if (hex(r) !== hex(p.root) || BigInt(this.list.length) !== p.count) {
      return this.fail(`the roll's ${this.list.length} entries hash to ${hex(r)}; the registrar committed to ${p.count} entries, root ${hex(p.root)}`);
    }
    this.roll = this.list;
    this.issued = new Uint8Array(this.roll.length);
    for (const e of this.roll) this.district(e).roll++;
  }

  private closeInterval(): void {
    if (this.err) return;
    const k = this.interval;
    const p = this.posts[Number(k) - 1];
    if (p.count < this.count || p.count - this.count !== BigInt(this.list.length)) {
      return this.fail(`interval ${k} has ${this.list.length} entries; its post counts ${p.count} after ${this.count}`);
    }
    const r = root(this.list);
    if (hex(r) !== hex(p.logRoot)) return this.fail(`interval ${k}'s entries hash to ${hex(r)}, posted ${hex(p.logRoot)}`);
    for (const e of this.list) {
      const i = this.find(e);
      if (i < 0) return this.fail(`interval ${k}: entry ${hex(e)} is not on the committed roll`);
      if (this.issued[i]) return this.fail(`interval ${k}: leaf ${hex(e.subarray(0, LEAF_SIZE))} was issued before`);
      this.issued[i] = 1;
      this.district(e).issued++;
    }
    this.count = p.count;
  }

  /** The index of exactly e on the roll, or -1. */
  private find(e: Uint8Array): number {
    let lo = 0;
    let hi = this.roll.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compareLeaves(this.roll[mid], e);
      if (c === 0) return hex(this.roll[mid]) === hex(e) ? mid : -1;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  private district(e: Uint8Array): DistrictCount {
    const name = String.fromCharCode(...e.subarray(LEAF_SIZE + 1));
    let d = this.districts.get(name);
    if (!d) this.districts.set(name, (d = { district: name, roll: 0n, issued: 0n }));
    return d;
  }

  /** Closes the log; the summary, or undefined with err set. */
  done(): LogSummary | undefined {
    const posts = this.posts;
    this.closeUpTo(BigInt(posts.length));
    if (this.err) return undefined;
    if (posts.length === 0 || !posts[posts.length - 1].final) this.fail('the last count post is not the final count');
    else if (posts.slice(0, -1).some((p) => p.final)) this.fail('a count posted after the final count');
    else if (this.h.tokenCount !== this.count) this.fail(`the contract's token count is ${this.h.tokenCount}, the final post ${this.count}`);
    if (this.err) return undefined;
    const rolls = this.h.rollPosts!;
    const districts = [...this.districts.values()].sort((a, b) => (a.district < b.district ? -1 : a.district > b.district ? 1 : 0));
    return { roll: rolls[rolls.length - 1], issued: this.count, intervals: posts.length, districts };
  }
}
