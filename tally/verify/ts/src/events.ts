// The ballot-box contract's events and views that the record is read
// from, as docs/record.md ("Reading the record from the chain") specifies
// them. A new event is one more entry here: its signature gives its topic
// and its fields' types, indexed ones first.

import { AbiType, topicOf } from './abi.js';
import { hex } from './bytes.js';

export interface EventSpec {
  name: string;
  /** The Solidity signature, as hashed for topic 0. */
  signature: string;
  /** Types of the indexed fields (topics 1, 2, …) and of the data's fields. */
  indexed: AbiType[];
  data: AbiType[];
  /** 0x-hex of topic 0, Keccak-256 of the signature. */
  topic: string;
}

function event(name: string, indexed: [string, AbiType][], data: [string, AbiType][]): EventSpec {
  // The signature lists the fields in declaration order; in every event of
  // the contract the indexed ones come first.
  const signature = `${name}(${[...indexed, ...data].map(([, t]) => t).join(',')})`;
  return { name, signature, indexed: indexed.map(([, t]) => t), data: data.map(([, t]) => t), topic: '0x' + hex(topicOf(signature)) };
}

export const EVENTS = {
  ElectionCreated: event('ElectionCreated', [['electionId', 'bytes32']],
    [['commission', 'address'], ['trustees', 'address[]'], ['threshold', 'uint8'], ['manifest', 'bytes']]),
  StateChanged: event('StateChanged', [], [['state', 'uint8']]),
  TrusteeKeyPosted: event('TrusteeKeyPosted', [['trustee', 'uint8']], [['data', 'bytes']]),
  DealingPosted: event('DealingPosted', [['trustee', 'uint8']], [['data', 'bytes']]),
  ComplaintPosted: event('ComplaintPosted', [['trustee', 'uint8']], [['data', 'bytes']]),
  BallotCast: event('BallotCast', [['pseudonym', 'address'], ['seq', 'uint256']],
    [['token', 'bytes'], ['ballot', 'bytes'], ['signature', 'bytes']]),
  RollPosted: event('RollPosted', [], [['root', 'bytes32'], ['count', 'uint256']]),
  TokenCountPosted: event('TokenCountPosted', [], [['count', 'uint256'], ['logRoot', 'bytes32']]),
  FinalTokenCountPosted: event('FinalTokenCountPosted', [], [['count', 'uint256'], ['logRoot', 'bytes32']]),
  DecryptionSharePosted: event('DecryptionSharePosted', [['round', 'uint8'], ['trustee', 'uint8']], [['share', 'bytes']]),
} satisfies Record<string, EventSpec>;

/** A view: its signature (hashed for the selector) and the types it returns. */
export interface ViewSpec { signature: string; returns: AbiType[] }

export const VIEWS = {
  registrarKey: { signature: 'registrarKey()', returns: ['bytes'] },
  electionKey: { signature: 'electionKey()', returns: ['bytes32'] },
  qualifiedMask: { signature: 'qualifiedMask()', returns: ['uint64'] },
  ballotCount: { signature: 'ballotCount()', returns: ['uint64'] },
  tokenCount: { signature: 'tokenCount()', returns: ['uint256'] },
  result: { signature: 'result()', returns: ['bytes'] },
  recordHash: { signature: 'recordHash()', returns: ['bytes32'] },
} satisfies Record<string, ViewSpec>;

/** The contract's enum State, by value (docs/record.md). */
export const STATES = ['Setup', 'KeyCeremony', 'Ready', 'Open', 'Closed', 'Tallied'];
