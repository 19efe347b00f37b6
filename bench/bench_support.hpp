// rdscodec benchmarks: what every benchmark file shares.
//
// - Allocation counters: bench_alloc.cpp replaces the global operator new,
//   interposes malloc and its family (glibc), and installs OpenSSL's and
//   pugixml's allocation hooks; alloc_meter turns the counts taken around a
//   timed loop into the per-operation counters "allocs/op" (everything),
//   "new/op", "malloc/op", "ossl_mallocs/op", "pugixml_mallocs/op" and
//   "other_mallocs/op".
// - Output checks: every benchmark, floors included, checks what it computes
//   against the expected bytes before it times anything. A mismatch calls
//   state.SkipWithError, prints "OUTPUT CHECK FAILED" on stderr and makes the
//   program exit non-zero (Google Benchmark itself exits 0 after a skipped
//   benchmark), so a fast but wrong change can never show up as a win.
// - Pairing: describe(state, floor, steady, ref) puts "floor=<name>",
//   "steady" and "ref=<name>" in the run's label; tools/bench_report.py reads
//   them to compute each rdscodec measure's ratio to its floor (checked), its
//   ratio to a reference floor (informational), and to require no allocation
//   of our own (new/op and other_mallocs/op both 0) from the steady-state
//   measures. describe_worst_case() labels a worst-case parse row with
//   "plain=<name>", the plain body its CPU per MiB is compared with.
// - Inputs: the response bodies and the V3 expected values are read from
//   tests/data (the files the tests use); the V2 expected values are those of
//   tests/data/derived/v2_cancel_import.py, spelled out below.
#ifndef RDSCODEC_BENCH_SUPPORT_HPP
#define RDSCODEC_BENCH_SUPPORT_HPP

#include <benchmark/benchmark.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rdscodec_bench {

// ---- allocation counters (bench_alloc.cpp) ----

/// Allocations made by this thread so far. `malloc` counts every call of the
/// malloc family (malloc, calloc, realloc, reallocarray, memalign,
/// posix_memalign, aligned_alloc, valloc, pvalloc) that did not come from
/// operator new; `openssl` and `pugixml` count the part of them made by those
/// libraries (through their allocation hooks).
struct alloc_counts {
  std::uint64_t cxx_new = 0;
  std::uint64_t malloc = 0;
  std::uint64_t openssl = 0;
  std::uint64_t pugixml = 0;
};
alloc_counts allocation_counts() noexcept;
/// Installs OpenSSL's (when `openssl`) and pugixml's allocation hooks; call
/// before anything makes either library allocate.
void install_allocation_hooks(bool openssl);
/// False when malloc is not interposed (not glibc, or a sanitizer build):
/// then only operator new and the libraries' hooks count.
bool malloc_counting() noexcept;
bool openssl_hooks_installed() noexcept;
bool pugixml_hooks_installed() noexcept;
/// Empty when one malloc() and one operator new each count once where they
/// should (and a pugixml parse counts as pugixml's); what went wrong otherwise.
std::string allocation_counters_problem();

/// Counts allocations between its construction (just before the timed loop)
/// and report() (just after it), which sets the per-operation counters.
class alloc_meter {
 public:
  alloc_meter() noexcept : start_(allocation_counts()) {}
  void report(benchmark::State& state) const;

 private:
  alloc_counts start_;
};

// ---- output checks ----

/// Records a failed output check: prints it, skips the benchmark with an
/// error and makes main() exit non-zero. Always returns false.
bool fail(benchmark::State& state, std::string_view what, std::string_view got, std::string_view expected);
/// True when got == expected; fail() otherwise.
bool expect_equal(benchmark::State& state, std::string_view what, std::string_view got, std::string_view expected);
/// True when `condition`; fail() otherwise.
bool expect_true(benchmark::State& state, std::string_view what, bool condition);
/// Number of distinct failed checks so far, and a report of them.
std::size_t failed_checks() noexcept;
std::string failed_checks_text();

// ---- pairing with floors ----

/// Label read by tools/bench_report.py: "floor=<floor>" (empty: no floor),
/// "steady" when the measure must make no C++ heap allocation, and
/// "ref=<floor>" for an informational second floor.
void describe(benchmark::State& state, std::string_view floor, bool steady_state, std::string_view ref = {});
/// Label of a worst-case parse row: "plain=<plain>" (the benchmark of the
/// plain body its CPU per MiB is compared with; empty for the plain body
/// itself, which gets "plain_body"). Also sets the "body_bytes" counter.
void describe_worst_case(benchmark::State& state, std::string_view plain, std::size_t body_bytes);

// ---- inputs ----

/// Content of tests/data/<relative> (RDSCODEC_BENCH_DATA_DIR overrides the
/// directory at run time); empty when the file cannot be read.
std::string read_data_file(std::string_view relative);

/// Expected values of the V3 "post" case, read from
/// tests/data/derived/v3_cancel_import.json.
struct v3_expected {
  std::string canonical_request;
  std::string string_to_sign;
  std::string signature;
  std::string authorization;
  bool loaded = false;
};
const v3_expected& v3_post_expected();

// ---- independent helpers for the checks (no rdscodec code) ----

/// RFC 3986 percent-encoding with upper-case hex, unreserved A-Z a-z 0-9 - _ . ~.
std::string reference_percent_encode(std::string_view s);
/// Decodes %XX escapes (and nothing else).
std::string reference_percent_decode(std::string_view s);
std::string base64(const unsigned char* p, std::size_t n);
std::string hex(const unsigned char* p, std::size_t n);
/// One-shot OpenSSL digests and MACs (EVP_Q_digest / EVP_Q_mac).
std::string sha256_hex(std::string_view data);
std::string hmac_raw(const char* digest, std::string_view key, std::string_view data);
/// The value of parameter `name` in an encoded query, still encoded; empty when absent.
std::string_view query_param(std::string_view query, std::string_view name);

// ---- the signing inputs everything uses ----

inline constexpr std::string_view access_key_id = "testid";
inline constexpr std::string_view access_key_secret = "testsecret";
inline constexpr std::string_view db_instance_id = "rm-uf6wjk5xxxxxxx";
inline constexpr std::int64_t import_id = 8562584;

// V2 CancelImport POST (tests/data/derived/v2_cancel_import.py, case "post").
inline constexpr std::string_view v2_timestamp = "2023-03-13T08:34:30Z";
inline constexpr std::string_view v2_nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
inline constexpr std::string_view v2_canonical_query =
    "AccessKeyId=testid&Action=CancelImport&DBInstanceId=rm-uf6wjk5xxxxxxx&Format=JSON&ImportId=8562584"
    "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
    "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-08-15";
inline constexpr std::string_view v2_string_to_sign =
    "POST&%2F&AccessKeyId%3Dtestid%26Action%3DCancelImport%26DBInstanceId%3Drm-uf6wjk5xxxxxxx%26Format%3DJSON"
    "%26ImportId%3D8562584%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb"
    "%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-08-15";
inline constexpr std::string_view v2_signature = "5YnwPdJ8AW1B8bAVimnr4TJ2kns=";

// V3 CancelImport POST (tests/data/derived/v3_cancel_import.json, case "post").
inline constexpr std::string_view v3_timestamp = "2023-10-26T10:22:32Z";
inline constexpr std::string_view v3_nonce = "3156853299f313e23d1673dc12e1703d";

// The response samples (tests/data/responses/).
inline constexpr std::string_view success_request_id_json = " 17F57FEE-EA4F-4337-8D2E-9C23CAA63D74";
inline constexpr std::string_view success_request_id_xml = "17F57FEE-EA4F-4337-8D2E-9C23CAA63D74";
inline constexpr std::string_view error_request_id = "8906582E-6722-409A-A6C4-0E7863B733A5";
inline constexpr std::string_view error_code = "UnsupportedOperation";

// ---- registration (one function per file, called by main) ----

void register_sign_benchmarks();
void register_encode_benchmarks();
void register_parse_benchmarks();
void register_worst_case_benchmarks();
void register_generated_benchmarks();

// ---- OpenSSL pieces for the signing floors (owned, freed at scope exit) ----

struct prekeyed_hmac {
  EVP_MAC* mac = nullptr;
  EVP_MAC_CTX* ctx = nullptr;
  bool ok = false;
  prekeyed_hmac(const char* digest, std::string_view key) {
    mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac == nullptr) return;
    ctx = EVP_MAC_CTX_new(mac);
    if (ctx == nullptr) return;
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digest), 0),
                           OSSL_PARAM_construct_end()};
    ok = EVP_MAC_init(ctx, reinterpret_cast<const unsigned char*>(key.data()), key.size(), params) == 1;
  }
  ~prekeyed_hmac() {
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
  }
  prekeyed_hmac(const prekeyed_hmac&) = delete;
  prekeyed_hmac& operator=(const prekeyed_hmac&) = delete;

  /// One MAC of `data` under the prepared key: the timed floor operation.
  bool compute(std::string_view data, unsigned char* out, std::size_t* n) noexcept {
    return EVP_MAC_init(ctx, nullptr, 0, nullptr) == 1 &&
           EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.data()), data.size()) == 1 &&
           EVP_MAC_final(ctx, out, n, EVP_MAX_MD_SIZE) == 1;
  }
};

struct kept_digest {
  EVP_MD* md = nullptr;
  EVP_MD_CTX* ctx = nullptr;
  bool ok = false;
  explicit kept_digest(const char* name) {
    md = EVP_MD_fetch(nullptr, name, nullptr);
    ctx = EVP_MD_CTX_new();
    ok = md != nullptr && ctx != nullptr;
  }
  ~kept_digest() {
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
  }
  kept_digest(const kept_digest&) = delete;
  kept_digest& operator=(const kept_digest&) = delete;

  /// One digest of `data` with the kept context and pre-fetched algorithm.
  bool compute(std::string_view data, unsigned char* out, unsigned int* n) noexcept {
    return EVP_DigestInit_ex(ctx, md, nullptr) == 1 && EVP_DigestUpdate(ctx, data.data(), data.size()) == 1 &&
           EVP_DigestFinal_ex(ctx, out, n) == 1;
  }
};

}  // namespace rdscodec_bench

#endif
