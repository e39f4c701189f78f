// The library for a browser page: verifyRecord, and a pool of Web Workers
// (webworker.js, bundled next to this file) to check ballots on every core.
import { CheckParams, Checker, GroupOut } from './checker.js';

export * from './index.js';

export interface WebPool { checker: Checker; close(): void }

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
