'use strict';
// Reads the RDS 2014-08-15 spec files into the intermediate representation (IR) described in
// tools/codegen/README.md. Parsing is done by the official Darabonba parser
// (@darabonba/parser); this file only walks the syntax tree it returns.

const fs = require('fs');
const path = require('path');
const Lexer = require('@darabonba/parser/lib/lexer');
const Parser = require('@darabonba/parser/lib/parser');
const { Tag } = require('@darabonba/parser/lib/tag');

// The operations rdscodec had before the generator, read from the older snapshots because the
// current spec no longer has them.
const RETIRED = [
  { name: 'CancelImport', source: 'main-2023-10-19.dara' },
  { name: 'ImportDatabaseBetweenInstances', source: 'main-2023-10-19.dara' },
  { name: 'DescribeImportsForSQLServer', source: 'main-2023-10-19.tea' },
];

const SCALARS = new Set(['string', 'boolean', 'int32', 'long', 'float', 'double', 'any', 'bytes']);
const KNOWN_ATTRS = new Set(['name', 'description', 'example', 'position', 'shrink', 'style',
  'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'enum', 'deprecated']);
const LIMIT_ATTRS = ['minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'enum'];
const REQUIRED_TEXT = 'This parameter is required.';

class SpecError extends Error {}

// Syntax stage of the official parser. `require('@darabonba/parser').parse()` would also run
// the semantic checker, which resolves every `import` through a Darafile and the imported
// modules' own sources; neither is part of the published spec (see README.md).
function parseFile(file) {
  const src = fs.readFileSync(file, 'utf8');
  const parser = new Parser(new Lexer(src, file));
  return parser.program();
}

function line(node) { return node && node.loc ? node.loc.start.line : undefined; }

function attrValue(v) {
  if (v.tag === Tag.STRING) return v.string;
  if (v.tag === Tag.NUMBER) return v.value;
  if (v.tag === Tag.BOOL) return v.value;
  throw new SpecError(`unexpected attribute value token ${JSON.stringify(v)}`);
}

// ASCII-safe one-line summary of an operation's doc comment: the first line of its
// @description (or of the comment when it has no tags) that is prose, i.e. not a markdown
// heading, list item, quote marker or table row; markdown links and emphasis are reduced to
// their text and any character outside printable ASCII is dropped.
function summaryOf(annotation) {
  if (!annotation) return '';
  let text = annotation.value.replace(/^\/\*\*|\*\/$/g, '');
  const lines = text.split('\n').map((l) => l.replace(/^\s*\*\s?/, ''));
  text = lines.join('\n');
  const desc = /@description\s([\s\S]*?)(?=\s@(param|return|deprecated|summary)\b|$)/.exec(text);
  const body = desc ? desc[1] : text.replace(/@(param|return|deprecated)\b[\s\S]*$/, '');
  for (let l of body.split(/\n|\s{2}\*\s/)) {
    l = l.trim();
    if (!l || /^(#|[*+-]\s|\d+\.\s|\||>\s*$)/.test(l)) continue;
    l = l.replace(/^>\s*/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|`/g, '')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (l) return l;
  }
  return '';
}

class Reader {
  constructor(file, dialect) {
    this.file = path.basename(file);
    this.dialect = dialect; // 'dara' or 'tea'
    this.ast = parseFile(file);
    this.lines = fs.readFileSync(file, 'utf8').split('\n');
    this.models = new Map();
    this.functions = new Map();
    this.attrCounts = {};
    for (const n of this.ast.moduleBody.nodes) {
      if (n.type === 'model') this.models.set(n.modelName.lexeme, n);
      else if (n.type === 'function') this.functions.set(n.functionName.lexeme, n);
    }
  }

  model(name) {
    const m = this.models.get(name);
    if (!m) throw new SpecError(`${this.file}: model ${name} not found`);
    return m;
  }

  // TYPE of a field value (fieldType node, type token, modelBody, map node).
  type(v, ctx) {
    if (v.type === 'modelBody') return this.object(v, ctx.name, ctx);
    if (v.type === 'map' || (v.type === 'fieldType' && v.fieldType === 'map')) {
      const key = v.keyType.lexeme;
      if (key !== 'string') throw new SpecError(`${this.file}:${ctx.name}: map key ${key}`);
      return { kind: 'map', key: 'string', value: this.type(v.valueType, ctx) };
    }
    if (v.type === 'fieldType') {
      if (v.fieldType === 'array') {
        return { kind: 'array', items: this.type(v.fieldItemType, ctx) };
      }
      if (typeof v.fieldType === 'string') {
        if (SCALARS.has(v.fieldType)) return { kind: v.fieldType };
        throw new SpecError(`${this.file}:${ctx.name}: type ${v.fieldType}`);
      }
      return this.type(v.fieldType, ctx); // a token: named model or base type
    }
    if (v.tag === Tag.TYPE && SCALARS.has(v.lexeme)) return { kind: v.lexeme };
    if (v.tag === Tag.ID) {
      if (ctx.seen.has(v.lexeme)) throw new SpecError(`${this.file}: recursive model ${v.lexeme}`);
      ctx.seen.add(v.lexeme);
      const t = this.object(this.model(v.lexeme).modelBody, v.lexeme, ctx);
      ctx.seen.delete(v.lexeme);
      return t;
    }
    throw new SpecError(`${this.file}:${ctx.name}: cannot read type ${JSON.stringify(v).slice(0, 200)}`);
  }

  object(body, name, ctx) {
    const fields = [];
    for (const f of body.nodes) {
      if (f.type !== 'modelField') throw new SpecError(`${this.file}:${name}: node ${f.type}`);
      fields.push(this.field(f, name, ctx));
    }
    return { kind: 'object', name, fields };
  }

  // An attribute's value. The parser turns a number into a JavaScript number, which is exact
  // only up to 2^53; an integer beyond that (`maximum=9999999999999999` in main.dara) is kept as
  // its decimal text, read from the source line of the attribute.
  exactAttrValue(k, a) {
    const v = attrValue(a.attrValue);
    if (typeof v !== 'number' || Number.isSafeInteger(v) || !Number.isInteger(v)) return v;
    const text = this.lines[line(a.attrName) - 1] || '';
    const m = new RegExp(`\\b${k}\\s*=\\s*(-?[0-9]+)\\b`).exec(text);
    if (!m || Number(m[1]) !== v) throw new SpecError(`${this.file}:${line(a.attrName)}: cannot read ${k}= exactly`);
    return m[1];
  }

  field(f, parent, ctx) {
    const member = f.fieldName.lexeme;
    const attrs = {};
    for (const a of f.attrs || []) {
      const k = a.attrName.lexeme;
      if (!KNOWN_ATTRS.has(k)) {
        throw new SpecError(`${this.file}:${line(a.attrName)}: unknown attribute ${k}=`);
      }
      attrs[k] = this.exactAttrValue(k, a);
      this.attrCounts[k] = (this.attrCounts[k] || 0) + 1;
    }
    if (typeof attrs.name !== 'string') {
      throw new SpecError(`${this.file}:${line(f.fieldName)}: field ${member} has no name=`);
    }
    const sub = { ...ctx, name: `${parent}.${member}` };
    let required;
    if (this.dialect === 'dara') {
      required = !!f.required;
    } else {
      // the Tea dialect writes every field optional; the only trace of "required" is the text
      required = typeof attrs.description === 'string' && attrs.description.includes(REQUIRED_TEXT);
    }
    const type = this.type(f.fieldValue, { ...sub, top: false });
    const limits = {};
    for (const k of LIMIT_ATTRS) if (attrs[k] !== undefined) limits[k] = attrs[k];
    const out = { member, wire: attrs.name, required };
    if (ctx.request && ctx.top) {
      // position/shrink/style exist only on the top-level fields of a request model
      out.position = attrs.position !== undefined ? attrs.position : null;
      out.shrink = attrs.shrink !== undefined ? attrs.shrink : null;
      const structured = ['array', 'object', 'map'].includes(type.kind);
      if (attrs.style !== undefined) out.style = attrs.style;
      else if (out.shrink) out.style = out.shrink;
      else out.style = structured ? 'repeatList' : null;
    }
    out.type = type;
    out.limits = limits;
    out.deprecated = attrs.deprecated === true || attrs.deprecated === 'true';
    out.line = line(f.fieldName);
    return out;
  }

  requestFields(modelName) {
    const ctx = { name: modelName, seen: new Set([modelName]), request: true, top: true };
    const body = this.model(modelName).modelBody;
    return body.nodes.map((f) => this.field(f, modelName, ctx));
  }

  responseType(responseModel) {
    // XxxResponse = { headers, statusCode, body: XxxResponseBody }
    const resp = this.model(responseModel);
    const bodyField = resp.modelBody.nodes.find((f) => f.fieldName.lexeme === 'body');
    if (!bodyField) throw new SpecError(`${this.file}: ${responseModel} has no body`);
    const tok = bodyField.fieldValue.fieldType;
    if (!tok || tok.tag !== Tag.ID) throw new SpecError(`${this.file}: ${responseModel}.body type`);
    const ctx = { name: tok.lexeme, seen: new Set([tok.lexeme]), request: false, top: false };
    return this.object(this.model(tok.lexeme).modelBody, tok.lexeme, ctx);
  }

  // --- .dara: `return @handler.do('RPC', Action, Method, path, bodyType, bodyIsForm,
  //                                 reqBodyType, request);`
  daraOperations() {
    const ops = [];
    for (const fn of this.functions.values()) {
      const ret = fn.functionBody && fn.functionBody.stmts.stmts.find((s) => s.type === 'return');
      const call = ret && ret.expr;
      if (!call || call.type !== 'call' || !call.left || call.left.id.lexeme !== '@handler' ||
          call.left.propertyPath.map((p) => p.lexeme).join('.') !== 'do') continue;
      const a = call.args;
      const str = (i) => {
        if (a[i].type !== 'string') throw new SpecError(`${this.file}:${line(fn.functionName)}: arg ${i}`);
        return a[i].value.string;
      };
      if (a.length !== 8 || a[5].type !== 'boolean') {
        throw new SpecError(`${this.file}:${line(fn.functionName)}: @handler.do with ${a.length} arguments`);
      }
      const reqParam = fn.params.params[0];
      ops.push({
        name: str(1),
        protocol: str(0),
        method: str(2),
        pathname: str(3),
        bodyType: str(4),
        bodyIsForm: a[5].value,
        reqBodyType: str(6),
        requestModel: reqParam.paramType.lexeme,
        responseModel: fn.returnType.lexeme,
        annotation: fn.annotation,
        deprecatedComment: !!(fn.annotation && /@deprecated\b/.test(fn.annotation.value)),
        line: line(fn.functionName),
      });
    }
    return ops;
  }

  // --- .tea: `xxxWithOptions(request, runtime)` builds `query['Wire'] = request.member`,
  // `body['Wire'] = request.member` and `new OpenApi.Params{ action, method, reqBodyType,
  // bodyType, ... }`. Only what rdscodec's retired operation needs is read; anything else
  // (shrink conversions, headers, other request shapes) makes it stop with an error.
  teaOperation(action) {
    for (const fn of this.functions.values()) {
      if (!fn.functionName.lexeme.endsWith('WithOptions')) continue;
      const stmts = fn.functionBody.stmts.stmts;
      const params = stmts.find((s) => s.type === 'declare' && s.id.lexeme === 'params');
      if (!params || params.expr.type !== 'construct_model') continue;
      const p = {};
      for (const fld of params.expr.object.fields) {
        if (fld.expr.type === 'string') p[fld.fieldName.lexeme] = fld.expr.value.string;
      }
      if (p.action !== action) continue;
      const positions = new Map();
      const walk = (list) => {
        for (const s of list) {
          if (s.type === 'if') { walk(s.stmts.stmts); continue; }
          if (s.type !== 'assign' || s.left.type !== 'map_access') continue;
          const target = s.left.id.lexeme;
          const wire = s.left.accessKey.value.string;
          const src = s.expr;
          if (src.type !== 'property_access' || src.id.lexeme !== 'request' ||
              src.propertyPath.length !== 1) {
            throw new SpecError(`${this.file}:${line(s.left.id)}: ${target}['${wire}'] is not a plain request member`);
          }
          const pos = { query: 'Query', body: 'Body' }[target];
          if (!pos) throw new SpecError(`${this.file}:${line(s.left.id)}: ${target}[...]`);
          positions.set(src.propertyPath[0].lexeme, { position: pos, wire });
        }
      };
      walk(stmts);
      const reqParam = fn.params.params[0];
      if (reqParam.paramName.lexeme !== 'request') {
        throw new SpecError(`${this.file}:${line(fn.functionName)}: ${action} converts its request (shrink); not read`);
      }
      // the doc comment sits on the plain function without the WithOptions suffix
      const plain = this.functions.get(fn.functionName.lexeme.replace(/WithOptions$/, ''));
      return {
        name: p.action,
        protocol: p.style,
        method: p.method,
        pathname: p.pathname,
        bodyType: p.bodyType,
        bodyIsForm: [...positions.values()].some((x) => x.position === 'Body'),
        reqBodyType: p.reqBodyType,
        requestModel: reqParam.paramType.lexeme,
        responseModel: fn.returnType.lexeme,
        annotation: (plain && plain.annotation) || fn.annotation,
        deprecatedComment: false,
        positions,
        line: line(fn.functionName),
      };
    }
    throw new SpecError(`${this.file}: no operation ${action}`);
  }
}

function endpointsOf(ast) {
  const init = ast.moduleBody.nodes.find((n) => n.type === 'init');
  const out = { product: undefined, version: undefined, endpointRule: undefined, endpoints: {}, lines: {} };
  for (const s of init.initBody.stmts) {
    if (s.type !== 'assign' || s.left.type !== 'virtualVariable') continue;
    const k = s.left.vid.lexeme.slice(1);
    out.lines[k] = line(s);
    if (s.expr.type === 'string') out[k] = s.expr.value.string;
    else if (k === 'endpointMap' && s.expr.type === 'object') {
      for (const f of s.expr.fields) {
        const key = f.fieldName.tag === Tag.STRING ? f.fieldName.string : f.fieldName.lexeme;
        out.endpoints[key] = f.expr.value.string;
        out.lines[`endpointMap.${key}`] = line(f) || line(f.expr);
      }
    }
  }
  return out;
}

function buildOperation(reader, op, source, extra) {
  const request = reader.requestFields(op.requestModel);
  if (op.positions) {
    // Tea: positions come from the function body; a field it never copies is not sent
    for (const f of request) {
      const p = op.positions.get(f.member);
      if (p && p.wire !== f.wire) throw new SpecError(`${source}: ${op.name}.${f.member} wire ${p.wire} != ${f.wire}`);
      f.position = p ? p.position : null;
    }
  }
  return {
    name: op.name,
    method: op.method,
    protocol: op.protocol,
    pathname: op.pathname,
    reqBodyType: op.reqBodyType,
    bodyIsForm: op.bodyIsForm,
    bodyType: op.bodyType,
    source,
    line: op.line,
    deprecated: extra.deprecated,
    retired: extra.retired,
    summary: summaryOf(op.annotation),
    requestModel: op.requestModel,
    request,
    response: reader.responseType(op.responseModel),
  };
}

function readSpec(specDir) {
  const cur = new Reader(path.join(specDir, 'main.dara'), 'dara');
  const info = JSON.parse(fs.readFileSync(path.join(specDir, 'api-info.json'), 'utf8'));
  const deprecated = new Set(info.deprecated || []);
  const top = endpointsOf(cur.ast);
  const ir = {
    product: top.product,
    version: top.version,
    endpointRule: top.endpointRule,
    endpoints: top.endpoints,
    operations: [],
  };
  for (const op of cur.daraOperations()) {
    ir.operations.push(buildOperation(cur, op, 'main.dara', {
      deprecated: deprecated.has(op.name) || op.deprecatedComment,
      retired: false,
    }));
  }
  const readers = { 'main.dara': cur };
  const names = new Set(ir.operations.map((o) => o.name));
  for (const r of RETIRED) {
    if (names.has(r.name)) throw new SpecError(`${r.name} is in main.dara; it is no longer retired`);
    const dialect = r.source.endsWith('.tea') ? 'tea' : 'dara';
    if (!readers[r.source]) readers[r.source] = new Reader(path.join(specDir, r.source), dialect);
    const rd = readers[r.source];
    const op = dialect === 'tea' ? rd.teaOperation(r.name)
      : rd.daraOperations().find((o) => o.name === r.name);
    if (!op) throw new SpecError(`${r.source}: no operation ${r.name}`);
    ir.operations.push(buildOperation(rd, op, r.source, { deprecated: false, retired: true }));
  }
  ir.operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const attrs = {};
  for (const [file, rd] of Object.entries(readers)) attrs[file] = rd.attrCounts;
  return { ir, attrs, info, lines: top.lines };
}

module.exports = { readSpec, summaryOf, parseFile, SpecError, RETIRED };
