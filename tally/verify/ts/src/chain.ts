// The ballot-box contract through a node's JSON-RPC: its events
// (eth_getLogs, in block ranges the node accepts) and its views
// (eth_call), every answer checked before it is believed. A log must be
// of the contract and the event asked for, in the blocks asked for, in
// chain order, not removed, with one block hash per block number across
// all queries (two would mean the node changed its chain under us);
// anything else is a ChainError, never a fact of the record.

import { AbiError, AbiValue, decode, decodeWord, selector } from './abi.js';
import { concat, fromHex, hex } from './bytes.js';
import { EventSpec, ViewSpec } from './events.js';
import { ChainError, Rpc, RpcError, TooLarge } from './rpc.js';

export { ChainError };

/** A decoded log: its place in the chain and its fields. */
export interface Log {
  block: bigint;
  index: bigint;
  tx: Uint8Array;
  indexed: AbiValue[];
  data: AbiValue[];
}

// Log queries cover adaptive block spans, as the Go reader's do: a span
// that returned many logs is halved, one with few doubled; a span the
// node refuses (an error such as "query returned more than 10000
// results", or too long an answer) is retried on half the blocks, which
// then stays the largest span tried.
const FIRST_SPAN = 256n;
const MAX_SPAN = 1n << 16n;
const MANY_LOGS = 2048;
const FEW_LOGS = 256;

const quantity = (v: bigint) => '0x' + v.toString(16);

function parseQuantity(x: unknown, what: string): bigint {
  if (typeof x !== 'string' || !/^0x(0|[1-9a-fA-F][0-9a-fA-F]{0,15})$/.test(x)) throw new ChainError(`${what} is not a hex quantity`);
  return BigInt(x);
}

function parseData(x: unknown, what: string, size?: number): Uint8Array {
  if (typeof x !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(x)) throw new ChainError(`${what} is not 0x-hex data`);
  const b = fromHex(x.slice(2));
  if (size !== undefined && b.length !== size) throw new ChainError(`${what} is ${b.length} bytes, want ${size}`);
  return b;
}

export class Chain {
  private readonly address: string;
  private readonly blocks = new Map<bigint, string>(); // block number -> hash, from every log seen
  constructor(readonly rpc: Rpc, contract: Uint8Array) {
    if (contract.length !== 20) throw new ChainError('a contract address is 20 bytes');
    this.address = '0x' + hex(contract);
  }

  async head(): Promise<bigint> {
    return parseQuantity(await this.rpc.call('eth_blockNumber', []), 'eth_blockNumber');
  }

  async chainId(): Promise<bigint> {
    return parseQuantity(await this.rpc.call('eth_chainId', []), 'eth_chainId');
  }

  /** Calls a view of the contract at a block (or the latest). */
  async view(v: ViewSpec, block: bigint | 'latest'): Promise<AbiValue[]> {
    const at = block === 'latest' ? block : quantity(block);
    const out = await this.rpc.call('eth_call', [{ to: this.address, data: '0x' + hex(selector(v.signature)) }, at]);
    try {
      return decode(v.returns, parseData(out, `${v.signature} at ${at}`));
    } catch (e) {
      if (e instanceof AbiError) throw new ChainError(`${v.signature} at ${at}: ${e.message}`);
      throw e;
    }
  }

  /**
   * The contract's events e in blocks from to to (inclusive), in chain
   * order; topic1, if given, is the first indexed field's value.
   */
  async *events(e: EventSpec, from: bigint, to: bigint, topic1?: Uint8Array): AsyncGenerator<Log> {
    let span = FIRST_SPAN;
    let limit = MAX_SPAN;
    let prev: Log | undefined;
    const topics = topic1 ? [e.topic, '0x' + hex(topic1)] : [e.topic];
    while (from <= to) {
      const end = to - from >= span ? from + span - 1n : to;
      let raw: unknown;
      try {
        raw = await this.rpc.call('eth_getLogs', [{ address: this.address, fromBlock: quantity(from), toBlock: quantity(end), topics }]);
      } catch (x) {
        if (!(x instanceof RpcError || x instanceof TooLarge) || span === 1n) {
          throw new ChainError(`${e.name} logs of blocks ${from} to ${end}: ${(x as Error).message}`);
        }
        span /= 2n;
        limit = span;
        continue;
      }
      if (!Array.isArray(raw)) throw new ChainError(`eth_getLogs of blocks ${from} to ${end}: not a list`);
      for (const [k, r] of raw.entries()) {
        const l = this.log(r, e, from, end, topics, `eth_getLogs of blocks ${from} to ${end}, log ${k}`);
        if (prev && (l.block < prev.block || (l.block === prev.block && l.index <= prev.index))) {
          throw new ChainError(`${e.name} log ${l.index} of block ${l.block} comes after log ${prev.index} of block ${prev.block}: not in chain order`);
        }
        prev = l;
        yield l;
      }
      if (raw.length > MANY_LOGS && span > 1n) span /= 2n;
      else if (raw.length < FEW_LOGS && span < limit) span = span * 2n < limit ? span * 2n : limit;
      if (end === to) break;
      from = end + 1n;
    }
  }

  /** One log of an eth_getLogs answer, checked and decoded. */
  private log(r: unknown, e: EventSpec, from: bigint, to: bigint, topics: string[], where: string): Log {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new ChainError(`${where}: not an object`);
    const l = r as Record<string, unknown>;
    if (typeof l.address !== 'string' || l.address.toLowerCase() !== this.address) {
      throw new ChainError(`${where}: a log of ${String(l.address).slice(0, 42)}, not of the contract ${this.address}`);
    }
    if (l.removed === true) throw new ChainError(`${where}: a removed log (the node's chain reorganised)`);
    if (!Array.isArray(l.topics) || l.topics.length !== 1 + e.indexed.length) throw new ChainError(`${where}: not the ${1 + e.indexed.length} topics of ${e.name}`);
    const tv = l.topics.map((t, i) => parseData(t, `${where}: topic ${i}`, 32));
    topics.forEach((t, i) => {
      if ('0x' + hex(tv[i]) !== t.toLowerCase()) throw new ChainError(`${where}: topic ${i} is not the one asked for (${e.name})`);
    });
    const block = parseQuantity(l.blockNumber, `${where}: blockNumber`);
    if (block < from || block > to) throw new ChainError(`${where}: a log of block ${block}, outside the blocks asked for`);
    const blockHash = hex(parseData(l.blockHash, `${where}: blockHash`, 32));
    const seen = this.blocks.get(block);
    if (seen === undefined) this.blocks.set(block, blockHash);
    else if (seen !== blockHash) throw new ChainError(`${where}: block ${block} has two hashes in the node's answers (the chain changed while it was read)`);
    const index = parseQuantity(l.logIndex, `${where}: logIndex`);
    const tx = parseData(l.transactionHash, `${where}: transactionHash`, 32);
    try {
      return { block, index, tx, indexed: e.indexed.map((t, i) => decodeWord(t, tv[i + 1])), data: decode(e.data, parseData(l.data, `${where}: data`)) };
    } catch (x) {
      if (x instanceof AbiError) throw new ChainError(`${where}: ${e.name}: ${x.message}`);
      throw x;
    }
  }
}

/** The 32-byte topic of a uint value (a round, for DecryptionSharePosted). */
export const uintTopic = (v: number): Uint8Array => concat(new Uint8Array(31), new Uint8Array([v]));
