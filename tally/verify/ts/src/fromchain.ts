// The raw facts of an election record read from the chain, as
// docs/record.md ("Reading the record from the chain") says: the
// published result names readBlock; the header's facts are the events
// from the creation event's block to readBlock and the views at
// readBlock; the casts and the round-1 shares are the events up to
// readBlock; the published line is the result and record hash at the
// head with the block and transaction of the StateChanged(Tallied).

import { AbiValue } from './abi.js';
import { bytesToBigBE } from './bytes.js';
import { Chain, ChainError, Log, uintTopic } from './chain.js';
import { EVENTS, EventSpec, STATES, VIEWS } from './events.js';
import * as R from './record.js';

const U64 = (1n << 64n) - 1n;

function u64(v: AbiValue, what: string): bigint {
  if (typeof v !== 'bigint' || v > U64) throw new ChainError(`${what} ${v} does not fit 64 bits`);
  return v;
}

/** The read block named by result bytes (docs/record.md, "Result bytes"). */
export function readBlockOf(result: Uint8Array): bigint {
  const options = result.length >= 27 ? (result[25] << 8) | result[26] : -1;
  if (result[0] !== 1 || result.length !== 27 + 8 * options) throw new ChainError(`the published result (${result.length} bytes) is not a version-1 result`);
  return bytesToBigBE(result.subarray(1, 9));
}

export interface Published { result: Uint8Array; recordHash: Uint8Array; readBlock: bigint; head: bigint }

export class ChainRecord {
  constructor(readonly chain: Chain, readonly contract: Uint8Array) {}

  /** The result and record hash as the contract holds them now. */
  async published(): Promise<Published> {
    const head = await this.chain.head();
    const [result] = (await this.chain.view(VIEWS.result, head)) as Uint8Array[];
    const [recordHash] = (await this.chain.view(VIEWS.recordHash, head)) as Uint8Array[];
    if (result.length === 0) throw new ChainError(`no result published yet (block ${head})`);
    const readBlock = readBlockOf(result);
    if (readBlock > head) throw new ChainError(`the result names block ${readBlock}, after the node's head ${head}`);
    return { result, recordHash, readBlock, head };
  }

  /** The header's raw facts as of block at, searching the creation event from block from. */
  async header(from: bigint, at: bigint): Promise<R.Header> {
    const c = this.chain;
    let created: Log | undefined;
    for await (const l of c.events(EVENTS.ElectionCreated, from, at)) {
      created = l;
      break;
    }
    if (!created) throw new ChainError(`no ElectionCreated event of the contract in blocks ${from} to ${at}`);
    const [commission, trustees, threshold, manifest] = created.data as [Uint8Array, Uint8Array[], bigint, Uint8Array];
    const start = created.block;
    const view = async (v: (typeof VIEWS)[keyof typeof VIEWS]) => (await c.view(v, at))[0];
    const electionKey = (await view(VIEWS.electionKey)) as Uint8Array;
    return {
      type: 'header', version: 1, chainId: await c.chainId(), contract: this.contract,
      electionId: created.indexed[0] as Uint8Array, createdBlock: start, readBlock: at, manifest, commission,
      trustees, threshold: Number(threshold), registrarKey: (await view(VIEWS.registrarKey)) as Uint8Array,
      states: (await this.states(start, at)).filter((s) => s.state !== 'Tallied'),
      ceremony: {
        keys: await this.posts(EVENTS.TrusteeKeyPosted, start, at), dealings: await this.posts(EVENTS.DealingPosted, start, at),
        complaints: await this.posts(EVENTS.ComplaintPosted, start, at),
        electionKey: electionKey.every((x) => x === 0) ? null : electionKey,
        qualifiedMask: u64(await view(VIEWS.qualifiedMask), 'qualifiedMask()'), qualified: null, excluded: null, falseComplaints: null,
      },
      test: { ciphertexts: null, shares: await this.shares(0, start, at), used: null, rejected: null, values: null },
      casts: u64(await view(VIEWS.ballotCount), 'ballotCount()'), tokenCount: u64(await view(VIEWS.tokenCount), 'tokenCount()'),
      rollPosts: await this.rollPosts(start, at), countPosts: await this.countPosts(start, at),
    };
  }

  /** The registrar's commitments to its roll in blocks from to to. */
  async rollPosts(from: bigint, to: bigint): Promise<R.RollPost[]> {
    const out: R.RollPost[] = [];
    for await (const l of this.chain.events(EVENTS.RollPosted, from, to)) {
      const [root, count] = l.data as [Uint8Array, bigint];
      out.push({ root, count: u64(count, `RollPosted count in block ${l.block}`), block: l.block, tx: l.tx });
    }
    return out;
  }

  /** The registrar's token counts and final count, with their log roots, in chain order. */
  async countPosts(from: bigint, to: bigint): Promise<R.CountPost[]> {
    const posts: [Log, boolean][] = [];
    for (const [e, final] of [[EVENTS.TokenCountPosted, false], [EVENTS.FinalTokenCountPosted, true]] as const) {
      for await (const l of this.chain.events(e, from, to)) posts.push([l, final]);
    }
    posts.sort(([a], [b]) => (a.block !== b.block ? (a.block < b.block ? -1 : 1) : a.index < b.index ? -1 : a.index > b.index ? 1 : 0));
    return posts.map(([l, final]) => {
      const [count, logRoot] = l.data as [bigint, Uint8Array];
      return { count: u64(count, `token count in block ${l.block}`), logRoot, final, block: l.block, tx: l.tx };
    });
  }

  /** The state transitions in blocks from to to. */
  async states(from: bigint, to: bigint): Promise<R.StateFact[]> {
    const out: R.StateFact[] = [];
    for await (const l of this.chain.events(EVENTS.StateChanged, from, to)) {
      const s = STATES[Number(l.data[0])];
      if (s === undefined) throw new ChainError(`StateChanged(${l.data[0]}) in block ${l.block}: not a state`);
      out.push({ state: s, block: l.block, tx: l.tx });
    }
    return out;
  }

  /** Trustee posts of event e (trustee index first among its indexed fields, data its one data field). */
  async posts(e: EventSpec, from: bigint, to: bigint, topic1?: Uint8Array): Promise<R.Post[]> {
    const out: R.Post[] = [];
    for await (const l of this.chain.events(e, from, to, topic1)) {
      out.push({ trustee: Number(l.indexed[l.indexed.length - 1]), data: l.data[0] as Uint8Array, block: l.block, tx: l.tx });
    }
    return out;
  }

  /** The decryption shares of a round (0: test, 1: tally) in blocks from to to. */
  shares(round: number, from: bigint, to: bigint): Promise<R.Post[]> {
    return this.posts(EVENTS.DecryptionSharePosted, from, to, uintTopic(round));
  }

  /**
   * The casts in blocks from to to as record lines without a verdict:
   * their seq must count 0, 1, 2, … and end at casts (the contract's
   * ballotCount() at to), or the node left some out.
   */
  async *casts(from: bigint, to: bigint, casts: bigint): AsyncGenerator<R.CastLine> {
    let seq = 0n;
    for await (const l of this.chain.events(EVENTS.BallotCast, from, to)) {
      const [pseudonym, s] = l.indexed as [Uint8Array, bigint];
      if (s !== seq) throw new ChainError(`BallotCast ${s} in block ${l.block} where ${seq} was due: the node's logs have a gap or a repetition`);
      const [token, ballot, signature] = l.data as Uint8Array[];
      yield { type: 'cast', seq, block: l.block, tx: l.tx, index: l.index, pseudonym, token, ballot, signature, verdict: '' };
      seq++;
    }
    if (seq !== casts) throw new ChainError(`the node gave ${seq} BallotCast logs up to block ${to}, but its ballotCount() there is ${casts}`);
  }

  /** The published line: the block and transaction of the last StateChanged(Tallied) after readBlock. */
  async publishedLine(p: Published): Promise<R.Published> {
    const line: R.Published = { type: 'published', result: p.result, recordHash: p.recordHash, block: 0n, tx: new Uint8Array(32) };
    for (const s of await this.states(p.readBlock, p.head)) {
      if (s.state === 'Tallied') {
        line.block = s.block;
        line.tx = s.tx;
      }
    }
    return line;
  }
}
