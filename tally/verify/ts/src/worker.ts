// A worker of the Node pool (pool.ts): checks the groups of casts it is sent.
import './node.js';
import { parentPort } from 'node:worker_threads';
import { BallotParams } from './ballot.js';
import { ballotParams, checkGroup } from './checker.js';

let bp: BallotParams | undefined;
parentPort!.on('message', (m) => {
  if (m.params) bp = ballotParams(m.params);
  else parentPort!.postMessage({ id: m.id, out: checkGroup(bp!, m.casts) });
});
