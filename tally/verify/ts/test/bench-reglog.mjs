// The cost of check 6 on a registration log in the TypeScript verifier
// (docs/performance.md): a roll of n voters who all got a token, posted
// in 10 intervals, through LogCheck as a record's lines; prints the time
// per issuance. Not a test: run it by hand.
//
//	(cd tally/verify/ts && npm run build && node test/bench-reglog.mjs 100000)

import { randomBytes } from 'node:crypto';
import { LogCheck, reglog } from '../dist/lib.mjs';

const n = Number(process.argv[2] ?? 100000);
const entries = Array.from({ length: n }, () => reglog.entry(new Uint8Array(randomBytes(32)), ''));
const lines = (list, interval) => {
  const out = [];
  reglog.buckets(list).forEach((b, bucket) => {
    if (b.length > 0) out.push({ type: interval ? 'issued' : 'roll', interval: BigInt(interval), bucket: BigInt(bucket), entries: b });
  });
  return out;
};
const h = { states: [{ state: 'Open', block: 10n }], rollPosts: [{ root: reglog.root(entries), count: BigInt(n), block: 9n }], countPosts: [] };
const all = lines(entries, 0);
for (let k = 1, from = 0; k <= 10; k++) {
  const to = Math.floor((n * k) / 10);
  const list = entries.slice(from, to);
  h.countPosts.push({ count: BigInt(to), logRoot: reglog.root(list), final: k === 10, block: 11n });
  all.push(...lines(list, k));
  from = to;
}
h.tokenCount = BigInt(n);
for (let run = 0; run < 3; run++) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const c = new LogCheck(h);
  for (const l of all) (l.type === 'roll' ? c.rollLine(l) : c.issuedLine(l));
  if (!c.done()) throw new Error(c.err);
  const ns = Number(process.hrtime.bigint() - start);
  const { user, system } = process.cpuUsage(cpu);
  console.log(`${n} issuances: ${(ns / 1e6).toFixed(0)} ms wall, ${((user + system) / 1e3).toFixed(0)} ms CPU, ${((user + system) / n).toFixed(1)} µs CPU per issuance`);
}
