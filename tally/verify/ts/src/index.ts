// The library: verify a record from any stream of byte chunks (a file in
// Node, a File's stream() in a browser).
export { verifyRecord, printReport, CHECK_NAMES } from './verify.js';
export type { Report, Check, Options, Status } from './verify.js';
export { RecordError } from './json.js';
