// Checking ballots on several cores in Node: a pool of worker threads
// running worker.mjs (bundled next to the command).
import { Worker } from 'node:worker_threads';
import { CheckParams, Checker, GroupOut } from './checker.js';

export interface Pool { checker: Checker; close(): Promise<void> }

export function workerPool(n: number, script: URL): Pool {
  const workers = Array.from({ length: n }, () => new Worker(script));
  const waiting = new Map<number, (o: GroupOut) => void>();
  for (const w of workers) w.on('message', (m) => waiting.get(m.id)!(m.out));
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
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
