// The registration log (docs/protocol.md, "The registration log"): the
// leaf only a voter and the registrar can compute, the entry that carries
// it with the voter's district, and the two-level Merkle tree whose roots
// the registrar posts on chain (RFC 9162 trees per bucket of the leaf's
// first byte, a perfect binary tree over the 256 bucket roots).
//
// Everything here is public data except the code given to leaf(), which
// the voter types on their own device; Argon2id's data-dependent memory
// access runs in that voter's browser only.

import { argon2id } from '@noble/hashes/argon2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concat, equal, fromHex, utf8 } from './bytes.js';

export const LEAF_SIZE = 32;
export const BUCKETS = 256;
/** Levels of the tree over the bucket roots, and so the length of a bucket's path. */
export const PATH_LENGTH = 8;
export const MAX_VOTER_ID = 64;
export const MAX_DISTRICT = 64;
export const CODE_LENGTH = 12;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SALT_TAG = utf8('evote/registration-log/v1/salt');
const ID_CHARS = /^[A-Za-z0-9._-]*$/;

export interface Entry {
  leaf: Uint8Array;
  district: string;
}

/**
 * Reads a code as the voter typed it (registrar/code Normalize): spaces and
 * hyphens dropped, upper case, O read as 0, I and L as 1. Returns the 12
 * canonical characters, or undefined if they are not 12 of Crockford's
 * base32 alphabet.
 */
export function normalizeCode(typed: string): string | undefined {
  if (typed.length > 4 * CODE_LENGTH) return undefined;
  let out = '';
  for (const ch of typed) {
    if (ch === ' ' || ch === '-') continue;
    let c = ch >= 'a' && ch <= 'z' ? ch.toUpperCase() : ch; // ASCII only: 'ı'.toUpperCase() is 'I'
    if (c === 'O') c = '0';
    if (c === 'I' || c === 'L') c = '1';
    if (!ALPHABET.includes(c) || out.length === CODE_LENGTH) return undefined;
    out += c;
  }
  return out.length === CODE_LENGTH ? out : undefined;
}

/** A voter id or a district: 1..64 (district: 0..64) characters of [A-Za-z0-9._-]. */
function wellFormedId(s: string, min: number): boolean {
  return s.length >= min && s.length <= MAX_VOTER_ID && ID_CHARS.test(s);
}

export const validVoterId = (v: string): boolean => wellFormedId(v, 1);
export const validDistrict = (d: string): boolean => wellFormedId(d, 0);

/** The salt of a voter's leaf: SHA-256(tag || E || u8(len(v)) || v). */
export function leafSalt(electionId: Uint8Array, voterId: string): Uint8Array {
  if (electionId.length !== 32) throw new Error('reglog: election id is not 32 bytes');
  if (!validVoterId(voterId)) throw new Error('reglog: malformed voter id');
  const v = utf8(voterId);
  return sha256(concat(SALT_TAG, electionId, new Uint8Array([v.length]), v));
}

/**
 * A voter's leaf: Argon2id(code, salt, t=1, m=1024 KiB, p=1, 32 bytes).
 * code is canonical (normalizeCode's result); anything else throws.
 */
export function leaf(code: string, electionId: Uint8Array, voterId: string): Uint8Array {
  if (normalizeCode(code) !== code) throw new Error('reglog: code is not canonical');
  return argon2id(utf8(code), leafSalt(electionId, voterId), { t: 1, m: 1024, p: 1, dkLen: LEAF_SIZE });
}

/** An entry: leaf || u8(len(d)) || d. */
export function entry(l: Uint8Array, district: string): Uint8Array {
  if (l.length !== LEAF_SIZE) throw new Error('reglog: leaf is not 32 bytes');
  if (!validDistrict(district)) throw new Error('reglog: malformed district');
  const d = utf8(district);
  return concat(l, new Uint8Array([d.length]), d);
}

/** Parses an entry; undefined unless it is exactly leaf || u8(len(d)) || d with a well-formed d. */
export function parseEntry(e: Uint8Array): Entry | undefined {
  if (e.length < LEAF_SIZE + 1 || e.length !== LEAF_SIZE + 1 + e[LEAF_SIZE]) return undefined;
  let district = '';
  for (const c of e.subarray(LEAF_SIZE + 1)) district += String.fromCharCode(c);
  if (!validDistrict(district)) return undefined;
  return { leaf: e.slice(0, LEAF_SIZE), district };
}

/** Bytewise order of the leaves (the first 32 bytes) of two entries. */
export function compareLeaves(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < LEAF_SIZE; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

const node = (l: Uint8Array, r: Uint8Array) => sha256(concat(new Uint8Array([1]), l, r));

/** RFC 9162 section 2.1.1 Merkle Tree Hash of a list of entries, in the given order. */
export function mth(d: readonly Uint8Array[], lo = 0, hi = d.length): Uint8Array {
  const n = hi - lo;
  if (n === 0) return sha256(new Uint8Array(0));
  if (n === 1) return sha256(concat(new Uint8Array([0]), d[lo]));
  let k = 1;
  while (k * 2 < n) k *= 2;
  return node(mth(d, lo, lo + k), mth(d, lo + k, hi));
}

/**
 * Splits entries (any order) into the 256 buckets of their first byte,
 * each sorted by leaf. Throws on a malformed entry or a repeated leaf.
 */
export function buckets(entries: readonly Uint8Array[]): Uint8Array[][] {
  const out: Uint8Array[][] = Array.from({ length: BUCKETS }, () => []);
  for (const e of entries) {
    if (!parseEntry(e)) throw new Error('reglog: malformed entry');
    out[e[0]].push(e);
  }
  for (const b of out) {
    b.sort(compareLeaves);
    for (let i = 1; i < b.length; i++) {
      if (compareLeaves(b[i - 1], b[i]) === 0) throw new Error('reglog: a leaf appears twice');
    }
  }
  return out;
}

/** The levels of the tree over 256 bucket roots: level 0 the roots, level 8 the root alone. */
function levels(bucketRoots: readonly Uint8Array[]): Uint8Array[][] {
  if (bucketRoots.length !== BUCKETS) throw new Error('reglog: want 256 bucket roots');
  const out = [bucketRoots.slice()];
  for (let j = 0; j < PATH_LENGTH; j++) {
    const below = out[j];
    out.push(Array.from({ length: below.length / 2 }, (_, i) => node(below[2 * i], below[2 * i + 1])));
  }
  return out;
}

/** The root over the 256 bucket roots. */
export function rootOfBuckets(bucketRoots: readonly Uint8Array[]): Uint8Array {
  return levels(bucketRoots)[PATH_LENGTH][0];
}

/** root(S) of a set of entries given in any order (throws like buckets()). */
export function root(entries: readonly Uint8Array[]): Uint8Array {
  return rootOfBuckets(buckets(entries).map((b) => mth(b)));
}

/** The 8 sibling hashes of bucket b, from level 0 up. */
export function path(entries: readonly Uint8Array[], b: number): Uint8Array[] {
  if (!Number.isInteger(b) || b < 0 || b >= BUCKETS) throw new Error('reglog: bucket out of range');
  const lv = levels(buckets(entries).map((x) => mth(x)));
  return Array.from({ length: PATH_LENGTH }, (_, j) => lv[j][(b >> j) ^ 1]);
}

/** Folds bucket b's root up its path to the tree's root. */
export function foldPath(b: number, bucketRoot: Uint8Array, p: readonly Uint8Array[]): Uint8Array {
  if (p.length !== PATH_LENGTH || p.some((h) => h.length !== 32)) throw new Error('reglog: a path is 8 hashes of 32 bytes');
  let h = bucketRoot;
  for (let j = 0; j < PATH_LENGTH; j++) h = (b >> j) & 1 ? node(p[j], h) : node(h, p[j]);
  return h;
}

/** Why a bucket fails its check (the names of registrar/reglog's golden vectors). */
export type BucketProblem = 'path' | 'entry' | 'bucket' | 'order' | 'duplicate' | 'root';

/**
 * Checks entries, as served, against bucket b of the tree with this root:
 * each well formed with first byte b, in strictly ascending leaf order (so
 * no leaf twice), hashing with the path to root. Returns what is wrong,
 * or undefined if nothing is.
 */
export function checkBucket(b: number, entries: readonly Uint8Array[], p: readonly Uint8Array[], rootHash: Uint8Array): BucketProblem | undefined {
  if (!Number.isInteger(b) || b < 0 || b >= BUCKETS) return 'bucket';
  if (p.length !== PATH_LENGTH || p.some((h) => h.length !== 32)) return 'path';
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!parseEntry(e)) return 'entry';
    if (e[0] !== b) return 'bucket';
    const c = i > 0 ? compareLeaves(entries[i - 1], e) : -1;
    if (c === 0) return 'duplicate';
    if (c > 0) return 'order';
  }
  return equal(foldPath(b, mth(entries), p), rootHash) ? undefined : 'root';
}

export const verifyBucket = (b: number, entries: readonly Uint8Array[], p: readonly Uint8Array[], rootHash: Uint8Array): boolean =>
  checkBucket(b, entries, p, rootHash) === undefined;

/** Lowercase hex without 0x, as the registrar's API writes it; undefined for anything else. */
export function parseHex(s: unknown): Uint8Array | undefined {
  return typeof s === 'string' && /^([0-9a-f]{2})*$/.test(s) ? fromHex(s) : undefined;
}

/** A path as the registrar's API serves it: 8 hashes in lowercase hex; undefined for anything else. */
export function parsePath(hexes: unknown): Uint8Array[] | undefined {
  if (!Array.isArray(hexes) || hexes.length !== PATH_LENGTH) return undefined;
  const out = hexes.map(parseHex);
  return out.every((h) => h?.length === 32) ? (out as Uint8Array[]) : undefined;
}

/** The entry of a bucket (as verifyBucket accepted it) whose leaf is l, if any. */
export function findEntry(entries: readonly Uint8Array[], l: Uint8Array): Entry | undefined {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareLeaves(entries[mid], l);
    if (c === 0) return parseEntry(entries[mid]);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}
