// The election manifest (docs/protocol.md, section 2): strict canonical
// JSON, its rules, and the shape of its ballots.

import { keccak_256 } from '@noble/hashes/sha3.js';
import { Question, ballotSize } from './ballot.js';
import { Codec, int, list, object, readLine, str } from './json.js';

export interface Text { ru: string; en: string }
export interface Option { title: Text }
export interface MQuestion {
  title: Text; min: number; max: number; options: Option[] | null;
  type?: string; method?: string; seats?: number; grades?: Text[] | null; // ranked and graded questions only
}
export interface Schedule { opens: string; closes: string }
export interface Manifest { version: number; title: Text; district?: string; questions: MQuestion[] | null; schedule?: Schedule }

const text = object<Text>({ ru: str, en: str });
const option = object<Option>({ title: text });
// A ranked or graded question has fields after options (docs/protocol.md
// section 2), absent from a choice question.
const question = object<MQuestion>(
  {
    title: text, min: int, max: int, options: list(option),
    type: str as Codec<string | undefined>, method: str as Codec<string | undefined>, seats: int as Codec<number | undefined>,
    grades: list(text) as Codec<Text[] | null | undefined>,
  },
  ['type', 'method', 'seats', 'grades'],
);
const schedule = object<Schedule>({ opens: str, closes: str });
const nullable = <T>(c: Codec<T>): Codec<T | undefined> => ({
  dec: (j, p) => (j === null ? undefined : c.dec(j, p)),
  enc: (v) => (v === undefined ? 'null' : c.enc(v)),
});
const manifestCodec = object<Manifest>(
  { version: int, title: text, district: str as Codec<string | undefined>, questions: list(question), schedule: nullable(schedule) },
  ['district', 'schedule'],
);

// Go's unicode.IsSpace, which strings.TrimSpace trims.
const SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

function checkText(t: Text, what: string): void {
  for (const s of [t.ru, t.en]) {
    if (SPACE.test(s) || new TextEncoder().encode(s).length > 1000) {
      throw new Error(`manifest: ${what} must be non-empty UTF-8 of at most 1000 bytes in ru and en`);
    }
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

function parseTime(s: string): number {
  const m = RFC3339.exec(s);
  if (!m) throw new Error(`manifest: schedule time ${JSON.stringify(s)} is not RFC 3339`);
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || se > 59) throw new Error('manifest: schedule time out of range');
  let t = Date.UTC(y, mo - 1, d, h, mi, se) * 1e3 + Number((m[7] ?? '.0').slice(1).padEnd(9, '0').slice(0, 9)) / 1e6;
  if (m[9]) {
    const off = (Number(m[10]) * 60 + Number(m[11])) * 60e3 * 1e3;
    if (Number(m[10]) > 23 || Number(m[11]) > 59) throw new Error('manifest: schedule offset out of range');
    t += m[9] === '+' ? -off : off;
  }
  return t;
}

/** Whether q is counted after the mix-net (ranked or graded), not by the homomorphic tally. */
export const mixed = (q: MQuestion): boolean => q.type !== undefined;

export function shape(m: Manifest): Question[] {
  return (m.questions ?? []).map((q) => {
    const out: Question = { options: (q.options ?? []).length, min: q.min, max: q.max };
    if (q.type === 'ranked') out.kind = 'ranked';
    if (q.type === 'graded') Object.assign(out, { kind: 'graded', grades: (q.grades ?? []).length });
    return out;
  });
}

// checkType checks a question's type fields as the Go package election
// does: a choice has none; a ranked question a ranking method (seats,
// 1 to one fewer than its candidates, for STV only); a graded one
// majority judgment and 2 to 10 grades.
function checkType(q: MQuestion, i: number): void {
  const n = (q.options ?? []).length;
  const bad = (why: string) => new Error(`manifest: question ${i + 1}: ${why}`);
  switch (q.type) {
    case undefined:
      if (q.method !== undefined || q.seats !== undefined || q.grades !== undefined) throw bad('a choice question has no method, seats or grades');
      return;
    case 'ranked':
      if (!['irv', 'stv', 'schulze'].includes(q.method ?? '')) throw bad(`method ${JSON.stringify(q.method ?? '')} is no ranking method`);
      if (q.method === 'stv' && ((q.seats ?? 0) < 1 || (q.seats ?? 0) >= n)) throw bad(`STV for ${q.seats ?? 0} seats of ${n} candidates`);
      if ((q.method !== 'stv' && q.seats !== undefined) || q.grades !== undefined) throw bad('only STV has seats, and a ranked question no grades');
      return;
    case 'graded': {
      if (q.method !== 'majority-judgment' || q.seats !== undefined) throw bad(`method ${JSON.stringify(q.method ?? '')} with seats, want majority-judgment and none`);
      const g = q.grades ?? [];
      if (g.length < 2 || g.length > 10) throw bad(`${g.length} grades, want 2 to 10`);
      g.forEach((t, k) => checkText(t, `question ${i + 1} grade ${k + 1}`));
      return;
    }
    default:
      throw bad(`type ${JSON.stringify(q.type)}, want none, "ranked" or "graded"`);
  }
}

/** Parses and checks a manifest as published: it must be exactly its canonical encoding. */
export function parseManifest(b: Uint8Array): Manifest {
  if (b.length === 0 || b.length > 96 * 1024) throw new Error(`manifest: ${b.length} bytes, want 1 to 98304`);
  const m = readLine(manifestCodec, b, 'manifest');
  if (m.version !== 1) throw new Error(`manifest: version ${m.version}, want 1`);
  checkText(m.title, 'title');
  (m.questions ?? []).forEach((q, i) => {
    checkText(q.title, `question ${i + 1} title`);
    (q.options ?? []).forEach((o, k) => checkText(o.title, `question ${i + 1} option ${k + 1} title`));
    checkType(q, i);
  });
  if (m.schedule) {
    if (!(parseTime(m.schedule.opens) < parseTime(m.schedule.closes))) throw new Error('manifest: the polls must close after they open');
  }
  const qs = shape(m);
  if (qs.length === 0 || qs.length > 32) throw new Error(`manifest: ${qs.length} questions, want 1 to 32`);
  for (const q of qs) {
    if (q.options < 1 || q.options > 64 || q.min < 0 || q.min > q.max || q.max > q.options || (q.kind === 'ranked' && q.max < 1)) {
      throw new Error(`manifest: a question with ${q.options} options allows [${q.min}, ${q.max}]`);
    }
  }
  if (ballotSize(qs) > 16 * 1024) throw new Error(`manifest: its ballots would be ${ballotSize(qs)} bytes, at most 16384`);
  return m;
}

export const manifestId = (b: Uint8Array): Uint8Array => keccak_256(b);
