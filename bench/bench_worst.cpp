// Worst-case response parsing: CPU per MiB of body for the most expensive
// inputs known, beside a plain 1 MiB body, JSON and XML (issue 12: every
// parse must be linear in the body size; goal: worst case within 3x of the
// plain body per MiB). Bodies are generated here, close to the default
// max_body_size (1 MiB) and never above it:
//
//   plain                 DescribeImportsForSQLServer, a page of ~7,000 items
//                         (the reference every other row is compared with);
//   access_denied_detail  an error body whose AccessDeniedDetail is a large
//                         object followed by as much whitespace (the JSON
//                         reader used to strip one byte at a time and rescan
//                         the whole value each time: quadratic);
//   deep_nesting          unknown values nested exactly to the depth limit
//                         (parse_options::max_depth, 64), repeated; checked
//                         to be at the limit (one level more is too_deep);
//   tiny_values           unknown fields with one-digit values:
//                         {"a":1,"b":2,...} / <a>1</a><b>2</b>...;
//   long_string           RequestId (a kept string) one string of ~1 MiB,
//                         with an escape every 64 bytes.
//
// Each row sets SetBytesProcessed (bytes/s), a "body_bytes" counter and the
// label "plain=<the plain row>" (tools/bench_report.py prints CPU ms per MiB
// and the ratio to the plain row). Every body's outcome is checked against
// what the generator put in it before timing, and in every timed iteration.
//
// The JSON AccessDeniedDetail row was quadratic before issue 12 (one parse of
// 1 MiB ran for minutes); it runs at 1 MiB like every other row.
#include "bench_support.hpp"

#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>

#include <string>
#include <string_view>

namespace rdscodec_bench {
namespace {

constexpr std::size_t mib = std::size_t{1} << 20;
/// Size of every generated body (the default parse_options::max_body_size).
constexpr std::size_t worst_body_size = mib;
constexpr std::string_view request_id = "17F57FEE-EA4F-4337-8D2E-9C23CAA63D74";
constexpr std::string_view denied_code = "Forbidden.RAM";
constexpr std::string_view denied_message =
    "User not authorized to operate on the specified resource, or this API doesn't support RAM.";
constexpr std::size_t depth_limit = rdscodec::parse_options{}.max_depth;

/// A generated body and what a correct parse yields from it.
struct worst_body {
  std::string text;
  std::string expected;      // the decoded string the check compares with
  std::size_t count = 0;     // items (plain body)
  std::string too_deep;      // deep_nesting: the same shape one level deeper
};

// ---- JSON --------------------------------------------------------------------------

std::string json_item(std::size_t i) {
  return "{\"DBName\":\"testdb01\",\"FileName\":\"testdb01_" + std::to_string(1370572475975 + i) +
         ".bak\",\"ImportId\":" + std::to_string(8562584 + i) +
         ",\"ImportStatus\":\"Success\",\"StartTime\":\"2014-06-11T15:11:40Z\"}";
}

worst_body json_plain(std::size_t size) {
  worst_body b;
  std::string items;
  constexpr std::size_t room = 200;  // for the envelope below
  for (std::size_t i = 0;; ++i) {
    const std::string item = json_item(i);
    if (items.size() + item.size() + 1 + room > size) break;
    if (i != 0) items += ',';
    items += item;
    ++b.count;
  }
  const std::string n = std::to_string(b.count);
  b.text = "{\"RequestId\":\"" + std::string(request_id) + "\",\"TotalRecordCount\":" + n +
           ",\"PageNumber\":1,\"PageRecordCount\":" + n + ",\"Items\":{\"SQLServerImport\":[" + items + "]}}";
  return b;
}

/// {"RequestId":...,...,"AccessDeniedDetail":{<half the body>}<whitespace>}
worst_body json_access_denied(std::size_t size) {
  worst_body b;
  const std::string head = "{\"RequestId\":\"" + std::string(request_id) +
                           "\",\"HostId\":\"rds.aliyuncs.com\",\"Code\":\"" + std::string(denied_code) +
                           "\",\"Message\":\"" + std::string(denied_message) + "\",\"AccessDeniedDetail\":";
  const std::size_t half = (size - head.size() - 1) / 2;
  std::string detail =
      "{\"PolicyType\":\"AccountLevelIdentityBasedPolicy\",\"AuthPrincipalOwnerId\":\"1234567890123456\","
      "\"AuthPrincipalType\":\"SubUser\",\"AuthPrincipalDisplayName\":\"bench-user\","
      "\"NoPermissionType\":\"ImplicitDeny\",\"AuthAction\":\"rds:CancelImport\",\"Statements\":[";
  const std::string statement =
      "{\"Effect\":\"Deny\",\"Action\":[\"rds:CancelImport\",\"rds:ImportDatabaseBetweenInstances\"],"
      "\"Resource\":\"acs:rds:*:1234567890123456:dbinstance/rm-uf6wjk5xxxxxxx\"}";
  for (bool first = true; detail.size() + statement.size() + 3 <= half; first = false) {
    if (!first) detail += ',';
    detail += statement;
  }
  detail += "]}";
  std::string space;
  while (head.size() + detail.size() + space.size() + 1 < size) space += space.size() % 64 == 63 ? '\n' : ' ';
  b.text = head + detail + space + "}";
  b.expected = detail;
  return b;
}

/// Arrays nested from depth 2 (the top-level object is depth 1) to the
/// limit: "[[...[]...]]" with `levels` brackets.
std::string json_nest(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

worst_body json_deep(std::size_t size) {
  worst_body b;
  const std::string head = "{\"RequestId\":\"" + std::string(request_id) + "\"";
  const std::string unit = ",\"d\":" + json_nest(depth_limit - 1);
  b.text = head;
  while (b.text.size() + unit.size() + 1 <= size) b.text += unit;
  b.text += '}';
  b.too_deep = head + ",\"d\":" + json_nest(depth_limit) + "}";
  b.expected = std::string(request_id);
  return b;
}

worst_body json_tiny(std::size_t size) {
  worst_body b;
  b.text = "{\"RequestId\":\"" + std::string(request_id) + "\"";
  for (std::size_t i = 0; b.text.size() + 7 <= size; ++i) {
    b.text += ",\"";
    b.text += static_cast<char>('a' + i % 26);
    b.text += "\":";
    b.text += static_cast<char>('0' + i % 10);
  }
  b.text += '}';
  b.expected = std::string(request_id);
  return b;
}

/// One long RequestId: 63 text bytes, then an escaped quote, repeated.
worst_body json_long_string(std::size_t size) {
  worst_body b;
  const std::string head = "{\"RequestId\":\"";
  const std::string_view text = "The quick brown fox jumps over the lazy dog 0123456789 ABCDEFGH";  // 63 bytes
  std::string encoded;
  while (head.size() + encoded.size() + text.size() + 2 + 2 <= size) {
    encoded += text;
    encoded += "\\\"";
    b.expected += text;
    b.expected += '"';
  }
  b.text = head + encoded + "\"}";
  return b;
}

// ---- XML ---------------------------------------------------------------------------

std::string xml_item(std::size_t i) {
  return "<SQLServerImport><DBName>testdb01</DBName><FileName>testdb01_" + std::to_string(1370572475975 + i) +
         ".bak</FileName><ImportId>" + std::to_string(8562584 + i) +
         "</ImportId><ImportStatus>Success</ImportStatus><StartTime>2014-06-11T15:11:40Z</StartTime></SQLServerImport>";
}

worst_body xml_plain(std::size_t size) {
  worst_body b;
  std::string items;
  constexpr std::size_t room = 400;
  for (std::size_t i = 0;; ++i) {
    const std::string item = xml_item(i);
    if (items.size() + item.size() + room > size) break;
    items += item;
    ++b.count;
  }
  const std::string n = std::to_string(b.count);
  b.text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeImportsForSQLServerResponse><RequestId>" +
           std::string(request_id) + "</RequestId><TotalRecordCount>" + n + "</TotalRecordCount><PageNumber>1" +
           "</PageNumber><PageRecordCount>" + n + "</PageRecordCount><Items>" + items +
           "</Items></DescribeImportsForSQLServerResponse>";
  return b;
}

/// <Error>...<AccessDeniedDetail><half the body></AccessDeniedDetail><whitespace></Error>
/// The detail has no whitespace and no character that pugixml escapes, so
/// its inner markup printed raw is the generated text itself.
worst_body xml_access_denied(std::size_t size) {
  worst_body b;
  const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>" + std::string(request_id) +
                           "</RequestId><HostId>rds.aliyuncs.com</HostId><Code>" + std::string(denied_code) +
                           "</Code><Message>" + std::string(denied_message) + "</Message><AccessDeniedDetail>";
  const std::string tail = "</Error>";
  const std::string close = "</AccessDeniedDetail>";
  const std::size_t half = (size - head.size() - close.size() - tail.size()) / 2;
  std::string detail =
      "<PolicyType>AccountLevelIdentityBasedPolicy</PolicyType><AuthPrincipalOwnerId>1234567890123456"
      "</AuthPrincipalOwnerId><AuthPrincipalType>SubUser</AuthPrincipalType><AuthPrincipalDisplayName>bench-user"
      "</AuthPrincipalDisplayName><NoPermissionType>ImplicitDeny</NoPermissionType><AuthAction>rds:CancelImport"
      "</AuthAction><Statements>";
  const std::string statement =
      "<Statement><Effect>Deny</Effect><Action>rds:CancelImport</Action>"
      "<Action>rds:ImportDatabaseBetweenInstances</Action>"
      "<Resource>acs:rds:*:1234567890123456:dbinstance/rm-uf6wjk5xxxxxxx</Resource></Statement>";
  while (detail.size() + statement.size() + 13 <= half) detail += statement;
  detail += "</Statements>";
  std::string space;
  while (head.size() + detail.size() + close.size() + space.size() + tail.size() < size)
    space += space.size() % 64 == 63 ? '\n' : ' ';
  b.text = head + detail + close + space + tail;
  b.expected = detail;
  return b;
}

/// Elements nested below the root (depth 1) to `depth`: "<d><d>...</d></d>".
std::string xml_nest(std::size_t levels) {
  std::string s;
  for (std::size_t i = 0; i < levels; ++i) s += "<d>";
  for (std::size_t i = 0; i < levels; ++i) s += "</d>";
  return s;
}

worst_body xml_deep(std::size_t size) {
  worst_body b;
  const std::string head = "<CancelImportResponse><RequestId>" + std::string(request_id) + "</RequestId>";
  const std::string tail = "</CancelImportResponse>";
  const std::string unit = xml_nest(depth_limit - 1);
  b.text = head;
  while (b.text.size() + unit.size() + tail.size() <= size) b.text += unit;
  b.text += tail;
  // Enough '<' that the depth walk runs, one branch one level too deep.
  b.too_deep = head + xml_nest(depth_limit - 1) + xml_nest(depth_limit) + tail;
  b.expected = std::string(request_id);
  return b;
}

worst_body xml_tiny(std::size_t size) {
  worst_body b;
  const std::string tail = "</CancelImportResponse>";
  b.text = "<CancelImportResponse><RequestId>" + std::string(request_id) + "</RequestId>";
  for (std::size_t i = 0; b.text.size() + 8 + tail.size() <= size; ++i) {
    const char name = static_cast<char>('a' + i % 26);
    b.text += '<';
    b.text += name;
    b.text += '>';
    b.text += static_cast<char>('0' + i % 10);
    b.text += "</";
    b.text += name;
    b.text += '>';
  }
  b.text += tail;
  b.expected = std::string(request_id);
  return b;
}

/// One long RequestId: 63 text bytes, then "&amp;", repeated.
worst_body xml_long_string(std::size_t size) {
  worst_body b;
  const std::string head = "<CancelImportResponse><RequestId>";
  const std::string tail = "</RequestId></CancelImportResponse>";
  const std::string_view text = "The quick brown fox jumps over the lazy dog 0123456789 ABCDEFGH";
  std::string encoded;
  while (head.size() + encoded.size() + text.size() + 5 + tail.size() <= size) {
    encoded += text;
    encoded += "&amp;";
    b.expected += text;
    b.expected += '&';
  }
  b.text = head + encoded + tail;
  return b;
}

// ---- the benchmarks -------------------------------------------------------------------

using cancel = rdscodec::cancel_import_request;
using describe_op = rdscodec::describe_imports_for_sql_server_request;

constexpr const char* plain_json = "rdscodec/parse_json_mib/plain_describe_imports";
constexpr const char* plain_xml = "rdscodec/parse_xml_mib/plain_describe_imports";

/// Checks the size limit first: a body above max_body_size would measure
/// the refusal, not the parse.
bool check_size(benchmark::State& state, const std::string& what, const worst_body& b) {
  return expect_true(state, what + ": body within max_body_size", !b.text.empty() &&
                                                                      b.text.size() <= rdscodec::parse_options{}.max_body_size);
}

template <class Step>
void timed(benchmark::State& state, const std::string& what, std::size_t body_size, Step&& step) {
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) ok &= step();
  meter.report(state);
  if (!ok) fail(state, what + " in the timed loop", "a different outcome", "the checked one");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body_size));
  state.SetItemsProcessed(state.iterations());
}

/// The plain body: DescribeImportsForSQLServer, every item checked.
void plain(benchmark::State& state, worst_body (*make)(std::size_t), const char* what_format) {
  const worst_body b = make(worst_body_size);
  const std::string what = std::string(what_format) + " plain DescribeImportsForSQLServer";
  describe_worst_case(state, {}, b.text.size());
  if (!check_size(state, what, b)) return;
  rdscodec::response_parser parser;
  rdscodec::describe_imports_for_sql_server_response response;
  {
    const auto r = parser.parse_into<describe_op>(200, b.text, response);
    if (!expect_true(state, what + ": parse succeeds", bool(r))) return;
    if (!expect_equal(state, what + ": RequestId", response.request_id, request_id)) return;
    if (!expect_equal(state, what + ": item count", std::to_string(response.items.size()), std::to_string(b.count)))
      return;
    if (!expect_true(state, what + ": TotalRecordCount",
                     response.total_record_counts == static_cast<std::int64_t>(b.count)))
      return;
    for (std::size_t i = 0; i < b.count; ++i) {
      const auto& item = response.items[i];
      const bool same = item.db_name == std::optional<std::string>("testdb01") &&
                        item.file_name == "testdb01_" + std::to_string(1370572475975 + i) + ".bak" &&
                        item.import_id == static_cast<std::int64_t>(8562584 + i) &&
                        item.import_status_text == std::optional<std::string>("Success") &&
                        item.start_time == std::optional<std::string>("2014-06-11T15:11:40Z");
      if (!expect_true(state, what + ": item " + std::to_string(i), same)) return;
    }
  }
  timed(state, what, b.text.size(), [&] {
    const auto r = parser.parse_into<describe_op>(200, b.text, response);
    benchmark::DoNotOptimize(response.items.data());
    return bool(r) && response.items.size() == b.count;
  });
}

/// A CancelImport success body whose RequestId is b.expected.
void success_row(benchmark::State& state, const worst_body& b, const std::string& what, const char* plain_name) {
  describe_worst_case(state, plain_name, b.text.size());
  if (!check_size(state, what, b)) return;
  rdscodec::response_parser parser;
  rdscodec::cancel_import_response response;
  {
    const auto r = parser.parse_into<cancel>(200, b.text, response);
    if (!expect_true(state, what + ": parse succeeds", bool(r))) return;
    if (!expect_equal(state, what + ": RequestId", response.request_id, b.expected)) return;
  }
  if (!b.too_deep.empty()) {
    rdscodec::cancel_import_response other;
    const auto r = parser.parse_into<cancel>(200, b.too_deep, other);
    if (!expect_true(state, what + ": one level more is too_deep", !r && r.error() == rdscodec::errc::too_deep))
      return;
  }
  timed(state, what, b.text.size(), [&] {
    const auto r = parser.parse_into<cancel>(200, b.text, response);
    benchmark::DoNotOptimize(response.request_id.data());
    return bool(r) && response.request_id.size() == b.expected.size();
  });
}

/// The AccessDeniedDetail error body (HTTP 403): a service error whose
/// detail is the generated value exactly.
void access_denied_row(benchmark::State& state, const worst_body& b, const std::string& what, const char* plain_name) {
  describe_worst_case(state, plain_name, b.text.size());
  if (!check_size(state, what, b)) return;
  rdscodec::response_parser parser;
  rdscodec::cancel_import_response response;
  {
    const auto r = parser.parse_into<cancel>(403, b.text, response);
    if (!expect_true(state, what + ": a service error", !r && r.error().is_service_error())) return;
    if (!expect_equal(state, what + ": Code", r.error().service().code, denied_code)) return;
    if (!expect_equal(state, what + ": RequestId", r.error().service().request_id, request_id)) return;
    if (!expect_equal(state, what + ": AccessDeniedDetail", r.error().service().access_denied_detail, b.expected))
      return;
  }
  timed(state, what, b.text.size(), [&] {
    const auto r = parser.parse_into<cancel>(403, b.text, response);
    const bool ok = !r && r.error().is_service_error() &&
                    r.error().service().access_denied_detail.size() == b.expected.size();
    benchmark::DoNotOptimize(ok);
    return ok;
  });
}

}  // namespace

void register_worst_case_benchmarks() {
  benchmark::RegisterBenchmark(plain_json, [](benchmark::State& s) { plain(s, json_plain, "JSON"); });
  benchmark::RegisterBenchmark("rdscodec/parse_json_mib/access_denied_detail", [](benchmark::State& s) {
    access_denied_row(s, json_access_denied(worst_body_size), "JSON AccessDeniedDetail + whitespace",
                      plain_json);
  });
  benchmark::RegisterBenchmark("rdscodec/parse_json_mib/deep_nesting", [](benchmark::State& s) {
    success_row(s, json_deep(worst_body_size), "JSON deep nesting", plain_json);
  });
  benchmark::RegisterBenchmark("rdscodec/parse_json_mib/tiny_values", [](benchmark::State& s) {
    success_row(s, json_tiny(worst_body_size), "JSON tiny values", plain_json);
  });
  benchmark::RegisterBenchmark("rdscodec/parse_json_mib/long_string", [](benchmark::State& s) {
    success_row(s, json_long_string(worst_body_size), "JSON long string", plain_json);
  });

  benchmark::RegisterBenchmark(plain_xml, [](benchmark::State& s) { plain(s, xml_plain, "XML"); });
  benchmark::RegisterBenchmark("rdscodec/parse_xml_mib/access_denied_detail", [](benchmark::State& s) {
    access_denied_row(s, xml_access_denied(worst_body_size), "XML AccessDeniedDetail + whitespace", plain_xml);
  });
  benchmark::RegisterBenchmark("rdscodec/parse_xml_mib/deep_nesting", [](benchmark::State& s) {
    success_row(s, xml_deep(worst_body_size), "XML deep nesting", plain_xml);
  });
  benchmark::RegisterBenchmark("rdscodec/parse_xml_mib/tiny_values", [](benchmark::State& s) {
    success_row(s, xml_tiny(worst_body_size), "XML tiny values", plain_xml);
  });
  benchmark::RegisterBenchmark("rdscodec/parse_xml_mib/long_string", [](benchmark::State& s) {
    success_row(s, xml_long_string(worst_body_size), "XML long string", plain_xml);
  });
}

}  // namespace rdscodec_bench
