// Batch verification (docs/protocol.md, section 7): equations Σ s_i·P_i = 0
// are multiplied by independent random 128-bit weights, added, terms with
// the same point merged, and checked by one multi-scalar multiplication.

import { G, Point, mod, msm } from './group.js';

function weight(): bigint {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  let w = 0n;
  for (const x of b) w = (w << 8n) | BigInt(x);
  return w === 0n ? 1n : w;
}

export type Term = [bigint, Point];

export class Batch {
  private points: Point[] = [];
  private scalars: bigint[] = [];
  private shared = new Map<Point, number>();
  constructor() {
    this.share(G);
  }
  /** Terms on p are merged into one (G always; the election key, …). */
  share(p: Point): void {
    if (!this.shared.has(p)) {
      this.shared.set(p, this.points.length);
      this.points.push(p);
      this.scalars.push(0n);
    }
  }
  /** Adds the equation Σ s·P = 0. */
  add(terms: Term[]): void {
    const w = weight();
    for (const [s, p] of terms) {
      const k = this.shared.get(p);
      if (k !== undefined) this.scalars[k] = mod(this.scalars[k] + w * s);
      else {
        this.points.push(p);
        this.scalars.push(mod(w * s));
      }
    }
  }
  /** Appends another batch's (already weighted) terms. */
  merge(o: Batch): void {
    for (let i = 0; i < o.points.length; i++) {
      const k = this.shared.get(o.points[i]);
      if (k !== undefined) this.scalars[k] = mod(this.scalars[k] + o.scalars[i]);
      else {
        this.points.push(o.points[i]);
        this.scalars.push(o.scalars[i]);
      }
    }
  }
  check(): boolean {
    return msm(this.points, this.scalars).is0();
  }
}

export { Point };
