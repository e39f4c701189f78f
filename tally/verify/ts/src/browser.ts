// The library for a browser page: verifyRecord, verifyChain, and a pool
// of Web Workers to check ballots on every core. The workers run this
// same file: loaded as a worker, it checks the groups of casts it is
// sent instead (one bundle for the page and its workers).
import { BallotParams } from './ballot.js';
import { CheckParams, Checker, GroupOut, ballotParams, checkGroup } from './checker.js';

export * from './index.js';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  let bp: BallotParams | undefined;
  self.onmessage = (ev: MessageEvent) => {
    const m = ev.data;
    if (m.params) bp = ballotParams(m.params);
    else self.postMessage({ id: m.id, out: checkGroup(bp!, m.casts) });
  };
}

export interface WebPool { checker: Checker; close(): void }

/** n workers running script, the URL of this bundle (type 'classic' for the iife one, 'module' for the module one). */
export function webPool(n: number, script: URL | string, type: WorkerType = 'module'): WebPool {
  const workers = Array.from({ length: n }, () => new Worker(script, { type }));
  const waiting = new Map<number, (o: GroupOut) => void>();
  for (const w of workers) w.onmessage = (ev: MessageEvent) => waiting.get(ev.data.id)!(ev.data.out);
  let sent: CheckParams | undefined;
  let next = 0;
  return {
    checker: (p, casts) => {
      if (p !== sent) {
        sent = p;
        for (const w of workers) w.postMessage({ params: p });
      }
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, (o) => {
          waiting.delete(id);
          resolve(o);
        });
        workers[id % n].postMessage({ id, casts });
      });
    },
    close: () => workers.forEach((w) => w.terminate()),
  };
}
