'use strict';
// Random response documents written from the spec's response models (the IR of
// tools/codegen/read_spec.js, never rdscodec's headers), their XML rendering, and the
// comparison of what the SDK and rdscodec decode from them (README.md, "Responses").
//
//   makeResponseCase(op, index, seed) -> { id, operation, xml: bool, document, [wrongType],
//                                          jsonEscaped: bool, [xmlPretty: bool] }
//   toJson(document, escaped)         -> its JSON text
//   toXml(op, document, pretty)       -> the document in Alibaba's XML response shape
//   xmlView(type, value)              -> the value an XML reader can give back for it
//   deepDiff(a, b)                    -> null, or the path and values of the first difference

const { Rng } = require('./generate');

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const RESERVED = ['!', "'", '(', ')', '*', '~', ' ', '&', '=', '+', '/', '%', ',', ';', ':', '?', '#', '[', ']', '@', '$', '-', '_', '.'];
const CJK = ['中', '文', '数', '据', '库', '実', '例', '東', '京', '한'];
const EMOJI = ['😀', '🚀', '👍🏽', '🇨🇳', '❤️'];
// What JSON escapes and XML escapes or refuses: `<`, `>`, `&` (XML), `]]>` (the end of a CDATA
// section, which text must not hold raw), quotes, backslash, the control characters JSON writes
// as \uXXXX. U+0001 has no XML 1.0 spelling at all (§2.2 Char): documents that hold it are
// rendered in JSON only (`xml: false`).
const MARKUP = ['<', '>', '&', ']]>', '"', "'", '\\', '\n', '\t', '\u007f', '\u00e9', '\u2028', '&amp;', '<a>'];
const NOT_XML = ['\u0001', '\u001f'];

function word(rng, len, first = ALNUM) {
  let s = first[rng.int(first.length)];
  for (let i = 1; i < len; i++) s += ALNUM[rng.int(ALNUM.length)];
  return s;
}

function text(rng, ctx) {
  switch (rng.int(8)) {
    case 0: return '';
    case 1: return word(rng, 1 + rng.int(12));
    case 2: return ` ${word(rng, 3)} `; // leading and trailing blanks are kept by both readers
    default: {
      const n = 1 + rng.int(6);
      let s = '';
      for (let i = 0; i < n; i++) {
        const k = rng.int(12);
        if (k < 3) s += rng.pick(RESERVED);
        else if (k < 5) s += rng.pick(CJK);
        else if (k < 6) s += rng.pick(EMOJI);
        else if (k < 8) s += rng.pick(MARKUP);
        else if (k < 9 && !ctx.xml) s += rng.pick(NOT_XML);
        else s += word(rng, 1 + rng.int(4));
      }
      return s;
    }
  }
}

// Integers: the type's edges within what a JavaScript number holds exactly. The SDK reads the
// body with JSON.parse (@darabonba/typescript dist/stream.js readAsJSON), so an integer beyond
// ±2^53 reaches its model rounded already; longs are drawn within ±2^53 and the int64 edges
// are left out (README.md says so). 2^53 itself is a double exactly.
const SAFE = 2 ** 53;
const I32 = [-(2 ** 31), 2 ** 31 - 1];
function integer(rng, kind) {
  const [lo, hi] = kind === 'int32' ? I32 : [-SAFE, SAFE];
  const edges = [lo, hi, lo + 1, hi - 1, 0, 1, -1];
  if (kind === 'long') edges.push(2 ** 31, -(2 ** 31) - 1, 2 ** 32, SAFE - 1, -SAFE + 1);
  const r = rng.int(10);
  if (r < 4) return rng.pick(edges);
  if (r < 7) return rng.int(1001);
  return Number(rng.big(BigInt(lo), BigInt(hi)));
}

// Floats: `float` members are float32 in rdscodec (as in Alibaba's Java SDK) and doubles in the
// TypeScript SDK, so a `float` value has at most 6 significant digits (a float32 then prints
// back the same shortest text) and stays within float32's range; a `double` any 15 significant
// digits. Exponent notations (1e21, 1e-7) are what printers disagree on.
const FLOAT_EDGES = [0, 1, -1, 0.5, 0.1, -2.75, 100, 1024.5, 65536, 1e21, 1e-7, 123456, 3.40282e38, -1.17549e-38];
function floating(rng, kind) {
  if (rng.chance(0.4)) return rng.pick(FLOAT_EDGES);
  const digits = kind === 'float' ? 1e6 : 1e15;
  const exp = kind === 'float' ? rng.int(21) - 12 : rng.int(41) - 25;
  return Number(`${rng.chance(0.5) ? '-' : ''}${rng.int(digits)}e${exp}`);
}

// An `any` value. In a document that is also rendered as XML only what XML can carry back
// unchanged: text, and objects of those with keys that are element names (XML has no numbers,
// booleans, null or empty objects; rdscodec's reader gives an element's text as a JSON string,
// response/xml.hpp). JSON-only documents get every JSON kind.
function anyValue(rng, ctx, depth) {
  if (ctx.xml) {
    if (depth > 1 || rng.chance(0.5)) return text(rng, ctx);
    const o = {};
    const n = 1 + rng.int(3);
    for (let i = 0; i < n; i++) o[elementName(rng)] = anyValue(rng, ctx, depth + 1);
    return o;
  }
  switch (rng.int(depth > 1 ? 5 : 7)) {
    case 0: return text(rng, ctx);
    case 1: return rng.int(2000001) - 1000000;
    case 2: return rng.chance(0.5);
    case 3: return null;
    case 4: return floating(rng, 'double');
    case 5: {
      const a = [];
      for (let i = rng.int(4); i > 0; i--) a.push(anyValue(rng, ctx, depth + 1));
      return a;
    }
    default: {
      const o = {};
      for (let i = rng.int(4); i > 0; i--) o[rng.chance(0.6) ? word(rng, 1 + rng.int(8)) : text(rng, ctx)] = anyValue(rng, ctx, depth + 1);
      return o;
    }
  }
}

// An element name (XML 1.0 §2.3, ASCII subset, not beginning with "xml").
function elementName(rng) {
  for (;;) {
    const w = word(rng, 1 + rng.int(8), LETTERS + '_');
    if (!/^xml/i.test(w)) return w;
  }
}

function value(rng, type, ctx, depth) {
  switch (type.kind) {
    case 'string': return text(rng, ctx);
    case 'boolean': return rng.chance(0.5);
    case 'int32':
    case 'long': return integer(rng, type.kind);
    case 'float':
    case 'double': return floating(rng, type.kind);
    case 'any': return anyValue(rng, ctx, 0);
    case 'array': {
      const a = [];
      for (let n = rng.int(4); n > 0; n--) a.push(value(rng, type.items, ctx, depth + 1));
      return a;
    }
    case 'map': {
      const m = {};
      for (let n = rng.int(4); n > 0; n--) {
        const k = ctx.xml ? elementName(rng) : (rng.chance(0.6) ? word(rng, 1 + rng.int(8)) : text(rng, ctx));
        m[k] = value(rng, type.value, ctx, depth + 1);
      }
      return m;
    }
    case 'object': {
      const o = {};
      for (const f of type.fields) {
        // members six levels down (each object, list and map a level) are set half as often, so
        // that documents stay small
        if (f.required || rng.chance(depth < 6 ? ctx.fill : ctx.fill / 2)) o[f.wire] = value(rng, f.type, ctx, depth + 1);
      }
      return o;
    }
    default:
      throw new Error(`responses: no values for type kind ${type.kind}`);
  }
}

// One response document of `op` (an IR operation). Case i is drawn from a PRNG seeded with
// `seed/operation/response/i`; one case in four is JSON-only (its strings may hold characters
// XML 1.0 cannot, its `any` values any JSON). Optional members are set at one rate per case
// (0, 0.3, 0.7 or 1, half that six levels down); case 0 of every operation sets all of the top
// level's.
function makeResponseCase(op, index, seed) {
  const rng = new Rng(`${seed}/${op.name}/response/${index}`);
  const fill = rng.pick([0, 0.3, 0.7, 1]);
  const ctx = { fill: index === 0 ? 1 : fill, xml: !rng.chance(0.25) };
  const document = value(rng, op.response, ctx, 0);
  const kase = { id: `${op.name}/response/${index}`, operation: op.name, xml: ctx.xml, document };
  // About one document in ten gives one top-level scalar a JSON type other than the spec's
  // (`wrongType`), in the spellings the SDK's cast converts (@darabonba/typescript dist/core.js
  // cast, lines 564-589): a number for a string, "true"/"false" or 0/1 for a boolean, a decimal
  // string for an integer. `sdk` is what the SDK makes of it by those rules. rdscodec reads an
  // integer from its decimal text too (response/json.hpp, read_scalar: "some sources return ids
  // as strings"), so there `rdscodec` is the same number; the others it must refuse
  // (`rdscodec: "refuse"`, wrong_type naming the member). Such a document is JSON-only.
  if (rng.chance(0.1)) {
    const scalars = op.response.fields.filter((f) => ['string', 'int32', 'long', 'boolean'].includes(f.type.kind));
    if (scalars.length > 0) {
      const f = rng.pick(scalars);
      let wrong;
      let sdk;
      let rdscodec = 'refuse';
      if (f.type.kind === 'string') {
        wrong = rng.int(100000);
        sdk = String(wrong);
      } else if (f.type.kind === 'boolean') {
        wrong = rng.pick(['true', 'false', 0, 1]);
        sdk = wrong === 'true' || wrong === 1;
      } else {
        sdk = rng.int(100000);
        wrong = String(sdk);
        rdscodec = sdk;
      }
      document[f.wire] = wrong;
      kase.xml = false;
      kase.wrongType = { wire: f.wire, sdk, rdscodec };
    }
  }
  // Half the documents are sent with every non-ASCII character, `/`, `<`, `>` and `&` as JSON
  // escapes (\u00e9, a surrogate pair for an emoji, \/, \u003c), the way other JSON writers
  // spell them (Java's and Go's escape some of these); the rest as JSON.stringify writes them.
  kase.jsonEscaped = rng.chance(0.5);
  // Half the XML documents indented like the published examples, with CDATA sections and
  // character references (toXml, `pretty`); the rest compact.
  if (kase.xml) kase.xmlPretty = rng.chance(0.5);
  return kase;
}

// The document's JSON text (`escaped`: see makeResponseCase). Outside strings JSON text is
// ASCII and has none of `/ < > &`, so replacing them everywhere only touches strings.
function toJson(document, escaped) {
  const text = JSON.stringify(document);
  if (!escaped) return text;
  return text.replace(/[^\x00-\x7f]|[/<>&]/g, (c) => (c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

// ---------------------------------------------------------------------------------------------
// XML, the way Alibaba's RPC APIs answer with Format=XML (the published examples of
// spec/rds-20140815/api-docs.json, `responseDemo` entries of type "xml", e.g.
// DescribeDBInstances): an XML declaration, the root element `<Action>Response`, one element per
// member named by its wire name, scalar text as JSON would print it (`true`/`false`, numbers);
// an array is one element per item, each named by the array's member (the JSON
// `"Items":{"DBInstance":[…]}` is `<Items><DBInstance>…</DBInstance><DBInstance>…</DBInstance></Items>`;
// an empty array writes nothing); a map is an element whose children are its entries, named
// by their keys; an `any` object likewise.
function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Text in the `pretty` style: a CDATA section when it holds markup characters (and no `]]>`,
// which would end it), else every non-ASCII character as a hexadecimal character reference
// (&#x4E2D;, &#x1F600; for an emoji: references name code points, not UTF-16 units).
function prettyText(s) {
  if (/[<&>]/.test(s) && !s.includes(']]>')) return `<![CDATA[${s}]]>`;
  return escapeXml(s).replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0).toString(16).toUpperCase()};`);
}

function scalarText(v, st) {
  if (typeof v === 'string') return st.pretty ? prettyText(v) : escapeXml(v);
  return String(v);
}

// `st.pretty`: indented like the published examples (a newline and four blanks a level before
// every child element and before the end tag of an element with children; never inside text).
function xmlMember(name, type, v, out, st, depth) {
  if (type.kind === 'array') {
    for (const item of v) xmlMember(name, type.items, item, out, st, depth);
    return;
  }
  if (st.pretty) out.push(`\n${'    '.repeat(depth)}`);
  out.push(`<${name}>`);
  const before = out.length;
  const children = xmlContent(type, v, out, st, depth + 1);
  if (st.pretty && children && out.length > before) out.push(`\n${'    '.repeat(depth)}`);
  out.push(`</${name}>`);
}

// Appends the content of one element; true when it is child elements (not text).
function xmlContent(type, v, out, st, depth) {
  switch (type.kind) {
    case 'object':
      for (const f of type.fields) if (v[f.wire] !== undefined) xmlMember(f.wire, f.type, v[f.wire], out, st, depth);
      return true;
    case 'map':
      for (const [k, item] of Object.entries(v)) xmlMember(k, type.value, item, out, st, depth);
      return true;
    case 'any':
      if (v !== null && typeof v === 'object') {
        for (const [k, item] of Object.entries(v)) xmlMember(k, { kind: 'any' }, item, out, st, depth);
        return true;
      }
      out.push(scalarText(v, st));
      return false;
    default:
      out.push(scalarText(v, st));
      return false;
  }
}

function toXml(op, document, pretty = false) {
  const st = { pretty };
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', pretty ? '\n' : '', `<${op.name}Response>`];
  if (xmlContent(op.response, document, out, st, 1) && pretty) out.push('\n');
  out.push(`</${op.name}Response>`);
  return out.join('');
}

// What an XML reader can give back for `v` of `type`: the document with empty arrays left out
// (XML writes nothing for them, so they read as absent). Everything else of an XML-rendered
// document survives (see anyValue).
function xmlView(type, v) {
  switch (type.kind) {
    case 'object': {
      const o = {};
      for (const f of type.fields) {
        if (v[f.wire] === undefined) continue;
        if (f.type.kind === 'array' && v[f.wire].length === 0) continue;
        o[f.wire] = xmlView(f.type, v[f.wire]);
      }
      return o;
    }
    case 'array': return v.map((x) => xmlView(type.items, x));
    case 'map': {
      const m = {};
      for (const [k, x] of Object.entries(v)) {
        if (type.value.kind === 'array' && x.length === 0) continue;
        m[k] = xmlView(type.value, x);
      }
      return m;
    }
    default: return v;
  }
}

// ---------------------------------------------------------------------------------------------
// Deep comparison of two JSON values: object members in any order (JSON objects are unordered;
// rdscodec writes members in its model's order, maps in byte order of their keys), arrays in
// order, numbers by value (both sides hold them as JavaScript doubles after JSON.parse).
function deepDiff(a, b, at = '') {
  if (a === b) return null;
  const ta = a === null ? 'null' : Array.isArray(a) ? 'array' : typeof a;
  const tb = b === null ? 'null' : Array.isArray(b) ? 'array' : typeof b;
  if (ta !== tb) return { at: at || '(top)', a, b };
  if (ta === 'array') {
    if (a.length !== b.length) return { at: `${at}.length`, a: a.length, b: b.length };
    for (let i = 0; i < a.length; i++) {
      const d = deepDiff(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (ta === 'object') {
    for (const k of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(b, k)) return { at: `${at}.${k}`, a: a[k], b: undefined };
      const d = deepDiff(a[k], b[k], `${at}.${k}`);
      if (d) return d;
    }
    for (const k of Object.keys(b)) {
      if (!Object.prototype.hasOwnProperty.call(a, k)) return { at: `${at}.${k}`, a: undefined, b: b[k] };
    }
    return null;
  }
  return { at: at || '(top)', a, b };
}

module.exports = { makeResponseCase, toJson, toXml, xmlView, deepDiff, escapeXml };
