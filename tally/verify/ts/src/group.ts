// ristretto255 (docs/protocol.md, section 1) on @noble/curves: canonical
// decoding that refuses the identity, scalars modulo ℓ, and a
// multi-scalar multiplication for batched verification (section 7).

import { ristretto255 } from '@noble/curves/ed25519.js';
import { pippenger } from '@noble/curves/abstract/curve.js';
import { bigToLE32, bytesToBigLE } from './bytes.js';

export const Point = ristretto255.Point;
export type Point = InstanceType<typeof ristretto255.Point>;
export const L = 2n ** 252n + 27742317777372353535851937790883648493n;
export const G: Point = Point.BASE;
export const ZERO: Point = Point.ZERO;

export const mod = (x: bigint): bigint => {
  const r = x % L;
  return r < 0n ? r + L : r;
};

/** A canonical, non-identity element, or undefined. */
export function decodeElement(b: Uint8Array): Point | undefined {
  if (b.length !== 32) return undefined;
  let p: Point;
  try {
    p = Point.fromBytes(b);
  } catch {
    return undefined;
  }
  return p.is0() ? undefined : p;
}

/** A canonical scalar (< ℓ), or undefined. */
export function decodeScalar(b: Uint8Array): bigint | undefined {
  if (b.length !== 32) return undefined;
  const v = bytesToBigLE(b);
  return v < L ? v : undefined;
}

export const encodeScalar = (s: bigint): Uint8Array => bigToLE32(mod(s));

/** s·P, variable time (public data only). */
export function mul(p: Point, s: bigint): Point {
  s = mod(s);
  return s === 0n ? ZERO : p.multiplyUnsafe(s);
}

/** Σ s_i·P_i, variable time. */
export function msm(points: Point[], scalars: bigint[]): Point {
  if (points.length === 0) return ZERO;
  return pippenger(Point as any, points as any, scalars.map(mod)) as unknown as Point;
}

export function invert(x: bigint): bigint {
  // Fermat: x^(ℓ−2) mod ℓ
  let r = 1n;
  let b = mod(x);
  let e = L - 2n;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % L;
    b = (b * b) % L;
    e >>= 1n;
  }
  return r;
}
