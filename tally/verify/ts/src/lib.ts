// The library in Node (dist/lib.mjs): index.ts with WebCrypto on Node 18.
import './node.js';

export * from './index.js';
