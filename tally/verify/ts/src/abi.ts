// The Solidity ABI encoding of the few types the ballot-box contract's
// events and views use (docs/record.md, "Reading the record from the
// chain"), decoded strictly: a node's answer is untrusted input, so every
// offset, length and padding byte must be what the encoder writes, or the
// answer is refused.

import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToBigBE, utf8 } from './bytes.js';

export type AbiType = 'address' | 'bytes32' | 'uint8' | 'uint64' | 'uint256' | 'bytes' | 'address[]';
export type AbiValue = Uint8Array | bigint | Uint8Array[];

export class AbiError extends Error {}

const zero = (b: Uint8Array) => b.every((x) => x === 0);

/** The first four bytes of Keccak-256 of a function's signature. */
export const selector = (sig: string): Uint8Array => keccak_256(utf8(sig)).subarray(0, 4);

/** Topic 0 of an event: Keccak-256 of its signature. */
export const topicOf = (sig: string): Uint8Array => keccak_256(utf8(sig));

/** One 32-byte word as a static value of type t. */
export function decodeWord(t: AbiType, w: Uint8Array): bigint | Uint8Array {
  const bits = { address: 160, bytes32: 256, uint8: 8, uint64: 64, uint256: 256 }[t as string];
  if (bits === undefined) throw new AbiError(`${t} is not a static type`);
  if (!zero(w.subarray(0, 32 - bits / 8))) throw new AbiError(`${t}: padding is not zero`);
  if (t === 'address' || t === 'bytes32') return w.slice(32 - bits / 8);
  return bytesToBigBE(w);
}

/** Decodes the ABI encoding of a tuple of types, which must fill data exactly. */
export function decode(types: AbiType[], data: Uint8Array): AbiValue[] {
  if (data.length % 32 !== 0 || data.length < 32 * types.length) throw new AbiError(`${data.length} bytes for ${types.length} values`);
  const word = (o: number): Uint8Array => {
    if (o < 0 || o + 32 > data.length) throw new AbiError(`a word at ${o} is past the end`);
    return data.subarray(o, o + 32);
  };
  const small = (o: number, what: string): number => {
    const v = decodeWord('uint256', word(o)) as bigint;
    if (v > BigInt(data.length)) throw new AbiError(`${what} ${v} is past the end`);
    return Number(v);
  };
  let end = 32 * types.length; // where the next dynamic part must start: no gaps, no overlaps
  const tail = (at: number, size: number) => {
    if (at !== end) throw new AbiError(`a dynamic value at ${at}, want ${end}`);
    end = at + size;
  };
  const out = types.map((t, i) => {
    if (t !== 'bytes' && t !== 'address[]') return decodeWord(t, word(32 * i));
    const at = small(32 * i, 'offset');
    const n = small(at, 'length');
    if (t === 'bytes') {
      const padded = Math.ceil(n / 32) * 32;
      tail(at, 32 + padded);
      word(at + padded); // in bounds
      const b = data.slice(at + 32, at + 32 + n);
      if (!zero(data.subarray(at + 32 + n, at + 32 + padded))) throw new AbiError('bytes: padding is not zero');
      return b;
    }
    tail(at, 32 + 32 * n);
    return Array.from({ length: n }, (_, k) => decodeWord('address', word(at + 32 + 32 * k)) as Uint8Array);
  });
  if (end !== data.length) throw new AbiError(`${data.length - end} bytes after the values`);
  return out;
}
