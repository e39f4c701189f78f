// A Web Worker of the browser pool (browser.ts): checks the groups of casts it is sent.
import { BallotParams } from './ballot.js';
import { ballotParams, checkGroup } from './checker.js';

let bp: BallotParams | undefined;
self.onmessage = (ev: MessageEvent) => {
  const m = ev.data;
  if (m.params) bp = ballotParams(m.params);
  else self.postMessage({ id: m.id, out: checkGroup(bp!, m.casts) });
};
