// The verifier reading a real chain node (./check starts `evote node` on
// the chain of an `evote demo` election and sets $EVOTE_TS_NODE,
// $EVOTE_TS_CONTRACT and $EVOTE_TS_RECORDS): it agrees with `evote verify
// --rpc` on the same node (every check's status, the re-derived record
// byte for byte), and through a hostile proxy in front of the node
// (malformed JSON, wrong types, logs of another address or event, out of
// order, a gap, a changed block, oversized answers) it stops with a
// ChainError naming the problem, never with a report. A node that refuses
// wide log queries or asks to slow down is still read to the end.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChain, ChainError, EVENTS, recordLog } from '../dist/lib.mjs';

const node = process.env.EVOTE_TS_NODE;
const contract = process.env.EVOTE_TS_CONTRACT;
const dir = process.env.EVOTE_TS_RECORDS;
const skip = node ? false : 'no chain node ($EVOTE_TS_NODE, with $EVOTE_TS_CONTRACT and $EVOTE_TS_RECORDS: see ./check)';

/**
 * Runs verifyChain, returning the report and the re-derived record's
 * bytes; the registration log's entries come from the demo's record (the
 * demo's registrar is gone), checked against the node's roots.
 */
async function verify(url, rpc = {}) {
  const parts = [];
  const log = recordLog([readFileSync(join(dir, 'demo', 'record.jsonl'))]);
  const rep = await verifyChain(url, contract, { out: (b) => parts.push(Buffer.from(b)), rpc: { backoffMs: 1, ...rpc }, log });
  return { rep, out: Buffer.concat(parts) };
}

/** The statuses `evote verify` printed (./check keeps its output in go-rpc.txt). */
function goStatuses() {
  return readFileSync(join(dir, 'go-rpc.txt'), 'utf8').split('\n').map((l) => l.match(/^\s*(\d+) (ok|FAIL|not run)\s/)).filter(Boolean).map((m) => m[2]);
}

test('agrees with evote verify --rpc on the same node', { skip }, async () => {
  const { rep, out } = await verify(node);
  assert.deepEqual(rep.checks.map((c) => c.status), goStatuses(), 'the status of every check');
  assert.equal(rep.ok, readFileSync(join(dir, 'go-rpc.status'), 'utf8').trim() === '0', 'the verdict');
  assert.ok(out.equals(readFileSync(join(dir, 'go-rpc.jsonl'))), 'the re-derived record is not Go\'s, byte for byte');
  assert.ok(out.equals(readFileSync(join(dir, 'demo', 'record.jsonl'))), 'the re-derived record is not the commission\'s');
});

test('the command line with --rpc', { skip }, () => {
  const cli = new URL('../dist/evote-verify.mjs', import.meta.url).pathname;
  const got = JSON.parse(execFileSync('node', [cli, '--rpc', node, '--contract', contract.toUpperCase().replace('0X', '0x'), '--from', '0', '--log', join(dir, 'demo', 'record.jsonl'), '--json', '--quiet', '--workers', '2']));
  assert.deepEqual(got.checks, goStatuses());
  assert.ok(got.ok);
});

/**
 * A JSON-RPC proxy in front of the node: edit(req, answer) may change the
 * parsed answer (or return {raw: string} for the body, {status, headers});
 * it sees every request.
 */
async function proxy(edit) {
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const d of req) body += d;
    const q = JSON.parse(body);
    const a = await fetch(node, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.json());
    const e = (await edit(q, a)) ?? a;
    res.writeHead(e.status ?? 200, { 'content-type': 'application/json', ...(e.headers ?? {}) });
    res.end(e.raw ?? JSON.stringify(e));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const isLogs = (q, e) => q.method === 'eth_getLogs' && q.params[0].topics[0] === e.topic;
const casts = (q, a) => isLogs(q, EVENTS.BallotCast) && Array.isArray(a.result) && a.result.length >= 2;

// Each hostile answer, and what the error must say.
const hostile = {
  'malformed JSON': [(q) => (q.method === 'eth_chainId' ? { raw: '{"jsonrpc":"2.0","id":' } : undefined), /not JSON/],
  'a result of the wrong type': [(q, a) => (q.method === 'eth_blockNumber' ? { ...a, result: 12 } : undefined), /not a hex quantity/],
  'the answer to another request': [(q, a) => (q.method === 'eth_chainId' ? { ...a, id: q.id + 1 } : undefined), /not the response to request/],
  'logs that are not a list': [(q, a) => (isLogs(q, EVENTS.TrusteeKeyPosted) ? { ...a, result: {} } : undefined), /not a list/],
  'a log of another address': [(q, a) => {
    if (casts(q, a)) a.result[1].address = '0x' + '11'.repeat(20);
  }, /not of the contract/],
  'a log of another event': [(q, a) => {
    if (isLogs(q, EVENTS.DealingPosted) && a.result.length) a.result[0].topics[0] = EVENTS.ComplaintPosted.topic;
  }, /topic 0 is not the one asked for/],
  'logs out of order': [(q, a) => {
    if (casts(q, a)) a.result.reverse();
  }, /not in chain order|where 0 was due/],
  'a log outside the blocks asked for': [(q, a) => {
    if (casts(q, a)) a.result[0].blockNumber = '0x' + (BigInt(q.params[0].toBlock) + 1n).toString(16);
  }, /outside the blocks asked for/],
  'a ballot left out': [(q, a) => {
    if (casts(q, a)) a.result.splice(1, 1);
  }, /gap or a repetition/],
  'the last ballots left out': [(q, a) => {
    if (casts(q, a)) a.result.pop();
  }, /BallotCast logs up to block \d+, but its ballotCount\(\) there is/],
  'a block with two hashes (a reorganisation)': [(q, a) => {
    const i = casts(q, a) ? a.result.findIndex((l, i) => i > 0 && l.blockNumber === a.result[i - 1].blockNumber) : -1;
    if (i > 0) a.result[i].blockHash = '0x' + 'ee'.repeat(32);
  }, /two hashes/],
  'a removed log': [(q, a) => {
    if (casts(q, a)) a.result[0].removed = true;
  }, /removed log/],
  'malformed event data': [(q, a) => {
    if (casts(q, a)) a.result[0].data += '00';
  }, /not 0x-hex data|BallotCast/],
  'a view of the wrong length': [(q, a) => (q.method === 'eth_call' ? { ...a, result: a.result + '00' } : undefined), /not whole|bytes/],
  'an oversized answer': [(q, a) => (q.method === 'eth_getLogs' ? { raw: JSON.stringify(a) + ' '.repeat(2 << 20) } : undefined), /longer than/],
  'a node behind the published result': [(q, a) => (q.method === 'eth_blockNumber' ? { ...a, result: '0x1' } : undefined), /no result published yet \(block 1\)/],
  'a malformed error': [(q, a) => (q.method === 'eth_chainId' ? { jsonrpc: '2.0', id: q.id, error: 'no' } : undefined), /malformed error/],
  'an HTTP error page': [(q) => (q.method === 'eth_chainId' ? { status: 403, raw: '<html>forbidden</html>' } : undefined), /not JSON/],
  'a node that never stops being busy': [(q) => (q.method === 'eth_chainId' ? { status: 503, raw: '' } : undefined), /HTTP 503/],
};

for (const [name, [edit, want]] of Object.entries(hostile)) {
  test(`a hostile node: ${name}`, { skip }, async () => {
    const p = await proxy(edit);
    try {
      await assert.rejects(verify(p.url, { maxBytes: 1 << 20, retries: 2 }), (e) => {
        assert.ok(e instanceof ChainError, `${e.constructor.name}: ${e.message}`);
        assert.match(e.message, want);
        return true;
      });
    } finally {
      p.close();
    }
  });
}

test('a node that refuses wide log queries, and one that asks to slow down, are read to the end', { skip }, async () => {
  let widest = 0n;
  let busy = 3;
  const p = await proxy((q) => {
    if (q.method === 'eth_blockNumber' && busy-- > 0) return { status: 429, headers: { 'retry-after': '0' }, raw: '' };
    if (q.method !== 'eth_getLogs') return undefined;
    const span = BigInt(q.params[0].toBlock) - BigInt(q.params[0].fromBlock) + 1n;
    if (span > 3n) return { jsonrpc: '2.0', id: q.id, error: { code: -32005, message: 'query returned more than 10000 results' } };
    // The reader's spans are powers of two (256, 128, …); a span of 3 is
    // a range that ends there by itself, e.g. from the result's block to
    // the head.
    if ((span & (span - 1n)) === 0n && span > widest) widest = span;
  });
  try {
    const { rep, out } = await verify(p.url);
    assert.ok(rep.ok);
    assert.equal(widest, 2n, 'spans are halved from 256 to 2 and stay there');
    assert.ok(out.equals(readFileSync(join(dir, 'go-rpc.jsonl'))));
  } finally {
    p.close();
  }
});
