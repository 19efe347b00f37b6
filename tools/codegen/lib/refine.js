'use strict';
// The per-operation refinements of overrides.json (README.md, "overrides.json"): what the spec
// does not say about an operation, or says differently from the service, written as data. Each
// rule names its operations and a field by path; applying a rule that matches nothing is an
// error, and so is a rule left unused after every operation has been generated (check()).
//
// A field path is `request.<Wire>` or `response.<Wire>[.<Wire>...]`: wire names, descending
// through objects, list items and map values.

class RefineError extends Error {}

const SCALARS = new Set(['string', 'boolean', 'int32', 'long', 'float', 'double']);
const IDENT = /^[a-z_][a-z0-9_]*$/;

function need(cond, what) {
  if (!cond) throw new RefineError(`overrides.json: ${what}`);
}

function opsOf(rule, where) {
  need(Array.isArray(rule.operations) && rule.operations.length > 0 &&
       rule.operations.every((o) => typeof o === 'string'), `${where}: 'operations' is a list of operation names`);
  need(typeof rule.why === 'string' && rule.why.length > 0, `${where}: every rule says why`);
  return rule.operations;
}

function onlyKeys(rule, keys, where) {
  for (const k of Object.keys(rule)) need(keys.includes(k), `${where}: unknown key '${k}'`);
}

function isInt(v) {
  return (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^-?[0-9]+$/.test(v));
}

// The fields a path segment is looked up in: those of the object a type is, through lists and maps.
function objectFields(type) {
  if (type.kind === 'array') return objectFields(type.items);
  if (type.kind === 'map') return objectFields(type.value);
  if (type.kind === 'list') return type.items.fields;
  if (type.kind === 'object') return type.fields;
  return null;
}

// { list, index } of the field at `path` in an operation, or null.
function locate(op, path) {
  const segs = path.split('.');
  let list;
  if (segs[0] === 'request') list = op.request;
  else if (segs[0] === 'response') list = op.response.fields;
  else return null;
  for (let i = 1; i < segs.length; i++) {
    if (!list) return null;
    const index = list.findIndex((f) => f.wire === segs[i]);
    if (index < 0) return null;
    if (i === segs.length - 1) return { list, index, side: segs[0] };
    const t = list[index].type;
    // A wrapper made a list (`list` rule) keeps its item's name in the path.
    if (t.kind === 'list') {
      if (segs[++i] !== t.itemName || i === segs.length - 1) return null;
    }
    list = objectFields(t);
  }
  return null;
}

const FIELD_KEYS = ['operations', 'field', 'why', 'type', 'required', 'minimum', 'maximum', 'alias', 'member',
  'default', 'list', 'drop'];
const ADD_KEYS = ['operations', 'field', 'why', 'type', 'required'];
const ENUM_KEYS = ['operations', 'field', 'why', 'name', 'parse', 'accessor', 'unknown', 'values'];

class Refiner {
  constructor(o) {
    const list = (k) => {
      need(o[k] === undefined || Array.isArray(o[k]), `${k} is a list`);
      return (o[k] || []).map((rule, i) => ({ rule, where: `${k}[${i}]`, left: new Set(opsOf(rule, `${k}[${i}]`)) }));
    };
    this.fields = list('refine_fields');
    this.adds = list('add_request_fields');
    this.orders = list('response_order');
    this.checks = list('checks');
    this.enums = list('enums');
    this.legacy = list('legacy_names');
    for (const r of this.fields) {
      onlyKeys(r.rule, FIELD_KEYS, r.where);
      need(typeof r.rule.field === 'string', `${r.where}: 'field' is a path`);
      const changes = FIELD_KEYS.slice(3).filter((k) => r.rule[k] !== undefined);
      need(changes.length > 0, `${r.where}: changes nothing`);
      if (r.rule.drop !== undefined) need(r.rule.drop === true && changes.length === 1, `${r.where}: 'drop' stands alone`);
      if (r.rule.type !== undefined) need(SCALARS.has(r.rule.type), `${r.where}: type ${r.rule.type} is not a scalar`);
      for (const k of ['minimum', 'maximum']) if (r.rule[k] !== undefined) need(isInt(r.rule[k]), `${r.where}: ${k} is an integer`);
      if (r.rule.default !== undefined) need(isInt(r.rule.default), `${r.where}: default is an integer`);
      if (r.rule.member !== undefined) need(IDENT.test(r.rule.member), `${r.where}: member is a snake_case identifier`);
      if (r.rule.list !== undefined) need(r.rule.list === true, `${r.where}: 'list' is true`);
      if (r.rule.required !== undefined) need(typeof r.rule.required === 'boolean', `${r.where}: 'required' is a boolean`);
      if (r.rule.alias !== undefined) need(typeof r.rule.alias === 'string', `${r.where}: 'alias' is a wire name`);
    }
    for (const r of this.adds) {
      onlyKeys(r.rule, ADD_KEYS, r.where);
      need(/^request\.[A-Za-z0-9]+$/.test(r.rule.field), `${r.where}: 'field' is request.<Wire>`);
      need(SCALARS.has(r.rule.type), `${r.where}: type is a scalar`);
      need(typeof r.rule.required === 'boolean', `${r.where}: 'required' is a boolean`);
    }
    for (const r of this.orders) {
      onlyKeys(r.rule, ['operations', 'order', 'why'], r.where);
      need(Array.isArray(r.rule.order), `${r.where}: 'order' is a list of wire names`);
    }
    for (const r of this.checks) {
      onlyKeys(r.rule, ['operations', 'distinct', 'why'], r.where);
      need(Array.isArray(r.rule.distinct) && r.rule.distinct.length === 2, `${r.where}: 'distinct' names two request fields`);
    }
    for (const r of this.enums) {
      onlyKeys(r.rule, ENUM_KEYS, r.where);
      for (const k of ['name', 'parse', 'accessor', 'unknown']) need(IDENT.test(r.rule[k] || ''), `${r.where}: '${k}' is an identifier`);
      need(Array.isArray(r.rule.values) && r.rule.values.length > 0, `${r.where}: 'values' is a list`);
      const ids = new Set([r.rule.unknown]);
      const texts = new Set();
      for (const v of r.rule.values) {
        need(IDENT.test(v.id || '') && !ids.has(v.id), `${r.where}: value id ${v.id}`);
        ids.add(v.id);
        for (const t of [v.text, ...(v.also || [])]) {
          need(typeof t === 'string' && /^[A-Za-z0-9_]+$/.test(t) && !texts.has(t), `${r.where}: value text ${t}`);
          texts.add(t);
        }
      }
    }
    for (const r of this.legacy) {
      onlyKeys(r.rule, ['operations', 'types', 'functions', 'why'], r.where);
      need(r.rule.operations.length === 1, `${r.where}: legacy names belong to one operation`);
      const types = r.rule.types || {};
      for (const [k, v] of Object.entries(types)) need(IDENT.test(k) && IDENT.test(v), `${r.where}: ${k} = ${v}`);
      for (const f of r.rule.functions || []) need(IDENT.test(f), `${r.where}: function ${f}`);
    }
  }

  // The operation with every rule that names it applied (a copy; `op` is not changed), and the
  // extras the header writer emits: { op, notes, enums, checks, legacy }.
  apply(op) {
    op = JSON.parse(JSON.stringify(op));
    const notes = [];
    const mine = (rs) => rs.filter((r) => r.left.has(op.name)).map((r) => {
      r.left.delete(op.name);
      return r;
    });
    const fail = (r, what) => need(false, `${r.where} (${op.name}): ${what}`);
    for (const r of mine(this.adds)) {
      const wire = r.rule.field.slice('request.'.length);
      if (locate(op, r.rule.field)) fail(r, `${wire} is in the spec now; remove the rule`);
      const f = { member: wire, wire, required: r.rule.required, position: 'Query', shrink: null, style: null,
        type: { kind: r.rule.type }, limits: {}, deprecated: false, added: true };
      let at = op.request.findIndex((g) => g.wire > wire);
      if (at < 0) at = op.request.length;
      op.request.splice(at, 0, f);
      notes.push(`${r.rule.field}: added (${r.rule.type}, ${r.rule.required ? 'required' : 'optional'})`);
    }
    for (const r of mine(this.fields)) {
      const hit = locate(op, r.rule.field);
      if (!hit) fail(r, `no field ${r.rule.field}`);
      const f = hit.list[hit.index];
      const rule = r.rule;
      const said = [];
      if (rule.drop) {
        hit.list.splice(hit.index, 1);
        notes.push(`${rule.field}: left out`);
        continue;
      }
      if (rule.list) {
        const inner = f.type.kind === 'object' && f.type.fields.length === 1 ? f.type.fields[0] : null;
        if (hit.side !== 'response' || !inner || inner.type.kind !== 'array' || inner.type.items.kind !== 'object') {
          fail(r, `${rule.field} is not a response object holding one list of objects`);
        }
        f.type = { kind: 'list', itemName: inner.wire, items: inner.type.items };
        said.push(`a list of ${inner.wire}`);
      }
      if (rule.type !== undefined) {
        if (!SCALARS.has(f.type.kind)) fail(r, `${rule.field} is not a scalar`);
        if (f.type.kind === rule.type) fail(r, `${rule.field} is ${rule.type} already`);
        f.type = { kind: rule.type };
        said.push(rule.type);
      }
      if (rule.required !== undefined) {
        if (f.required === rule.required) fail(r, `${rule.field} is ${rule.required ? 'required' : 'optional'} already`);
        f.required = rule.required;
        said.push(rule.required ? 'required' : 'optional');
      }
      for (const k of ['minimum', 'maximum']) {
        if (rule[k] === undefined) continue;
        if (f.limits[k] !== undefined) fail(r, `${rule.field} has a ${k} in the spec`);
        f.limits[k] = rule[k];
      }
      if (rule.minimum !== undefined || rule.maximum !== undefined) {
        said.push(`${rule.minimum !== undefined ? rule.minimum : ''}..${rule.maximum !== undefined ? rule.maximum : ''}`);
      }
      if (rule.alias !== undefined) {
        if (hit.side !== 'response') fail(r, 'an alias is for a response field');
        f.alias = rule.alias;
        said.push(`also read as ${rule.alias}`);
      }
      if (rule.member !== undefined) {
        f.cppMember = rule.member;
        said.push(`member ${rule.member}`);
      }
      if (rule.default !== undefined) {
        f.cppDefault = String(rule.default);
        said.push(`default ${rule.default}`);
      }
      notes.push(`${rule.field}: ${said.join(', ')}`);
    }
    for (const r of mine(this.orders)) {
      const have = op.response.fields.map((f) => f.wire);
      const want = r.rule.order;
      if ([...have].sort().join() !== [...want].sort().join() || new Set(want).size !== want.length) {
        fail(r, `order ${want.join(',')} is not a permutation of ${have.join(',')}`);
      }
      op.response.fields = want.map((w) => op.response.fields.find((f) => f.wire === w));
      notes.push(`response fields in the order ${want.join(', ')}`);
    }
    const checks = [];
    for (const r of mine(this.checks)) {
      const fs = r.rule.distinct.map((w) => op.request.find((f) => f.wire === w));
      for (let i = 0; i < 2; i++) {
        if (!fs[i] || !fs[i].required || fs[i].type.kind !== 'string') fail(r, `${r.rule.distinct[i]} is not a required string`);
      }
      checks.push({ a: fs[0], b: fs[1] });
      notes.push(`${r.rule.distinct[0]} must differ from ${r.rule.distinct[1]}`);
    }
    const enums = [];
    for (const r of mine(this.enums)) {
      const hit = locate(op, r.rule.field);
      if (!hit || hit.side !== 'response') fail(r, `no response field ${r.rule.field}`);
      const f = hit.list[hit.index];
      if (f.type.kind !== 'string') fail(r, `${r.rule.field} is not a string`);
      enums.push({ rule: r.rule, field: f, owner: hit.list });
      notes.push(`${r.rule.field}: classified by ${r.rule.accessor}() as ${r.rule.name}`);
    }
    const legacy = mine(this.legacy).map((r) => r.rule);
    return { op, notes, enums, checks, legacy };
  }

  // Fails for a rule some of whose operations were never generated (of `only`, when given).
  check(only) {
    for (const rs of [this.fields, this.adds, this.orders, this.checks, this.enums, this.legacy]) {
      for (const r of rs) {
        const left = [...r.left].filter((o) => !only || only.has(o));
        need(left.length === 0, `${r.where}: operation(s) ${left.join(', ')} not generated`);
      }
    }
  }
}

module.exports = { Refiner, RefineError, locate };
