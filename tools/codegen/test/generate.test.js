'use strict';
// generate.js: deterministic output, the names it derives, and the header shape the C++ side
// relies on (facts read from the spec text, not from a previous run).
const test = require('node:test');
const assert = require('node:assert');
const { generate, ident, byteCompare } = require('../generate');

const files = generate();

test('two runs give the same bytes', () => {
  const again = generate();
  assert.deepStrictEqual([...again.keys()], [...files.keys()]);
  for (const [f, t] of files) assert.strictEqual(again.get(f), t, f);
});

test('410 operations, the 3 retired ones, the registry and the endpoint map', () => {
  assert.strictEqual(files.size, 415);
  assert.ok(files.has('registry.hpp'));
  assert.ok(files.has('request/endpoint_map.hpp'));
  assert.ok(files.has('describe_db_instances.hpp'));
  assert.ok(files.has('cancel_import.hpp'));
});

test('keywords get a trailing underscore', () => {
  assert.strictEqual(ident('requires'), 'requires_');
  assert.strictEqual(ident('template'), 'template_');
  assert.strictEqual(ident('DBInstanceId'), 'db_instance_id');
});

test('every operation header has the same include block and no other include', () => {
  const block = (t) => t.split('\n').filter((l) => l.startsWith('#include')).join('\n');
  const first = block(files.get('add_tags_to_resource.hpp'));
  for (const [f, t] of files) if (f !== 'registry.hpp' && !f.includes('/')) assert.strictEqual(block(t), first, f);
});

test('request fields are declared in byte order of wire name (proxyId after Tags)', () => {
  const t = files.get('add_tags_to_resource.hpp');
  const traits = t.slice(t.indexOf('struct operation_traits'));
  const fields = traits.slice(traits.indexOf('static constexpr auto fields'), traits.indexOf('response_fields'));
  const names = [...fields.matchAll(/\{"([^"]+)"/g)].map((m) => m[1]);
  assert.deepStrictEqual(names, [...names].sort(byteCompare));
  assert.strictEqual(names[names.length - 1], 'proxyId');
});

test('SecurityToken is omitted from the 22 operations that declare it', () => {
  let n = 0;
  for (const t of files.values()) {
    assert.ok(!t.includes('{"SecurityToken"'));
    if (t.includes('Not in the typed request: SecurityToken')) n++;
  }
  assert.strictEqual(n, 22);
});

test('main.dara maximum=9999999999999999 is written exactly', () => {
  const hit = [...files.values()].filter((t) => t.includes(', 0, 9999999999999999}'));
  assert.strictEqual(hit.length, 1);
});

// The read_only flag, against what api-docs.json itself says of these operations (read by hand):
// StopDBInstance: operationType "read" but systemTags.operationType "update" -> not read-only;
// CalculateDBInstanceWeight: systemTags "get", a reading verb; DescibeImportsFromDatabase (sic):
// systemTags "list"; DescribeVpcs: not in api-docs.json, a reading verb; CancelImport: not in
// api-docs.json, no reading verb; CreateOrderForDeleteDBNodes ("deletes nodes", its summary) and
// ConfirmNotify: systemTags "get" but a changing verb -> not read-only.
test('read_only needs a reading verb and, where documented, systemTags get/list', () => {
  const files = generate({ only: new Set(['StopDBInstance', 'CalculateDBInstanceWeight', 'DescibeImportsFromDatabase',
    'DescribeVpcs', 'CancelImport', 'CreateOrderForDeleteDBNodes', 'ConfirmNotify']) });
  const flag = (file) => /static constexpr bool read_only = (true|false);/.exec(files.get(file))[1];
  assert.strictEqual(flag('stop_db_instance.hpp'), 'false');
  assert.strictEqual(flag('calculate_db_instance_weight.hpp'), 'true');
  assert.strictEqual(flag('descibe_imports_from_database.hpp'), 'true');
  assert.strictEqual(flag('describe_vpcs.hpp'), 'true');
  assert.strictEqual(flag('cancel_import.hpp'), 'false');
  assert.strictEqual(flag('create_order_for_delete_db_nodes.hpp'), 'false');
  assert.strictEqual(flag('confirm_notify.hpp'), 'false');
});

// Paging, from the field names (what the spec declares, read with read_spec.js): DescribeEvents
// has PageNumber/PageSize and TotalRecordCount, DescribeHistoryTasks TotalCount, DescribeImportsForSQLServer
// TotalRecordCounts; DescribeDatabases has PageNumber/PageSize but no item total (not paged);
// ListTagResources has NextToken on both sides; DescribeDBInstances has both styles.
test('paging is recognised from the field names', () => {
  const total = (file) => { const m = /page_total = "([A-Za-z]+)"/.exec(files.get(file)); return m && m[1]; };
  const token = (file) => files.get(file).includes('static constexpr bool pages_by_token = true;');
  assert.strictEqual(total('describe_events.hpp'), 'TotalRecordCount');
  assert.strictEqual(total('describe_history_tasks.hpp'), 'TotalCount');
  assert.strictEqual(total('describe_imports_for_sql_server.hpp'), 'TotalRecordCounts');
  assert.strictEqual(total('describe_databases.hpp'), null);
  assert.strictEqual(total('list_tag_resources.hpp'), null);
  assert.ok(token('list_tag_resources.hpp'));
  assert.strictEqual(total('describe_db_instances.hpp'), 'TotalRecordCount');
  assert.ok(token('describe_db_instances.hpp'));
  assert.ok(!token('describe_events.hpp'));
  let byNumber = 0;
  let byToken = 0;
  for (const [f, t] of files) {
    if (f.includes('/') || f === 'registry.hpp') continue;
    if (t.includes('static constexpr std::string_view page_total')) byNumber++;
    if (t.includes('static constexpr bool pages_by_token = true;')) byToken++;
  }
  assert.strictEqual(byNumber, 43);
  assert.strictEqual(byToken, 6);
});
