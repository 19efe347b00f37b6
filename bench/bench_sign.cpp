// Signing benchmarks: V2 and V3 for CancelImport (fixed timestamp and nonce,
// and the default clock and CSPRNG nonce), the generic run-time request, and
// their OpenSSL floors on the same bytes.
//
// Floors (DESIGN §5):
//   V2: HMAC-SHA1 of the exact string-to-sign with a pre-keyed EVP_MAC
//       context, re-initialised with EVP_MAC_init(ctx, NULL, 0, NULL) (the
//       cheapest pre-keyed EVP path on OpenSSL 3.0);
//   V3: SHA-256 of the exact canonical request (kept EVP_MD_CTX, pre-fetched
//       EVP_MD) + HMAC-SHA256 of the exact string-to-sign, pre-keyed as above.
// The default-source variants (the system clock and random_nonce()) have the
// same floors, the hash work alone: the clock read and the nonce are part of
// what rdscodec must make cheap (random_nonce() draws CSPRNG bytes in blocks).
// Their second, informational ratio is to the same signing with fixed inputs
// (ref=…/fixed; the goal is 1.2).
//
// Thread scaling: rdscodec/sign_v3/cancel_import/shared_credentials signs from
// 1 and 2 threads with one shared `credentials` (wall-clock time, so items/s is
// the throughput of all threads together); tools/bench_report.py reports the
// 2-thread throughput as a multiple of the 1-thread one.
//
// bytes/s counts the bytes that are hashed (V2: the string-to-sign; V3: the
// canonical request + the string-to-sign), the same for a measure and its
// floor; items/s is signatures per second.
#include "bench_support.hpp"

#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <string>
#include <string_view>

namespace rdscodec_bench {
namespace {

constexpr const char* floor_v2 = "floor/sign_v2/hmac_sha1_prekeyed";
constexpr const char* floor_v3 = "floor/sign_v3/sha256_hmac_sha256_prekeyed";
constexpr const char* fixed_v2 = "rdscodec/sign_v2/cancel_import/fixed";
constexpr const char* fixed_v3 = "rdscodec/sign_v3/cancel_import/fixed";

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

bool is_lower_hex(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

const rdscodec::credentials& creds() {
  static const rdscodec::credentials c(access_key_id, access_key_secret);
  return c;
}

rdscodec::cancel_import_request typed_request() {
  rdscodec::cancel_import_request req;
  req.db_instance_id = std::string(db_instance_id);
  req.import_id = import_id;
  return req;
}

rdscodec::generic_request generic_request() {
  // Deliberately unsorted: the generic path sorts at run time.
  return rdscodec::generic_request{
      "CancelImport", "2014-08-15", {{"ImportId", std::to_string(import_id)}, {"DBInstanceId", std::string(db_instance_id)}}};
}

// ---- V2 ----

/// The V2 floor, with or without the clock and nonce work.
void floor_sign_v2(benchmark::State& state) {
  describe(state, {}, false);
  prekeyed_hmac h("SHA1", std::string(access_key_secret) + "&");
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t n = 0;
  if (!expect_true(state, "OpenSSL HMAC-SHA1 prepared", h.ok && h.compute(v2_string_to_sign, mac, &n))) return;
  if (!expect_equal(state, "floor V2 signature", base64(mac, n), v2_signature)) return;

  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= h.compute(v2_string_to_sign, mac, &n);
    benchmark::DoNotOptimize(mac);
  }
  meter.report(state);
  if (!ok) fail(state, "floor V2 HMAC in the timed loop", "an OpenSSL call failed", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * v2_string_to_sign.size()));
  state.SetItemsProcessed(state.iterations());
}

/// Checks a V2 request signed with fixed inputs.
bool check_v2_fixed(benchmark::State& state, const rdscodec::http_request& out) {
  const std::string expected =
      std::string(v2_canonical_query) + "&Signature=" + reference_percent_encode(v2_signature);
  return expect_equal(state, "V2 signed query", out.query, expected);
}

/// Checks a V2 request signed with the default clock and nonce: the query
/// must be the expected one with the drawn timestamp and nonce substituted,
/// and its Signature must be the HMAC-SHA1 (computed here with EVP_Q_mac) of
/// the string-to-sign derived from that query.
bool check_v2_sources(benchmark::State& state, const rdscodec::http_request& out) {
  const std::string_view q = out.query;
  const std::size_t sig_at = q.find("&Signature=");
  if (!expect_true(state, "V2 query ends with &Signature=", sig_at != std::string_view::npos)) return false;
  const std::string unsigned_query(q.substr(0, sig_at));
  const std::string timestamp = reference_percent_decode(query_param(unsigned_query, "Timestamp"));
  const std::string nonce(query_param(unsigned_query, "SignatureNonce"));
  if (!expect_true(state, "V2 default timestamp is YYYY-MM-DDThh:mm:ssZ",
                   timestamp.size() == 20 && timestamp[10] == 'T' && timestamp[19] == 'Z'))
    return false;
  if (!expect_true(state, "V2 default nonce is 32 lower-case hex digits", nonce.size() == 32 && is_lower_hex(nonce)))
    return false;
  std::string expected = replace_all(std::string(v2_canonical_query), reference_percent_encode(v2_timestamp),
                                     reference_percent_encode(timestamp));
  expected = replace_all(expected, v2_nonce, nonce);
  if (!expect_equal(state, "V2 query with the default timestamp and nonce", unsigned_query, expected)) return false;
  const std::string sts = "POST&%2F&" + reference_percent_encode(unsigned_query);
  const std::string mac = hmac_raw("SHA1", std::string(access_key_secret) + "&", sts);
  const std::string expected_sig = base64(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
  return expect_equal(state, "V2 signature with the default timestamp and nonce",
                      reference_percent_decode(q.substr(sig_at + 11)), expected_sig);
}

template <class Request>
void sign_v2(benchmark::State& state, const Request& req, bool sources) {
  describe(state, floor_v2, true, sources ? fixed_v2 : "");
  rdscodec::v2::options opts;
  if (!sources) {
    opts.timestamp = v2_timestamp;
    opts.nonce = v2_nonce;
  }
  rdscodec::http_request out;  // kept: steady-state signing reuses its storage
  const auto first = rdscodec::v2::sign(req, creds(), opts, out);
  if (!expect_true(state, "V2 sign() succeeds", bool(first))) return;
  if (sources) {
    const std::string first_nonce(query_param(out.query, "SignatureNonce"));
    if (!check_v2_sources(state, out)) return;
    const auto second = rdscodec::v2::sign(req, creds(), opts, out);
    if (!expect_true(state, "V2 sign() succeeds", bool(second))) return;
    if (!check_v2_sources(state, out)) return;
    if (!expect_true(state, "V2 default nonce differs between two requests",
                     first_nonce != query_param(out.query, "SignatureNonce")))
      return;
  } else if (!check_v2_fixed(state, out)) {
    return;
  }

  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= bool(rdscodec::v2::sign(req, creds(), opts, out));
    benchmark::DoNotOptimize(out.query.data());
    benchmark::ClobberMemory();
  }
  meter.report(state);
  if (!ok) fail(state, "V2 sign() in the timed loop", "an error", "success");
  if (!sources) check_v2_fixed(state, out);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * v2_string_to_sign.size()));
  state.SetItemsProcessed(state.iterations());
}

// ---- V3 ----

void floor_sign_v3(benchmark::State& state) {
  describe(state, {}, false);
  const v3_expected& e = v3_post_expected();
  if (!expect_true(state, "tests/data/derived/v3_cancel_import.json loaded", e.loaded)) return;
  kept_digest sha("SHA256");
  prekeyed_hmac h("SHA256", access_key_secret);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int dn = 0;
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t mn = 0;
  if (!expect_true(state, "OpenSSL SHA-256 and HMAC-SHA256 prepared",
                   sha.ok && h.ok && sha.compute(e.canonical_request, digest, &dn) &&
                       h.compute(e.string_to_sign, mac, &mn)))
    return;
  if (!expect_equal(state, "floor V3 string-to-sign", "ACS3-HMAC-SHA256\n" + hex(digest, dn), e.string_to_sign))
    return;
  if (!expect_equal(state, "floor V3 signature", hex(mac, mn), e.signature)) return;

  const std::string_view cr = e.canonical_request;
  const std::string_view sts = e.string_to_sign;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= sha.compute(cr, digest, &dn);
    benchmark::DoNotOptimize(digest);
    ok &= h.compute(sts, mac, &mn);
    benchmark::DoNotOptimize(mac);
  }
  meter.report(state);
  if (!ok) fail(state, "floor V3 in the timed loop", "an OpenSSL call failed", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * (cr.size() + sts.size())));
  state.SetItemsProcessed(state.iterations());
}

const std::string* header(const rdscodec::http_request& out, std::string_view name) { return out.find_header(name); }

bool check_v3_fixed(benchmark::State& state, const rdscodec::http_request& out) {
  const v3_expected& e = v3_post_expected();
  if (!expect_equal(state, "V3 query", out.query, "DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584")) return false;
  const std::string* auth = header(out, "Authorization");
  return expect_equal(state, "V3 Authorization header", auth != nullptr ? *auth : "<missing>", e.authorization);
}

/// Checks a V3 request signed with the default clock and nonce: the
/// canonical request is the expected one with the drawn x-acs-date and nonce
/// substituted, and the Authorization carries HMAC-SHA256 of its
/// string-to-sign (computed here with EVP_Q_digest / EVP_Q_mac).
bool check_v3_sources(benchmark::State& state, const rdscodec::http_request& out) {
  const v3_expected& e = v3_post_expected();
  const std::string* date = header(out, "x-acs-date");
  const std::string* nonce = header(out, "x-acs-signature-nonce");
  const std::string* auth = header(out, "Authorization");
  if (!expect_true(state, "V3 x-acs-date, x-acs-signature-nonce, Authorization present",
                   date != nullptr && nonce != nullptr && auth != nullptr))
    return false;
  if (!expect_true(state, "V3 default x-acs-date is YYYY-MM-DDThh:mm:ssZ",
                   date->size() == 20 && (*date)[10] == 'T' && (*date)[19] == 'Z'))
    return false;
  if (!expect_true(state, "V3 default nonce is 32 lower-case hex digits", nonce->size() == 32 && is_lower_hex(*nonce)))
    return false;
  const std::string cr =
      replace_all(replace_all(e.canonical_request, v3_timestamp, *date), v3_nonce, *nonce);
  const std::string sts = "ACS3-HMAC-SHA256\n" + sha256_hex(cr);
  const std::string mac = hmac_raw("SHA256", access_key_secret, sts);
  const std::string expected_auth =
      e.authorization.substr(0, e.authorization.rfind("Signature=") + 10) +
      hex(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
  return expect_equal(state, "V3 Authorization with the default timestamp and nonce", *auth, expected_auth);
}

template <class Request>
void sign_v3(benchmark::State& state, const Request& req, bool sources) {
  describe(state, floor_v3, true, sources ? fixed_v3 : "");
  if (!expect_true(state, "tests/data/derived/v3_cancel_import.json loaded", v3_post_expected().loaded)) return;
  rdscodec::v3::options opts;
  if (!sources) {
    opts.timestamp = v3_timestamp;
    opts.nonce = v3_nonce;
  }
  rdscodec::http_request out;  // kept: steady-state signing reuses its storage
  const auto first = rdscodec::v3::sign(req, creds(), opts, out);
  if (!expect_true(state, "V3 sign() succeeds", bool(first))) return;
  if (sources) {
    const std::string first_nonce = *header(out, "x-acs-signature-nonce");
    if (!check_v3_sources(state, out)) return;
    const auto second = rdscodec::v3::sign(req, creds(), opts, out);
    if (!expect_true(state, "V3 sign() succeeds", bool(second))) return;
    if (!check_v3_sources(state, out)) return;
    if (!expect_true(state, "V3 default nonce differs between two requests",
                     first_nonce != *header(out, "x-acs-signature-nonce")))
      return;
  } else if (!check_v3_fixed(state, out)) {
    return;
  }

  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    ok &= bool(rdscodec::v3::sign(req, creds(), opts, out));
    benchmark::DoNotOptimize(out.headers.data());
    benchmark::ClobberMemory();
  }
  meter.report(state);
  if (!ok) fail(state, "V3 sign() in the timed loop", "an error", "success");
  if (!sources) check_v3_fixed(state, out);
  const v3_expected& e = v3_post_expected();
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * (e.canonical_request.size() + e.string_to_sign.size())));
  state.SetItemsProcessed(state.iterations());
}

// ---- canonical query alone ----

/// V2 stage 1 into a kept string (all parameters, fixed timestamp and nonce).
void canonical_query_v2(benchmark::State& state) {
  describe(state, {}, true);
  const auto req = typed_request();
  rdscodec::v2::options opts;
  opts.timestamp = v2_timestamp;
  opts.nonce = v2_nonce;
  std::string out;
  if (!expect_true(state, "V2 canonical_query_append() succeeds",
                   bool(rdscodec::v2::canonical_query_append(out, req, creds(), opts))))
    return;
  if (!expect_equal(state, "V2 canonical query", out, v2_canonical_query)) return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    out.clear();
    ok &= bool(rdscodec::v2::canonical_query_append(out, req, creds(), opts));
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  meter.report(state);
  if (!ok) fail(state, "V2 canonical_query_append() in the timed loop", "an error", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * v2_canonical_query.size()));
  state.SetItemsProcessed(state.iterations());
}

/// V3 stage 1 (operation fields only); the public API returns a new string.
void canonical_query_v3(benchmark::State& state) {
  describe(state, {}, false);
  const auto req = typed_request();
  constexpr std::string_view expected = "DBInstanceId=rm-uf6wjk5xxxxxxx&ImportId=8562584";
  const auto first = rdscodec::v3::canonical_query(req);
  if (!expect_true(state, "V3 canonical_query() succeeds", bool(first))) return;
  if (!expect_equal(state, "V3 canonical query", *first, expected)) return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    auto q = rdscodec::v3::canonical_query(req);
    ok &= bool(q);
    benchmark::DoNotOptimize(q);
  }
  meter.report(state);
  if (!ok) fail(state, "V3 canonical_query() in the timed loop", "an error", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * expected.size()));
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

void register_sign_benchmarks() {
  static const rdscodec::cancel_import_request typed = typed_request();
  static const rdscodec::generic_request generic = generic_request();

  benchmark::RegisterBenchmark(fixed_v2,
                               [](benchmark::State& s) { sign_v2(s, typed, false); });
  benchmark::RegisterBenchmark("rdscodec/sign_v2/cancel_import/default_sources",
                               [](benchmark::State& s) { sign_v2(s, typed, true); });
  benchmark::RegisterBenchmark("rdscodec/sign_v2/generic/fixed",
                               [](benchmark::State& s) { sign_v2(s, generic, false); });
  benchmark::RegisterBenchmark(floor_v2, floor_sign_v2);

  benchmark::RegisterBenchmark(fixed_v3,
                               [](benchmark::State& s) { sign_v3(s, typed, false); });
  benchmark::RegisterBenchmark("rdscodec/sign_v3/cancel_import/default_sources",
                               [](benchmark::State& s) { sign_v3(s, typed, true); });
  benchmark::RegisterBenchmark("rdscodec/sign_v3/generic/fixed",
                               [](benchmark::State& s) { sign_v3(s, generic, false); });
  benchmark::RegisterBenchmark(floor_v3, floor_sign_v3);
  benchmark::RegisterBenchmark("rdscodec/sign_v3/cancel_import/shared_credentials",
                               [](benchmark::State& s) { sign_v3(s, typed, false); })
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime();

  benchmark::RegisterBenchmark("rdscodec/canonical_query_v2/cancel_import", canonical_query_v2);
  benchmark::RegisterBenchmark("rdscodec/canonical_query_v3/cancel_import", canonical_query_v3);
}

}  // namespace rdscodec_bench
