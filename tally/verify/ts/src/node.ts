// WebCrypto for Node 18, where it is node:crypto's webcrypto and not yet
// globalThis.crypto (Node 19 on). Imported first by the Node entry points
// (cli.ts, worker.ts, lib.ts); the browser has its own.
import { webcrypto } from 'node:crypto';

if (globalThis.crypto === undefined) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
}
