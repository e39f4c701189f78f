// The election manifest (docs/protocol.md, section 2): strict canonical
// JSON, its rules, and the shape of its ballots.

import { keccak_256 } from '@noble/hashes/sha3.js';
import { Question, ballotSize } from './ballot.js';
import { Codec, JObj, RecordError, int, list, object, readLine, str } from './json.js';

export interface Text { ru: string; en: string }
export interface Option { title: Text }
export interface MQuestion { title: Text; min: number; max: number; options: Option[] | null }
export interface Schedule { opens: string; closes: string }
export interface Manifest { version: number; title: Text; district?: string; questions: MQuestion[] | null; schedule?: Schedule }

const text = object<Text>({ ru: str, en: str });
const option = object<Option>({ title: text });
const choice = object<MQuestion>({ title: text, min: int, max: int, options: list(option) });
// A ranked or graded question (docs/protocol.md section 2: its fields
// after options) is counted through the mix-net, whose checks (11 to 13
// of docs/record.md) this verifier does not do: it says which, rather
// than calling the field unknown or passing a record it did not check.
const MIXED = ['type', 'method', 'seats', 'grades'];
const question: Codec<MQuestion> = {
  dec(j, path) {
    if (j instanceof JObj && j.entries.some(([k]) => MIXED.includes(k))) {
      throw new RecordError(`${path}: a ranked or graded question is counted by the mix phase, whose checks (11: the shuffle proofs, 12: the decryption of the mixed ballots, 13: their count) this verifier does not do; verify this election with evote verify`);
    }
    return choice.dec(j, path);
  },
  enc: choice.enc,
};
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

export function shape(m: Manifest): Question[] {
  return (m.questions ?? []).map((q) => ({ options: (q.options ?? []).length, min: q.min, max: q.max }));
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
  });
  if (m.schedule) {
    if (!(parseTime(m.schedule.opens) < parseTime(m.schedule.closes))) throw new Error('manifest: the polls must close after they open');
  }
  const qs = shape(m);
  if (qs.length === 0 || qs.length > 32) throw new Error(`manifest: ${qs.length} questions, want 1 to 32`);
  for (const q of qs) {
    if (q.options < 1 || q.options > 64 || q.min < 0 || q.min > q.max || q.max > q.options) {
      throw new Error(`manifest: a question with ${q.options} options allows [${q.min}, ${q.max}]`);
    }
  }
  if (ballotSize(qs) > 16 * 1024) throw new Error(`manifest: its ballots would be ${ballotSize(qs)} bytes, at most 16384`);
  return m;
}

export const manifestId = (b: Uint8Array): Uint8Array => keccak_256(b);
