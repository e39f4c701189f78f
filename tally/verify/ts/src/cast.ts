// The pseudonym's signature of a cast (docs/protocol.md, section 8),
// checked as the contract's ecrecover does.

import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToBigBE, concat, equal, utf8 } from './bytes.js';
import { Context, contextBytes } from './transcript.js';

const N = secp256k1.Point.Fn.ORDER;
const HALF_N = N >> 1n;

export const castDigest = (ctx: Context, token: Uint8Array, ballot: Uint8Array): Uint8Array =>
  keccak_256(concat(utf8('evote/v1/cast'), contextBytes(ctx), keccak_256(token), keccak_256(ballot)));

/** True iff sig (r || s || v) is pseudonym's signature of the cast. */
export function verifyCastSignature(ctx: Context, pseudonym: Uint8Array, token: Uint8Array, ballot: Uint8Array, sig: Uint8Array): boolean {
  if (sig.length !== 65) return false;
  const v = sig[64];
  if (v !== 27 && v !== 28) return false;
  const r = bytesToBigBE(sig.subarray(0, 32));
  const s = bytesToBigBE(sig.subarray(32, 64));
  if (r < 1n || r >= N || s < 1n || s > HALF_N) return false;
  try {
    const pub = secp256k1.Signature.fromBytes(sig.subarray(0, 64), 'compact')
      .addRecoveryBit(v - 27)
      .recoverPublicKey(castDigest(ctx, token, ballot));
    const xy = pub.toBytes(false).subarray(1);
    return equal(keccak_256(xy).subarray(12), pseudonym);
  } catch {
    return false;
  }
}
