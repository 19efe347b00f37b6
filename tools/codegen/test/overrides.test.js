'use strict';
// overrides.json: every per-operation rule has an effect (taking it out changes the header of
// each operation it names), a rule that matches nothing stops the generator, and the three
// retired operations come out with the refinements their hand-written headers had. Expected
// texts are written here from the sources each rule cites, not copied from a previous run.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { generate, ENDPOINT_MAP } = require('../generate');

const OVERRIDES = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'overrides.json'), 'utf8'));
const RETIRED = ['CancelImport', 'DescribeImportsForSQLServer', 'ImportDatabaseBetweenInstances'];
const FILE = {
  CancelImport: 'cancel_import.hpp',
  DescribeImportsForSQLServer: 'describe_imports_for_sql_server.hpp',
  ImportDatabaseBetweenInstances: 'import_database_between_instances.hpp',
};
const only = new Set(RETIRED);
const copy = () => JSON.parse(JSON.stringify(OVERRIDES));
const base = generate({ overrides: copy(), only });
const PER_OP = ['refine_fields', 'add_request_fields', 'response_order', 'checks', 'enums', 'legacy_names'];

test('the retired operations are generated, in rds/ and in the registry', () => {
  for (const f of Object.values(FILE)) assert.ok(base.has(f), f);
  const reg = base.get('registry.hpp');
  for (const f of Object.values(FILE)) assert.ok(reg.includes(`#include <rdscodec/rds/${f}>`), f);
  // main-2023-10-19.dara line 390 (CancelImport), .tea line 27768 (DescribeImportsForSQLServer)
  assert.match(base.get('cancel_import.hpp'), /^\/\/ generated from spec\/rds-20140815\/main-2023-10-19\.dara /);
  assert.match(base.get('describe_imports_for_sql_server.hpp'), /^\/\/ generated from spec\/rds-20140815\/main-2023-10-19\.tea /);
});

test('every per-operation rule changes the header of every operation it names', () => {
  let n = 0;
  for (const key of PER_OP) {
    OVERRIDES[key].forEach((rule, i) => {
      for (const op of rule.operations) {
        const o = copy();
        o[key].splice(i, 1);
        let out;
        try {
          out = generate({ overrides: o, only: new Set([op]) });
        } catch (e) {
          // Rules that others build on (the `list` rule: later paths go through the list it
          // makes; dropping PageRecordCount: response_order lists the fields without it). The
          // generator then stops on the other rule: an effect too, but not a crash.
          assert.match(e.message, /^overrides\.json: /, `${key}[${i}]`);
          n++;
          continue;
        }
        assert.notEqual(out.get(FILE[op]), base.get(FILE[op]), `${key}[${i}] has no effect on ${op}`);
        n++;
      }
    });
  }
  // refine_fields: 18 rules naming 25 (rule, operation) pairs; then 1 + 1 + 1 + 1 + 3.
  assert.equal(n, 32);
});

test('a rule that matches nothing stops the generator', () => {
  const cases = [
    (o) => { o.refine_fields[0].field = 'request.NoSuchField'; },
    (o) => { o.refine_fields[0].operations = ['CancelImport', 'NoSuchOperation']; },
    (o) => { o.refine_fields.find((r) => r.field === 'request.PageSize').minimum = undefined; o.refine_fields.find((r) => r.field === 'request.PageSize').maximum = undefined; },
    (o) => { o.add_request_fields[0].field = 'request.DBInstanceId'; }, // in the spec already
    (o) => { o.response_order[0].order.pop(); },
    (o) => { o.checks[0].distinct = ['SourceDBInstanceId', 'OwnerAccount']; }, // not a required string
    (o) => { o.enums[0].field = 'response.Items.SQLServerImport.ImportId'; }, // not a string
    (o) => { o.legacy_names[0].types.x = 'no_such_type'; },
    (o) => { o.legacy_names[2].functions.push('to_nothing'); },
    (o) => { o.refine_fields.find((r) => r.field === 'response.RequestId').required = false; }, // optional already
    (o) => { o.refine_fields[0].typo = 1; },
  ];
  cases.forEach((mutate, i) => {
    const o = copy();
    mutate(o);
    const opsNamed = new Set(RETIRED);
    if (i === 1) opsNamed.add('NoSuchOperation');
    assert.throws(() => generate({ overrides: JSON.parse(JSON.stringify(o)), only: opsNamed }), undefined, `case ${i}`);
  });
});

// Each expected text below is what the rule's source says, written as the C++ the generator
// emits for such a field (see README.md, "The header writer").
test('CancelImport: 64-bit ImportId from -1, ResourceGroupId from api-docs.json, legacy names', () => {
  const t = base.get('cancel_import.hpp');
  assert.ok(t.includes('  std::int64_t import_id = -1;\n'));
  assert.ok(t.includes('field<&request::import_id>{"ImportId", presence::required, 0, 9223372036854775807}'));
  assert.ok(t.includes('field<&request::owner_id>{"OwnerId", presence::optional, 0, 9223372036854775807}'));
  // api-docs.json apis.CancelImport.parameters[2]: {"name": "ResourceGroupId", "in": "query", type string, required false}
  const docs = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'spec', 'rds-20140815', 'api-docs.json'), 'utf8'));
  const p = docs.apis.CancelImport.parameters.find((x) => x.name === 'ResourceGroupId');
  assert.equal(p.in, 'query');
  assert.equal(p.schema.required, false);
  assert.ok(t.includes('field<&request::resource_group_id>{"ResourceGroupId", presence::optional}'));
  assert.ok(t.includes('field<&response::request_id>{"RequestId", presence::required}'));
  assert.ok(t.includes('using cancel_import_request = rds::cancel_import::request;'));
  assert.ok(t.includes('using cancel_import_response = rds::cancel_import::response;'));
});

test('ImportDatabaseBetweenInstances: source != target check, 64-bit required ImportId in the response', () => {
  const t = base.get('import_database_between_instances.hpp');
  assert.ok(t.includes('if (r.source_db_instance_id == r.db_instance_id) return error(errc::invalid_option, "SourceDBInstanceId");'));
  assert.ok(t.includes('  std::int64_t import_id = 0;\n'));
  assert.ok(t.includes('field<&response::import_id>{"ImportId", presence::required, 0, 9223372036854775807}'));
  assert.ok(t.includes('using import_database_between_instances_request = rds::import_database_between_instances::request;'));
});

test('DescribeImportsForSQLServer: required fields, ranges, aliases, list, enum (doc-detail/26300)', () => {
  const t = base.get('describe_imports_for_sql_server.hpp');
  for (const m of ['db_instance_id', 'start_time', 'end_time']) assert.ok(t.includes(`  std::string ${m};\n`), m);
  assert.ok(t.includes('field<&request::page_size>{"PageSize", presence::optional, 30, 100}'));
  assert.ok(t.includes('field<&request::page_number>{"PageNumber", presence::optional, 1, 2147483647}'));
  assert.ok(t.includes('{"TotalRecordCounts", presence::optional, 0, 9223372036854775807, "TotalRecordCount"}'));
  assert.ok(t.includes('{"SQLItemsCounts", presence::optional, 0, 9223372036854775807, "PageRecordCount"}'));
  assert.ok(!t.includes('{"PageRecordCount"'));
  assert.ok(t.includes('list_field<&response::items>{"Items", "SQLServerImport"}'));
  assert.ok(t.includes('  std::vector<sql_server_import> items;\n'));
  assert.ok(t.includes('  std::optional<std::int64_t> import_id;\n'));
  // Both spellings of the two cancel states; the doc's list: Pending, Importing, Success, Failed, Canceled, Canceling.
  assert.ok(t.includes('if (s == "Cancelled" || s == "Canceled") return import_status::cancelled;'));
  assert.ok(t.includes('if (s == "Cancelling" || s == "Canceling") return import_status::cancelling;'));
  for (const v of ['Pending', 'Importing', 'Success', 'Failed']) assert.ok(t.includes(`if (s == "${v}") return`), v);
  assert.ok(t.includes('import_status status() const noexcept {'));
  const order = [...t.slice(t.indexOf('response_fields =')).matchAll(/\{"([A-Za-z]+)"/g)].map((m) => m[1]);
  assert.deepEqual(order, ['RequestId', 'TotalRecordCounts', 'PageNumber', 'SQLItemsCounts', 'Items']);
  for (const n of ['describe_imports_for_sql_server_request', 'describe_imports_for_sql_server_response',
    'sql_server_import', 'import_status']) assert.ok(t.includes(`using ${n} = rds::describe_imports_for_sql_server::`), n);
  assert.ok(t.includes('using rds::describe_imports_for_sql_server::to_import_status;'));
  assert.ok(t.includes('using rds::describe_imports_for_sql_server::to_string;'));
});

test('the endpoint map header lists every region of main.dara lines 26-70, cited by line', () => {
  const t = base.get(ENDPOINT_MAP);
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'spec', 'rds-20140815', 'main.dara'), 'utf8').split('\n');
  // main.dara:25 "  @endpointMap = {" ... main.dara:71 "  };"
  assert.equal(text[24], '  @endpointMap = {');
  assert.equal(text[70], '  };');
  let n = 0;
  for (let i = 25; i < 70; i++) {
    const m = /^ {4}'([a-z0-9-]+)' = '([a-z0-9.-]+)',$/.exec(text[i]);
    assert.ok(m, `main.dara:${i + 1}`);
    assert.ok(t.includes(`{"${m[1]}", "${m[2]}"},  // main.dara:${i + 1}\n`), m[1]);
    n++;
  }
  assert.equal(n, 45);
  assert.ok(t.includes('std::array<endpoint_map_entry, 45> endpoint_map'));
  assert.ok(t.includes('inline constexpr std::string_view endpoint_product = "rds";'));
});
