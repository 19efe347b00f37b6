// Steady-state signing allocates nothing on the C++ heap: after one warm-up
// call, signing into the same http_request again (V2 and V3, typed and
// generic, default clock and nonce) performs zero operator new calls.
//
// Its own program because it replaces the global operator new. OpenSSL's own
// allocations (it mallocs inside EVP_MAC_init/EVP_DigestInit on every use in
// 3.0) are counted separately through CRYPTO_set_mem_functions and reported,
// not asserted: no EVP API avoids them. Also the per-thread spare's retention
// limits: what the signature after an over-limit request allocates.
#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>
#include <rdscodec/rds/tag_resources.hpp>

#include "../derived_requests.hpp"

#include <openssl/crypto.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <new>
#include <string>
#include <thread>
#include <vector>

namespace {
std::atomic<bool> counting{false};
std::atomic<long> cxx_allocations{0};
std::atomic<long> openssl_allocations{0};

void* counted(std::size_t n) {
  if (counting.load(std::memory_order_relaxed)) cxx_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  std::abort();
}

void* ossl_malloc(std::size_t n, const char*, int) {
  if (counting.load(std::memory_order_relaxed)) openssl_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n);
}
void* ossl_realloc(void* p, std::size_t n, const char*, int) {
  if (counting.load(std::memory_order_relaxed)) openssl_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::realloc(p, n);
}
void ossl_free(void* p, const char*, int) { std::free(p); }

std::string data_file(const char* name) {
  std::ifstream in(std::string(RDSCODEC_TEST_DATA_DIR) + "/responses/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
}  // namespace

void* operator new(std::size_t n) { return counted(n); }
void* operator new[](std::size_t n) { return counted(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

int main() {
  // Must run before OpenSSL allocates anything.
  if (CRYPTO_set_mem_functions(ossl_malloc, ossl_realloc, ossl_free) != 1) {
    std::puts("could not install OpenSSL allocation hooks");
    return 1;
  }
  const rdscodec::credentials creds("testid", "testsecret", "CAIS-token");
  rdscodec::cancel_import_request typed;
  typed.db_instance_id = "rm-uf6wjk5xxxxxxx";
  typed.import_id = 8562584;
  typed.owner_account = "中文 account";
  rdscodec::generic_request generic{"CancelImport", "2014-08-15", {{"ImportId", "8562584"}, {"DBInstanceId", "rm-uf6wjk5xxxxxxx"}}};

  int failures = 0, passes = 0;
  auto measure = [&](const char* name, auto&& sign_once) {
    rdscodec::http_request out;
    for (int i = 0; i < 3; ++i)
      if (!sign_once(out)) {
        std::printf("FAILED %s: signing failed\n", name);
        ++failures;
        return;
      }
    constexpr int rounds = 1000;
    cxx_allocations = 0;
    openssl_allocations = 0;
    counting = true;
    bool ok = true;
    for (int i = 0; i < rounds; ++i) ok = sign_once(out) && ok;
    counting = false;
    const long cxx = cxx_allocations.load();
    const bool pass = ok && cxx == 0;
    std::printf("%-6s %-44s operator new/op: %.2f   OpenSSL mallocs/op: %.2f\n", pass ? "ok" : "FAILED", name,
                static_cast<double>(cxx) / rounds, static_cast<double>(openssl_allocations.load()) / rounds);
    (pass ? passes : failures)++;
  };

  rdscodec::v2::options v2_fixed;
  v2_fixed.timestamp = "2023-03-13T08:34:30Z";
  v2_fixed.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  rdscodec::v2::options v2_form = v2_fixed;
  v2_form.fields = rdscodec::placement::form;
  rdscodec::v3::options v3_fixed;
  v3_fixed.timestamp = "2023-10-26T10:22:32Z";
  v3_fixed.nonce = "3156853299f313e23d1673dc12e1703d";
  rdscodec::v3::options v3_sm3 = v3_fixed;
  v3_sm3.alg = rdscodec::v3::algorithm::acs3_hmac_sm3;
  rdscodec::v3::options v3_form = v3_fixed;
  v3_form.fields = rdscodec::placement::form;

  measure("v2 typed, fixed time and nonce", [&](auto& out) { return bool(rdscodec::v2::sign(typed, creds, v2_fixed, out)); });
  measure("v2 typed, form body", [&](auto& out) { return bool(rdscodec::v2::sign(typed, creds, v2_form, out)); });
  measure("v2 typed, clock and CSPRNG", [&](auto& out) { return bool(rdscodec::v2::sign(typed, creds, {}, out)); });
  measure("v2 generic", [&](auto& out) { return bool(rdscodec::v2::sign(generic, creds, v2_fixed, out)); });
  measure("v3 typed, fixed time and nonce", [&](auto& out) { return bool(rdscodec::v3::sign(typed, creds, v3_fixed, out)); });
  measure("v3 typed, SM3", [&](auto& out) { return bool(rdscodec::v3::sign(typed, creds, v3_sm3, out)); });
  measure("v3 typed, form body", [&](auto& out) { return bool(rdscodec::v3::sign(typed, creds, v3_form, out)); });
  measure("v3 typed, clock and CSPRNG", [&](auto& out) { return bool(rdscodec::v3::sign(typed, creds, {}, out)); });
  measure("v3 generic", [&](auto& out) { return bool(rdscodec::v3::sign(generic, creds, v3_fixed, out)); });

  // Typed requests with list and object fields: their flattened names and
  // values, and (over 32 parameters) the sort order, live in buffers each
  // thread keeps between signatures, so once warmed up (the 3 calls above)
  // signing the same request again allocates nothing. CreateDBInstance with
  // all 62 fields (tests/derived_requests.hpp): 64 parameters with its list
  // of two tags, a JSON-valued one and an object; TagResources: repeat lists.
  const auto every_field = rdscodec_test::create_db_instance_every_field();
  rdscodec::rds::tag_resources::request tags;
  tags.region_id = "cn-hangzhou";
  tags.resource_type = "INSTANCE";
  tags.resource_id = std::vector<std::string>{"rm-uf6wjk5xxxxxxx", "rm-bp1xxxxxxxxxxxxx"};
  tags.tag = std::vector<rdscodec::rds::tag_resources::tag>{{"env", "prod"}, {"team", "db ops/中文"}};
  measure("v2 typed, 62 fields with lists and objects", [&](auto& out) {
    return bool(rdscodec::v2::sign(every_field, creds, v2_fixed, out));
  });
  measure("v3 typed, 62 fields, form body", [&](auto& out) {
    return bool(rdscodec::v3::sign(every_field, creds, v3_form, out));
  });
  measure("v3 typed, repeat lists (TagResources)", [&](auto& out) {
    return bool(rdscodec::v3::sign(tags, creds, v3_fixed, out));
  });

  // The spare's retention limits (detail/thread_spare.hpp users): a thread
  // keeps flat_params' buffers only while their capacities total at most
  // 64 KiB, and sorted_indices' vector only up to 16 Ki indices; larger ones
  // are freed when the signature ends, so one huge request does not pin its
  // memory to the thread for good. What the next ordinary signature then
  // costs follows from that rule.
  {
    // Allocations of one signature made while counting.
    auto count_one = [&](auto&& sign_once) {
      cxx_allocations = 0;
      counting = true;
      const bool ok = sign_once();
      counting = false;
      return ok ? cxx_allocations.load() : -1L;
    };
    auto report = [&](const char* name, bool pass, long got, const char* expected) {
      std::printf("%-6s %-44s operator new: %ld (expected %s)\n", pass ? "ok" : "FAILED", name, got, expected);
      (pass ? passes : failures)++;
    };
    auto resource_ids = [](std::size_t n) {
      std::vector<std::string> ids;
      for (std::size_t i = 0; i < n; ++i) ids.push_back("rm-" + std::to_string(i));
      return ids;
    };
    rdscodec::rds::tag_resources::request huge = tags;  // 4,000 flattened ResourceId.N: 4,000 items
    huge.resource_id = resource_ids(4000);               // of 48 bytes (LP64) = 192,000 > 65,536 bytes
    rdscodec::rds::tag_resources::request middling = tags;  // 500 items: 512 * 48 = 24,576 bytes of items,
    middling.resource_id = resource_ids(500);               // about 7 KB of names: well under 64 KiB
    rdscodec::http_request out, big_out;
    auto sign_tags = [&] { return bool(rdscodec::v3::sign(tags, creds, v3_fixed, out)); };
    for (int i = 0; i < 3; ++i) (void)sign_tags();

    // The reference: the same ordinary signature on a thread whose spare
    // holds nothing (a new thread), into the same warmed-up request. It must
    // allocate (else the comparisons below prove nothing).
    long fresh = -1;
    std::thread([&] { fresh = count_one(sign_tags); }).join();
    report("retention: ordinary request, fresh thread", fresh > 0, fresh, "> 0");

    // Under the limit: the buffers the middling request grew are kept, and
    // the ordinary request after it takes them: nothing to allocate.
    (void)rdscodec::v3::sign(middling, creds, v3_fixed, big_out);
    long after = count_one(sign_tags);
    report("retention: after 500 flattened parameters", after == 0, after, "0 (buffers kept)");

    // Over the limit: freed, so the next ordinary signature starts from an
    // empty spare, exactly as on a fresh thread; the one after it is back to
    // 0 (what it grew, being small, is kept).
    (void)rdscodec::v3::sign(huge, creds, v3_fixed, big_out);
    after = count_one(sign_tags);
    report("retention: after 4,000 flattened parameters", after == fresh, after, "as on a fresh thread");
    after = count_one(sign_tags);
    report("retention: and the signature after that", after == 0, after, "0");

    // sorted_indices alone (a generic request sorts its parameters on
    // indices; more than 32 take the kept vector). 40 parameters after
    // 16,384 (the limit, kept): the kept vector has room, 0 allocations.
    // After 16,385 (freed): the one vector of 40 indices is allocated again,
    // exactly 1 (resize of an empty vector allocates once); then 0.
    auto generic_of = [](std::size_t n) {
      rdscodec::generic_request g{"CancelImport", "2014-08-15", {}};
      for (std::size_t i = 0; i < n; ++i) g.parameters.push_back({"P" + std::to_string(i), "v"});
      return g;
    };
    const auto g40 = generic_of(40), g_limit = generic_of(16384), g_over = generic_of(16385);
    auto sign_g40 = [&] { return bool(rdscodec::v2::sign(g40, creds, v2_fixed, out)); };
    for (int i = 0; i < 3; ++i) (void)sign_g40();
    (void)rdscodec::v2::sign(g_limit, creds, v2_fixed, big_out);
    after = count_one(sign_g40);
    report("retention: 40 indices after 16,384", after == 0, after, "0 (vector kept)");
    (void)rdscodec::v2::sign(g_over, creds, v2_fixed, big_out);
    after = count_one(sign_g40);
    report("retention: 40 indices after 16,385", after == 1, after, "1 (vector freed)");
    after = count_one(sign_g40);
    report("retention: and the signature after that", after == 0, after, "0");
  }

  // Parsing into a kept response with a kept parser: only the result
  // strings may allocate, and they keep their capacity.
  rdscodec::response_parser parser;
  rdscodec::cancel_import_response response;
  const char* json_body = "{\"RequestId\":\"17F57FEE-EA4F-4337-8D2E-9C23CAA63D74\"}";
  const char* xml_body =
      "<CancelImportResponse><RequestId>17F57FEE-EA4F-4337-8D2E-9C23CAA63D74</RequestId></CancelImportResponse>";
  const char* error_body = "{\"RequestId\":\"r\",\"HostId\":\"h\",\"Code\":\"Throttling\",\"Message\":\"m\"}";
  measure("parse JSON success into a kept response", [&](auto&) {
    return bool(parser.parse_into<rdscodec::cancel_import_request>(200, json_body, response));
  });
  measure("parse XML success into a kept response", [&](auto&) {
    return bool(parser.parse_into<rdscodec::cancel_import_request>(200, xml_body, response));
  });
  // Generated operations with lists of objects and optional members: the
  // kept response's list elements, their strings and optionals are decoded
  // into again (a 30-item DescribeDBInstances page; 278 allocations per
  // parse when the elements were rebuilt each time).
  auto measure_parse = [&](const char* name, auto&& parse_once) {
    for (int i = 0; i < 3; ++i)
      if (!parse_once()) {
        std::printf("FAILED %s: parsing failed\n", name);
        ++failures;
        return;
      }
    constexpr int rounds = 200;
    cxx_allocations = 0;
    counting = true;
    bool ok = true;
    for (int i = 0; i < rounds; ++i) ok = parse_once() && ok;
    counting = false;
    const long cxx = cxx_allocations.load();
    const bool pass = ok && cxx == 0;
    std::printf("%-6s %-44s operator new/op: %.2f\n", pass ? "ok" : "FAILED", name, static_cast<double>(cxx) / rounds);
    (pass ? passes : failures)++;
  };
  using ddi = rdscodec::rds::describe_db_instances::request;
  using dis = rdscodec::rds::describe_imports_for_sql_server::request;
  rdscodec::rds::describe_db_instances::response page;
  rdscodec::rds::describe_imports_for_sql_server::response imports;
  const std::string page_json = data_file("describe_db_instances_30.json");
  const std::string page_xml = data_file("describe_db_instances_30.xml");
  const std::string imports_json = data_file("describe_imports_for_sql_server_fixed.json");
  const std::string imports_xml = data_file("describe_imports_for_sql_server_fixed.xml");
  measure_parse("parse JSON DescribeDBInstances, 30 items", [&] {
    return parser.parse_into<ddi>(200, page_json, page) && page.items && page.items->db_instance.size() == 30;
  });
  measure_parse("parse XML DescribeDBInstances, 30 items", [&] {
    return parser.parse_into<ddi>(200, page_xml, page) && page.items && page.items->db_instance.size() == 30;
  });
  measure_parse("parse JSON DescribeImportsForSQLServer", [&] {
    return parser.parse_into<dis>(200, imports_json, imports) && !imports.items.empty();
  });
  measure_parse("parse XML DescribeImportsForSQLServer", [&] {
    return parser.parse_into<dis>(200, imports_xml, imports) && !imports.items.empty();
  });

  // An error allocates its api_error strings: counted, not asserted.
  {
    cxx_allocations = 0;
    counting = true;
    for (int i = 0; i < 100; ++i) (void)parser.parse_into<rdscodec::cancel_import_request>(429, error_body, response);
    counting = false;
    std::printf("%-6s %-44s operator new/op: %.2f (the api_error's strings)\n", "info", "parse JSON error",
                static_cast<double>(cxx_allocations.load()) / 100);
  }

  // Control: the counter must see the allocations of a fresh request per
  // call, or the zeros above prove nothing.
  cxx_allocations = 0;
  counting = true;
  for (int i = 0; i < 10; ++i) (void)rdscodec::v2::sign(typed, creds, v2_fixed);
  counting = false;
  const bool control = cxx_allocations.load() > 0;
  std::printf("%-6s %-44s operator new/op: %.2f (must be > 0)\n", control ? "ok" : "FAILED",
              "control: a new http_request per call", static_cast<double>(cxx_allocations.load()) / 10);
  (control ? passes : failures)++;

  std::printf("alloc: %d passed, %d failed\n", passes, failures);
  return failures == 0 ? 0 : 1;
}
