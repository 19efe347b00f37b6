// Response decoding benchmarks: JSON and XML, success and error, with a kept
// rdscodec::response_parser parsing into a kept response, and their floors
// on the same bytes (DESIGN §5):
//   JSON: bare simdjson on-demand lookup of RequestId (padded_string prepared
//         once, parser kept);
//   XML:  bare pugixml parse + lookup of RootElement/RequestId (kept document,
//         parsed in place from a kept buffer, the cheapest pugixml path).
// An error body decodes into an api_error (Code, Message, RequestId, HostId,
// each a new std::string): the error measures are paired with floors that do
// that bare (same lookups, same four new strings, so the same allocations),
// and also report their ratio to the RequestId-only lookup ("ref=" floor).
// Bodies come from tests/data/responses/. bytes/s counts body bytes.
//
// Note: simdjson's on-demand code is compiled into this program for the
// builtin kernel chosen by the compiler flags (the "fallback" kernel without
// -march); stage 1 (structural indexing) runs libsimdjson's runtime-selected
// kernel. Measure and floor share both, so the ratio is fair; the context
// lines simdjson_builtin_kernel / simdjson_active_kernel record them.
#include "bench_support.hpp"

#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>

#include <pugixml.hpp>
#include <simdjson.h>

#include <string>
#include <string_view>

namespace rdscodec_bench {
namespace {

struct sample {
  const char* file;
  int status;
  bool error;
  std::string_view request_id;
};

const sample json_success{"responses/cancel_import_success.json", 200, false, success_request_id_json};
const sample json_error{"responses/error_unsupported_operation.json", 400, true, error_request_id};
const sample xml_success{"responses/cancel_import_success.xml", 200, false, success_request_id_xml};
const sample xml_error{"responses/error_unsupported_operation.xml", 400, true, error_request_id};

/// What a bare error decoder produces: the error fields as new strings.
struct bare_error {
  std::string code, message, request_id, host_id;
};

/// Checks one parse result against the sample's expected outcome.
bool check_outcome(benchmark::State& state, const sample& s,
                   const rdscodec::response_result<void>& r, const rdscodec::cancel_import_response& response) {
  const std::string what = std::string(s.file) + ": ";
  if (!s.error) {
    if (!expect_true(state, what + "parse succeeds", bool(r))) return false;
    return expect_equal(state, what + "RequestId", response.request_id, s.request_id);
  }
  if (!expect_true(state, what + "parse yields a service error", !r && r.error().is_service_error())) return false;
  if (!expect_equal(state, what + "Code", r.error().service().code, error_code)) return false;
  return expect_equal(state, what + "RequestId", r.error().service().request_id, s.request_id);
}

/// The timed loop every parse benchmark shares: runs `step` (true when the
/// outcome is the checked one), reports allocations, bytes and items, and
/// fails the benchmark if any iteration's outcome differed.
template <class Step>
void timed_loop(benchmark::State& state, const std::string& what, std::size_t body_size, Step&& step) {
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) ok &= step();
  meter.report(state);
  if (!ok) fail(state, what + " in the timed loop", "a different outcome", "the checked one");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * body_size));
  state.SetItemsProcessed(state.iterations());
}

/// One parse through the entry point the body's type picks: parse_into for
/// a plain string (the JSON body copied into the parser's padded buffer),
/// parse_padded_into for a simdjson::padded_string (read where it lies).
rdscodec::response_result<void> parse_once(rdscodec::response_parser& parser, const sample& s, const std::string& body,
                                           rdscodec::cancel_import_response& response) {
  return parser.parse_into<rdscodec::cancel_import_request>(s.status, body, response);
}
rdscodec::response_result<void> parse_once(rdscodec::response_parser& parser, const sample& s,
                                           const simdjson::padded_string& body,
                                           rdscodec::cancel_import_response& response) {
  return parser.parse_padded_into<rdscodec::cancel_import_request>(s.status, body, response);
}

/// `Body`: std::string, or simdjson::padded_string prepared once as the JSON
/// floor has it (no copy per parse).
template <class Body = std::string>
void parse(benchmark::State& state, const sample& s, const char* floor, const char* ref = nullptr) {
  // Success: no allocation of our own required (pugixml's page per XML
  // parse is reported, not required to be 0). Error: the api_error's
  // strings are allocated per call (counted, not required to be 0).
  describe(state, floor, !s.error, ref != nullptr ? ref : "");
  const std::string text = read_data_file(s.file);
  if (!expect_true(state, std::string(s.file) + " readable", !text.empty())) return;
  const Body body(text);
  rdscodec::response_parser parser;          // kept: reuses its buffers
  rdscodec::cancel_import_response response;  // kept: reuses its strings
  {
    const auto r = parse_once(parser, s, body, response);
    if (!check_outcome(state, s, r, response)) return;
  }
  timed_loop(state, std::string(s.file) + ": outcome", text.size(), [&] {
    const auto r = parse_once(parser, s, body, response);
    benchmark::DoNotOptimize(response.request_id.data());
    benchmark::ClobberMemory();
    return bool(r) != s.error;
  });
}

void floor_json(benchmark::State& state, const sample& s) {
  describe(state, {}, false);
  const std::string body = read_data_file(s.file);
  if (!expect_true(state, std::string(s.file) + " readable", !body.empty())) return;
  const simdjson::padded_string doc(body);  // prepared once
  simdjson::ondemand::parser parser;        // kept
  auto lookup = [&](std::string_view& v) {
    simdjson::ondemand::document d;
    if (parser.iterate(doc).get(d) != simdjson::SUCCESS) return false;
    return d["RequestId"].get_string().get(v) == simdjson::SUCCESS;
  };
  std::string_view v;
  if (!expect_true(state, std::string(s.file) + ": simdjson lookup succeeds", lookup(v))) return;
  if (!expect_equal(state, std::string(s.file) + ": simdjson RequestId", v, s.request_id)) return;
  timed_loop(state, std::string(s.file) + ": simdjson lookup", body.size(), [&] {
    const bool ok = lookup(v);
    benchmark::DoNotOptimize(v);
    return ok;
  });
}

void floor_xml(benchmark::State& state, const sample& s, const char* root) {
  describe(state, {}, false);
  const std::string body = read_data_file(s.file);
  if (!expect_true(state, std::string(s.file) + " readable", !body.empty())) return;
  pugi::xml_document doc;  // kept
  std::string buf;         // kept; load_buffer_inplace parses (and overwrites) it
  auto lookup = [&](std::string_view& v) {
    buf.assign(body);
    if (!doc.load_buffer_inplace(&buf[0], buf.size(), pugi::parse_default, pugi::encoding_utf8)) return false;
    const pugi::xml_node n = doc.child(root).child("RequestId");
    v = n.child_value();
    return bool(n);
  };
  std::string_view v;
  if (!expect_true(state, std::string(s.file) + ": pugixml lookup succeeds", lookup(v))) return;
  if (!expect_equal(state, std::string(s.file) + ": pugixml RequestId", v, s.request_id)) return;
  timed_loop(state, std::string(s.file) + ": pugixml lookup", body.size(), [&] {
    const bool ok = lookup(v);
    benchmark::DoNotOptimize(v);
    return ok;
  });
}

bool check_bare_error(benchmark::State& state, const sample& s, const bare_error& e) {
  const std::string what = std::string(s.file) + ": bare ";
  return expect_equal(state, what + "Code", e.code, error_code) &&
         expect_equal(state, what + "RequestId", e.request_id, s.request_id) &&
         expect_true(state, what + "Message and HostId", !e.message.empty() && !e.host_id.empty());
}

/// simdjson on-demand: one pass over the object, the four error fields
/// copied into a new bare_error.
void floor_json_error_fields(benchmark::State& state, const sample& s) {
  describe(state, {}, false);
  const std::string body = read_data_file(s.file);
  if (!expect_true(state, std::string(s.file) + " readable", !body.empty())) return;
  const simdjson::padded_string doc(body);
  simdjson::ondemand::parser parser;
  auto decode = [&](bare_error& out) {
    simdjson::ondemand::document d;
    simdjson::ondemand::object o;
    if (parser.iterate(doc).get(d) != simdjson::SUCCESS || d.get_object().get(o) != simdjson::SUCCESS) return false;
    for (auto f : o) {
      simdjson::ondemand::field field;
      if (std::move(f).get(field) != simdjson::SUCCESS) return false;
      std::string* target = nullptr;
      if (field.key() == "Code") target = &out.code;
      else if (field.key() == "Message") target = &out.message;
      else if (field.key() == "RequestId") target = &out.request_id;
      else if (field.key() == "HostId") target = &out.host_id;
      if (target == nullptr) continue;
      std::string_view v;
      if (field.value().get_string().get(v) != simdjson::SUCCESS) return false;
      target->assign(v.data(), v.size());
    }
    return true;
  };
  {
    bare_error e;
    if (!expect_true(state, std::string(s.file) + ": simdjson error fields", decode(e))) return;
    if (!check_bare_error(state, s, e)) return;
  }
  timed_loop(state, std::string(s.file) + ": simdjson error fields", body.size(), [&] {
    bare_error e;  // new strings per error, as an api_error has
    const bool ok = decode(e);
    benchmark::DoNotOptimize(e);
    return ok;
  });
}

/// pugixml: parse in place, the four error fields copied into a new bare_error.
void floor_xml_error_fields(benchmark::State& state, const sample& s) {
  describe(state, {}, false);
  const std::string body = read_data_file(s.file);
  if (!expect_true(state, std::string(s.file) + " readable", !body.empty())) return;
  pugi::xml_document doc;
  std::string buf;
  auto decode = [&](bare_error& out) {
    buf.assign(body);
    if (!doc.load_buffer_inplace(&buf[0], buf.size(), pugi::parse_default, pugi::encoding_utf8)) return false;
    const pugi::xml_node root = doc.child("Error");
    out.code = root.child("Code").child_value();
    out.message = root.child("Message").child_value();
    out.request_id = root.child("RequestId").child_value();
    out.host_id = root.child("HostId").child_value();
    return bool(root);
  };
  {
    bare_error e;
    if (!expect_true(state, std::string(s.file) + ": pugixml error fields", decode(e))) return;
    if (!check_bare_error(state, s, e)) return;
  }
  timed_loop(state, std::string(s.file) + ": pugixml error fields", body.size(), [&] {
    bare_error e;
    const bool ok = decode(e);
    benchmark::DoNotOptimize(e);
    return ok;
  });
}

constexpr const char* floor_json_error_fields_name = "floor/parse_json/simdjson_error_fields";
constexpr const char* floor_xml_error_fields_name = "floor/parse_xml/pugixml_parse_error_fields";
constexpr const char* floor_json_success = "floor/parse_json/simdjson_lookup/success";
constexpr const char* floor_json_error = "floor/parse_json/simdjson_lookup/error";
constexpr const char* floor_xml_success = "floor/parse_xml/pugixml_parse_lookup/success";
constexpr const char* floor_xml_error = "floor/parse_xml/pugixml_parse_lookup/error";

}  // namespace

/// DescribeImportsForSQLServer (a response with a list), through the same
/// generic path. No floor: reported, not paired. The kept response's item
/// and its strings are decoded into again: no allocation (counted).
void parse_describe(benchmark::State& state, const char* file) {
  describe(state, {}, false);
  const std::string body = read_data_file(file);
  if (!expect_true(state, std::string(file) + " readable", !body.empty())) return;
  using op = rdscodec::describe_imports_for_sql_server_request;
  rdscodec::response_parser parser;
  rdscodec::describe_imports_for_sql_server_response response;
  auto step = [&] {
    const auto r = parser.parse_into<op>(200, body, response);
    benchmark::DoNotOptimize(response.items.data());
    return bool(r) && response.items.size() == 1 && response.items[0].db_name == std::optional<std::string>("testdb01");
  };
  if (!expect_true(state, std::string(file) + ": one item, DBName testdb01", step())) return;
  timed_loop(state, std::string(file) + ": outcome", body.size(), step);
}

void register_parse_benchmarks() {
  benchmark::RegisterBenchmark("rdscodec/parse_json/describe_imports", [](benchmark::State& s) {
    parse_describe(s, "responses/describe_imports_for_sql_server_fixed.json");
  });
  benchmark::RegisterBenchmark("rdscodec/parse_xml/describe_imports", [](benchmark::State& s) {
    parse_describe(s, "responses/describe_imports_for_sql_server_fixed.xml");
  });
  benchmark::RegisterBenchmark("rdscodec/parse_json/success",
                               [](benchmark::State& s) { parse(s, json_success, floor_json_success); });
  benchmark::RegisterBenchmark("rdscodec/parse_json/error",
                               [](benchmark::State& s) { parse(s, json_error, floor_json_error_fields_name, floor_json_error); });
  benchmark::RegisterBenchmark("rdscodec/parse_json/success_padded",
                               [](benchmark::State& s) { parse<simdjson::padded_string>(s, json_success, floor_json_success); });
  benchmark::RegisterBenchmark(floor_json_success, [](benchmark::State& s) { floor_json(s, json_success); });
  benchmark::RegisterBenchmark(floor_json_error, [](benchmark::State& s) { floor_json(s, json_error); });
  benchmark::RegisterBenchmark(floor_json_error_fields_name,
                               [](benchmark::State& s) { floor_json_error_fields(s, json_error); });

  benchmark::RegisterBenchmark("rdscodec/parse_xml/success",
                               [](benchmark::State& s) { parse(s, xml_success, floor_xml_success); });
  benchmark::RegisterBenchmark("rdscodec/parse_xml/error",
                               [](benchmark::State& s) { parse(s, xml_error, floor_xml_error_fields_name, floor_xml_error); });
  benchmark::RegisterBenchmark(floor_xml_success,
                               [](benchmark::State& s) { floor_xml(s, xml_success, "CancelImportResponse"); });
  benchmark::RegisterBenchmark(floor_xml_error, [](benchmark::State& s) { floor_xml(s, xml_error, "Error"); });
  benchmark::RegisterBenchmark(floor_xml_error_fields_name,
                               [](benchmark::State& s) { floor_xml_error_fields(s, xml_error); });
}

}  // namespace rdscodec_bench
