// Verifies an election from the chain alone (docs/record.md, "Reading the
// record from the chain"), as `evote verify --rpc URL --contract ADDR`
// does: the record is re-derived from a node's JSON-RPC as of the block
// the published result names, checked, and its result and hash compared
// with the contract's.

import { fromHex } from './bytes.js';
import { Chain, ChainError } from './chain.js';
import { ChainRecord } from './fromchain.js';
import { LogSource, logLines } from './logcheck.js';
import { writeLine } from './json.js';
import * as R from './record.js';
import { Rpc, RpcOptions } from './rpc.js';
import { Options, Report, Verifier } from './verify.js';

export interface ChainOptions extends Options {
  /** The first block searched for the contract's creation event (default 0). */
  from?: bigint;
  rpc?: RpcOptions;
  /** Where the registration log's entries come from (registrarLog, recordLog): the chain has only their roots. */
  log?: LogSource;
}

/** A contract address from 0x-hex (either case). */
export function parseAddress(s: string): Uint8Array {
  if (!/^0x[0-9a-fA-F]{40}$/.test(s.trim())) throw new ChainError(`${JSON.stringify(s.slice(0, 60))} is not a contract address (0x and 40 hex digits)`);
  return fromHex(s.trim().slice(2));
}

/**
 * Verifies the tallied election of contract through the node at url.
 * Throws a ChainError if the node's answers cannot be believed (or the
 * result is not published); otherwise the report says which checks hold.
 */
export async function verifyChain(url: string, contract: string, opts: ChainOptions = {}): Promise<Report> {
  const addr = parseAddress(contract);
  if (!opts.log) throw new ChainError('the registration log is needed: --registrar URL, or --log RECORD');
  const src = new ChainRecord(new Chain(new Rpc(url, opts.rpc), addr), addr);
  const p = await src.published();
  const raw = await src.header(opts.from ?? 0n, p.readBlock);
  const v = new Verifier(opts);
  if (!(await v.header(raw))) return v.report();
  v.logFrom(logLines(await opts.log(raw.electionId)));
  if (!(await v.castsCheck(src.casts(raw.createdBlock, p.readBlock, raw.casts), false))) return v.report();
  v.tally(await src.shares(1, raw.createdBlock, p.readBlock));
  v.published(p.result, p.recordHash, 'on the contract');
  const line = await src.publishedLine(p);
  opts.out?.(new Uint8Array([...writeLine(R.published, line), 10]));
  return v.report();
}
