#!/usr/bin/env node
'use strict';
// Writes include/rdscodec/rds/<snake_name>.hpp for every current operation of the pinned spec,
// and include/rdscodec/rds/registry.hpp, from the IR of lib/spec.js and the declarative
// refinements in overrides.json. Usage (from anywhere):
//
//   node tools/codegen/generate.js            write the headers, delete stale ones
//   node tools/codegen/generate.js --check    exit 1 when the committed headers differ from
//                                             what would be written (missing, stale, changed)
//
// The output depends only on the spec files and overrides.json: operations, types and fields are
// emitted in a fixed order (see README.md), so two runs give the same bytes.

const fs = require('fs');
const path = require('path');
const { readSpec } = require('./lib/spec');
const { snakeCase, isCppKeyword } = require('./lib/names');
const { Refiner, RefineError } = require('./lib/refine');

const ROOT = path.resolve(__dirname, '..', '..');
const SPEC_DIR = path.join(ROOT, 'spec', 'rds-20140815');
const INCLUDE_DIR = path.join(ROOT, 'include', 'rdscodec');
const OUT_DIR = path.join(INCLUDE_DIR, 'rds');
// The endpoint map, beside the signer that uses it (request/endpoint.hpp), not with the operations.
const ENDPOINT_MAP = 'request/endpoint_map.hpp';
const OVERRIDES = path.join(__dirname, 'overrides.json');
const DO_NOT_EDIT = 'by tools/codegen/generate.js \u2014 do not edit';

class GenError extends Error {}

// ---- paging -------------------------------------------------------------------------------
// How an operation pages, from its field names (client/paging.hpp acts on what this emits):
// - by page number: the request has PageNumber and PageSize, the response one of the totals
//   below, which count items (TotalSize, TotalFileSize and the like count bytes and do not
//   qualify); the next page exists while PageNumber x PageSize < the total;
// - by token: the request and the response both have NextToken; the next page exists while
//   the response's NextToken is not empty.
// Each field must be an integer or a decimal string (checked here).
const PAGE_TOTALS = ['TotalRecordCount', 'TotalCount', 'TotalRecords', 'TotalRecordCounts'];

function paging(op, request) {
  const rq = new Map(request.map((f) => [f.wire, f]));
  const rs = new Map(op.response.fields.map((f) => [f.wire, f]));
  const numeric = (f) => f && ['int32', 'long', 'string'].includes(f.type.kind);
  let total = '';
  if (rq.has('PageNumber') && rq.has('PageSize')) {
    const t = PAGE_TOTALS.find((w) => rs.has(w));
    if (t) {
      for (const f of [rq.get('PageNumber'), rq.get('PageSize'), rs.get(t)]) {
        if (!numeric(f)) throw new GenError(`${op.name}: paging field ${f.wire} is a ${f.type.kind}`);
      }
      total = t;
    }
  }
  const token = rq.has('NextToken') && rs.has('NextToken');
  if (token && (rq.get('NextToken').type.kind !== 'string' || rs.get('NextToken').type.kind !== 'string')) {
    throw new GenError(`${op.name}: NextToken is not a string`);
  }
  return { total, token };
}

// ---- read-only operations ------------------------------------------------------------------
// Whether an operation only reads (so a retry cannot apply anything twice). Two sources must
// agree, and where they do not the operation counts as changing something (the safe side for a
// retry policy):
// - its action begins with a reading verb: Describe (and Descibe, as the spec spells one action),
//   List, Check, Query, Get, Calculate, Evaluate, PreCheck;
// - Alibaba's own metadata, where api-docs.json documents the operation (286 of them):
//   `systemTags.operationType` "get" or "list" (its other flag, `operationType`, says "read" for
//   StopDBInstance and is not used). It says "get" for three operations whose names change
//   things (CreateOrderForDeleteDBNodes deletes nodes, ConfirmNotify, and
//   UpgradeDBInstanceMajorVersionPrecheck, which starts a task): those are not read-only.
let docsCache = null;
const READ_PREFIX = /^(Describe|Descibe|List|Check|Query|Get|Calculate|Evaluate|PreCheck)[A-Z]/;

function readOnly(op) {
  if (!docsCache) docsCache = JSON.parse(fs.readFileSync(path.join(SPEC_DIR, 'api-docs.json'), 'utf8')).apis;
  const doc = docsCache[op.name];
  const tag = doc && doc.systemTags && doc.systemTags.operationType;
  if (typeof tag === 'string' && !['get', 'list', 'create', 'update', 'delete', 'none'].includes(tag)) {
    throw new GenError(`api-docs.json: ${op.name}: unknown systemTags.operationType '${tag}'`);
  }
  const m = READ_PREFIX.exec(op.name);
  const name = m ? `the action begins with ${m[1]}` : 'the action does not begin with a reading verb';
  const docs = typeof tag === 'string' ? `api-docs.json systemTags.operationType "${tag}"` : 'not in api-docs.json';
  const tagReads = typeof tag !== 'string' || tag === 'get' || tag === 'list';
  return { value: Boolean(m) && tagReads, why: `${name}; ${docs}` };
}

// Byte order of ASCII strings (all wire and operation names are ASCII; checked below).
function byteCompare(a, b) {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
}

// An identifier for a member or a type: snake_case, with a trailing '_' for a C++ keyword.
function ident(name) {
  const s = snakeCase(name);
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new GenError(`'${name}' gives no identifier ('${s}')`);
  return isCppKeyword(s) ? `${s}_` : s;
}

// ---- overrides ----------------------------------------------------------------------------

function loadOverrides(given) {
  const o = given !== undefined ? given : JSON.parse(fs.readFileSync(OVERRIDES, 'utf8'));
  const known = new Set(['$comment', 'omit_request_fields', 'skip_operations', 'refine_fields', 'add_request_fields',
    'response_order', 'checks', 'enums', 'legacy_names']);
  for (const k of Object.keys(o)) if (!known.has(k)) throw new GenError(`overrides.json: unknown key '${k}'`);
  const omit = (o.omit_request_fields || []).map((r) => {
    if (typeof r.wire !== 'string' || !r.why) throw new GenError('overrides.json: omit_request_fields needs wire and why');
    const ops = r.operations === '*' ? null : new Set(r.operations);
    return { wire: r.wire, ops, expect: r.expect, why: r.why, used: 0 };
  });
  const skip = new Map();
  for (const s of o.skip_operations || []) {
    if (typeof s.name !== 'string' || !s.why) throw new GenError('overrides.json: skip_operations needs name and why');
    skip.set(s.name, { why: s.why, used: false });
  }
  return { omit, skip, refiner: new Refiner(o) };
}

// ---- C++ text -----------------------------------------------------------------------------

function cppString(s) {
  if (!/^[\x20-\x7e]*$/.test(s) || /["\\?]/.test(s)) throw new GenError(`name not plain ASCII: ${JSON.stringify(s)}`);
  return `"${s}"`;
}

// A limit: a number, or (beyond 2^53) its exact decimal text (lib/spec.js); within int64.
function intLiteral(v, what) {
  const text = typeof v === 'string' ? v : String(v);
  if (!/^-?[0-9]+$/.test(text) || (typeof v === 'number' && !Number.isSafeInteger(v))) {
    throw new GenError(`${what}: limit ${v} is not an exact integer`);
  }
  const b = BigInt(text);
  if (b < -(2n ** 63n) + 1n || b > 2n ** 63n - 1n) throw new GenError(`${what}: limit ${text} is outside int64`);
  return text;
}

// A comment line's text: printable ASCII, no backslash (a trailing one would splice the next
// line), no '??' (a trigraph in older modes).
function commentText(s) {
  return s.replace(/\\(.)/g, '$1').replace(/\\/g, '').replace(/\?\?/g, '? ?').replace(/[^\x20-\x7e]/g, '');
}

function wrap(text, width) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else {
      cur = cur ? `${cur} ${w}` : w;
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

// ---- one operation --------------------------------------------------------------------------

// Names the nested object types of one operation. Types are named after the last segment of the
// spec's model path (`AddTagsToResourceRequest.tag` -> `tag`) or, for a named model, after the
// model; a name already taken in the operation's namespace (`request`, `response`, an earlier
// type) gets `_2`, `_3`, ... in the order the types are first reached (request fields in spec
// order, then the response).
class TypeNamer {
  constructor() {
    this.byModel = new Map(); // model path -> { name, fields, side }
    this.taken = new Set(['request', 'response']);
    this.order = []; // post-order: a type after every type it uses
  }

  visit(type, side) {
    if (type.kind === 'array' || type.kind === 'list') return this.visit(type.items, side);
    if (type.kind === 'map') return this.visit(type.value, side);
    if (type.kind !== 'object') return;
    const known = this.byModel.get(type.name);
    if (known) {
      if (JSON.stringify(known.fields.map((f) => f.wire)) !== JSON.stringify(type.fields.map((f) => f.wire)) ||
          known.side !== side) {
        throw new GenError(`model ${type.name} is reached with two shapes`);
      }
      return;
    }
    const segs = type.name.split('.');
    const base = ident(segs[segs.length - 1]);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    const entry = { name, fields: type.fields, side, model: type.name };
    this.byModel.set(type.name, entry);
    for (const f of type.fields) this.visit(f.type, side);
    this.order.push(entry);
  }
}

function memberNames(fields, where) {
  const seen = new Map();
  return fields.map((f) => {
    const m = f.cppMember !== undefined ? f.cppMember : ident(f.member);
    if (seen.has(m)) throw new GenError(`${where}: members ${seen.get(m)} and ${f.member} are both '${m}'`);
    seen.set(m, f.member);
    return m;
  });
}

// The C++ type of a spec type. `local` names the nested types; `clash` is the set of member
// names of the struct being declared: a type whose name is also a member name there is written
// fully qualified (an unqualified use followed by a member of that name would change the meaning
// of the name inside the class, which C++ forbids).
function cppType(type, ctx) {
  switch (type.kind) {
    case 'string':
    case 'bytes': return 'std::string';
    case 'boolean': return 'bool';
    case 'int32': return 'std::int32_t';
    case 'long': return 'std::int64_t';
    // The spec's float as a C++ double: the TypeScript SDK holds a JS number (a double) and sends
    // its Number::toString; a C++ float would keep ~7 significant digits of what the service sends
    // (prices such as 1234567.89 came back as 1234567.875).
    case 'float': return 'double';
    case 'double': return 'double';
    case 'any': return 'raw_json';
    case 'array':
    case 'list': return `std::vector<${cppType(type.items, ctx)}>`;
    case 'map':
      if (type.key !== 'string') throw new GenError('map key is not a string');
      return `std::map<std::string, ${cppType(type.value, ctx)}>`;
    case 'object': {
      const name = ctx.namer.byModel.get(type.name).name;
      return ctx.clash.has(name) ? `::rdscodec::rds::${ctx.ns}::${name}` : name;
    }
    default: throw new GenError(`type ${type.kind} has no C++ type`);
  }
}

function isListLike(type) {
  return type.kind === 'array' || type.kind === 'list';
}

// Members of a struct. Request side: a field is std::optional unless the spec marks it required.
// Response side: the same, except that a std::vector is never wrapped (an absent list decodes
// as an empty one). A member with a `default` (overrides.json) gets it as its initializer; a
// field an enum rule names gets the accessor that classifies it.
function structText(name, fields, side, ctx, where, enums) {
  const members = memberNames(fields, where);
  const clash = new Set(members);
  const out = [`struct ${name} {`];
  fields.forEach((f, i) => {
    let t = cppType(f.type, { ...ctx, clash });
    const wrapOptional = !f.required && !(side === 'response' && isListLike(f.type));
    if (wrapOptional) t = `std::optional<${t}>`;
    let init = '';
    if (f.cppDefault !== undefined) {
      if (wrapOptional || (f.type.kind !== 'int32' && f.type.kind !== 'long')) {
        throw new GenError(`${where}.${f.wire}: a default is for a required integer`);
      }
      init = ` = ${intLiteral(f.cppDefault, where)}`;
    }
    out.push(`  ${t} ${members[i]}${init};`);
  });
  for (const e of enums.filter((x) => x.owner === fields)) {
    const m = members[fields.indexOf(e.field)];
    if (clash.has(e.rule.accessor)) throw new GenError(`${where}: accessor ${e.rule.accessor} is a member`);
    out.push('');
    out.push(`  /// ${m} classified (tools/codegen/overrides.json: enums).`);
    out.push(`  ${e.rule.name} ${e.rule.accessor}() const noexcept {`);
    out.push(e.field.required ? `    return ${e.rule.parse}(${m});`
      : `    return ${m} ? ${e.rule.parse}(*${m}) : ${e.rule.name}::${e.rule.unknown};`);
    out.push('  }');
  }
  out.push('};');
  return { text: out.join('\n'), members };
}

// The enum of an `enums` rule, its parse function (every spelling of a value) and to_string (the
// first spelling; "" for the unknown value).
function enumText(rule) {
  const L = [];
  const ids = [...rule.values.map((v) => v.id), rule.unknown];
  L.push(`/// ${rule.field.split('.').pop()} (tools/codegen/overrides.json: enums). A text no value spells is`);
  L.push(`/// ${rule.unknown}, never an error.`);
  L.push(`enum class ${rule.name} { ${ids.join(', ')} };`, '');
  L.push(`/// The value a text spells (exact, case-sensitive); ${rule.name}::${rule.unknown} for any other text.`);
  L.push(`constexpr ${rule.name} ${rule.parse}(std::string_view s) noexcept {`);
  for (const v of rule.values) {
    const cond = [v.text, ...(v.also || [])].map((t) => `s == ${cppString(t)}`).join(' || ');
    L.push(`  if (${cond}) return ${rule.name}::${v.id};`);
  }
  L.push(`  return ${rule.name}::${rule.unknown};`, '}', '');
  L.push(`/// The first spelling of a value; "" for ${rule.unknown}.`);
  L.push(`constexpr std::string_view to_string(${rule.name} v) noexcept {`, '  switch (v) {');
  for (const v of rule.values) L.push(`    case ${rule.name}::${v.id}: return ${cppString(v.text)};`);
  L.push(`    case ${rule.name}::${rule.unknown}: return "";`, '  }', '  return "";', '}');
  return L.join('\n');
}

// One field descriptor: field<&Owner::member>{"Wire", presence, min, max}.length(..).with(..).
function fieldText(owner, member, f, side, where) {
  const lim = f.limits || {};
  if (f.type.kind === 'list') {
    if (f.required || f.alias !== undefined) throw new GenError(`${where}.${f.wire}: a list is optional, without alias`);
    return `list_field<&${owner}::${member}>{${cppString(f.wire)}, ${cppString(f.type.itemName)}}`;
  }
  const optionalMember = !f.required && !(side === 'response' && f.type.kind === 'array');
  const pres = f.required ? 'presence::required' : 'presence::optional';
  if (!optionalMember && !f.required && side !== 'response') throw new GenError(`${where}: presence`);
  let args = `${cppString(f.wire)}, ${pres}`;
  const hasMin = lim.minimum !== undefined;
  const hasMax = lim.maximum !== undefined;
  if (hasMin || hasMax) {
    if (f.type.kind !== 'int32' && f.type.kind !== 'long') throw new GenError(`${where}.${f.wire}: range on ${f.type.kind}`);
    const lo = hasMin ? intLiteral(lim.minimum, where) : 'std::numeric_limits<std::int64_t>::min()';
    args += `, ${lo}`;
    if (hasMax || f.alias !== undefined) {
      args += `, ${hasMax ? intLiteral(lim.maximum, where) : 'std::numeric_limits<std::int64_t>::max()'}`;
    }
  }
  if (f.alias !== undefined) {
    if (side !== 'response') throw new GenError(`${where}.${f.wire}: an alias on a request field`);
    if (!hasMin && !hasMax) {
      args += ', std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()';
    }
    args += `, ${cppString(f.alias)}`;
  }
  let text = `field<&${owner}::${member}>{${args}}`;
  if (lim.minLength !== undefined || lim.maxLength !== undefined) {
    if (f.type.kind !== 'string') throw new GenError(`${where}.${f.wire}: length on ${f.type.kind}`);
    const lo = lim.minLength !== undefined ? intLiteral(lim.minLength, where) : '0';
    const hi = lim.maxLength !== undefined ? intLiteral(lim.maxLength, where) : 'std::numeric_limits<std::size_t>::max()';
    text += `.length(${lo}, ${hi})`;
  }
  for (const k of ['pattern', 'enum']) if (lim[k] !== undefined) throw new GenError(`${where}.${f.wire}: ${k} is not supported`);
  if (f.style === 'json') text += '.with(wire_style::json)';
  else if (f.style === 'simple') text += '.with(wire_style::simple)';
  else if (f.style !== null && f.style !== undefined && f.style !== 'repeatList') {
    throw new GenError(`${where}.${f.wire}: style ${f.style}`);
  }
  if (f.position === 'Body') text += '.with(wire_position::body)';
  else if (f.position === 'Host') text += '.with(wire_position::host)';
  else if (f.position !== 'Query' && f.position !== undefined) throw new GenError(`${where}.${f.wire}: position ${f.position}`);
  return text;
}

function tupleText(indent, items) {
  if (items.length === 0) return 'field_list()';
  return `field_list(\n${items.map((s) => `${indent}${s}`).join(',\n')})`;
}

function operationHeader(original, ir, overrides) {
  const { op, notes, enums, checks, legacy } = overrides.refiner.apply(original);
  const ns = ident(op.name);
  const where = op.name;
  // Overrides: fields left out of the typed request.
  const omitted = [];
  const request = op.request.filter((f) => {
    const rule = overrides.omit.find((r) => r.wire === f.wire && (r.ops === null || r.ops.has(op.name)));
    if (!rule) return true;
    rule.used++;
    omitted.push({ f, rule });
    return false;
  });
  const sortedRequest = [...request].sort((a, b) => byteCompare(a.wire, b.wire));
  for (let i = 1; i < sortedRequest.length; i++) {
    if (byteCompare(sortedRequest[i - 1].wire, sortedRequest[i].wire) === 0) throw new GenError(`${where}: wire ${sortedRequest[i].wire} twice`);
  }
  if (op.response.kind !== 'object') throw new GenError(`${where}: the response is not an object`);

  const namer = new TypeNamer();
  for (const e of enums) {
    if (namer.taken.has(e.rule.name)) throw new GenError(`${where}: enum ${e.rule.name} is taken`);
    namer.taken.add(e.rule.name);
  }
  for (const f of op.request) if (request.includes(f)) namer.visit(f.type, 'request');
  for (const f of op.response.fields) namer.visit(f.type, 'response');
  const ctx = { ns, namer };

  const L = [];
  L.push(`// generated from spec/rds-20140815/${op.source} ${DO_NOT_EDIT}`);
  L.push('//');
  L.push(`// ${op.name} (${ir.product} API ${ir.version}, ${op.protocol}, ${op.method}${op.deprecated ? ', deprecated' : ''})`);
  if (op.summary) for (const l of wrap(commentText(op.summary), 100)) L.push(`// ${l}`);
  const body = request.filter((f) => f.position === 'Body').map((f) => f.wire);
  if (body.length) L.push(`// Sent in the form body: ${body.join(', ')}.`);
  const host = request.filter((f) => f.position === 'Host').map((f) => f.wire);
  if (host.length) L.push(`// Not sent; selects the endpoint: ${host.join(', ')}.`);
  for (const { f, rule } of omitted) {
    L.push(`// Not in the typed request: ${f.wire} (tools/codegen/overrides.json: omit_request_fields).`);
    void rule;
  }
  if (notes.length) {
    L.push('// Refined by tools/codegen/overrides.json (each rule there says why):');
    for (const n of notes) for (const [i, l] of wrap(commentText(n), 97).entries()) L.push(`//${i ? '     ' : '   '}${l}`);
  }
  const guard = `RDSCODEC_RDS_${ns.toUpperCase()}_HPP`;
  L.push(`#ifndef ${guard}`, `#define ${guard}`, '');
  L.push('#include <rdscodec/model/fields.hpp>', '');
  for (const h of ['cstddef', 'cstdint', 'limits', 'map', 'optional', 'string', 'string_view', 'vector']) {
    L.push(`#include <${h}>`);
  }
  L.push('');
  L.push(`namespace rdscodec::rds::${ns} {`, '');
  for (const e of enums) L.push(enumText(e.rule), '');
  const traits = [];
  for (const t of namer.order) {
    const s = structText(t.name, t.fields, t.side, ctx, `${where} ${t.model}`, enums);
    L.push(`// ${t.model}`);
    L.push(s.text, '');
    const items = t.fields.map((f, i) => fieldText(`rds::${ns}::${t.name}`, s.members[i], f, t.side, `${where} ${t.model}`));
    traits.push(`template <>\nstruct object_traits<rds::${ns}::${t.name}> {\n  static constexpr auto fields = ${tupleText('      ', items)};\n};`);
  }
  const req = structText('request', request, 'request', ctx, `${where} request`, enums);
  L.push(req.text, '');
  const res = structText('response', op.response.fields, 'response', ctx, `${where} response`, enums);
  L.push(res.text, '');
  L.push(`}  // namespace rdscodec::rds::${ns}`, '');
  L.push('namespace rdscodec {', '');
  for (const t of traits) L.push(t, '');
  const reqMember = new Map(request.map((f, i) => [f, req.members[i]]));
  const reqFields = sortedRequest.map((f) => fieldText('request', reqMember.get(f), f, 'request', where));
  const resFields = op.response.fields.map((f, i) => fieldText('response', res.members[i], f, 'response', where));
  L.push('template <>');
  L.push(`struct operation_traits<rds::${ns}::request> {`);
  L.push(`  using request = rds::${ns}::request;`);
  L.push(`  using response = rds::${ns}::response;`);
  L.push(`  static constexpr std::string_view action = ${cppString(op.name)};`);
  L.push(`  static constexpr std::string_view version = ${cppString(ir.version)};`);
  L.push(`  static constexpr std::string_view method = ${cppString(op.method)};`);
  L.push(`  static constexpr std::string_view response_root = ${cppString(`${op.name}Response`)};`);
  const ro = readOnly(op);
  L.push(`  /// ${ro.value ? 'Only reads' : 'May change something'} (${ro.why}).`);
  L.push(`  static constexpr bool read_only = ${ro.value};`);
  const pg = paging(op, request);
  if (pg.total) {
    L.push(`  /// Pages by PageNumber and PageSize; ${pg.total} counts the items (client/paging.hpp).`);
    L.push(`  static constexpr std::string_view page_total = ${cppString(pg.total)};`);
  }
  if (pg.token) {
    L.push('  /// Pages by NextToken (client/paging.hpp).');
    L.push('  static constexpr bool pages_by_token = true;');
  }
  L.push('  // Sorted by wire name (byte order); check_operation() enforces it.');
  L.push(`  static constexpr auto fields = ${tupleText('      ', reqFields)};`);
  L.push(notes.some((n) => n.startsWith('response fields in the order')) ? '  // In the order of overrides.json (response_order).' : '  // In spec order.');
  L.push(`  static constexpr auto response_fields = ${tupleText('      ', resFields)};`);
  for (const c of checks) {
    const a = reqMember.get(request.find((f) => f === c.a));
    const b = reqMember.get(request.find((f) => f === c.b));
    if (!a || !b) throw new GenError(`${where}: a checked field is not in the request`);
    L.push('');
    L.push(`  /// ${c.a.wire} must differ from ${c.b.wire} (tools/codegen/overrides.json: checks).`);
    L.push('  static result<void> check(const request& r) {');
    L.push(`    if (r.${a} == r.${b}) return error(errc::invalid_option, ${cppString(c.a.wire)});`);
    L.push('    return {};', '  }');
  }
  L.push('};', '');
  L.push(`static_assert(check_operation<rds::${ns}::request>());`, '');
  const emitted = new Set(['request', 'response', ...namer.order.map((t) => t.name), ...enums.map((e) => e.rule.name)]);
  const functions = new Set(enums.flatMap((e) => [e.rule.parse, 'to_string']));
  for (const rule of legacy) {
    L.push('// The names this operation had before it was generated (tools/codegen/overrides.json: legacy_names).');
    for (const [alias, target] of Object.entries(rule.types || {})) {
      if (!emitted.has(target)) throw new GenError(`overrides.json: legacy name ${alias}: ${where} has no type ${target}`);
      L.push(`using ${alias} = rds::${ns}::${target};`);
    }
    for (const fn of rule.functions || []) {
      if (!functions.has(fn)) throw new GenError(`overrides.json: legacy name ${fn}: ${where} has no function ${fn}`);
      L.push(`using rds::${ns}::${fn};`);
    }
    L.push('');
  }
  L.push('}  // namespace rdscodec', '', '#endif', '');
  return { ns, file: `${ns}.hpp`, text: L.join('\n') };
}

// ---- registry -----------------------------------------------------------------------------

function registryHeader(ops) {
  const n = ops.length;
  const L = [];
  L.push(`// generated from spec/rds-20140815/main.dara ${DO_NOT_EDIT}`);
  L.push('//');
  L.push(`// Every generated operation (${n}), for tools that pick an operation by name:`);
  L.push('//   rds::all_requests             a type list of the request types, in action byte order');
  L.push('//   rds::actions[i]               the action name of the i-th type (sorted: binary search)');
  L.push('//   rds::find_action(name)        its index, or rds::npos_action');
  L.push('//   rds::dispatch(name, f)        calls f(rds::operation_tag<Request>{}) and returns true,');
  L.push('//                                 or returns false for an unknown name');
  L.push('// It includes every operation header; a program that calls a few operations includes');
  L.push('// those headers instead (rdscodec.hpp includes none).');
  L.push('#ifndef RDSCODEC_RDS_REGISTRY_HPP', '#define RDSCODEC_RDS_REGISTRY_HPP', '');
  for (const o of ops) L.push(`#include <rdscodec/rds/${o.file}>`);
  L.push('', '#include <array>', '#include <cstddef>', '#include <string_view>', '#include <utility>', '');
  L.push('namespace rdscodec::rds {', '');
  L.push('/// A list of types.');
  L.push('template <class... T>', 'struct type_list {', '  static constexpr std::size_t size = sizeof...(T);', '};', '');
  L.push('/// What dispatch() passes: an empty value naming the operation by its request type.');
  L.push('template <class Request>', 'struct operation_tag {', '  using request = Request;', '};', '');
  L.push('using all_requests = type_list<');
  L.push(ops.map((o) => `    ${o.ns}::request`).join(',\n') + '>;', '');
  L.push(`inline constexpr std::size_t operation_count = ${n};`);
  L.push('inline constexpr std::size_t npos_action = static_cast<std::size_t>(-1);', '');
  L.push('/// Action names in byte order; actions[i] is the action of the i-th type of all_requests.');
  L.push(`inline constexpr std::array<std::string_view, ${n}> actions = {`);
  L.push(ops.map((o) => `    ${cppString(o.action)}`).join(',\n') + '};', '');
  L.push('/// The index of `action` in `actions` (exact, case-sensitive), or npos_action.');
  L.push('constexpr std::size_t find_action(std::string_view action) noexcept {');
  L.push('  std::size_t lo = 0;');
  L.push('  std::size_t hi = actions.size();');
  L.push('  while (lo < hi) {');
  L.push('    const std::size_t mid = lo + (hi - lo) / 2;');
  L.push('    if (actions[mid] < action) {');
  L.push('      lo = mid + 1;');
  L.push('    } else {');
  L.push('      hi = mid;');
  L.push('    }');
  L.push('  }');
  L.push('  return lo < actions.size() && actions[lo] == action ? lo : npos_action;');
  L.push('}', '');
  L.push('/// Calls f(operation_tag<Request>{}) for the operation named `action`; false when there is none.');
  L.push('template <class F>');
  L.push('bool dispatch(std::string_view action, F&& f) {');
  L.push('  switch (find_action(action)) {');
  ops.forEach((o, i) => L.push(`    case ${i}: f(operation_tag<${o.ns}::request>{}); return true;`));
  L.push('    default: return false;');
  L.push('  }');
  L.push('}', '');
  L.push('}  // namespace rdscodec::rds', '', '#endif', '');
  return L.join('\n');
}

// ---- endpoint map ---------------------------------------------------------------------------

// request/endpoint_map.hpp: @endpointMap and the rule for a region it does not list. The rule is
// the SDKs' (Darabonba's getEndpointRules): 'regional' gives <product>.<region>.aliyuncs.com,
// the product lower-cased, on the public network (the only one rdscodec addresses); 'central'
// would give <product>.aliyuncs.com for every region, which the generator does not expect here.
function endpointMapHeader(ir, lines) {
  if (ir.endpointRule !== 'regional') throw new GenError(`@endpointRule is '${ir.endpointRule}', not 'regional'`);
  const product = String(ir.product || '').toLowerCase();
  if (!/^[a-z0-9-]+$/.test(product)) throw new GenError(`@product '${ir.product}'`);
  const entries = Object.entries(ir.endpoints).sort((a, b) => byteCompare(a[0], b[0]));
  if (entries.length === 0) throw new GenError('@endpointMap is empty');
  for (const [region, host] of entries) {
    if (!/^[a-z0-9-]{1,63}$/.test(region)) throw new GenError(`@endpointMap region '${region}'`);
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || host.length > 253) throw new GenError(`@endpointMap host '${host}'`);
  }
  const L = [];
  L.push(`// generated from spec/rds-20140815/main.dara ${DO_NOT_EDIT}`);
  L.push('//');
  L.push(`// Where a request for a region goes: main.dara's @endpointMap (line ${lines.endpointMap}, ${entries.length} regions)`);
  L.push(`// and @endpointRule = '${ir.endpointRule}' (line ${lines.endpointRule}) for every other region, as the SDKs`);
  L.push('// apply it (Darabonba getEndpointRules, public network): <product>.<region>.aliyuncs.com with');
  L.push(`// @product '${ir.product}' (line ${lines.product}) lower-cased. request/endpoint.hpp uses this table.`);
  L.push('#ifndef RDSCODEC_REQUEST_ENDPOINT_MAP_HPP', '#define RDSCODEC_REQUEST_ENDPOINT_MAP_HPP', '');
  L.push('#include <array>', '#include <cstddef>', '#include <string_view>', '');
  L.push('namespace rdscodec::detail {', '');
  L.push('struct endpoint_map_entry {', '  std::string_view region;', '  std::string_view host;', '};', '');
  L.push('/// The first label of the hosts the regional rule builds.');
  L.push(`inline constexpr std::string_view endpoint_product = ${cppString(product)};`, '');
  L.push('/// The regions @endpointMap lists, in byte order of region id (binary search).');
  L.push(`inline constexpr std::array<endpoint_map_entry, ${entries.length}> endpoint_map = {{`);
  L.push(entries.map(([r, h]) => `    {${cppString(r)}, ${cppString(h)}},  // main.dara:${lines[`endpointMap.${r}`]}`).join('\n'));
  L.push('}};', '');
  L.push('/// The host @endpointMap gives `region`, or an empty view when it lists no such region.');
  L.push('constexpr std::string_view endpoint_map_find(std::string_view region) noexcept {');
  L.push('  std::size_t lo = 0;', '  std::size_t hi = endpoint_map.size();', '  while (lo < hi) {');
  L.push('    const std::size_t mid = lo + (hi - lo) / 2;');
  L.push('    if (endpoint_map[mid].region < region) {', '      lo = mid + 1;', '    } else {', '      hi = mid;', '    }', '  }');
  L.push('  return lo < endpoint_map.size() && endpoint_map[lo].region == region ? endpoint_map[lo].host : std::string_view{};');
  L.push('}', '');
  L.push('}  // namespace rdscodec::detail', '', '#endif', '');
  return L.join('\n');
}

// ---- main ---------------------------------------------------------------------------------

let specCache = null;

// Every header, as a Map from file name (an operation header or registry.hpp in rds/; a name with
// a folder is relative to include/rdscodec/) to its text. Options, for the tests: `overrides`, an
// object used instead of overrides.json; `only`, a Set of operation names: generate those only
// (the rules are checked for those operations only, and omit counts not at all).
function generate(opts = {}) {
  const overrides = loadOverrides(opts.overrides);
  if (!specCache) specCache = readSpec(SPEC_DIR);
  const { ir, lines } = specCache;
  const only = opts.only || null;
  const files = new Map();
  const ops = [];
  const seenNs = new Map();
  for (const op of ir.operations) {
    if (only && !only.has(op.name)) continue;
    const skip = overrides.skip.get(op.name);
    if (skip) {
      skip.used = true;
      continue;
    }
    if (!/^[A-Za-z0-9]+$/.test(op.name)) throw new GenError(`operation name ${op.name}`);
    const h = operationHeader(op, ir, overrides);
    if (seenNs.has(h.ns)) throw new GenError(`${op.name} and ${seenNs.get(h.ns)} are both '${h.ns}'`);
    seenNs.set(h.ns, op.name);
    files.set(h.file, h.text);
    ops.push({ ns: h.ns, file: h.file, action: op.name });
  }
  for (const r of only ? [] : overrides.omit) {
    if (r.used === 0) throw new GenError(`overrides.json: omit rule for ${r.wire} matches no field`);
    if (r.expect !== undefined && r.used !== r.expect) {
      throw new GenError(`overrides.json: omit rule for ${r.wire} matches ${r.used} fields, expected ${r.expect}`);
    }
  }
  for (const [name, s] of overrides.skip) {
    if (!s.used && (!only || only.has(name))) throw new GenError(`overrides.json: skipped ${name} is not in the spec`);
  }
  overrides.refiner.check(only);
  ops.sort((a, b) => byteCompare(a.action, b.action));
  if (files.has('registry.hpp')) throw new GenError('an operation is named registry');
  files.set('registry.hpp', registryHeader(ops));
  // A key with a folder is relative to include/rdscodec/ (not an operation header).
  files.set(ENDPOINT_MAP, endpointMapHeader(ir, lines));
  return files;
}

function main(argv) {
  const check = argv.includes('--check');
  for (const a of argv) if (a !== '--check') throw new GenError(`unknown argument ${a} (usage: generate.js [--check])`);
  const files = generate();
  const existing = fs.existsSync(OUT_DIR) ? fs.readdirSync(OUT_DIR).filter((f) => f.endsWith('.hpp')) : [];
  const stale = existing.filter((f) => !files.has(f)).sort();
  const rel = (f) => (f.includes('/') ? path.posix.join('include/rdscodec', f) : path.posix.join('include/rdscodec/rds', f));
  const where = (f) => (f.includes('/') ? path.join(INCLUDE_DIR, f) : path.join(OUT_DIR, f));
  if (check) {
    const problems = [];
    for (const f of stale) problems.push(`stale (not generated any more): ${rel(f)}`);
    for (const [f, text] of [...files].sort((a, b) => byteCompare(a[0], b[0]))) {
      const p = where(f);
      if (!fs.existsSync(p)) problems.push(`missing: ${rel(f)}`);
      else if (fs.readFileSync(p, 'utf8') !== text) problems.push(`differs: ${rel(f)}`);
    }
    if (problems.length) {
      process.stderr.write(`${problems.join('\n')}\n${problems.length} header(s) out of date: run node tools/codegen/generate.js\n`);
      return 1;
    }
    process.stdout.write(`${files.size} headers up to date\n`);
    return 0;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const f of stale) fs.unlinkSync(path.join(OUT_DIR, f));
  let written = 0;
  for (const [f, text] of files) {
    const p = where(f);
    if (fs.existsSync(p) && fs.readFileSync(p, 'utf8') === text) continue;
    fs.writeFileSync(p, text);
    written++;
  }
  process.stdout.write(`${files.size} headers (${files.size - 2} operations, registry, endpoint map): ${written} written, ${stale.length} stale removed\n`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof GenError || e instanceof RefineError) {
      process.stderr.write(`generate.js: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      throw e;
    }
  }
}

module.exports = { generate, ident, byteCompare, GenError, ENDPOINT_MAP };
