'use strict';
// Summary of the IR: the figures the header generator and the C++ field model are sized by.

const path = require('path');
const { snakeCase, isCppKeyword } = require('./names');
const { parseFile } = require('./spec');

// The parameters the V2 signer writes itself (include/rdscodec/detail/v2_common.hpp, v2_common_table)
// and the signature.
const V2_COMMON = new Set(['AccessKeyId', 'Action', 'Format', 'SecurityToken', 'SignatureMethod',
  'SignatureNonce', 'SignatureVersion', 'Timestamp', 'Version', 'Signature']);

function inc(map, key, n = 1) { map[key] = (map[key] || 0) + n; }

function typeName(t) {
  if (t.kind === 'array') return `array<${typeName(t.items)}>`;
  if (t.kind === 'map') return `map<string,${typeName(t.value)}>`;
  if (t.kind === 'object') return 'object';
  return t.kind;
}

// Every attribute name written on any model field of a file, with counts (not only the
// operations the IR keeps: the older snapshots hold many more).
function attributeCensus(file) {
  const ast = parseFile(file);
  const counts = {};
  const visitType = (v) => {
    if (!v) return;
    if (v.type === 'modelBody') visitBody(v);
    if (v.fieldItemType) visitType(v.fieldItemType);
    if (v.valueType) visitType(v.valueType);
    if (v.type === 'fieldType' && v.fieldType && typeof v.fieldType === 'object') visitType(v.fieldType);
  };
  const visitBody = (b) => {
    for (const f of b.nodes) {
      for (const a of f.attrs || []) inc(counts, a.attrName.lexeme);
      visitType(f.fieldValue);
    }
  };
  for (const n of ast.moduleBody.nodes) if (n.type === 'model') visitBody(n.modelBody);
  return counts;
}

function stats(ir, attrsUsed, docs, specDir) {
  const s = {
    operations: ir.operations.length,
    current: ir.operations.filter((o) => !o.retired).length,
    retired: ir.operations.filter((o) => o.retired).map((o) => `${o.name} (${o.source})`),
    deprecated: ir.operations.filter((o) => o.deprecated).map((o) => o.name),
    methods: {}, reqBodyType: {}, bodyIsForm: {}, bodyType: {},
    positions: {}, styles: {}, shrink: {},
    requestTypes: {}, responseTypes: {},
    requestLimits: {},
    maxDepth: { depth: 0, where: '' },
    maxContainerDepth: { depth: 0, where: '' },
    maxFields: { count: 0, where: '' },
    objectsOver64: [],
    requestStructured: { ops: 0 },
    lowerWire: [],
    snakeCollisions: [],
    keywords: [],
    notIdentifier: [],
    commonClash: {},
    nestedRequired: 0,
    responseRequired: [],
    styleByType: {},
    emptySummary: 0,
    requiredRequest: 0,
    bodyOps: [], hostOps: [],
    docsMissingFromSpec: [], specMissingFromDocs: [],
    attrsUsed,
    attrsAll: {},
  };

  // Walks a list of fields of one object (its path given) and everything under it.
  const visitFields = (op, where, fields, side, depth, cdepth) => {
    if (fields.length > s.maxFields.count) s.maxFields = { count: fields.length, where: `${op.name}: ${where}` };
    if (fields.length > 64) s.objectsOver64.push(`${op.name}: ${where} (${fields.length})`);
    const bySnake = new Map();
    for (const f of fields) {
      if (f.required && side === 'response') s.responseRequired.push(`${op.name}: ${where}.${f.member}`);
      if (f.required && side === 'request' && depth > 0) s.nestedRequired++;
      const sn = snakeCase(f.member);
      if (bySnake.has(sn)) s.snakeCollisions.push(`${op.name}: ${where}: ${bySnake.get(sn)} / ${f.member} -> ${sn}`);
      bySnake.set(sn, f.member);
      if (isCppKeyword(sn)) s.keywords.push(`${op.name}: ${where}.${f.member} -> ${sn}`);
      if (!/^[a-z_][a-z0-9_]*$/.test(sn)) s.notIdentifier.push(`${op.name}: ${where}.${f.member} -> ${sn}`);
      if (!/^[A-Z]/.test(f.wire)) s.lowerWire.push(`${op.name}: ${where}.${f.member} wire '${f.wire}'`);
      inc(side === 'request' ? s.requestTypes : s.responseTypes, typeName(f.type));
      visitType(op, `${where}.${f.member}`, f.type, side, depth, cdepth);
    }
  };
  const visitType = (op, where, t, side, depth, cdepth) => {
    if (t.kind === 'object') {
      const d = depth + 1;
      const c = cdepth + 1;
      if (side === 'response' && d > s.maxDepth.depth) s.maxDepth = { depth: d, where: `${op.name}: ${where}` };
      if (side === 'response' && c > s.maxContainerDepth.depth) s.maxContainerDepth = { depth: c, where: `${op.name}: ${where}` };
      visitFields(op, where, t.fields, side, d, c);
    } else if (t.kind === 'array') {
      const c = cdepth + 1;
      if (side === 'response' && c > s.maxContainerDepth.depth) s.maxContainerDepth = { depth: c, where: `${op.name}: ${where}[]` };
      visitType(op, `${where}[]`, t.items, side, depth, c);
    } else if (t.kind === 'map') {
      visitType(op, `${where}{}`, t.value, side, depth, cdepth + 1);
    }
  };

  for (const op of ir.operations) {
    inc(s.methods, op.method);
    inc(s.reqBodyType, op.reqBodyType);
    inc(s.bodyIsForm, String(op.bodyIsForm));
    inc(s.bodyType, op.bodyType);
    if (!op.summary) s.emptySummary++;
    let structured = false;
    for (const f of op.request) {
      inc(s.positions, String(f.position));
      inc(s.styles, String(f.style));
      inc(s.shrink, String(f.shrink));
      if (f.required) s.requiredRequest++;
      if (f.style) inc(s.styleByType, `${f.style} ${typeName(f.type)} in ${f.position}`);
      for (const k of Object.keys(f.limits)) inc(s.requestLimits, k);
      if (f.style === 'repeatList') structured = true;
      if (f.position === 'Body' && !s.bodyOps.includes(op.name)) s.bodyOps.push(op.name);
      if (V2_COMMON.has(f.wire)) {
        if (!s.commonClash[f.wire]) s.commonClash[f.wire] = [];
        s.commonClash[f.wire].push(op.name);
      }
      if (f.position === 'Host') s.hostOps.push(`${op.name}.${f.wire}`);
    }
    if (structured) s.requestStructured.ops++;
    visitFields(op, op.requestModel, op.request, 'request', 0, 0);
    // the body object itself is depth 1
    visitType(op, op.response.name, op.response, 'response', 0, 0);
  }

  const docOps = new Set(Object.keys(docs.apis));
  const specOps = new Set(ir.operations.map((o) => o.name));
  s.docsMissingFromSpec = [...docOps].filter((n) => !specOps.has(n)).sort();
  s.specMissingFromDocs = [...specOps].filter((n) => !docOps.has(n)).sort();
  for (const f of ['main.dara', 'main-2023-10-19.dara', 'main-2023-10-19.tea']) {
    s.attrsAll[f] = attributeCensus(path.join(specDir, f));
  }
  return s;
}

function formatStats(s) {
  const out = [];
  const kv = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  const list = (title, items, compact = false) => {
    out.push(`${title}: ${items.length}`);
    if (!compact) {
      for (const i of items) out.push(`  ${i}`);
      return;
    }
    let l = ' ';
    for (const i of items) {
      if (l.length + i.length > 98) { out.push(l); l = ' '; }
      l += ` ${i}`;
    }
    if (l.trim()) out.push(l);
  };
  out.push(`operations: ${s.operations} (${s.current} current + ${s.retired.length} retired)`);
  out.push(`retired: ${s.retired.join(', ')}`);
  out.push(`deprecated: ${s.deprecated.join(', ')}`);
  out.push(`methods: ${kv(s.methods)}`);
  out.push(`reqBodyType: ${kv(s.reqBodyType)}; bodyIsForm: ${kv(s.bodyIsForm)}; bodyType: ${kv(s.bodyType)}`);
  out.push(`operations with Body fields: ${s.bodyOps.join(', ')}`);
  out.push(`Host fields: ${s.hostOps.join(', ')}`);
  out.push(`request fields (top level): positions ${kv(s.positions)}`);
  out.push(`  styles ${kv(s.styles)}`);
  out.push(`  shrink= ${kv(s.shrink)}`);
  out.push(`  required ${s.requiredRequest}; limits ${kv(s.requestLimits)}`);
  out.push(`  required below the top level (inside list items or objects): ${s.nestedRequired}`);
  out.push(`  styled fields by style, type and position: ${kv(s.styleByType)}`);
  out.push(`operations with a repeatList field: ${s.requestStructured.ops}`);
  out.push(`request field types (all levels): ${kv(s.requestTypes)}`);
  out.push(`response field types (all levels): ${kv(s.responseTypes)}`);
  out.push(`max response object depth (body = 1, arrays not counted): ${s.maxDepth.depth} at ${s.maxDepth.where}`);
  out.push(`max response container depth (body = 1, objects and arrays counted): ${s.maxContainerDepth.depth} at ${s.maxContainerDepth.where}`);
  out.push(`max fields in one object: ${s.maxFields.count} at ${s.maxFields.where}`);
  list('objects with more than 64 fields', s.objectsOver64);
  out.push(`operations whose doc comment yields no prose summary: ${s.emptySummary}`);
  list('response fields written required (no ?)', s.responseRequired);
  list('wire names not starting with an upper-case letter', s.lowerWire);
  list('snake_case collisions within one object', s.snakeCollisions);
  list('snake_case names that are C++ keywords', s.keywords);
  list('snake_case names that are not plain identifiers', s.notIdentifier);
  list('in api-docs.json, not in the spec', s.docsMissingFromSpec);
  list('in the spec, not in api-docs.json', s.specMissingFromDocs, true);
  for (const [w, ops] of Object.entries(s.commonClash)) {
    list(`request fields whose wire name is the V2 common parameter ${w}`, ops, true);
  }
  for (const [f, m] of Object.entries(s.attrsUsed)) out.push(`attributes on the fields the IR reads, ${f}: ${kv(m)}`);
  for (const [f, m] of Object.entries(s.attrsAll)) out.push(`attributes on all model fields, ${f}: ${kv(m)}`);
  return out.join('\n') + '\n';
}

module.exports = { stats, formatStats };
