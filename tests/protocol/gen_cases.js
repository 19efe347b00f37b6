#!/usr/bin/env node
'use strict';
// Generates request cases from the spec and captures what the official SDK sends for each.
//
//   node gen_cases.js                       write cases-v2.json and cases-v3.json (3 per operation)
//   node gen_cases.js --check               exit 1 when regenerating differs from those files
//   node gen_cases.js --per-op 50 --seed long-run --out-dir DIR    a longer run elsewhere
//   --only Op1,Op2                          only these operations
//
// The case file format is in README.md ("Case file").

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { makeCase, settableFields } = require('./lib/generate');
const sdk = require('./lib/sdk');

const ROOT = path.join(__dirname, '..', '..');
const DEFAULT_SEED = 'rdscodec-protocol-1';
const DEFAULT_PER_OP = 3;
const SIGNATURES = ['v2', 'v3'];

function readIr() {
  const text = execFileSync(process.execPath, [path.join(ROOT, 'tools', 'codegen', 'read_spec.js')], {
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  return JSON.parse(text);
}

// The two sides: operations of the spec and of the SDK, with why each one-sided one is.
function coverage(ir) {
  const sdkOps = sdk.operations();
  const specNames = new Set(ir.operations.map((o) => o.name));
  const onlyInSpec = [];
  const both = [];
  for (const op of ir.operations) {
    if (sdkOps.has(op.name)) both.push(op);
    else if (op.retired) onlyInSpec.push({ operation: op.name, why: `retired: only in ${op.source}, not in the current spec` });
    else onlyInSpec.push({ operation: op.name, why: `in ${op.source}, not in SDK 15.4.0` });
  }
  const onlyInSdk = [...sdkOps.keys()].filter((n) => !specNames.has(n)).map((n) => ({ operation: n, why: 'not in the spec' }));
  return { both, onlyInSpec, onlyInSdk, sdkOps };
}

async function generate({ perOp, seed, only }) {
  const ir = readIr();
  const { both, onlyInSpec, onlyInSdk, sdkOps } = coverage(ir);
  const files = {};
  const differences = [];
  for (const op of both) {
    const e = sdkOps.get(op.name);
    if (e.method !== op.method) {
      differences.push({ operation: op.name, what: 'method', spec: op.method, sdk: e.method });
    }
    const { skipped } = settableFields(op, new Set(Object.values(e.requestClass.names())));
    for (const s of skipped) differences.push({ operation: op.name, what: 'field not generated', wire: s.wire, why: s.why });
  }
  for (const signature of SIGNATURES) {
    const cases = [];
    for (const op of both) {
      if (only && !only.has(op.name)) continue;
      const e = sdkOps.get(op.name);
      const wires = new Set(Object.values(e.requestClass.names()));
      for (let i = 0; i < perOp; i++) {
        const kase = makeCase(op, wires, signature, i, seed);
        kase.expected = await sdk.capture(kase);
        cases.push(kase);
      }
    }
    files[signature] = {
      format: 1,
      description: 'HTTP requests the official RDS TypeScript SDK signs for cases generated from the spec; see tests/protocol/README.md',
      sdk: { package: '@alicloud/rds20140815', version: require('@alicloud/rds20140815/package.json').version },
      seed,
      perOperation: perOp,
      signature,
      operations: only ? both.filter((o) => only.has(o.name)).length : both.length,
      onlyInSpec,
      onlyInSdk,
      differences,
      cases,
    };
  }
  return files;
}

// One case per line: small diffs, and a reader can stream it.
function serialize(file) {
  const { cases, ...head } = file;
  const lines = [];
  const headText = JSON.stringify(head, null, 1);
  lines.push(`${headText.slice(0, -2)},\n "cases": [`);
  cases.forEach((c, i) => lines.push(`  ${JSON.stringify(c)}${i + 1 < cases.length ? ',' : ''}`));
  lines.push(' ]\n}\n');
  return lines.join('\n');
}

async function main(argv) {
  let perOp = DEFAULT_PER_OP;
  let seed = DEFAULT_SEED;
  let outDir = __dirname;
  let check = false;
  let only = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--per-op') perOp = Number(argv[++i]);
    else if (a === '--seed') seed = argv[++i];
    else if (a === '--out-dir') outDir = argv[++i];
    else if (a === '--check') check = true;
    else if (a === '--only') only = new Set(argv[++i].split(','));
    else {
      process.stderr.write(`gen_cases.js: unknown argument ${a}\n`);
      return 2;
    }
  }
  if (!Number.isInteger(perOp) || perOp < 0) {
    process.stderr.write('gen_cases.js: --per-op takes a count\n');
    return 2;
  }
  const t0 = Date.now();
  const files = await generate({ perOp, seed, only });
  if (!check) fs.mkdirSync(outDir, { recursive: true });
  let bad = 0;
  let n = 0;
  for (const signature of SIGNATURES) {
    const file = path.join(outDir, `cases-${signature}.json`);
    const text = serialize(files[signature]);
    n += files[signature].cases.length;
    if (check) {
      const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (old !== text) {
        process.stderr.write(`gen_cases.js: ${path.relative(ROOT, file)} differs from a fresh generation\n`);
        bad++;
      }
    } else {
      fs.writeFileSync(file, text);
    }
  }
  process.stderr.write(`gen_cases.js: ${n} cases, ${files.v3.operations} operations, ${Date.now() - t0} ms${check ? (bad ? ', DIFFERS' : ', identical') : ''}\n`);
  return bad ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((rc) => { process.exitCode = rc; }, (e) => {
    process.stderr.write(`gen_cases.js: ${e.stack || e}\n`);
    process.exitCode = 1;
  });
}

module.exports = { generate, serialize, readIr, coverage };
