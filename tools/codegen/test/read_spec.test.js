'use strict';
// The reader checked against facts read by hand from the spec text. Every expectation cites
// the file and line of spec/rds-20140815/ it was read from (the pinned copies; see
// spec/rds-20140815/SOURCE.md).

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { readSpec, summaryOf } = require('../lib/spec');
const { snakeCase, isCppKeyword } = require('../lib/names');

const SPEC = path.join(__dirname, '..', '..', '..', 'spec', 'rds-20140815');
const { ir } = readSpec(SPEC);
const op = (name) => {
  const o = ir.operations.find((x) => x.name === name);
  assert.ok(o, `operation ${name} in the IR`);
  return o;
};
const field = (fields, wire) => {
  const f = fields.find((x) => x.wire === wire);
  assert.ok(f, `field ${wire}`);
  return f;
};

test('module header: product, version, endpoint rule and map (main.dara:22-69)', () => {
  assert.equal(ir.product, 'Rds'); // main.dara:22  @product = 'Rds'
  assert.equal(ir.version, '2014-08-15'); // main.dara:23
  assert.equal(ir.endpointRule, 'regional'); // main.dara:24
  assert.equal(ir.endpoints['cn-hangzhou'], 'rds.aliyuncs.com'); // main.dara:28
  // main.dara:48  'cn-hangzhou-finance' = 'rds-vpc.cn-hangzhou-finance.aliyuncs.com'
  assert.equal(ir.endpoints['cn-hangzhou-finance'], 'rds-vpc.cn-hangzhou-finance.aliyuncs.com');
});

test('operation count: 410 functions calling @handler.do in main.dara plus 3 retired', () => {
  // `grep -c "@handler.do(" main.dara` is 410 (398 + 4 + 8 by method/body, SOURCE.md)
  assert.equal(ir.operations.filter((o) => !o.retired).length, 410);
  assert.deepEqual(ir.operations.filter((o) => o.retired).map((o) => o.name).sort(),
    ['CancelImport', 'DescribeImportsForSQLServer', 'ImportDatabaseBetweenInstances']);
});

test('AddTagsToResource: Tag is a repeatList of {key, value} with lower-case wire names', () => {
  const o = op('AddTagsToResource');
  // main.dara:200  @handler.do('RPC', 'AddTagsToResource', 'POST', '/', 'json', false, 'json', request)
  assert.equal(o.method, 'POST');
  assert.equal(o.reqBodyType, 'json');
  assert.equal(o.bodyIsForm, false);
  assert.equal(o.bodyType, 'json');
  const tag = field(o.request, 'Tag'); // main.dara:147-152  tag?: [ { key?, value? } ](name='Tag', position='Query')
  assert.equal(tag.member, 'tag');
  assert.equal(tag.required, false);
  assert.equal(tag.position, 'Query');
  assert.equal(tag.shrink, null);
  assert.equal(tag.style, 'repeatList');
  assert.equal(tag.type.kind, 'array');
  assert.equal(tag.type.items.kind, 'object');
  // main.dara:149  key?: string(name='key', ...)   main.dara:150  value?: string(name='value', ...)
  assert.deepEqual(tag.type.items.fields.map((f) => [f.member, f.wire, f.type.kind]),
    [['key', 'key', 'string'], ['value', 'value', 'string']]);
  // main.dara:154  DBInstanceId: string(...)  (no '?': required)
  assert.equal(field(o.request, 'DBInstanceId').required, true);
  // main.dara:153  clientToken?: string(name='ClientToken', ...)
  assert.equal(field(o.request, 'ClientToken').required, false);
  // main.dara:160  ownerId?: long(name='OwnerId', position='Query')
  assert.equal(field(o.request, 'OwnerId').type.kind, 'long');
  // main.dara:170  proxyId?: string(name='proxyId', ...)
  assert.equal(field(o.request, 'proxyId').member, 'proxyId');
  // main.dara:173-175  the response body has one field, RequestId
  assert.deepEqual(o.response.fields.map((f) => f.wire), ['RequestId']);
});

test('ConfirmNotify: a form body with a shrink=json list (main.dara:1270-1302)', () => {
  const o = op('ConfirmNotify');
  // main.dara:1302  @handler.do('RPC', 'ConfirmNotify', 'POST', '/', 'json', true, 'form', request)
  assert.equal(o.reqBodyType, 'form');
  assert.equal(o.bodyIsForm, true);
  // main.dara:1271-1273  confirmor: long(name='Confirmor', ..., position='Body')
  const c = field(o.request, 'Confirmor');
  assert.deepEqual([c.required, c.position, c.type.kind, c.style], [true, 'Body', 'long', null]);
  // main.dara:1274-1276  notifyIdList: [ long ](name='NotifyIdList', ..., shrink='json', position='Body')
  const n = field(o.request, 'NotifyIdList');
  assert.deepEqual([n.required, n.position, n.shrink, n.style], [true, 'Body', 'json', 'json']);
  assert.deepEqual(n.type, { kind: 'array', items: { kind: 'long' } });
});

test('QueryNotify: limits on a Body field (main.dara:22483-22489)', () => {
  const f = field(op('QueryNotify').request, 'PageSize');
  // main.dara:22489  ... example='30', minimum=1, maximum=100, position='Body'
  assert.deepEqual(f.limits, { minimum: 1, maximum: 100 });
  assert.equal(f.position, 'Body');
  assert.equal(f.type.kind, 'int32');
});

test('DescribeSQLCollectorRetention: RegionId has position Host (main.dara:15506)', () => {
  const f = field(op('DescribeSQLCollectorRetention').request, 'RegionId');
  assert.equal(f.position, 'Host'); // regionId?: string(name='RegionId', position='Host')
  assert.equal(f.required, false);
});

test('DescribeDBInstanceConnectivity is a GET (main.dara:8071)', () => {
  assert.equal(op('DescribeDBInstanceConnectivity').method, 'GET');
  assert.equal(ir.operations.filter((o) => o.method === 'GET').length, 8); // grep "'GET'" main.dara
});

test('AttachRCInstances: shrink=simple on a string list (main.dara:395-397)', () => {
  const f = field(op('AttachRCInstances').request, 'InstanceIds');
  // instanceIds: [ string ](name='InstanceIds', ..., shrink='simple', position='Query')
  assert.deepEqual([f.required, f.shrink, f.style], [true, 'simple', 'simple']);
  assert.deepEqual(f.type, { kind: 'array', items: { kind: 'string' } });
});

test('ModifyDBInstance: shrink=json on a map (main.dara:18865)', () => {
  const f = field(op('ModifyDBInstance').request, 'Parameters');
  // parameters?: map[string]string(name='Parameters', shrink='json', position='Query')
  assert.deepEqual(f.type, { kind: 'map', key: 'string', value: { kind: 'string' } });
  assert.equal(f.style, 'json');
});

test('DescribeRCInstanceHistoryEvents: a plain object parameter is flattened (main.dara:13999-14002)', () => {
  const f = field(op('DescribeRCInstanceHistoryEvents').request, 'EventPublishTime');
  // eventPublishTime?: { end?: string(name='End'), start?: string(name='Start') }(name='EventPublishTime', position='Query')
  assert.equal(f.type.kind, 'object');
  assert.deepEqual(f.type.fields.map((x) => x.wire), ['End', 'Start']);
  assert.equal(f.style, 'repeatList');
});

test('DescribeDBInstances: Items.DBInstance[] list wrapper (main.dara:9330-9456)', () => {
  const items = field(op('DescribeDBInstances').response.fields, 'Items');
  assert.equal(items.type.kind, 'object');
  const list = field(items.type.fields, 'DBInstance');
  assert.equal(list.type.kind, 'array');
  assert.equal(list.type.items.kind, 'object');
  // main.dara:9334  autoRenewal?: boolean(name='AutoRenewal')
  assert.equal(list.type.items.fields[0].wire, 'AutoRenewal');
  assert.equal(list.type.items.fields[0].type.kind, 'boolean');
});

test('deprecated operations come from api-info.json and the @deprecated tag (main.dara:9576)', () => {
  assert.equal(op('DescribeDBInstancesAsCsv').deprecated, true);
  assert.equal(op('DescribeDBInstances').deprecated, false);
});

test('CancelImport from main-2023-10-19.dara:364-393', () => {
  const o = op('CancelImport');
  assert.equal(o.source, 'main-2023-10-19.dara');
  assert.equal(o.retired, true);
  // main-2023-10-19.dara:392  @handler.do('RPC', 'CancelImport', 'POST', '/', 'json', false, 'json', request)
  assert.deepEqual([o.method, o.reqBodyType, o.bodyIsForm], ['POST', 'json', false]);
  // main-2023-10-19.dara:365-372
  assert.deepEqual(o.request.map((f) => [f.wire, f.required, f.type.kind, f.position]), [
    ['DBInstanceId', true, 'string', 'Query'],
    ['ImportId', true, 'int32', 'Query'],
    ['OwnerAccount', false, 'string', 'Query'],
    ['OwnerId', false, 'long', 'Query'],
    ['ResourceOwnerAccount', false, 'string', 'Query'],
    ['ResourceOwnerId', false, 'long', 'Query'],
  ]);
  // main-2023-10-19.dara:376
  assert.deepEqual(o.response.fields.map((f) => f.wire), ['RequestId']);
  // main-2023-10-19.dara:386 is the first line of the doc comment
  assert.match(o.summary, /^This operation is supported for instances that run SQL Server/);
});

test('ImportDatabaseBetweenInstances from main-2023-10-19.dara:11320-11330', () => {
  const o = op('ImportDatabaseBetweenInstances');
  assert.equal(o.source, 'main-2023-10-19.dara');
  assert.deepEqual(o.request.filter((f) => f.required).map((f) => f.wire),
    ['DBInfo', 'DBInstanceId', 'SourceDBInstanceId']);
});

test('DescribeImportsForSQLServer from the Tea dialect, main-2023-10-19.tea:27730-27816', () => {
  const o = op('DescribeImportsForSQLServer');
  assert.equal(o.source, 'main-2023-10-19.tea');
  assert.equal(o.retired, true);
  // main-2023-10-19.tea:27731-27740: ten fields, all written optional, no "required" text
  assert.equal(o.request.length, 10);
  assert.ok(o.request.every((f) => f.required === false));
  // main-2023-10-19.tea:27772-27799: every field is copied into query[...]
  assert.ok(o.request.every((f) => f.position === 'Query'));
  // main-2023-10-19.tea:27733  importId?: int32(name='ImportId', ...)
  assert.equal(field(o.request, 'ImportId').type.kind, 'int32');
  // main-2023-10-19.tea:27809, 27812, 27813  method = 'POST', reqBodyType = 'formData', bodyType = 'json'
  assert.deepEqual([o.method, o.reqBodyType, o.bodyIsForm, o.bodyType], ['POST', 'formData', false, 'json']);
  // main-2023-10-19.tea:27744-27753  items?: { SQLServerImport?: [ { DBName, FileName, ImportId, ImportStatus, StartTime } ] }(name='Items')
  const items = field(o.response.fields, 'Items');
  const imp = field(items.type.fields, 'SQLServerImport');
  assert.deepEqual(imp.type.items.fields.map((f) => f.wire),
    ['DBName', 'FileName', 'ImportId', 'ImportStatus', 'StartTime']);
  // main-2023-10-19.tea:27754-27758
  assert.deepEqual(o.response.fields.map((f) => f.wire),
    ['Items', 'PageNumber', 'PageRecordCount', 'RequestId', 'SQLItemsCounts', 'TotalRecordCounts']);
});

test('snake_case rule on the brief\'s examples and on acronym plurals', () => {
  assert.equal(snakeCase('DBInstanceId'), 'db_instance_id');
  assert.equal(snakeCase('SQLServerImport'), 'sql_server_import');
  assert.equal(snakeCase('ClientToken'), 'client_token');
  assert.equal(snakeCase('proxyId'), 'proxy_id');
  assert.equal(snakeCase('SecurityIPs'), 'security_ips');
  assert.equal(snakeCase('DBInstanceIDs'), 'db_instance_ids');
  assert.equal(snakeCase('Ipv6Address'), 'ipv6_address');
  assert.equal(snakeCase('SQLItemsCounts'), 'sql_items_counts');
  assert.equal(snakeCase('key'), 'key');
  assert.ok(isCppKeyword('template'));
  assert.ok(!isCppKeyword('template_'));
});

test('summary: first prose line, markdown reduced to ASCII text', () => {
  const a = { value: '/**\n  * @description ### [](#)Supported\n  * *   MySQL\n  * See [the **guide**](https://x/y) \u201cnow\u201d.\n  * @param request  r\n */' };
  assert.equal(summaryOf(a), 'See the guide now.');
});
