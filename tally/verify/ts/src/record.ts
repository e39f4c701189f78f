// The election record's lines (docs/record.md) as codecs.

import { Codec, address, bool, bytes, hash, int, list, object, str, u64 } from './json.js';

export interface Post { trustee: number; data: Uint8Array | null; block: bigint; tx: Uint8Array }
export interface Blame { trustee: number; dealer?: number; reason: string }
export interface StateFact { state: string; block: bigint; tx: Uint8Array }
export interface Ceremony {
  keys: Post[] | null; dealings: Post[] | null; complaints: Post[] | null;
  electionKey: Uint8Array | null; qualifiedMask: bigint;
  qualified: number[] | null; excluded: Blame[] | null; falseComplaints: Blame[] | null;
}
export interface Decryption {
  ciphertexts: (Uint8Array | null)[] | null; shares: Post[] | null; used: number[] | null;
  rejected: Blame[] | null; values: bigint[] | null;
}
export interface Header {
  type: string; version: number; chainId: bigint; contract: Uint8Array; electionId: Uint8Array;
  createdBlock: bigint; readBlock: bigint; manifest: Uint8Array | null; commission: Uint8Array;
  trustees: Uint8Array[] | null; threshold: number; registrarKey: Uint8Array | null;
  states: StateFact[] | null; ceremony: Ceremony; test: Decryption; casts: bigint; tokenCount: bigint;
  rollPosts: RollPost[] | null; countPosts: CountPost[] | null;
}
/** RollPosted: the registrar's commitment to its roll (the last one counts). */
export interface RollPost { root: Uint8Array; count: bigint; block: bigint; tx: Uint8Array }
/** TokenCountPosted (final false) or FinalTokenCountPosted, with the root of the interval's entries. */
export interface CountPost { count: bigint; logRoot: Uint8Array; final: boolean; block: bigint; tx: Uint8Array }
/** One bucket of the committed roll. */
export interface RollLine { type: string; bucket: bigint; entries: (Uint8Array | null)[] | null }
/** One bucket of the entries issued in interval `interval` (from 1). */
export interface IssuedLine { type: string; interval: bigint; bucket: bigint; entries: (Uint8Array | null)[] | null }
export interface CastLine {
  type: string; seq: bigint; block: bigint; tx: Uint8Array; index: bigint; pseudonym: Uint8Array;
  token: Uint8Array | null; ballot: Uint8Array | null; signature: Uint8Array | null; verdict: string;
}
export interface VerdictCount { verdict: string; casts: bigint }
export interface TallyLine {
  type: string; counted: bigint; verdicts: VerdictCount[] | null; aggregates: (Uint8Array | null)[] | null;
  decryption: Decryption; counts: (bigint[] | null)[] | null; result: Uint8Array | null;
}
export interface Published { type: string; result: Uint8Array | null; recordHash: Uint8Array; block: bigint; tx: Uint8Array }

export const post: Codec<Post> = object<Post>({ trustee: int, data: bytes, block: u64, tx: hash });
export const blame: Codec<Blame> = object<Blame>({ trustee: int, dealer: int as Codec<number | undefined>, reason: str }, ['dealer']);
const stateFact = object<StateFact>({ state: str, block: u64, tx: hash });
export const ceremony: Codec<Ceremony> = object<Ceremony>({
  keys: list(post), dealings: list(post), complaints: list(post), electionKey: bytes, qualifiedMask: u64,
  qualified: list(int), excluded: list(blame), falseComplaints: list(blame),
});
export const decryption: Codec<Decryption> = object<Decryption>({
  ciphertexts: list(bytes), shares: list(post), used: list(int), rejected: list(blame), values: list(u64),
});
export const header: Codec<Header> = object<Header>({
  type: str, version: int, chainId: u64, contract: address, electionId: hash, createdBlock: u64, readBlock: u64,
  manifest: bytes, commission: address, trustees: list(address), threshold: int, registrarKey: bytes,
  states: list(stateFact), ceremony, test: decryption, casts: u64, tokenCount: u64,
  rollPosts: list(object<RollPost>({ root: hash, count: u64, block: u64, tx: hash })),
  countPosts: list(object<CountPost>({ count: u64, logRoot: hash, final: bool, block: u64, tx: hash })),
});
export const rollLine: Codec<RollLine> = object<RollLine>({ type: str, bucket: u64, entries: list(bytes) });
export const issuedLine: Codec<IssuedLine> = object<IssuedLine>({ type: str, interval: u64, bucket: u64, entries: list(bytes) });
export const castLine: Codec<CastLine> = object<CastLine>({
  type: str, seq: u64, block: u64, tx: hash, index: u64, pseudonym: address, token: bytes, ballot: bytes,
  signature: bytes, verdict: str,
});
const verdictCount = object<VerdictCount>({ verdict: str, casts: u64 });
export const tallyLine: Codec<TallyLine> = object<TallyLine>({
  type: str, counted: u64, verdicts: list(verdictCount), aggregates: list(bytes), decryption,
  counts: list(list(u64)), result: bytes,
});
export const published: Codec<Published> = object<Published>({ type: str, result: bytes, recordHash: hash, block: u64, tx: hash });

/** The verdicts in their fixed order (docs/protocol.md, section 13). */
export const VERDICTS = ['counted', 'not-open', 'bad-signature', 'bad-token', 'bad-encoding', 'bad-proof', 'duplicate'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The line types, recognised by the line's first bytes as the Go reader does. */
export function lineType(line: Uint8Array): string {
  const head = new TextDecoder().decode(line.subarray(0, 24));
  for (const t of ['cast', 'issued', 'roll', 'header', 'tally', 'published']) {
    if (head.startsWith(`{"type":"${t}",`)) return t;
  }
  return '';
}
