'use strict';
// The response generator (lib/responses.js, gen_responses.js) against facts stated here,
// independently of it: the XML shape of Alibaba's published examples, the SDK's cast rules read
// in @darabonba/typescript dist/core.js (cast, line 536), the limits the README promises for
// the generated values, and the committed file's reproducibility.

const nodeTest = require('node:test');
// The run with RDSCODEC_PROTOCOL_CASES (.ci/run: the request cases of a longer run) is about the
// request cases only; these tests read the committed responses.json whatever it says.
const SKIP = process.env.RDSCODEC_PROTOCOL_CASES ? 'RDSCODEC_PROTOCOL_CASES: request cases only' : false;
const test = (name, fn) => nodeTest(name, { skip: SKIP }, fn);
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');

const sdk = require('../lib/sdk');
const { makeResponseCase, toJson, toXml, xmlView, deepDiff } = require('../lib/responses');
const { writtenXmlView, UNWRITABLE, generate } = require('../gen_responses');

const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'responses.json'), 'utf8'));
let irCache = null;
function ir() {
  if (!irCache) irCache = generate({ perOp: 0, seed: 'x', only: new Set() }).ir;
  return irCache;
}

// A small IR model written by hand: RequestId, a wrapper Items with a list DBInstance of objects,
// a list of strings, a map and a number.
const OP = {
  name: 'DescribeThings',
  response: {
    kind: 'object',
    fields: [
      { wire: 'RequestId', type: { kind: 'string' } },
      { wire: 'Items', type: { kind: 'object', fields: [
        { wire: 'DBInstance', type: { kind: 'array', items: { kind: 'object', fields: [
          { wire: 'DBInstanceId', type: { kind: 'string' } },
          { wire: 'Port', type: { kind: 'int32' } },
        ] } } },
      ] } },
      { wire: 'Ids', type: { kind: 'array', items: { kind: 'string' } } },
      { wire: 'Labels', type: { kind: 'map', key: 'string', value: { kind: 'string' } } },
      { wire: 'Ok', type: { kind: 'boolean' } },
    ],
  },
};

test('toXml writes the shape of the published XML examples (api-docs.json, DescribeDBInstances)', () => {
  // The published example: <DescribeDBInstancesResponse>…<Items><DBInstance>…</DBInstance></Items>,
  // one element per list item named by the list's member, text escaped.
  const doc = {
    RequestId: 'a<b&c>',
    Items: { DBInstance: [{ DBInstanceId: 'rm-1', Port: 3306 }, { DBInstanceId: '' }] },
    Ids: ['x', 'y'],
    Labels: { env: 'prod' },
    Ok: false,
  };
  assert.equal(toXml(OP, doc),
    '<?xml version="1.0" encoding="UTF-8"?><DescribeThingsResponse>' +
    '<RequestId>a&lt;b&amp;c&gt;</RequestId>' +
    '<Items><DBInstance><DBInstanceId>rm-1</DBInstanceId><Port>3306</Port></DBInstance>' +
    '<DBInstance><DBInstanceId></DBInstanceId></DBInstance></Items>' +
    '<Ids>x</Ids><Ids>y</Ids><Labels><env>prod</env></Labels><Ok>false</Ok></DescribeThingsResponse>');
  // An empty list writes nothing, so an XML reader can only give it back as absent.
  assert.equal(toXml(OP, { Ids: [] }), '<?xml version="1.0" encoding="UTF-8"?><DescribeThingsResponse></DescribeThingsResponse>');
  assert.deepEqual(xmlView(OP.response, { Ids: [], Items: { DBInstance: [] } }), { Items: {} });
});

test('toXml pretty: indented as the published examples, CDATA for markup, character references for non-ASCII', () => {
  const doc = { RequestId: 'a<b', Items: { DBInstance: [{ DBInstanceId: 'é😀' }, {}] }, Labels: {} };
  assert.equal(toXml(OP, doc, true), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<DescribeThingsResponse>',
    '    <RequestId><![CDATA[a<b]]></RequestId>',
    '    <Items>',
    '        <DBInstance>',
    '            <DBInstanceId>&#xE9;&#x1F600;</DBInstanceId>',
    '        </DBInstance>',
    '        <DBInstance></DBInstance>',
    '    </Items>',
    '    <Labels></Labels>',
    '</DescribeThingsResponse>'].join('\n'));
  // ]]> cannot stand in a CDATA section: escaped instead
  assert.equal(toXml({ name: 'X', response: { kind: 'object', fields: [{ wire: 'A', type: { kind: 'string' } }] } }, { A: ']]>' }, true),
    '<?xml version="1.0" encoding="UTF-8"?>\n<XResponse>\n    <A>]]&gt;</A>\n</XResponse>');
});

test('toJson escaped: non-ASCII as \\u escapes (an emoji as its surrogate pair), / as \\/, <>& as \\u', () => {
  assert.equal(toJson({ a: 'é😀/<&>"', n: [1.5] }, true), '{"a":"\\u00e9\\ud83d\\ude00\\/\\u003c\\u0026\\u003e\\"","n":[1.5]}');
  assert.equal(toJson({ a: 'é' }, false), '{"a":"é"}');
});

test('the published XML examples have the root element <Action>Response', () => {
  const docs = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'spec', 'rds-20140815', 'api-docs.json'), 'utf8'));
  const demos = JSON.parse(docs.apis.DescribeDBInstances.responseDemo);
  const xml = demos.find((d) => d.type === 'xml').example;
  assert.match(xml, /^\s*(<\?xml[^>]*\?>\s*)?<DescribeDBInstancesResponse>/);
  assert.match(xml, /<Items>\s*<DBInstance>/);
});

test('the SDK casts a body by its model: unknown members dropped, numbers to strings for string members', async () => {
  // core.js cast: a member the model does not name is never read; a number for a 'string' member
  // becomes its toString() (line 563); members absent or null stay unset.
  const m = await sdk.decodeResponse('DescribeDBInstances',
    '{"RequestId":12,"PageNumber":2,"Nope":1,"NextToken":null,"Items":{"DBInstance":[{"DBInstanceId":"rm-1","LockMode":"Unlock"}]}}');
  assert.deepEqual(m, { RequestId: '12', PageNumber: 2, Items: { DBInstance: [{ DBInstanceId: 'rm-1', LockMode: 'Unlock' }] } });
});

test('the SDK reads JSON with JSON.parse: integers beyond 2^53 arrive rounded (why documents keep within 2^53)', async () => {
  const m = await sdk.decodeResponse('DescribeDBInstances', '{"PageNumber":9007199254740993}');
  assert.equal(m.PageNumber, 9007199254740992);
});

test('the SDK leaves a member holding null unset, an any member too (cast, core.js line 551)', async () => {
  // DescribePrice's PriceInfo.OrderLines is the spec's `any`
  const m = await sdk.decodeResponse('DescribePrice', '{"PriceInfo":{"OrderLines":null,"Currency":"CNY"}}');
  assert.deepEqual(m, { PriceInfo: { Currency: 'CNY' } });
});

test('the members SDK 15.4.0 lacks are dropped by its decoder', async () => {
  // DescribeRCInstances' RCInstances[].AutoRenew is in the spec, not in the SDK's model (the list
  // in responses.json, notInSdkModel).
  assert.ok(committed.notInSdkModel.some((m) => m.operation === 'DescribeRCInstances' && m.member === 'RCInstances.AutoRenew'));
  const m = await sdk.decodeResponse('DescribeRCInstances', '{"RCInstances":[{"AutoRenew":true,"InstanceId":"rc-1"}]}');
  assert.deepEqual(m, { RCInstances: [{ InstanceId: 'rc-1' }] });
});

test('what rdscodec\'s XML writer can give back (server/writer.hpp, response/xml.hpp)', () => {
  const any = { kind: 'object', fields: [{ wire: 'V', type: { kind: 'any' } }, { wire: 'S', type: { kind: 'string' } }] };
  // numbers and booleans as their text, null as "", a one-item array as its item, control
  // characters as U+FFFD
  assert.deepEqual(writtenXmlView(any, { V: { a: 1, b: [true], c: null, d: [1, 2] }, S: 'x\u0001\ty' }),
    { V: { a: '1', b: 'true', c: '', d: ['1', '2'] }, S: 'x\ufffd\ty' });
  // an array as a whole value, or a key that is no element name, has no XML spelling
  assert.equal(writtenXmlView(any, { V: [1] }), UNWRITABLE);
  assert.equal(writtenXmlView(any, { V: { '1a': 'x' } }), UNWRITABLE);
  assert.equal(writtenXmlView(any, { V: { xmlns: 'x' } }), UNWRITABLE);
  assert.equal(writtenXmlView(any, { V: { 'a:b': 'x' } }), UNWRITABLE);
  // XML 1.0 §2.3: CJK and emoji are name characters, U+00B7 only after the first
  assert.deepEqual(writtenXmlView(any, { V: { '中文': 'x', 'a😀': 'y', 'a\u00b7': 'z' } }), { V: { '中文': 'x', 'a😀': 'y', 'a\u00b7': 'z' } });
  assert.equal(writtenXmlView(any, { V: { '\u00b7a': 'x' } }), UNWRITABLE);
});

test('deepDiff: member order does not matter, types and array order do', () => {
  assert.equal(deepDiff({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }), null);
  assert.notEqual(deepDiff({ a: 1 }, { a: '1' }), null);
  assert.notEqual(deepDiff([1, 2], [2, 1]), null);
  assert.notEqual(deepDiff({ a: 1 }, { a: 1, b: undefined }), null);
});

// The values the README promises, over every committed document, checked against the IR.
test('generated documents: types, ranges, required members, and the kinds of values', () => {
  const byName = new Map(ir().operations.map((o) => [o.name, o]));
  const seen = { emptyString: 0, lt: 0, amp: 0, cjk: 0, emoji: 0, ctl: 0, i32min: 0, i32max: 0, safe: 0, arr0: 0, arr3: 0, t: 0, f: 0, map: 0, any: 0, absent: 0, float: 0, double: 0 };
  const walk = (type, v, ctx, at) => {
    switch (type.kind) {
      case 'string':
        assert.equal(typeof v, 'string', at);
        if (v === '') seen.emptyString++;
        if (v.includes('<')) seen.lt++;
        if (v.includes('&')) seen.amp++;
        if (/[\u4e00-\u9fff]/.test(v)) seen.cjk++;
        if (/[\u{1F300}-\u{1FAFF}]/u.test(v)) seen.emoji++;
        if (/\u0001|\u001f/.test(v)) { seen.ctl++; assert.equal(ctx.xml, false, `${at}: no XML 1.0 character in an XML document`); }
        return;
      case 'boolean': assert.equal(typeof v, 'boolean', at); if (v) seen.t++; else seen.f++; return;
      case 'int32':
        assert.ok(Number.isInteger(v) && v >= -(2 ** 31) && v <= 2 ** 31 - 1, at);
        if (v === -(2 ** 31)) seen.i32min++;
        if (v === 2 ** 31 - 1) seen.i32max++;
        return;
      case 'long':
        assert.ok(Number.isInteger(v) && Math.abs(v) <= 2 ** 53, at);
        if (Math.abs(v) === 2 ** 53) seen.safe++;
        return;
      case 'float':
        // at most 6 significant digits, within float32's range
        assert.ok(typeof v === 'number' && Number(v.toPrecision(6)) === v && Math.abs(v) < 3.4028235e38, `${at}: ${v}`);
        seen.float++;
        return;
      case 'double': assert.ok(Number.isFinite(v), at); seen.double++; return;
      case 'any': seen.any++; return;
      case 'array':
        assert.ok(Array.isArray(v) && v.length <= 3, at);
        if (v.length === 0) seen.arr0++;
        if (v.length === 3) seen.arr3++;
        v.forEach((x, i) => walk(type.items, x, ctx, `${at}[${i}]`));
        return;
      case 'map':
        seen.map++;
        for (const [k, x] of Object.entries(v)) {
          if (ctx.xml) assert.match(k, /^[A-Za-z_][A-Za-z0-9]*$/, `${at}: an element name in an XML document`);
          walk(type.value, x, ctx, `${at}.${k}`);
        }
        return;
      case 'object':
        for (const f of type.fields) {
          if (v[f.wire] === undefined) { assert.ok(!f.required, `${at}.${f.wire} is required`); seen.absent++; } else walk(f.type, v[f.wire], ctx, `${at}.${f.wire}`);
        }
        assert.deepEqual(Object.keys(v).filter((k) => !type.fields.some((f) => f.wire === k)), [], at);
        return;
      default: assert.fail(`${at}: kind ${type.kind}`);
    }
  };
  let wrongTypes = 0;
  for (const c of committed.cases) {
    const type = byName.get(c.operation).response;
    let doc = c.document;
    if (c.wrongType) {
      // the member holds another JSON type than the spec's; the rest of the document is typed
      const f = type.fields.find((x) => x.wire === c.wrongType.wire);
      const spec = f.type.kind === 'boolean' ? 'boolean' : f.type.kind === 'string' ? 'string' : 'number';
      assert.notEqual(typeof doc[f.wire], spec, c.id);
      assert.equal(c.xml, false, c.id);
      doc = { ...doc, [f.wire]: c.wrongType.sdk };
      wrongTypes++;
    }
    walk(type, doc, c, c.id);
  }
  assert.ok(wrongTypes > 0);
  for (const [k, n] of Object.entries(seen)) assert.ok(n > 0, `no document has ${k}`);
  assert.equal(new Set(committed.cases.map((c) => c.operation)).size, 398);
});

test('cases are reproducible and independent of each other', () => {
  const op = { name: 'X', response: OP.response };
  assert.deepEqual(makeResponseCase(op, 5, 's'), makeResponseCase(op, 5, 's'));
  const first = committed.cases[0];
  const irOp = ir().operations.find((o) => o.name === first.operation);
  assert.deepEqual(makeResponseCase(irOp, 0, committed.seed), first);
});
