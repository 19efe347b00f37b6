'use strict';
// The official RDS TypeScript SDK (@alicloud/rds20140815, pinned in package-lock.json), driven
// without network: the seams are described in ../README.md ("The seam").
//
//   capture(kase) -> Promise<EXPECTED>        one case through the SDK's own method (README.md,
//                                             "Case file", says what EXPECTED holds)
//   captureCall(config, signature, timestamp, nonce, call) -> the $dara.Request it sent
//   operations()  -> Map action -> { methodName, method, requestClass, shrinks }

const fs = require('fs');
const path = require('path');

// Every module below is resolved from this package's node_modules, one copy each (the lock file
// has a single @darabonba/typescript, shared by the SDK and @alicloud/openapi-core).
const daraCore = require('@darabonba/typescript/dist/core');
const dara = require('@darabonba/typescript');
const openapi = require('@alicloud/openapi-core');
const rds = require('@alicloud/rds20140815');

const RdsClient = rds.default;
const OpenApiUtil = openapi.OpenApiUtil;

// ---------------------------------------------------------------------------------------------
// Seam 1: the transport. `$dara.doAction(request_, runtime)` is the last call before the
// network in every signing path of openapi-core (doRPCRequest for V2, doRequest for V3). The
// `$dara` namespace re-exports core.js's `doAction` through a getter that reads core's exports
// object on each access, so replacing `core.doAction` is what the SDK calls.
let pending = null; // { take } of the capture in progress; captures run one at a time

function fakeDoAction(request) {
  if (pending === null) throw new Error('protocol harness: doAction called outside capture()');
  const p = pending;
  pending = null;
  p.take(request);
  return Promise.resolve({
    statusCode: 200,
    statusMessage: 'OK',
    headers: { 'content-type': 'application/json;charset=utf-8' },
    body: new daraCore.BytesReadable(p.body ?? '{"RequestId":"00000000-0000-0000-0000-000000000000"}'),
  });
}
daraCore.doAction = fakeDoAction;
if (dara.doAction !== fakeDoAction) {
  throw new Error('protocol harness: the doAction seam no longer holds for this SDK version');
}

// Seam 2: time and nonce. Both signing paths call `OpenApiUtil.getTimestamp()` and
// `OpenApiUtil.getNonce()` (static methods of the class openapi-core exports as OpenApiUtil).
let pinnedTimestamp = null;
let pinnedNonce = null;
OpenApiUtil.getTimestamp = () => {
  if (pinnedTimestamp === null) throw new Error('protocol harness: no timestamp pinned');
  return pinnedTimestamp;
};
OpenApiUtil.getNonce = () => {
  if (pinnedNonce === null) throw new Error('protocol harness: no nonce pinned');
  return pinnedNonce;
};

// ---------------------------------------------------------------------------------------------
// The SDK's operations: each `async xWithOptions(request|tmpReq, runtime)` method of the client
// and the `action: "X"` of the Params it builds. The request class is the parameter type in
// client.d.ts. Read from the installed files, so a new SDK version is taken as it is.
let opsCache = null;
function operations() {
  if (opsCache) return opsCache;
  const dir = path.dirname(require.resolve('@alicloud/rds20140815'));
  const js = fs.readFileSync(path.join(dir, 'client.js'), 'utf8');
  const dts = fs.readFileSync(path.join(dir, 'client.d.ts'), 'utf8');
  const classOf = new Map();
  for (const m of dts.matchAll(/^\s+(\w+)WithOptions\(\w+: \$_model\.(\w+), runtime: \$dara\.RuntimeOptions\)/gm)) {
    classOf.set(m[1], m[2]);
  }
  const ops = new Map();
  const re = /^ {4}async (\w+)WithOptions\((\w+), runtime\) \{$/gm;
  const starts = [...js.matchAll(re)];
  for (let i = 0; i < starts.length; i++) {
    const body = js.slice(starts[i].index, i + 1 < starts.length ? starts[i + 1].index : js.length);
    const action = /\baction: "(\w+)",/.exec(body);
    const method = /\bmethod: "(\w+)",/.exec(body);
    const cls = classOf.get(starts[i][1]);
    if (!action || !method || !cls || typeof rds[cls] !== 'function') {
      throw new Error(`protocol harness: cannot read SDK method ${starts[i][1]}WithOptions`);
    }
    if (ops.has(action[1])) throw new Error(`protocol harness: two SDK methods for ${action[1]}`);
    ops.set(action[1], {
      methodName: `${starts[i][1]}WithOptions`,
      method: method[1],
      requestClass: rds[cls],
      // true when the method converts a model into its XShrinkRequest (json/simple styles)
      shrinks: starts[i][2] === 'tmpReq',
    });
  }
  opsCache = ops;
  return ops;
}

// ---------------------------------------------------------------------------------------------
// A case's request (by wire names) into the SDK's model classes, by each class's own
// names() (member -> wire) and types(). A wire name the model does not have is an error: the
// generator sets only fields the SDK's model has (generate.js, settableFields).
function toModel(Cls, value, where) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: expected an object for ${Cls.name}`);
  }
  const names = Cls.names();
  const types = Cls.types();
  const byWire = new Map(Object.entries(names).map(([member, wire]) => [wire, member]));
  const init = {};
  for (const [wire, v] of Object.entries(value)) {
    const member = byWire.get(wire);
    if (member === undefined) throw new Error(`${where}: ${Cls.name} has no field ${wire}`);
    init[member] = toType(types[member], v, `${where}.${wire}`);
  }
  // Members assigned after construction: the values are already the SDK's model instances.
  const model = new Cls({});
  for (const [member, v] of Object.entries(init)) model[member] = v;
  return model;
}

function toType(type, v, where) {
  if (v === null || v === undefined) return v;
  if (typeof type === 'function' && typeof type.names === 'function') return toModel(type, v, where);
  if (type && type.type === 'array') {
    if (!Array.isArray(v)) throw new Error(`${where}: expected an array`);
    return v.map((item, i) => toType(type.itemType, item, `${where}[${i}]`));
  }
  if (type && type.type === 'map') {
    const out = {};
    for (const [k, item] of Object.entries(v)) out[k] = toType(type.valueType, item, `${where}.${k}`);
    return out;
  }
  // 'string', 'number', 'boolean', 'any', 'Buffer': the value as the case gives it. A long
  // beyond 2^53 comes as its decimal text (a double cannot hold it); the SDK only ever calls
  // toString() on a scalar, so the text goes on the wire unchanged. A 'Buffer' (the spec's
  // bytes) comes as text too: see README.md, "SDK quirks".
  return v;
}

// ---------------------------------------------------------------------------------------------
function splitQuery(raw) {
  if (raw === '') return [];
  return raw.split('&').map((kv) => {
    const eq = kv.indexOf('=');
    const k = eq < 0 ? kv : kv.slice(0, eq);
    const v = eq < 0 ? '' : kv.slice(eq + 1);
    return [k, v];
  });
}

function formDecode(s) {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}

async function readBody(body) {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const c of body) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

// The URL exactly as @darabonba/typescript's doAction builds it (core.js buildURL): protocol,
// host header, pathname, then `?` + querystring.stringify(request.query).
function sentUrl(request) {
  const qs = require('querystring').stringify(request.query);
  return `${request.protocol}://${request.headers.host}${request.pathname}${qs ? `?${qs}` : ''}`;
}

const COMMON_V2 = new Set(['Action', 'Format', 'Version', 'Timestamp', 'SignatureNonce', 'SecurityToken',
  'SignatureMethod', 'SignatureVersion', 'AccessKeyId', 'Signature']);

async function capture(kase) {
  const ops = operations();
  const op = ops.get(kase.operation);
  if (!op) throw new Error(`the SDK has no operation ${kase.operation}`);
  if (kase.signature !== 'v2' && kase.signature !== 'v3') throw new Error(`signature must be v2 or v3`);
  const keys = {
    accessKeyId: kase.credentials.accessKeyId,
    accessKeySecret: kase.credentials.accessKeySecret,
    securityToken: kase.credentials.securityToken,
  };
  const run = async (config, runtimeInit) => {
    const request = toModel(op.requestClass, kase.request, kase.operation);
    const taken = await captureCall({ endpoint: kase.endpoint, ...config }, kase.signature, kase.timestamp, kase.nonce,
      (client, runtime) => client[op.methodName](request, runtimeInit ? new dara.RuntimeOptions(runtimeInit) : runtime));
    if (taken === null) throw new Error(`${kase.operation}: the SDK sent nothing`);
    return describe(taken, kase);
  };
  const out = await run(keys);
  // The same request signed by the SDK without its own additions, so that a signer that does
  // not make them (rdscodec) can be compared byte for byte (README.md, "Case file"):
  if (kase.signature === 'v2') {
    // V2: Format=JSON in upper case, as the documentation writes it, through the SDK's own
    // runtime.extendsParameters.queries (merged over its defaults, client.js line 206).
    const alt = await run(keys, { extendsParameters: new dara.ExtendsParameters({ queries: { Format: 'JSON' } }) });
    sameExcept(out, alt, kase, ['rawQuery', 'common', 'signature']);
    out.formatJSON = { signature: alt.signature };
  } else {
    // V3: a credential provider with no providerName, so no x-acs-credentials-provider header
    // (with STS the SDK still adds and signs x-acs-accesskey-id).
    const alt = await run({ credential: plainCredential(keys) });
    sameExcept(out, alt, kase, ['headers', 'signature']);
    out.withoutProviderHeader = { authorization: alt.headers.Authorization };
  }
  return out;
}

function plainCredential({ accessKeyId, accessKeySecret, securityToken }) {
  const sts = securityToken !== undefined && securityToken !== '';
  return {
    getCredential: async () => ({ accessKeyId, accessKeySecret, securityToken, type: sts ? 'sts' : 'access_key' }),
  };
}

function sameExcept(a, b, kase, keys) {
  for (const k of Object.keys(a)) {
    if (keys.includes(k)) continue;
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) throw new Error(`${kase.operation}: variant differs in ${k}`);
  }
}

// The response body `text` (JSON) decoded by the SDK itself: the operation's own method
// (V3, an empty request) answered with `text` by the fake transport. The method returns
// `$dara.cast(await this.callApi(...), new $_model.XResponse({}))` (rds20140815 dist/client.js,
// e.g. line 10447), callApi reads the body with `$dara.Stream.readAsJSON` = JSON.parse
// (openapi-core dist/client.js line 1084, @darabonba/typescript dist/stream.js line 205), and
// cast builds the body model member by member (@darabonba/typescript dist/core.js line 536).
// Returns the body model's toMap() (core.js line 298): the members by wire name, unset ones
// left out. README.md, "Responses".
async function decodeResponse(operation, text) {
  const op = operations().get(operation);
  if (!op) throw new Error(`the SDK has no operation ${operation}`);
  let result;
  await captureCall({ accessKeyId: 'testid', accessKeySecret: 'testsecret', endpoint: 'rds.aliyuncs.com' }, 'v3',
    '2020-01-01T00:00:00Z', '00000000000000000000000000000000', async (client, runtime) => {
      result = await client[op.methodName](new op.requestClass({}), runtime);
    }, text);
  if (!result || !result.body || typeof result.body.toMap !== 'function') throw new Error(`${operation}: no response body model`);
  return result.body.toMap();
}

// Runs `call(client, runtime)` on an RDS client made from `config` (openapi-core Config fields)
// with time and nonce pinned, and returns the request it handed to doAction, or null. `body`:
// the response text the fake transport answers (default: a RequestId only).
async function captureCall(config, signature, timestamp, nonce, call, body) {
  const cfg = new openapi.$OpenApiUtil.Config({ protocol: 'HTTPS', ...config });
  if (signature === 'v2') cfg.signatureAlgorithm = 'v2';
  else if (signature !== 'v3') throw new Error('signature must be v2 or v3');
  const client = new RdsClient(cfg);
  const runtime = new dara.RuntimeOptions({});
  pinnedTimestamp = timestamp;
  pinnedNonce = nonce;
  let taken = null;
  pending = { take: (r) => { taken = r; }, body };
  try {
    await call(client, runtime);
  } finally {
    pending = null;
    pinnedTimestamp = null;
    pinnedNonce = null;
  }
  return taken;
}

// The captured request as the case file holds it (README.md, "Case file").
async function describe(taken, kase) {
  const url = sentUrl(taken);
  const q = url.indexOf('?');
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  const body = await readBody(taken.body);
  const headers = {};
  for (const [k, v] of Object.entries(taken.headers)) {
    // user-agent names the machine's OS, CPU and Node version; no signature covers it
    if (k.toLowerCase() === 'user-agent') continue;
    headers[k] = String(v);
  }
  const query = splitQuery(rawQuery).map(([k, v]) => [formDecode(k), formDecode(v)]);
  const form = body === null ? null : splitQuery(body).map(([k, v]) => [formDecode(k), formDecode(v)]);
  // The operation's own parameters by flattened wire name, decoded: `query` without the V2
  // signer's common parameters (those are in `common`, in the order sent), `form` from the body.
  const common = {};
  const params = {};
  for (const [k, v] of query) {
    const into = kase.signature === 'v2' && COMMON_V2.has(k) ? common : params;
    if (Object.prototype.hasOwnProperty.call(into, k)) throw new Error(`${kase.operation}: ${k} sent twice`);
    into[k] = v;
  }
  let formParams = null;
  if (form !== null) {
    formParams = {};
    for (const [k, v] of form) {
      if (Object.prototype.hasOwnProperty.call(formParams, k) || Object.prototype.hasOwnProperty.call(params, k)) {
        throw new Error(`${kase.operation}: ${k} sent twice`);
      }
      formParams[k] = v;
    }
    formParams = sortKeys(formParams);
  }
  const out = {
    method: taken.method,
    host: taken.headers.host,
    path: taken.pathname,
    rawQuery,
    common: kase.signature === 'v2' ? common : undefined,
    query: sortKeys(params),
    form: formParams,
    body,
    headers,
  };
  if (kase.signature === 'v3') {
    const m = /^(\S+) Credential=([^,]*),SignedHeaders=([^,]*),Signature=([0-9a-f]+)$/.exec(headers.Authorization || '');
    if (!m) throw new Error(`${kase.operation}: no ACS3 Authorization header`);
    out.signature = m[4];
  } else {
    const sig = query.find(([k]) => k === 'Signature');
    if (!sig) throw new Error(`${kase.operation}: no V2 Signature parameter`);
    out.signature = sig[1];
  }
  return out;
}

function sortKeys(o) {
  const out = {};
  for (const k of Object.keys(o).sort(byteOrder)) out[k] = o[k];
  return out;
}

function byteOrder(a, b) {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
}

module.exports = { capture, decodeResponse, plainCredential, captureCall, describe, operations, toModel, sentUrl, readBody, byteOrder, COMMON_V2 };
