// The library: verify a record from any stream of byte chunks (a file in
// Node, a File's stream() in a browser), or an election from a chain
// node's JSON-RPC (verifyChain).
export { verifyRecord, printReport, CHECK_NAMES } from './verify.js';
export type { Report, Check, Options, Status } from './verify.js';
export { RecordError } from './json.js';
export { verifyChain, parseAddress } from './verifychain.js';
export type { ChainOptions } from './verifychain.js';
export { ChainError, RpcError, TooLarge, Rpc } from './rpc.js';
export { Chain } from './chain.js';
export { EVENTS, VIEWS } from './events.js';
export * as abi from './abi.js';

// The pieces, for tests against the golden files of docs/protocol.md.
export * as bytes from './bytes.js';
export * as group from './group.js';
export { Transcript } from './transcript.js';
export { Batch } from './batch.js';
export { parseBallot, addBallot, ballotSize } from './ballot.js';
export * as dkg from './dkg.js';
export { parseManifest, manifestId } from './manifest.js';
export { tokenMessage } from './token.js';
export * as json from './json.js';
export * as record from './record.js';
export * as reglog from './reglog.js';
export { LogCheck, logLines, registrarLog, recordLog } from './logcheck.js';
export type { LogSummary, DistrictCount, RegLog, LogSource } from './logcheck.js';
export { checkOpened, siteElection, trackerOf } from './opened.js';
export type { OpenedElection, OpenedProblem, OpenedResult } from './opened.js';
