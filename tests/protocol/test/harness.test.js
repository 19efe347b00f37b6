'use strict';
// The harness against facts stated independently of it: the published signing vectors, the
// signatures recomputed from the captured parts (./independent.js, node's crypto only), and
// the SDK quirks issue 14 lists, each observed here.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const ind = require('../independent/signers');
const sdk = require('../lib/sdk');
const { makeCase, Rng } = require('../lib/generate');

const VECTORS = path.join(__dirname, '..', '..', 'data', 'vectors');
const v2Vectors = JSON.parse(fs.readFileSync(path.join(VECTORS, 'signing-v2.json'), 'utf8'));
const v3Vectors = JSON.parse(fs.readFileSync(path.join(VECTORS, 'signing-v3.json'), 'utf8'));
// The committed cases, or those of a longer run (gen_cases.js --out-dir DIR) when
// RDSCODEC_PROTOCOL_CASES=DIR.
const CASES = process.env.RDSCODEC_PROTOCOL_CASES || path.join(__dirname, '..');
const casesV2 = JSON.parse(fs.readFileSync(path.join(CASES, 'cases-v2.json'), 'utf8'));
const casesV3 = JSON.parse(fs.readFileSync(path.join(CASES, 'cases-v3.json'), 'utf8'));

// A credential provider with no providerName: what the documentation's vectors assume (the
// SDK's own static providers add and sign x-acs-credentials-provider).
function plainCredential(id, secret) {
  return { getCredential: async () => ({ accessKeyId: id, accessKeySecret: secret, type: 'access_key' }) };
}

function pairsOfQuery(q) { return Object.entries(q); }

// ---------------------------------------------------------------------------------------------
test('the independent V2 signer reproduces every published V2 vector', () => {
  let n = 0;
  for (const v of v2Vectors) {
    const pairs = Object.entries(v.inputs.params);
    if (v.expected.string_to_sign) assert.equal(ind.v2StringToSign(v.inputs.method, pairs), v.expected.string_to_sign, v.id);
    if (v.expected.canonicalized_query_string) assert.equal(ind.v2CanonicalQuery(pairs), v.expected.canonicalized_query_string, v.id);
    if (v.expected.signature) {
      assert.equal(ind.v2Signature(v.inputs.method, pairs, v.inputs.access_key_secret), v.expected.signature, v.id);
      n++;
    }
  }
  assert.ok(n >= 3);
});

test('the independent V3 signer reproduces the published V3 vector', () => {
  const v = v3Vectors.find((x) => x.id === 'v3-doc-runinstances');
  const i = v.inputs;
  const signed = Object.keys(i.headers).map((h) => h.toLowerCase()).sort();
  const cr = ind.v3CanonicalRequest(i.method, i.canonical_uri, Object.entries(i.query), i.headers, signed, i.body);
  assert.equal(cr, v.expected.canonical_request);
  assert.equal(ind.v3Signature(cr, i.access_key_secret), v.expected.signature);
});

// ---------------------------------------------------------------------------------------------
// The seams: through the SDK's generic callApi, with the vectors' own time, nonce and key, the
// captured request carries exactly the published signature. This proves the pinning and the
// capture point (after signing, before the network).
test('seam: the SDK signs the published V3 RunInstances vector byte for byte', async () => {
  const v = v3Vectors.find((x) => x.id === 'v3-doc-runinstances');
  const openapi = require('@alicloud/openapi-core');
  const taken = await sdk.captureCall(
    { credential: plainCredential(v.inputs.access_key_id, v.inputs.access_key_secret), endpoint: v.inputs.headers.host },
    'v3', v.inputs.headers['x-acs-date'], v.inputs.headers['x-acs-signature-nonce'],
    (client, runtime) => client.callApi(new openapi.$OpenApiUtil.Params({
      action: 'RunInstances', version: '2014-05-26', protocol: 'HTTPS', pathname: '/', method: 'POST',
      authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
    }), new openapi.$OpenApiUtil.OpenApiRequest({ query: v.inputs.query }), runtime));
  assert.equal(taken.headers.Authorization, v.expected.authorization);
});

test('seam: the SDK signs the published V2 DescribeDedicatedHosts vector byte for byte', async () => {
  const v = v2Vectors.find((x) => x.id === 'v2-doc-describededicatedhosts');
  const p = v.inputs.params;
  const openapi = require('@alicloud/openapi-core');
  const taken = await sdk.captureCall(
    { credential: plainCredential(p.AccessKeyId, v.inputs.access_key_secret), endpoint: v.inputs.endpoint },
    'v2', p.Timestamp, p.SignatureNonce,
    (client, runtime) => client.callApi(new openapi.$OpenApiUtil.Params({
      action: p.Action, version: p.Version, protocol: 'HTTPS', pathname: '/', method: v.inputs.method,
      authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
    }), new openapi.$OpenApiUtil.OpenApiRequest({ query: { Format: p.Format, RegionId: p.RegionId } }), runtime));
  assert.equal(taken.query.Signature, v.expected.signature);
  assert.equal(sdk.sentUrl(taken).split('Signature=')[1], v.expected.signature_url_encoded);
});

test('seam: nothing reaches the network, and doAction outside a capture is refused', async () => {
  const dara = require('@darabonba/typescript');
  await assert.rejects(async () => dara.doAction({ protocol: 'https', headers: { host: 'rds.aliyuncs.com' }, pathname: '/', query: {} }),
    /outside capture/);
  assert.equal(sdk.operations().size, 398); // the SDK's package description: 398 operations
});

// ---------------------------------------------------------------------------------------------
// Every committed case: its signature recomputed from the captured parts.
function secretOf(c) { return c.credentials.accessKeySecret; }

test('every committed V3 case: x-acs-content-sha256 and the signature recomputed from the captured parts', () => {
  assert.ok(casesV3.cases.length > 0);
  for (const c of casesV3.cases) {
    const e = c.expected;
    const a = /^ACS3-HMAC-SHA256 Credential=([^,]*),SignedHeaders=([^,]*),Signature=([0-9a-f]{64})$/.exec(e.headers.Authorization);
    assert.ok(a, c.id);
    assert.equal(a[1], c.credentials.accessKeyId, c.id);
    const signed = a[2].split(';');
    assert.deepEqual(signed, [...signed].sort(), c.id);
    // the query on the wire, decoded, is exactly the operation's parameters
    assert.deepEqual(ind.formPairs(e.rawQuery).sort(), pairsOfQuery(e.query).sort(), c.id);
    const payload = crypto.createHash('sha256').update(e.body || '', 'utf8').digest('hex');
    assert.equal(e.headers['x-acs-content-sha256'], payload, c.id);
    const cr = ind.v3CanonicalRequest(e.method, e.path, ind.formPairs(e.rawQuery), e.headers, signed, e.body);
    assert.equal(a[3], ind.v3Signature(cr, secretOf(c)), c.id);
    assert.equal(e.signature, a[3], c.id);
    // the variant without x-acs-credentials-provider: the same parts minus that header
    const w = /^ACS3-HMAC-SHA256 Credential=([^,]*),SignedHeaders=([^,]*),Signature=([0-9a-f]{64})$/.exec(e.withoutProviderHeader.authorization);
    assert.ok(w, c.id);
    const fewer = signed.filter((h) => h !== 'x-acs-credentials-provider');
    assert.equal(w[2], fewer.join(';'), c.id);
    const crFewer = ind.v3CanonicalRequest(e.method, e.path, ind.formPairs(e.rawQuery), e.headers, fewer, e.body);
    assert.equal(w[3], ind.v3Signature(crFewer, secretOf(c)), c.id);
    if (e.body !== null) assert.deepEqual(Object.fromEntries(ind.formPairs(e.body)), e.form, c.id);
    else assert.equal(e.form, null, c.id);
  }
});

test('every committed V2 case: the Signature recomputed from the query and form parameters', () => {
  assert.ok(casesV2.cases.length > 0);
  for (const c of casesV2.cases) {
    const e = c.expected;
    const q = ind.formPairs(e.rawQuery);
    const sig = q.filter(([k]) => k === 'Signature');
    assert.equal(sig.length, 1, c.id);
    const signedPairs = q.filter(([k]) => k !== 'Signature').concat(ind.formPairs(e.body));
    assert.equal(sig[0][1], ind.v2Signature(e.method, signedPairs, secretOf(c)), c.id);
    assert.equal(e.signature, sig[0][1], c.id);
    // the variant with Format=JSON: the same parameters, Format in upper case
    const upper = signedPairs.map(([k, v]) => (k === 'Format' ? [k, 'JSON'] : [k, v]));
    assert.equal(e.formatJSON.signature, ind.v2Signature(e.method, upper, secretOf(c)), c.id);
    assert.equal(e.common.AccessKeyId, c.credentials.accessKeyId, c.id);
    assert.equal(e.common.Timestamp, c.timestamp, c.id);
    assert.equal(e.common.SignatureNonce, c.nonce, c.id);
    assert.equal(e.common.SecurityToken, c.credentials.securityToken, c.id);
  }
});

// ---------------------------------------------------------------------------------------------
// The quirks of issue 14, observed on the committed cases.
test('quirk: V3 signs x-acs-credentials-provider; with STS also x-acs-accesskey-id and x-acs-security-token', () => {
  let sts = 0;
  for (const c of casesV3.cases) {
    const signed = /SignedHeaders=([^,]*)/.exec(c.expected.headers.Authorization)[1].split(';');
    assert.ok(signed.includes('x-acs-credentials-provider'), c.id);
    const provider = c.credentials.securityToken ? 'static_sts' : 'static_ak';
    assert.equal(c.expected.headers['x-acs-credentials-provider'], provider, c.id);
    if (c.credentials.securityToken) {
      sts++;
      assert.ok(signed.includes('x-acs-accesskey-id') && signed.includes('x-acs-security-token'), c.id);
      assert.equal(c.expected.headers['x-acs-accesskey-id'], c.credentials.accessKeyId, c.id);
      assert.equal(c.expected.headers['x-acs-security-token'], c.credentials.securityToken, c.id);
    } else {
      assert.ok(!('x-acs-accesskey-id' in c.expected.headers), c.id);
    }
  }
  assert.ok(sts > 0 && sts < casesV3.cases.length);
});

test('quirk: V2 sends Format=json in lower case (the documentation writes JSON or XML)', () => {
  for (const c of casesV2.cases) assert.equal(c.expected.common.Format, 'json', c.id);
  // the only case-insensitive part of the wire: the raw query holds the same text
  assert.match(casesV2.cases[0].expected.rawQuery, /(^|&)Format=json(&|$)/);
});

test("quirk: V3 form bodies (and every raw query) leave !'()* unencoded", async () => {
  // a case written for this: every reserved character in a Body field of ConfirmNotify's
  // sibling DeleteDBInstanceEndpointAddress (ConnectionString is position=Body in the spec)
  const kase = {
    operation: 'DeleteDBInstanceEndpointAddress', signature: 'v3',
    credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    timestamp: '2023-03-13T08:34:30Z', nonce: 'edb2b34af0af9a6d14deaf7c1a5315eb', endpoint: 'rds.aliyuncs.com',
    request: { DBInstanceId: "q!'()*~", ConnectionString: "b!'()*~ &=+/%" },
  };
  const e = await sdk.capture(kase);
  assert.equal(e.body, "ConnectionString=b!'()*~%20%26%3D%2B%2F%25");
  assert.equal(e.rawQuery, "DBInstanceId=q!'()*~");
  // RFC 3986 (and rdscodec) would write %21%27%28%29%2A; both decode to the same fields
  assert.deepEqual(ind.formPairs(e.body), [['ConnectionString', "b!'()*~ &=+/%"]]);
  // the signature covers the SDK's own body bytes
  const payload = crypto.createHash('sha256').update(e.body, 'utf8').digest('hex');
  assert.equal(e.headers['x-acs-content-sha256'], payload);
  // and the canonical query encodes them (the signature only verifies that way)
  const signed = /SignedHeaders=([^,]*)/.exec(e.headers.Authorization)[1].split(';');
  const cr = ind.v3CanonicalRequest('POST', '/', [['DBInstanceId', "q!'()*~"]], e.headers, signed, e.body);
  assert.ok(cr.includes("DBInstanceId=q%21%27%28%29%2A~\n"));
  assert.equal(/Signature=([0-9a-f]+)/.exec(e.headers.Authorization)[1], ind.v3Signature(cr, 'testsecret'));
});

test('quirk: a long beyond 2^53 passed as text reaches the wire exactly; as a number it would not', async () => {
  const base = {
    operation: 'DescribeDBInstances', signature: 'v3',
    credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    timestamp: '2023-03-13T08:34:30Z', nonce: 'n1', endpoint: 'rds.aliyuncs.com',
  };
  const asText = await sdk.capture({ ...base, request: { RegionId: 'cn-hangzhou', OwnerId: '9223372036854775807' } });
  assert.equal(asText.query.OwnerId, '9223372036854775807');
  const asNumber = await sdk.capture({ ...base, request: { RegionId: 'cn-hangzhou', OwnerId: 9223372036854775807 } });
  assert.equal(asNumber.query.OwnerId, '9223372036854776000'); // the nearest double, as JS prints it
});

test('quirk: the SDK declares the spec\'s bytes fields Buffer and flattens a Buffer byte by byte', async () => {
  const e = await sdk.captureCall({ accessKeyId: 'testid', accessKeySecret: 'testsecret', endpoint: 'rds.aliyuncs.com' },
    'v3', '2023-03-13T08:34:30Z', 'n2', (client, runtime) => {
      const rds = require('@alicloud/rds20140815');
      assert.equal(rds.DescribeComputeBurstConfigRequest.types().regionId, 'Buffer');
      return client.describeComputeBurstConfigWithOptions(
        new rds.DescribeComputeBurstConfigRequest({ DBInstanceId: 'rm-1', regionId: Buffer.from('cn') }), runtime);
    });
  // 'c' = 99, 'n' = 110: RegionId.0 and RegionId.1 instead of RegionId=cn. The generated cases
  // therefore pass bytes fields as text (what the service documents: a region ID).
  assert.deepEqual(e.query, { DBInstanceId: 'rm-1', 'RegionId.0': '99', 'RegionId.1': '110' });
});

test('quirk: the SDK checks no required fields and no ranges (violating cases are still signed)', () => {
  const violating = casesV3.cases.concat(casesV2.cases).filter((c) => c.violates.length > 0);
  assert.ok(violating.length > 0);
  const kinds = new Set(violating.map((c) => c.violates[0].rule));
  for (const k of ['required', 'maximum']) assert.ok(kinds.has(k), k);
  for (const c of violating) assert.ok(c.expected.headers.Authorization || c.expected.signature, c.id);
});

test('the SDK methods differ from the spec only where the case files say', () => {
  const diffs = casesV3.differences.filter((d) => d.what === 'method');
  assert.deepEqual(diffs, [{ operation: 'DescribeDBInstanceReplication', what: 'method', spec: 'POST', sdk: 'GET' }]);
  const c = casesV3.cases.find((x) => x.operation === 'DescribeDBInstanceReplication');
  assert.equal(c.expected.method, 'GET');
});

// ---------------------------------------------------------------------------------------------
// The generator.
test('the generator is deterministic and independent of how many cases are made', () => {
  const op = { name: 'X', request: [{ wire: 'A', required: true, type: { kind: 'string' }, limits: {} }] };
  const w = new Set(['A']);
  assert.deepEqual(makeCase(op, w, 'v3', 2, 's'), makeCase(op, w, 'v3', 2, 's'));
  assert.notDeepEqual(makeCase(op, w, 'v3', 2, 's'), makeCase(op, w, 'v3', 3, 's'));
  const r = new Rng('k');
  const draws = Array.from({ length: 1000 }, () => r.int(10));
  for (let d = 0; d < 10; d++) assert.ok(draws.filter((x) => x === d).length > 50, `digit ${d}`);
});

test('the committed cases hold the values issue 14 asks for', () => {
  const all = casesV3.cases.concat(casesV2.cases);
  const strings = [];
  const longsAsText = [];
  const arrays = [];
  const walk = (v) => {
    if (typeof v === 'string') { strings.push(v); if (/^-?\d{16,}$/.test(v)) longsAsText.push(v); }
    else if (Array.isArray(v)) { arrays.push(v.length); v.forEach(walk); }
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  all.forEach((c) => walk(c.request));
  const has = (re) => strings.some((s) => re.test(s));
  assert.ok(strings.includes(''), 'an empty string');
  for (const ch of ['!', "'", '(', ')', '*', '~', ' ', '&', '=', '+', '/', '%']) assert.ok(strings.some((s) => s.includes(ch)), ch);
  assert.ok(has(/[\u4e00-\u9fff]/), 'CJK');
  assert.ok(has(/\p{Extended_Pictographic}/u), 'emoji');
  assert.ok(longsAsText.includes('9223372036854775807') && longsAsText.includes('-9223372036854775808'), 'int64 edges');
  for (const n of [0, 1, 2, 3]) assert.ok(arrays.includes(n), `an array of ${n}`);
  assert.ok(Math.max(...arrays) <= 3);
  // styles on the wire: a repeat list, a JSON text, a comma-joined list, a form body
  const wire = all.map((c) => c.expected);
  assert.ok(wire.some((e) => Object.keys(e.query).some((k) => /\.\d+(\.|$)/.test(k))), 'repeatList');
  assert.ok(wire.some((e) => Object.values(e.query).some((v) => /^[[{].*[\]}]$/.test(v))), 'json');
  // shrink='simple' (AttachRCInstances.InstanceIds, ...): the items comma-joined
  assert.ok(all.some((c) => ['AttachRCInstances', 'DeleteRCClusterNodes', 'DescribeRCInstanceTypes'].includes(c.operation) &&
    Object.entries(c.request).some(([k, v]) => Array.isArray(v) && v.length >= 2 && c.expected.query[k] === v.join(','))), 'simple');
  assert.ok(wire.some((e) => e.form !== null && Object.keys(e.form).length > 0), 'form body');
  assert.ok(all.some((c) => c.credentials.securityToken) && all.some((c) => !c.credentials.securityToken), 'STS on and off');
  assert.ok(wire.some((e) => e.method === 'GET') && wire.some((e) => e.method === 'POST'), 'GET and POST');
});

test('quirk: the query goes out in the SDK\'s insertion order, JSON objects in JavaScript property order', async () => {
  // V2: the common parameters first (client.js line 206), the signer's own after the operation's
  for (const c of casesV2.cases) assert.match(c.expected.rawQuery, /^Action=[A-Za-z]+&Format=json&Version=2014-08-15&Timestamp=/, c.id);
  const e = await sdk.capture({
    operation: 'RunRCCommand', signature: 'v3',
    credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    timestamp: '2023-03-13T08:34:30Z', nonce: 'n3', endpoint: 'rds.aliyuncs.com',
    request: { RegionId: 'cn-hangzhou', Type: 'RunShellScript', CommandContent: 'ls', Parameters: { b: 1, a: 'x', 10: true, 9: null } },
  });
  // integer-like keys first in numeric order, then the others in insertion order
  assert.equal(e.query.Parameters, '{"9":null,"10":true,"b":1,"a":"x"}');
  // V3: the query string in the order the method assigns the parameters, not sorted: in
  // describeDBInstancesByPerformanceWithOptions the repeat list Tag comes after proxyId
  const p = await sdk.capture({
    operation: 'DescribeDBInstancesByPerformance', signature: 'v3',
    credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    timestamp: '2023-03-13T08:34:30Z', nonce: 'n4', endpoint: 'rds.aliyuncs.com',
    request: { Tag: [{ key: 'k', value: 'v' }], ClientToken: 'c', proxyId: 'p' },
  });
  assert.equal(p.rawQuery, 'ClientToken=c&proxyId=p&Tag.1.key=k&Tag.1.value=v');
});

// The spec's request models against the SDK's, at every level: a field the SDK lacks is one of
// those the case files list as not generated; every other field has the same wire name and a
// matching type (bytes is a Buffer; int32, long, float and double are numbers).
test('spec and SDK request models agree on every wire name and type, but the listed fields', () => {
  const { readIr } = require('../gen_cases');
  const ir = readIr();
  const ops = sdk.operations();
  const scalar = { string: 'string', bytes: 'Buffer', boolean: 'boolean', int32: 'number', long: 'number', float: 'number', double: 'number', any: 'any' };
  const missing = [];
  const mismatched = [];
  const walk = (where, type, st) => {
    if (type.kind === 'object') {
      if (typeof st !== 'function') { mismatched.push(where); return; }
      const byWire = new Map(Object.entries(st.names()).map(([m, w]) => [w, m]));
      const types = st.types();
      for (const f of type.fields) {
        if (!byWire.has(f.wire)) missing.push(`${where}.${f.wire}`);
        else walk(`${where}.${f.wire}`, f.type, types[byWire.get(f.wire)]);
      }
      for (const w of byWire.keys()) if (!type.fields.some((f) => f.wire === w)) mismatched.push(`${where}.${w} (only in the SDK)`);
    } else if (type.kind === 'array') {
      if (!st || st.type !== 'array') mismatched.push(where); else walk(`${where}[]`, type.items, st.itemType);
    } else if (type.kind === 'map') {
      if (!st || st.type !== 'map') mismatched.push(where); else walk(`${where}{}`, type.value, st.valueType);
    } else if (scalar[type.kind] !== st) {
      mismatched.push(`${where}: ${type.kind} vs ${st}`);
    }
  };
  for (const op of ir.operations) {
    const e = ops.get(op.name);
    if (e) walk(op.name, { kind: 'object', fields: op.request }, e.requestClass);
  }
  assert.deepEqual(mismatched, []);
  const listed = casesV3.differences.filter((d) => d.what === 'field not generated' && d.wire !== 'SecurityToken')
    .map((d) => `${d.operation}.${d.wire}`);
  assert.deepEqual(missing.sort(), listed.sort());
  assert.equal(missing.length, 14);
});
