#!/usr/bin/env node
'use strict';
// Reads spec/rds-20140815/ with the official Darabonba parser and prints the intermediate
// representation (IR) the header generator consumes, or a summary of it.
//
//   node tools/codegen/read_spec.js                 IR as JSON on stdout
//   node tools/codegen/read_spec.js --out FILE      IR as JSON into FILE
//   node tools/codegen/read_spec.js --stats         summary (see README.md)
//   --spec DIR                                      another spec folder (default: spec/rds-20140815)

const fs = require('fs');
const path = require('path');
const { readSpec } = require('./lib/spec');
const { stats, formatStats } = require('./lib/stats');

function main(argv) {
  let specDir = path.join(__dirname, '..', '..', 'spec', 'rds-20140815');
  let out = null;
  let wantStats = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stats') wantStats = true;
    else if (a === '--out') out = argv[++i];
    else if (a === '--spec') specDir = argv[++i];
    else {
      process.stderr.write(`read_spec.js: unknown argument ${a}\n`);
      return 2;
    }
  }
  const { ir, attrs } = readSpec(specDir);
  if (wantStats) {
    const docs = JSON.parse(fs.readFileSync(path.join(specDir, 'api-docs.json'), 'utf8'));
    process.stdout.write(formatStats(stats(ir, attrs, docs, specDir)));
    return 0;
  }
  const text = JSON.stringify(ir, null, 1) + '\n';
  if (out) fs.writeFileSync(out, text);
  else process.stdout.write(text);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
