// The contract's events as docs/record.md specifies them, and the strict
// ABI decoding of a node's answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { abi, bytes, EVENTS, VIEWS } from '../dist/lib.mjs';

const doc = readFileSync(new URL('../../../../docs/record.md', import.meta.url), 'utf8');

test('every event read is in docs/record.md with its signature and topic', () => {
  const rows = new Map();
  for (const m of doc.matchAll(/^\| `(\w+)\(([^`]*)\)`; `(0x[0-9a-f]{64})`/gm)) rows.set(m[1], { params: m[2], topic: m[3] });
  for (const e of Object.values(EVENTS)) {
    const row = rows.get(e.name);
    assert.ok(row, `${e.name} is not in the table of docs/record.md`);
    const types = row.params.split(',').map((p) => p.trim().split(' ')[0]).join(',');
    assert.equal(`${e.name}(${types})`, e.signature, `${e.name}: the signature in the docs`);
    assert.equal(row.topic, e.topic, `${e.name}: topic 0 in the docs`);
    const indexed = row.params.split(',').filter((p) => p.includes(' indexed ')).map((p) => p.trim().split(' ')[0]);
    assert.deepEqual(indexed, e.indexed, `${e.name}: indexed fields`);
  }
  for (const [name, row] of rows) assert.equal('0x' + bytes.hex(abi.topicOf(`${name}(${row.params.split(',').map((p) => p.trim().split(' ')[0]).join(',')})`)), row.topic, `${name}: the docs' topic is not the hash of its signature`);
  for (const v of Object.values(VIEWS)) assert.ok(doc.includes('`' + v.signature), `the view ${v.signature} is not in docs/record.md`);
});

const word = (v) => bytes.fromHex(BigInt(v).toString(16).padStart(64, '0'));
const cat = (...ws) => bytes.concat(...ws);

test('ABI: canonical encodings decode', () => {
  const data = cat(word(0x60), word(7), word(0xa0), word(3), bytes.fromHex('010203'.padEnd(64, '0')), word(1), word(0xabc));
  const [b, n, list] = abi.decode(['bytes', 'uint8', 'address[]'], data);
  assert.deepEqual([...b], [1, 2, 3]);
  assert.equal(n, 7n);
  assert.equal(list.length, 1);
  assert.equal(bytes.hex(list[0]), '0'.repeat(37) + 'abc');
  assert.deepEqual(abi.decode(['bytes'], cat(word(32), word(0))), [new Uint8Array(0)]);
});

test('ABI: every non-canonical or truncated encoding is refused', () => {
  const good = cat(word(32), word(3), bytes.fromHex('010203'.padEnd(64, '0')));
  assert.doesNotThrow(() => abi.decode(['bytes'], good));
  const bad = {
    'padding after the bytes': cat(word(32), word(3), bytes.fromHex('010203'.padEnd(62, '0') + '01')),
    'offset past the end': cat(word(0x1000), word(3)),
    'offset not at the tail': cat(word(64), word(0), word(0)),
    'length past the end': cat(word(32), word(33), word(0)),
    'bytes after the values': cat(good, word(0)),
    'not whole words': good.subarray(0, 90),
    'a huge offset': cat(bytes.fromHex('ff'.repeat(32)), word(0)),
  };
  for (const [what, data] of Object.entries(bad)) assert.throws(() => abi.decode(['bytes'], data), abi.AbiError, what);
  assert.throws(() => abi.decode(['uint8'], word(256)), abi.AbiError, 'uint8 past 255');
  assert.throws(() => abi.decode(['uint64'], word(1n << 64n)), abi.AbiError, 'uint64 past 2^64');
  assert.throws(() => abi.decode(['address'], word(1n << 160n)), abi.AbiError, 'an address with high bits');
  assert.throws(() => abi.decode(['address[]'], cat(word(32), word(2), word(1))), abi.AbiError, 'a short list');
});
