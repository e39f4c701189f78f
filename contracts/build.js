#!/usr/bin/env node
// Builds the contracts reproducibly with the solc pinned in package.json
// (the npm package "solc", exact version, locked in package-lock.json) and
// writes <name>.abi (JSON) and <name>.bin (hex creation code) for each
// contract into the output directory (default: build/).
//
//   node build.js [outdir]
//
// Settings are fixed here, not taken from the environment: via-IR, the
// optimizer, a pinned EVM version, and no metadata hash or CBOR trailer in
// the bytecode, so that comments and file paths do not change the output.
// Any compiler warning fails the build.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const CONTRACTS = ['BallotBox'];
const PINNED = require('./package.json').dependencies.solc;

const SETTINGS = {
  viaIR: true,
  optimizer: { enabled: true, runs: 10000 },
  evmVersion: 'cancun',
  metadata: { bytecodeHash: 'none', appendCBOR: false },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

function compile() {
  const sources = {};
  for (const name of CONTRACTS) {
    const file = name + '.sol';
    sources[file] = { content: fs.readFileSync(path.join(__dirname, file), 'utf8') };
  }
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  return JSON.parse(solc.compile(JSON.stringify(input)));
}

function check(output) {
  const problems = (output.errors || []).filter((e) => e.severity !== 'info');
  for (const e of problems) console.error(e.formattedMessage || e.message);
  if (problems.length > 0) {
    throw new Error(`solc reported ${problems.length} error(s) or warning(s)`);
  }
}

function write(output, outdir) {
  fs.mkdirSync(outdir, { recursive: true });
  for (const name of CONTRACTS) {
    const c = output.contracts[name + '.sol'][name];
    fs.writeFileSync(path.join(outdir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outdir, name + '.bin'), c.evm.bytecode.object + '\n');
  }
}

function main() {
  const version = solc.version();
  if (!version.startsWith(PINNED + '+')) {
    throw new Error(`solc ${version} is installed, package.json pins ${PINNED}: run npm ci`);
  }
  const outdir = path.resolve(process.argv[2] || path.join(__dirname, 'build'));
  const output = compile();
  check(output);
  write(output, outdir);
  console.log(`solc ${version}: wrote ${CONTRACTS.join(', ')} to ${outdir}`);
}

try {
  main();
} catch (e) {
  console.error('build.js: ' + e.message);
  process.exit(1);
}
