'use strict';
// The stats block in README.md must be what `read_spec.js --stats` prints for the pinned spec,
// so the documented figures cannot drift from the reader.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { readSpec } = require('../lib/spec');
const { stats, formatStats } = require('../lib/stats');

const SPEC = path.join(__dirname, '..', '..', '..', 'spec', 'rds-20140815');

test('README.md stats block equals the --stats output', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const m = /## Stats as of the pinned spec[\s\S]*?```text\n([\s\S]*?)```/.exec(readme);
  assert.ok(m, 'README.md has a ```text block under "Stats as of the pinned spec"');
  const { ir, attrs } = readSpec(SPEC);
  const docs = JSON.parse(fs.readFileSync(path.join(SPEC, 'api-docs.json'), 'utf8'));
  assert.equal(m[1], formatStats(stats(ir, attrs, docs, SPEC)));
});
