'use strict';
// Random request cases written from the spec's IR (tools/codegen/read_spec.js), not from
// rdscodec's headers. Every value comes from a seeded PRNG keyed by (seed, operation, signature
// version, case index), so a case does not change when other operations or more cases are added.

const crypto = require('crypto');

// ---------------------------------------------------------------------------------------------
// PRNG: xorshift128+ seeded from SHA-256 of the key; 53-bit doubles and exact BigInt draws.
class Rng {
  constructor(key) {
    const h = crypto.createHash('sha256').update(key).digest();
    this.s0 = h.readBigUInt64LE(0) | 1n;
    this.s1 = h.readBigUInt64LE(8) | 2n;
  }
  next64() {
    const M = 0xffffffffffffffffn;
    let s1 = this.s0;
    const s0 = this.s1;
    this.s0 = s0;
    s1 ^= (s1 << 23n) & M;
    s1 ^= s1 >> 17n;
    s1 ^= s0;
    s1 ^= s0 >> 26n;
    this.s1 = s1;
    return (this.s0 + this.s1) & M;
  }
  float() { return Number(this.next64() >> 11n) / 2 ** 53; }
  int(n) { return Math.floor(this.float() * n); } // 0 .. n-1
  chance(p) { return this.float() < p; }
  pick(a) { return a[this.int(a.length)]; }
  // uniform BigInt in [lo, hi]
  big(lo, hi) {
    const span = hi - lo + 1n;
    let r = 0n;
    for (let i = 0; i < 2; i++) r = (r << 64n) | this.next64();
    return lo + (r % span);
  }
}

// ---------------------------------------------------------------------------------------------
// Strings: the characters that separate encodings (RFC 3986 unreserved vs. what
// encodeURIComponent, querystring and form encoders leave alone), multi-byte UTF-8, and the
// characters JSON escapes.
const RESERVED = ['!', "'", '(', ')', '*', '~', ' ', '&', '=', '+', '/', '%', ',', ';', ':', '?', '#', '[', ']', '@', '$', '-', '_', '.'];
const CJK = ['中', '文', '数', '据', '库', '实', '例', '東', '京', '한'];
const EMOJI = ['😀', '🚀', '👍🏽', '🇨🇳', '❤️'];
const JSONISH = ['"', '\\', '\n', '\t', '\u0001', '\u007f', '\u00e9', '\u2028', '<', '>'];
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function asciiWord(rng, len) {
  let s = '';
  for (let i = 0; i < len; i++) s += ALNUM[rng.int(ALNUM.length)];
  return s;
}

function randomString(rng, limits) {
  const hasLen = limits && (limits.minLength !== undefined || limits.maxLength !== undefined);
  if (hasLen) {
    // A length limit: ASCII only, so characters, UTF-16 units and bytes agree on the length.
    const lo = limits.minLength ?? 0;
    const hi = Math.min(limits.maxLength ?? lo + 40, lo + 64);
    const len = rng.chance(0.3) ? rng.pick([lo, hi]) : lo + rng.int(hi - lo + 1);
    return asciiWord(rng, len);
  }
  switch (rng.int(8)) {
    case 0: return '';
    case 1: return asciiWord(rng, 1 + rng.int(12));
    case 2: return `rm-${asciiWord(rng, 6).toLowerCase()}`;
    default: {
      const n = 1 + rng.int(6);
      let s = '';
      for (let i = 0; i < n; i++) {
        const k = rng.int(10);
        if (k < 3) s += rng.pick(RESERVED);
        else if (k < 5) s += rng.pick(CJK);
        else if (k < 6) s += rng.pick(EMOJI);
        else if (k < 7) s += rng.pick(JSONISH);
        else s += asciiWord(rng, 1 + rng.int(4));
      }
      return s;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers. A long outside ±(2^53 - 1) is written as its decimal text: a JavaScript number
// cannot hold it, and the SDK only calls toString() on it (README.md, "Case file").
const I32 = [-(2n ** 31n), 2n ** 31n - 1n];
const I64 = [-(2n ** 63n), 2n ** 63n - 1n];
const SAFE = 2n ** 53n - 1n;

function intValue(b) {
  return b >= -SAFE && b <= SAFE ? Number(b) : b.toString();
}

function randomInt(rng, kind, limits) {
  const [tlo, thi] = kind === 'int32' ? I32 : I64;
  let lo = tlo;
  let hi = thi;
  if (limits && limits.minimum !== undefined) lo = BigInt(limits.minimum);
  if (limits && limits.maximum !== undefined) hi = BigInt(limits.maximum);
  if (lo < tlo) lo = tlo;
  if (hi > thi) hi = thi;
  const edges = [lo, hi, lo + 1n <= hi ? lo + 1n : lo, hi - 1n >= lo ? hi - 1n : hi];
  for (const e of [0n, 1n, -1n, SAFE, SAFE + 1n, SAFE + 2n, -SAFE - 1n]) if (e >= lo && e <= hi) edges.push(e);
  const r = rng.int(10);
  if (r < 4) return intValue(rng.pick(edges));
  if (r < 7) {
    // a small value near the bottom of the range (most RDS integers are sizes and counts)
    const top = lo + 1000n < hi ? lo + 1000n : hi;
    return intValue(rng.big(lo, top));
  }
  return intValue(rng.big(lo, hi));
}

// Floats: values whose shortest decimal text is the same in float32 and float64
// (a dyadic fraction with few digits), plus the notations that differ between printers
// (exponent forms JavaScript writes as 1e+21 and 1e-7).
const FLOAT_EDGES = [0, 1, -1, 0.5, 0.25, 1.5, -2.75, 100, 1024.5, 65536, 1e21, 1e-7, 123456.5, 3.4028234663852886e38];
function randomFloat(rng, kind) {
  if (rng.chance(0.4)) {
    const v = rng.pick(FLOAT_EDGES);
    return kind === 'float' && Math.abs(v) > 3.4e38 ? 1e38 : v;
  }
  if (kind === 'float') return (rng.int(2000001) - 1000000) / 64;
  // double: up to 15 significant decimal digits, any decimal exponent in a sane range
  const digits = rng.int(1e15);
  const exp = rng.int(31) - 20;
  return Number(`${rng.chance(0.5) ? '-' : ''}${digits}e${exp}`);
}

// ---------------------------------------------------------------------------------------------
function randomAny(rng, depth) {
  const k = rng.int(depth > 1 ? 5 : 7);
  switch (k) {
    case 0: return randomString(rng);
    case 1: return intValue(rng.big(-1000000n, 1000000n));
    case 2: return rng.chance(0.5);
    case 3: return null;
    case 4: return randomFloat(rng, 'double');
    case 5: {
      const n = rng.int(4);
      const a = [];
      for (let i = 0; i < n; i++) a.push(randomAny(rng, depth + 1));
      return a;
    }
    default: {
      const n = rng.int(4);
      const o = {};
      for (let i = 0; i < n; i++) o[randomKey(rng)] = randomAny(rng, depth + 1);
      return o;
    }
  }
}

function randomKey(rng) {
  return rng.chance(0.7) ? asciiWord(rng, 1 + rng.int(8)) : randomString(rng) || 'k';
}

// The value of one field of the given TYPE. `ctx.fill` is the probability of setting an
// optional member of a nested object. A required field never gets a value that sends nothing
// or nothing useful (the empty string, an empty list or map, an object with no member set):
// rdscodec reads those as missing (model/fields.hpp, check_value), the SDK would send them.
function randomValue(rng, type, limits, ctx, required = false) {
  switch (type.kind) {
    case 'string':
    case 'bytes': {
      const s = randomString(rng, limits);
      return required && s === '' ? asciiWord(rng, 1 + rng.int(8)) : s;
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'int32':
    case 'long':
      return randomInt(rng, type.kind, limits);
    case 'float':
    case 'double':
      return randomFloat(rng, type.kind);
    case 'any':
      return randomAny(rng, 0);
    case 'array': {
      const n = required ? 1 + rng.int(3) : rng.int(4);
      const a = [];
      for (let i = 0; i < n; i++) a.push(randomValue(rng, type.items, {}, ctx));
      return a;
    }
    case 'map': {
      // Entries in byte order of their keys: a std::map's order, and the SDK keeps insertion
      // order (README.md, "Differences": integer-like keys still come first in JavaScript).
      const n = required ? 1 + rng.int(3) : rng.int(4);
      const entries = [];
      for (let i = 0; i < n; i++) entries.push([randomKey(rng), randomValue(rng, type.value, {}, ctx)]);
      entries.sort((x, y) => Buffer.compare(Buffer.from(x[0]), Buffer.from(y[0])));
      const m = {};
      for (const [k, v] of entries) m[k] = v;
      return m;
    }
    case 'object': {
      const o = {};
      for (const f of type.fields) {
        if (f.required || rng.chance(ctx.fill)) o[f.wire] = randomValue(rng, f.type, f.limits, ctx, f.required);
      }
      if (required && Object.keys(o).length === 0 && type.fields.length > 0) {
        const f = type.fields.find((x) => !['array', 'map', 'object'].includes(x.type.kind)) || type.fields[0];
        o[f.wire] = randomValue(rng, f.type, f.limits, ctx, true);
      }
      return o;
    }
    default:
      throw new Error(`generator: no values for type kind ${type.kind}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Which spec fields a case may set: the fields the SDK's model has (the spec can be newer than
// the SDK), minus the business field SecurityToken (rdscodec omits it, tools/codegen/overrides.json:
// on the wire it is the STS token).
function settableFields(op, sdkWires) {
  const skipped = [];
  const fields = [];
  for (const f of op.request) {
    if (!sdkWires.has(f.wire)) skipped.push({ wire: f.wire, why: 'not in the SDK model' });
    else if (f.wire === 'SecurityToken') skipped.push({ wire: f.wire, why: 'the V2 STS token parameter (rdscodec omits the field)' });
    else fields.push(f);
  }
  return { fields, skipped };
}

const CREDENTIALS = [
  { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
  { accessKeyId: 'LTAI5tExampleKeyId01', accessKeySecret: 'kZ4+/=Secret&With~Reserved' },
];
const ENDPOINTS = ['rds.aliyuncs.com', 'rds.ap-southeast-3.aliyuncs.com', 'rds.eu-central-1.aliyuncs.com'];

function hex(rng, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(16)];
  return s;
}

function timestamp(rng) {
  // a second between 2000-01-01 and 2099-12-31, UTC
  const t = Date.UTC(2000, 0, 1) / 1000 + rng.int(3155673600);
  return new Date(t * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

// One case. About one in ten breaks one rule the spec states (a required field unset, an
// integer outside minimum/maximum, a string outside minLength/maxLength) and says which in
// `violates`: the SDK signs it anyway, rdscodec must refuse it.
function makeCase(op, sdkWires, signature, index, seed) {
  const rng = new Rng(`${seed}/${op.name}/${signature}/${index}`);
  const { fields } = settableFields(op, sdkWires);
  const fill = rng.pick([0, 0.25, 0.6, 1]);
  const ctx = { fill };
  const request = {};
  for (const f of fields) {
    if (f.required || rng.chance(fill)) request[f.wire] = randomValue(rng, f.type, f.limits, ctx, f.required);
  }
  const violates = [];
  if (rng.chance(0.1)) {
    const options = [];
    for (const f of fields) {
      if (f.required) options.push({ wire: f.wire, rule: 'required' });
      const l = f.limits || {};
      if ((f.type.kind === 'int32' || f.type.kind === 'long')) {
        const [tlo, thi] = f.type.kind === 'int32' ? I32 : I64;
        if (l.minimum !== undefined && BigInt(l.minimum) > tlo) options.push({ wire: f.wire, rule: 'minimum' });
        if (l.maximum !== undefined && BigInt(l.maximum) < thi) options.push({ wire: f.wire, rule: 'maximum' });
      }
      if (f.type.kind === 'string' && l.minLength !== undefined && l.minLength > 0) options.push({ wire: f.wire, rule: 'minLength' });
      if (f.type.kind === 'string' && l.maxLength !== undefined && l.maxLength < 1024) options.push({ wire: f.wire, rule: 'maxLength' });
    }
    if (options.length > 0) {
      const v = rng.pick(options);
      const f = fields.find((x) => x.wire === v.wire);
      const l = f.limits;
      if (v.rule === 'required') delete request[v.wire];
      else if (v.rule === 'minimum') request[v.wire] = intValue(BigInt(l.minimum) - 1n);
      else if (v.rule === 'maximum') request[v.wire] = intValue(BigInt(l.maximum) + 1n);
      else if (v.rule === 'minLength') request[v.wire] = asciiWord(rng, l.minLength - 1);
      else request[v.wire] = asciiWord(rng, l.maxLength + 1);
      violates.push(v);
    }
  }
  const cred = { ...rng.pick(CREDENTIALS) };
  if (rng.chance(0.5)) cred.securityToken = `CAIS${hex(rng, 24)}/+=`;
  return {
    id: `${op.name}/${signature}/${index}`,
    operation: op.name,
    signature,
    credentials: cred,
    timestamp: timestamp(rng),
    nonce: hex(rng, 32),
    endpoint: rng.chance(0.7) ? ENDPOINTS[0] : rng.pick(ENDPOINTS),
    request,
    violates,
  };
}

module.exports = { Rng, makeCase, settableFields, randomValue, randomString, randomInt, randomFloat };
