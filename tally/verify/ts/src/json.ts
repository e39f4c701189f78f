// Strict JSON for the record's canonical form (docs/record.md, "Canonical
// form"): a parser that keeps integers exact (bigint) and the order of an
// object's keys, codecs that read a line into typed values, and the
// canonical encoder. A line is accepted only if encoding what was read
// gives back its bytes exactly.

import { fromBase64, fromHex, hex, toBase64 } from './bytes.js';

export type J = null | boolean | string | JNum | J[] | JObj;
export class JNum {
  constructor(readonly text: string) {}
}
export class JObj {
  constructor(readonly entries: [string, J][]) {}
}

export class RecordError extends Error {}

export function parse(s: string): J {
  let i = 0;
  const fail = (what: string): never => {
    throw new RecordError(`invalid JSON at ${i}: ${what}`);
  };
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const str = (): string => {
    i++; // opening quote
    let out = '';
    let start = i;
    for (;;) {
      if (i >= s.length) fail('unterminated string');
      const c = s.charCodeAt(i);
      if (c === 34) {
        out += s.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in string');
      if (c !== 92) {
        i++;
        continue;
      }
      out += s.slice(start, i);
      const e = s[i + 1];
      i += 2;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const h = s.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(h)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(h, 16));
          i += 4;
          break;
        }
        default: fail('bad escape');
      }
      start = i;
    }
  };
  const value = (): J => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      const entries: [string, J][] = [];
      ws();
      if (s[i] === '}') {
        i++;
        return new JObj(entries);
      }
      for (;;) {
        ws();
        if (s[i] !== '"') fail('expected key');
        const k = str();
        ws();
        if (s[i] !== ':') fail('expected :');
        i++;
        entries.push([k, value()]);
        ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === '}') { i++; return new JObj(entries); }
        fail('expected , or }');
      }
    }
    if (c === '[') {
      i++;
      const out: J[] = [];
      ws();
      if (s[i] === ']') { i++; return out; }
      for (;;) {
        out.push(value());
        ws();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === ']') { i++; return out; }
        fail('expected , or ]');
      }
    }
    if (c === '"') return str();
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(s.slice(i, i + 400));
    if (m && m[0].length > 0) {
      i += m[0].length;
      return new JNum(m[0]);
    }
    for (const [w, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (s.startsWith(w, i)) { i += w.length; return v; }
    }
    return fail('unexpected character');
  };
  const v = value();
  ws();
  if (i !== s.length) fail('data after the value');
  return v;
}

/** The canonical encoding of a string (Go encoding/json, HTML escaping off). */
export function encString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c === 34) esc = '\\"';
    else if (c === 92) esc = '\\\\';
    else if (c < 0x20) {
      esc = { 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t' }[c] ?? '\\u00' + c.toString(16).padStart(2, '0');
    } else if (c === 0x2028 || c === 0x2029) esc = '\\u' + c.toString(16);
    else if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
      if (pair) { i++; continue; }
      esc = '\ufffd'; // a lone surrogate decodes to U+FFFD, written as is
    }
    if (esc !== undefined) {
      out += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

/** A codec reads a JSON value into T and writes T canonically. */
export interface Codec<T> {
  dec(j: J, path: string): T;
  enc(v: T): string;
}

const bad = (path: string, what: string): never => {
  throw new RecordError(`${path}: ${what}`);
};

const U64MAX = (1n << 64n) - 1n;
const I64MIN = -(1n << 63n);
const I64MAX = (1n << 63n) - 1n;

function integer(lo: bigint, hi: bigint): Codec<bigint> {
  return {
    dec(j, path) {
      if (!(j instanceof JNum) || !/^-?[0-9]+$/.test(j.text)) return bad(path, 'not an integer');
      const v = BigInt(j.text);
      if (v < lo || v > hi) return bad(path, 'integer out of range');
      return v;
    },
    enc: (v) => v.toString(),
  };
}
export const u64 = integer(0n, U64MAX);
export const i64 = integer(I64MIN, I64MAX);

/** Small integers as numbers (indices, counts that fit). */
function small(c: Codec<bigint>): Codec<number> {
  return {
    dec(j, path) {
      const v = c.dec(j, path);
      if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) return bad(path, 'integer too large here');
      return Number(v);
    },
    enc: (v) => String(v),
  };
}
export const int = small(i64);

export const str: Codec<string> = {
  dec: (j, path) => (typeof j === 'string' ? j : bad(path, 'not a string')),
  enc: encString,
};

export const bool: Codec<boolean> = {
  dec: (j, path) => (typeof j === 'boolean' ? j : bad(path, 'not a boolean')),
  enc: (v) => (v ? 'true' : 'false'),
};

/** A byte string: base64, or null (absent). */
export const bytes: Codec<Uint8Array | null> = {
  dec(j, path) {
    if (j === null) return null;
    if (typeof j !== 'string') return bad(path, 'not a byte string');
    return fromBase64(j) ?? bad(path, 'not canonical base64');
  },
  enc: (v) => (v === null ? 'null' : '"' + toBase64(v) + '"'),
};

/** A fixed-size byte array in lowercase 0x-hex (address, hash). */
export function hexFixed(n: number): Codec<Uint8Array> {
  return {
    dec(j, path) {
      if (typeof j !== 'string' || j.length !== 2 + 2 * n || !j.startsWith('0x')) return bad(path, `not ${n} bytes of 0x-hex`);
      try {
        return fromHex(j.slice(2));
      } catch {
        return bad(path, 'bad hex');
      }
    },
    enc: (v) => '"0x' + hex(v) + '"',
  };
}
export const address = hexFixed(20);
export const hash = hexFixed(32);

/** A list, or null (absent). */
export function list<T>(c: Codec<T>): Codec<T[] | null> {
  return {
    dec(j, path) {
      if (j === null) return null;
      if (!Array.isArray(j)) return bad(path, 'not a list');
      return j.map((x, k) => c.dec(x, `${path}[${k}]`));
    },
    enc: (v) => (v === null ? 'null' : '[' + v.map((x) => c.enc(x)).join(',') + ']'),
  };
}

type Fields<T> = { [K in keyof T]: Codec<T[K]> };

/**
 * An object with exactly these fields in this order. A field listed in
 * omitZero is omitted when it is 0, "" or undefined (Go's omitempty) and
 * may be absent.
 */
export function object<T>(fields: Fields<T>, omitZero: (keyof T)[] = []): Codec<T> {
  const names = Object.keys(fields) as (keyof T & string)[];
  return {
    dec(j, path) {
      if (!(j instanceof JObj)) return bad(path, 'not an object');
      const out = {} as T;
      let k = 0;
      for (const name of names) {
        const e = j.entries[k];
        if (omitZero.includes(name) && (e === undefined || e[0] !== name)) {
          (out as any)[name] = undefined;
          continue;
        }
        if (e === undefined || e[0] !== name) return bad(path, `expected field ${name}`);
        (out as any)[name] = fields[name].dec(e[1], `${path}.${name}`);
        k++;
      }
      if (k !== j.entries.length) return bad(path, `unexpected field ${j.entries[k][0]}`);
      return out;
    },
    enc(v) {
      const parts: string[] = [];
      for (const name of names) {
        const x = (v as any)[name];
        if (omitZero.includes(name) && (x === 0 || x === 0n || x === '' || x === undefined)) continue;
        parts.push(encString(name) + ':' + fields[name].enc(x));
      }
      return '{' + parts.join(',') + '}';
    },
  };
}

const decoder = new TextDecoder('utf-8'); // invalid UTF-8 becomes U+FFFD, which re-encodes differently
const encoder = new TextEncoder();

/** Reads a line (without its newline) strictly: it must be the canonical encoding of what it holds. */
export function readLine<T>(c: Codec<T>, line: Uint8Array, what: string): T {
  const v = c.dec(parse(decoder.decode(line)), what);
  const again = encoder.encode(c.enc(v));
  if (again.length !== line.length || !again.every((x, i) => x === line[i])) {
    throw new RecordError(`${what}: line not in canonical form`);
  }
  return v;
}

export function writeLine<T>(c: Codec<T>, v: T): Uint8Array {
  return encoder.encode(c.enc(v));
}
