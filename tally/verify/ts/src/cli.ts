// evote-verify-ts: the TypeScript verifier from the command line (Node).
//
//	node dist/evote-verify.mjs --record election.jsonl [--voters N] [--out FILE] [--json] [--quiet] [--workers N]
//	node dist/evote-verify.mjs --rpc URL --contract 0x… (--registrar URL | --log RECORD) [--from BLOCK] [same flags]
//
// With --rpc it re-derives the record from the chain node's JSON-RPC
// (eth_getLogs, eth_call) and compares the result and the record hash
// with the contract's, as `evote verify --rpc` does; the registration
// log's entries, which the chain holds only the roots of, come from the
// registrar (--registrar) or a record (--log).
//
// Ballots are checked by --workers threads (default: one per core; 0: in
// the main thread).
//
// Prints the numbered checks as `evote verify` does; exit status 0 if every
// check holds, 1 if one fails or the record cannot be read, 2 for bad usage.

import './node.js';
import { createReadStream, openSync, writeSync, closeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { recordLog, registrarLog } from './logcheck.js';
import { workerPool } from './pool.js';
import { printReport, verifyRecord } from './verify.js';
import { ChainOptions, verifyChain } from './verifychain.js';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        record: { type: 'string' }, voters: { type: 'string' }, out: { type: 'string' },
        json: { type: 'boolean' }, quiet: { type: 'boolean' }, workers: { type: 'string' },
        rpc: { type: 'string' }, contract: { type: 'string' }, from: { type: 'string' },
        registrar: { type: 'string' }, log: { type: 'string' },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`evote-verify-ts: ${(e as Error).message}\n`);
    return 2;
  }
  if (!args.record === !args.rpc || (args.rpc && (!args.contract || !args.registrar === !args.log)) || (args.from && !/^[0-9]+$/.test(args.from))) {
    process.stderr.write('usage: evote-verify-ts (--record FILE | --rpc URL --contract ADDRESS (--registrar URL | --log RECORD) [--from BLOCK]) [--voters N] [--out FILE] [--json] [--quiet] [--workers N]\n');
    return 2;
  }
  const fd = args.out ? openSync(args.out, 'wx') : undefined;
  const n = args.workers === undefined ? availableParallelism() : Number(args.workers);
  const pool = n > 0 ? workerPool(n, new URL('./worker.mjs', import.meta.url)) : undefined;
  const start = performance.now();
  let last = 0;
  try {
    const opts: ChainOptions = {
      voters: args.voters ? BigInt(args.voters) : undefined,
      checker: pool?.checker,
      out: fd === undefined ? undefined : (b) => writeSync(fd, b),
      progress: args.quiet ? undefined : (done, total) => {
        const now = performance.now();
        if (now - last > 1000 || done === total) {
          last = now;
          process.stderr.write(`\rballots ${done}/${total} (${Math.round(done / ((now - start) / 1000))}/s)${done === total ? '\n' : ''}`);
        }
      },
      from: args.from ? BigInt(args.from) : undefined,
      log: args.registrar ? registrarLog(args.registrar) : args.log ? recordLog(createReadStream(args.log, { highWaterMark: 1 << 20 })) : undefined,
    };
    const rep = args.rpc
      ? await verifyChain(args.rpc, args.contract!, opts)
      : await verifyRecord(createReadStream(args.record!, { highWaterMark: 1 << 20 }), opts);
    const ms = Math.round(performance.now() - start);
    if (args.json) {
      process.stdout.write(JSON.stringify({
        ok: rep.ok, checks: rep.checks.map((c) => c.status), counts: rep.counts?.map((q) => q.map(String)) ?? null,
        districts: rep.districts?.map((d) => `${d.district}:${d.roll}:${d.issued}`) ?? null,
        derivedHash: rep.derivedHash, ms,
      }) + '\n');
    } else {
      process.stdout.write(printReport(rep) + `verified in ${ms}ms\n`);
    }
    return rep.ok ? 0 : 1;
  } catch (e) {
    if (args.json) process.stdout.write(JSON.stringify({ error: (e as Error).message }) + '\n');
    process.stderr.write(`evote-verify-ts: ${(e as Error).message}\n`);
    return 1;
  } finally {
    if (fd !== undefined) closeSync(fd);
    await pool?.close();
  }
}

main().then((code) => process.exit(code));
