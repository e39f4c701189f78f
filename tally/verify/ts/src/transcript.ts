// Fiat–Shamir transcripts (docs/protocol.md, section 3).

import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToBigLE, concat, u16be, u32be, u64be, utf8 } from './bytes.js';
import { L } from './group.js';

/** The 60-byte election context: u64be(chain id) || contract || election id. */
export interface Context {
  chainId: bigint;
  contract: Uint8Array;
  electionId: Uint8Array;
}

export const contextBytes = (c: Context): Uint8Array => concat(u64be(c.chainId), c.contract, c.electionId);

export class Transcript {
  private parts: Uint8Array[] = [];
  constructor(kind: string) {
    this.append('dom', utf8('evote/v1/' + kind));
  }
  append(label: string, data: Uint8Array): this {
    const l = utf8(label);
    this.parts.push(u16be(l.length), l, u32be(data.length), data);
    return this;
  }
  u64(label: string, v: bigint | number): this {
    return this.append(label, u64be(v));
  }
  ctx(c: Context): this {
    return this.append('ctx', contextBytes(c));
  }
  bytes(): Uint8Array {
    return concat(...this.parts);
  }
  /** SHA-512 of the transcript as a little-endian integer, mod ℓ. */
  challenge(): bigint {
    return bytesToBigLE(sha512(this.bytes())) % L;
  }
}
