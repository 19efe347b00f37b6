#!/usr/bin/env node
'use strict';
// Random response documents from the spec's response models, decoded by the official SDK and by
// rdscodec (JSON and XML), and rdscodec's own written documents decoded again (README.md,
// "Responses").
//
//   node gen_responses.js                  write responses.json (3 documents per operation)
//   node gen_responses.js --check          exit 1 when regenerating differs from responses.json
//   node gen_responses.js --run BIN        compare on responses.json through BIN (rdscodec_responses)
//   node gen_responses.js --run BIN --per-op 20 --seed ci-20     on fresh documents instead
//   --only Op1,Op2                         only these operations

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { readIr, coverage } = require('./gen_cases');
const { makeResponseCase, toJson, toXml, xmlView, deepDiff } = require('./lib/responses');
const sdk = require('./lib/sdk');
const rds = require('@alicloud/rds20140815');

const FILE = path.join(__dirname, 'responses.json');
const DEFAULT_SEED = 'rdscodec-responses-1';
const DEFAULT_PER_OP = 3;

// ---------------------------------------------------------------------------------------------
// Members of the spec's response models that SDK 15.4.0's models do not have (the spec is newer
// than the SDK): found by walking each IR model beside the SDK class's names() and types().
// The SDK drops them (cast copies only its own members); they are generated all the same, for
// rdscodec, and left out of the SDK comparison (sdkView). sdkView is the one place where the
// SDK's side differs; README.md, "Responses", lists what it removes and why.
function sdkBodyClass(op) {
  const name = op.requestClass.name.replace(/(Shrink)?Request$/, 'ResponseBody');
  const cls = rds[name];
  if (typeof cls !== 'function') throw new Error(`no SDK class ${name}`);
  return cls;
}

function sdkShape(type, sdkType) {
  // The SDK's view of an IR type: for objects, wire -> shape of the members the SDK has.
  if (type.kind === 'object') {
    const names = sdkType.names();
    const types = sdkType.types();
    const byWire = new Map(Object.entries(names).map(([m, w]) => [w, m]));
    const fields = new Map();
    for (const f of type.fields) {
      const m = byWire.get(f.wire);
      if (m !== undefined) fields.set(f.wire, sdkShape(f.type, types[m]));
    }
    return { kind: 'object', fields, all: type.fields.map((f) => f.wire) };
  }
  if (type.kind === 'array') return { kind: 'array', items: sdkShape(type.items, sdkType.itemType) };
  if (type.kind === 'map') return { kind: 'map', value: sdkShape(type.value, sdkType.valueType) };
  return { kind: 'scalar' };
}

function missingInSdk(shape, at, out) {
  if (shape.kind === 'object') {
    for (const w of shape.all) {
      if (!shape.fields.has(w)) out.push(`${at}${w}`);
      else missingInSdk(shape.fields.get(w), `${at}${w}.`, out);
    }
  } else if (shape.kind === 'array') missingInSdk(shape.items, at, out);
  else if (shape.kind === 'map') missingInSdk(shape.value, `${at}*.`, out);
}

function sdkView(shape, v) {
  if (v === null || v === undefined) return v;
  if (shape.kind === 'object') {
    const o = {};
    // A member whose value is null is left out as well: cast skips null values (core.js line
    // 551), so the SDK cannot tell an `any` member holding JSON null from an absent one;
    // rdscodec keeps that null as the JSON text `null`.
    for (const [w, x] of Object.entries(v)) if (shape.fields.has(w) && x !== null) o[w] = sdkView(shape.fields.get(w), x);
    return o;
  }
  if (shape.kind === 'array') return v.map((x) => sdkView(shape.items, x));
  if (shape.kind === 'map') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, sdkView(shape.value, x)]));
  return v;
}

// ---------------------------------------------------------------------------------------------
// What rdscodec's XML writer can say of a decoded value, and how its reader gives it back
// (server/writer.hpp, response/xml.hpp, both stated there): control characters other than tab,
// newline and carriage return become U+FFFD (XML 1.0 has none), empty lists write nothing, and
// an `any` value becomes elements (numbers and booleans their JSON text, null nothing, an empty
// object or array nothing: the reader then gives text, "", or leaves an array member out; an
// array of one item reads as that item). An `any` that is an array, or holds an array in an
// array, or a map key that is no element name, cannot be written: `unwritable`.
const UNWRITABLE = Symbol('unwritable');
// An element name: XML 1.0 (fifth edition) §2.3 Name, without ':' (Namespaces in XML 1.0:
// an NCName; the writer never makes a prefixed name), and not beginning with "xml" in any case
// (§2.3 reserves those).
const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const XML_NAME_RE = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`, 'u');
const XML_NAME = { test: (k) => XML_NAME_RE.test(k) && !/^xml/i.test(k) };

function fffd(s) {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd');
}

function anyXml(v) {
  if (v === null) return '';
  if (typeof v === 'string') return fffd(v);
  if (typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return UNWRITABLE; // an array is a member's repeated elements, never a whole value
  const keys = Object.keys(v);
  if (keys.length === 0) return '';
  const o = {};
  for (const k of keys) {
    if (!XML_NAME.test(k)) return UNWRITABLE;
    const x = v[k];
    if (Array.isArray(x)) {
      if (x.some((e) => Array.isArray(e))) return UNWRITABLE;
      const items = x.map((e) => anyXml(e));
      if (items.includes(UNWRITABLE)) return UNWRITABLE;
      if (items.length === 0) continue;
      o[k] = items.length === 1 ? items[0] : items;
    } else {
      const y = anyXml(x);
      if (y === UNWRITABLE) return UNWRITABLE;
      o[k] = y;
    }
  }
  return Object.keys(o).length === 0 ? '' : o;
}

function writtenXmlView(type, v) {
  switch (type.kind) {
    case 'string': return fffd(v);
    case 'any': return anyXml(v);
    case 'object': {
      const o = {};
      for (const f of type.fields) {
        if (v[f.wire] === undefined) continue;
        if (f.type.kind === 'array' && v[f.wire].length === 0) continue;
        const x = writtenXmlView(f.type, v[f.wire]);
        if (x === UNWRITABLE) return UNWRITABLE;
        o[f.wire] = x;
      }
      return o;
    }
    case 'array': {
      const a = v.map((x) => writtenXmlView(type.items, x));
      return a.includes(UNWRITABLE) ? UNWRITABLE : a;
    }
    case 'map': {
      const m = {};
      for (const [k, x] of Object.entries(v)) {
        if (!XML_NAME.test(k)) return UNWRITABLE;
        if (type.value.kind === 'array' && x.length === 0) continue;
        const y = writtenXmlView(type.value, x);
        if (y === UNWRITABLE) return UNWRITABLE;
        m[fffd(k)] = y;
      }
      return m;
    }
    default: return v;
  }
}

// rdscodec holds a list member as a std::vector, never std::optional (tools/codegen/README.md,
// the type table): an absent list and an empty one are the same value, which its writer writes
// as `[]` (JSON) or nothing (XML). Every comparison therefore sees an absent list member as [].
function listsAsEmpty(type, v) {
  if (v === null || v === undefined) return v;
  switch (type.kind) {
    case 'object': {
      const o = {};
      for (const f of type.fields) {
        if (v[f.wire] !== undefined) o[f.wire] = listsAsEmpty(f.type, v[f.wire]);
        else if (f.type.kind === 'array') o[f.wire] = [];
      }
      for (const k of Object.keys(v)) if (!(k in o)) o[k] = v[k];
      return o;
    }
    case 'array': return Array.isArray(v) ? v.map((x) => listsAsEmpty(type.items, x)) : v;
    case 'map': return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, listsAsEmpty(type.value, x)]));
    default: return v;
  }
}

// ---------------------------------------------------------------------------------------------
function generate({ perOp, seed, only }) {
  const ir = readIr();
  const { both, onlyInSpec, onlyInSdk, sdkOps } = coverage(ir);
  const sdkMissing = [];
  const cases = [];
  for (const op of both) {
    const shape = sdkShape(op.response, sdkBodyClass(sdkOps.get(op.name)));
    const missing = [];
    missingInSdk(shape, '', missing);
    for (const m of missing) sdkMissing.push({ operation: op.name, member: m });
    if (only && !only.has(op.name)) continue;
    for (let i = 0; i < perOp; i++) cases.push(makeResponseCase(op, i, seed));
  }
  return {
    ir,
    file: {
      format: 1,
      description: 'Response documents generated from the spec\'s response models; see tests/protocol/README.md, "Responses"',
      sdk: { package: '@alicloud/rds20140815', version: require('@alicloud/rds20140815/package.json').version },
      seed,
      perOperation: perOp,
      operations: only ? both.filter((o) => only.has(o.name)).length : both.length,
      onlyInSpec,
      onlyInSdk,
      notInSdkModel: sdkMissing,
      cases,
    },
  };
}

function serialize(file) {
  const { cases, ...head } = file;
  const lines = [];
  const headText = JSON.stringify(head, null, 1);
  lines.push(`${headText.slice(0, -2)},\n "cases": [`);
  cases.forEach((c, i) => lines.push(`  ${JSON.stringify(c)}${i + 1 < cases.length ? ',' : ''}`));
  lines.push(' ]\n}\n');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The comparison. For each document D (JSON text J = JSON.stringify(D), XML text X = toXml(D)):
//   1. the SDK's map of J equals D without the members its models lack (sdkView): the SDK reads
//      the document as generated;
//   2. rdscodec's decode of J, written as JSON (R), equals D; and the SDK's map of J equals R
//      without those members: the two decoders agree field by field;
//   3. rdscodec's decode of X equals xmlView(D) (XML documents only);
//   4. the SDK's map of R (rdscodec's written JSON) equals the SDK's map of J;
//   5. rdscodec's decode of R equals R;
//   6. rdscodec's decode of its written XML of R equals writtenXmlView(R) (or the writer refused
//      a value writtenXmlView calls unwritable, and only then).
// Numbers are compared as JavaScript doubles after JSON.parse (the SDK's own representation; the
// documents keep integers within 2^53 and floats exact in float32), objects in any member order.
async function run(bin, file, ir) {
  const opsByName = new Map(ir.operations.map((o) => [o.name, o]));
  const sdkOps = sdk.operations();
  const shapes = new Map();
  const records = [];
  const texts = [];
  for (const c of file.cases) {
    const op = opsByName.get(c.operation);
    const json = toJson(c.document, c.jsonEscaped);
    const xml = c.xml ? toXml(op, c.document, c.xmlPretty) : null;
    texts.push({ json, xml });
    const jb = Buffer.from(json, 'utf8');
    const xb = xml === null ? null : Buffer.from(xml, 'utf8');
    records.push(Buffer.from(`${c.operation}\t${jb.length}\t${xb === null ? -1 : xb.length}\n`), jb);
    if (xb) records.push(xb);
  }
  const out = execFileSync(bin, [], { input: Buffer.concat(records), maxBuffer: 1 << 30 }).toString('utf8');
  const lines = out.split('\n');
  if (lines.pop() !== '' || lines.length !== file.cases.length) throw new Error(`${bin}: ${lines.length} results for ${file.cases.length} documents`);
  const failures = [];
  const counts = { documents: 0, xml: 0, wrongType: 0, writtenXmlRefused: 0, checks: 0 };
  const fail = (c, what, d) => failures.push(`${c.id}: ${what}${d ? ` at ${d.at}: ${JSON.stringify(d.a)} vs ${JSON.stringify(d.b)}` : ''}`);
  for (let i = 0; i < file.cases.length; i++) {
    const c = file.cases[i];
    const op = opsByName.get(c.operation);
    if (!shapes.has(op.name)) shapes.set(op.name, sdkShape(op.response, sdkBodyClass(sdkOps.get(op.name))));
    const shape = shapes.get(op.name);
    const r = JSON.parse(lines[i]);
    counts.documents++;
    const sdkMap = await sdk.decodeResponse(op.name, texts[i].json);
    const check = (what, a, b) => {
      counts.checks++;
      const d = deepDiff(listsAsEmpty(op.response, a), listsAsEmpty(op.response, b));
      if (d) fail(c, what, d);
      return !d;
    };
    let doc = c.document;
    if (c.wrongType) {
      // A scalar of another JSON type than the spec's: the SDK converts it (its cast); rdscodec
      // reads an integer's decimal text as the integer and refuses the others, naming the member.
      counts.wrongType++;
      const w = c.wrongType;
      doc = { ...c.document, [w.wire]: w.sdk };
      if (w.rdscodec === 'refuse') {
        check('V. SDK map of a document with a wrong type', sdkMap, sdkView(shape, doc));
        const want = `${w.wire}: response field has the wrong type`;
        if (r.json.error === undefined || !r.json.error.includes(want)) fail(c, `V. rdscodec must refuse it (${want}): ${JSON.stringify(r.json).slice(0, 200)}`);
        continue;
      }
    }
    check('1. SDK map vs document', sdkMap, sdkView(shape, doc));
    if (r.json.error !== undefined) {
      fail(c, `2. rdscodec refused the JSON document: ${r.json.error}`);
      continue;
    }
    const R = r.json.ok;
    check('2. rdscodec JSON vs document', R, doc);
    check('2. SDK map vs rdscodec JSON', sdkMap, sdkView(shape, R));
    if (c.xml) {
      counts.xml++;
      if (r.xml.error !== undefined) fail(c, `3. rdscodec refused the XML document: ${r.xml.error}`);
      else check('3. rdscodec XML vs document', r.xml.ok, xmlView(op.response, c.document));
    }
    check('4. SDK map of rdscodec\'s written JSON vs SDK map of the document',
      await sdk.decodeResponse(op.name, JSON.stringify(R)), sdkMap);
    if (r.fromWrittenJson.error !== undefined) fail(c, `5. rdscodec refused its written JSON: ${r.fromWrittenJson.error}`);
    else check('5. rdscodec decode of its written JSON', r.fromWrittenJson.ok, R);
    const expectXml = writtenXmlView(op.response, R);
    if (r.writtenXml === null) {
      counts.writtenXmlRefused++;
      if (expectXml !== UNWRITABLE) fail(c, `6. rdscodec's XML writer refused: ${r.writtenXmlError}`);
    } else if (expectXml === UNWRITABLE) {
      fail(c, '6. rdscodec wrote XML for a value with no XML spelling');
    } else if (r.fromWrittenXml.error !== undefined) {
      fail(c, `6. rdscodec refused its written XML: ${r.fromWrittenXml.error}`);
    } else {
      check('6. rdscodec decode of its written XML', r.fromWrittenXml.ok, expectXml);
    }
  }
  return { failures, counts };
}

// ---------------------------------------------------------------------------------------------
async function main(argv) {
  let perOp = null;
  let seed = null;
  let check = false;
  let bin = null;
  let only = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--per-op') perOp = Number(argv[++i]);
    else if (a === '--seed') seed = argv[++i];
    else if (a === '--check') check = true;
    else if (a === '--run') bin = argv[++i];
    else if (a === '--only') only = new Set(argv[++i].split(','));
    else {
      process.stderr.write(`gen_responses.js: unknown argument ${a}\n`);
      return 2;
    }
  }
  if (perOp !== null && (!Number.isInteger(perOp) || perOp < 0)) {
    process.stderr.write('gen_responses.js: --per-op takes a count\n');
    return 2;
  }
  const t0 = Date.now();
  const fresh = bin === null || perOp !== null || seed !== null || only !== null;
  let file;
  let ir;
  if (fresh) {
    ({ file, ir } = generate({ perOp: perOp ?? DEFAULT_PER_OP, seed: seed ?? DEFAULT_SEED, only }));
  } else {
    file = JSON.parse(fs.readFileSync(FILE, 'utf8'));
    ir = readIr();
  }
  if (bin === null) {
    const text = serialize(file);
    if (check) {
      const old = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : null;
      const same = old === text;
      process.stderr.write(`gen_responses.js: ${file.cases.length} documents, ${same ? 'identical' : 'DIFFERS from responses.json'}, ${Date.now() - t0} ms\n`);
      return same ? 0 : 1;
    }
    fs.writeFileSync(FILE, text);
    process.stderr.write(`gen_responses.js: ${file.cases.length} documents, ${file.operations} operations, ${Date.now() - t0} ms\n`);
    return 0;
  }
  const { failures, counts } = await run(bin, file, ir);
  for (const f of failures.slice(0, process.env.RDSCODEC_RESPONSES_SHOW ? Number(process.env.RDSCODEC_RESPONSES_SHOW) : 50)) process.stderr.write(`FAIL ${f}\n`);
  process.stderr.write(`gen_responses.js --run: ${counts.documents} documents (${counts.xml} also as XML, ${counts.wrongType} with a scalar of another JSON type), ${file.operations} operations, ` +
    `${counts.checks} comparisons, ${counts.writtenXmlRefused} written-XML refusals (expected), ${failures.length} failures, ${Date.now() - t0} ms\n`);
  return failures.length ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((rc) => { process.exitCode = rc; }, (e) => {
    process.stderr.write(`gen_responses.js: ${e.stack || e}\n`);
    process.exitCode = 1;
  });
}

module.exports = { generate, serialize, sdkShape, sdkView, missingInSdk, writtenXmlView, UNWRITABLE, sdkBodyClass };
