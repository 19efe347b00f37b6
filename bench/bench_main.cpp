// rdscodec benchmarks: main() and the shared check / data helpers (the
// allocation counters are in bench_alloc.cpp).
//
// Usage: rdscodec_bench [Google Benchmark flags]. Exits 3 when an output
// check failed (the failed benchmarks are also reported as errors), so that
// a short run (ctest bench_smoke) proves every benchmark still computes the
// right bytes.
#include "bench_support.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <pugixml.hpp>
#include <simdjson.h>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <mutex>
#include <set>
#include <string>

namespace rdscodec_bench {

// ---- output checks -------------------------------------------------------------

namespace {
std::mutex g_check_mutex;
std::set<std::string>& failures() {
  static std::set<std::string> f;
  return f;
}

std::string printable(std::string_view s) {
  std::string o;
  for (char c : s) {
    if (c == '\n') {
      o += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", static_cast<unsigned char>(c));
      o += b;
    } else {
      o += c;
    }
  }
  return o;
}
}  // namespace

bool fail(benchmark::State& state, std::string_view what, std::string_view got, std::string_view expected) {
  std::string line = "OUTPUT CHECK FAILED: ";
  line += what;
  line += "\n  got:      \"" + printable(got) + "\"\n  expected: \"" + printable(expected) + "\"";
  {
    std::lock_guard<std::mutex> lock(g_check_mutex);
    if (failures().insert(line).second) std::fprintf(stderr, "rdscodec_bench: %s\n", line.c_str());
  }
  std::string msg = "output check failed: ";
  msg += what;
  state.SkipWithError(msg.c_str());
  return false;
}

bool expect_equal(benchmark::State& state, std::string_view what, std::string_view got, std::string_view expected) {
  if (got == expected) return true;
  return fail(state, what, got, expected);
}

bool expect_true(benchmark::State& state, std::string_view what, bool condition) {
  if (condition) return true;
  return fail(state, what, "false", "true");
}

std::size_t failed_checks() noexcept {
  std::lock_guard<std::mutex> lock(g_check_mutex);
  return failures().size();
}

std::string failed_checks_text() {
  std::lock_guard<std::mutex> lock(g_check_mutex);
  std::string s;
  for (const auto& f : failures()) s += f + "\n";
  return s;
}

void describe(benchmark::State& state, std::string_view floor, bool steady_state, std::string_view ref) {
  std::string label;
  auto add = [&](std::string_view part) {
    if (!label.empty()) label += ';';
    label += part;
  };
  if (!floor.empty()) add("floor=" + std::string(floor));
  if (steady_state) add("steady");
  if (!ref.empty()) add("ref=" + std::string(ref));
  state.SetLabel(label);
}

void describe_worst_case(benchmark::State& state, std::string_view plain, std::size_t body_bytes) {
  state.SetLabel(plain.empty() ? std::string("plain_body") : "plain=" + std::string(plain));
  state.counters["body_bytes"] = benchmark::Counter(static_cast<double>(body_bytes));
}

// ---- inputs -------------------------------------------------------------------

std::string read_data_file(std::string_view relative) {
  std::string dir;
  if (const char* env = std::getenv("RDSCODEC_BENCH_DATA_DIR"); env != nullptr && *env != '\0')
    dir = env;
  else
    dir = RDSCODEC_BENCH_DATA_DIR;
  std::string path = dir + "/" + std::string(relative);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "rdscodec_bench: cannot read %s\n", path.c_str());
    return {};
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const v3_expected& v3_post_expected() {
  static const v3_expected e = [] {
    v3_expected out;
    const std::string text = read_data_file("derived/v3_cancel_import.json");
    if (text.empty()) return out;
    simdjson::dom::parser parser;
    simdjson::dom::array cases;
    if (parser.parse(text).get_array().get(cases) != simdjson::SUCCESS) return out;
    for (simdjson::dom::element c : cases) {
      std::string_view id;
      if (c["id"].get_string().get(id) != simdjson::SUCCESS || id != "post") continue;
      std::string_view cr, sts, sig, auth;
      if (c["expected"]["canonical_request"].get_string().get(cr) != simdjson::SUCCESS ||
          c["expected"]["string_to_sign"].get_string().get(sts) != simdjson::SUCCESS ||
          c["expected"]["signature"].get_string().get(sig) != simdjson::SUCCESS ||
          c["expected"]["authorization"].get_string().get(auth) != simdjson::SUCCESS)
        return out;
      out.canonical_request = std::string(cr);
      out.string_to_sign = std::string(sts);
      out.signature = std::string(sig);
      out.authorization = std::string(auth);
      out.loaded = true;
    }
    if (!out.loaded) std::fprintf(stderr, "rdscodec_bench: no \"post\" case in derived/v3_cancel_import.json\n");
    return out;
  }();
  return e;
}

// ---- independent helpers ---------------------------------------------------------

std::string reference_percent_encode(std::string_view s) {
  std::string o;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.' || c == '~';
    if (keep) {
      o += ch;
    } else {
      char b[4];
      std::snprintf(b, sizeof b, "%%%02X", c);
      o += b;
    }
  }
  return o;
}

std::string reference_percent_decode(std::string_view s) {
  auto value = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  std::string o;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && value(s[i + 1]) >= 0 && value(s[i + 2]) >= 0) {
      o += static_cast<char>(value(s[i + 1]) * 16 + value(s[i + 2]));
      i += 2;
    } else {
      o += s[i];
    }
  }
  return o;
}

std::string base64(const unsigned char* p, std::size_t n) {
  std::string o(4 * ((n + 2) / 3) + 1, '\0');
  const int len = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(&o[0]), p, static_cast<int>(n));
  o.resize(len > 0 ? static_cast<std::size_t>(len) : 0);
  return o;
}

std::string hex(const unsigned char* p, std::size_t n) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string o;
  for (std::size_t i = 0; i < n; ++i) {
    o += digits[p[i] >> 4];
    o += digits[p[i] & 15];
  }
  return o;
}

std::string sha256_hex(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  std::size_t n = 0;
  if (EVP_Q_digest(nullptr, "SHA256", nullptr, data.data(), data.size(), md, &n) != 1) return "<EVP_Q_digest failed>";
  return hex(md, n);
}

std::string hmac_raw(const char* digest, std::string_view key, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  std::size_t n = 0;
  if (EVP_Q_mac(nullptr, "HMAC", nullptr, digest, nullptr, key.data(), key.size(),
                reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, sizeof out, &n) == nullptr)
    return "<EVP_Q_mac failed>";
  return std::string(reinterpret_cast<const char*>(out), n);
}

std::string_view query_param(std::string_view query, std::string_view name) {
  std::size_t pos = 0;
  while (pos <= query.size()) {
    std::size_t end = query.find('&', pos);
    if (end == std::string_view::npos) end = query.size();
    const std::string_view item = query.substr(pos, end - pos);
    if (item.size() > name.size() && item.compare(0, name.size(), name) == 0 && item[name.size()] == '=')
      return item.substr(name.size() + 1);
    pos = end + 1;
  }
  return {};
}

}  // namespace rdscodec_bench

int main(int argc, char** argv) {
  // Before anything makes OpenSSL or pugixml allocate;
  // RDSCODEC_BENCH_NO_OPENSSL_HOOKS=1 leaves OpenSSL on plain malloc (to show
  // the hooks cost nothing measurable; its calls are then still in malloc/op).
  const char* no_hooks = std::getenv("RDSCODEC_BENCH_NO_OPENSSL_HOOKS");
  rdscodec_bench::install_allocation_hooks(no_hooks == nullptr || *no_hooks == '\0' || *no_hooks == '0');

  if (const std::string problem = rdscodec_bench::allocation_counters_problem(); !problem.empty()) {
    std::fprintf(stderr, "rdscodec_bench: OUTPUT CHECK FAILED: allocation counters: %s\n", problem.c_str());
    return 3;
  }

  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  benchmark::AddCustomContext("openssl", OpenSSL_version(OPENSSL_VERSION));
  benchmark::AddCustomContext("simdjson", std::to_string(simdjson::SIMDJSON_VERSION_MAJOR) + "." +
                                              std::to_string(simdjson::SIMDJSON_VERSION_MINOR) + "." +
                                              std::to_string(simdjson::SIMDJSON_VERSION_REVISION));
  // On-demand iteration is compiled into this program for the builtin kernel
  // (chosen by -march); stage 1 runs libsimdjson's runtime-selected kernel.
  benchmark::AddCustomContext("simdjson_builtin_kernel", simdjson::builtin_implementation()->name());
  benchmark::AddCustomContext("simdjson_active_kernel", simdjson::get_active_implementation()->name());
  benchmark::AddCustomContext("pugixml", std::to_string(PUGIXML_VERSION / 1000) + "." +
                                             std::to_string(PUGIXML_VERSION % 1000 / 10));
#if defined(__clang__)
  benchmark::AddCustomContext("compiler", "clang " __clang_version__);
#elif defined(__GNUC__)
  benchmark::AddCustomContext("compiler", "gcc " __VERSION__);
#endif
  benchmark::AddCustomContext("openssl_malloc_hooks", rdscodec_bench::openssl_hooks_installed() ? "on" : "off");
  benchmark::AddCustomContext("pugixml_malloc_hooks", rdscodec_bench::pugixml_hooks_installed() ? "on" : "off");
  benchmark::AddCustomContext("malloc_counting", rdscodec_bench::malloc_counting() ? "on (interposed)" : "off");
#ifdef NDEBUG
  benchmark::AddCustomContext("rdscodec_build", "NDEBUG");
#else
  benchmark::AddCustomContext("rdscodec_build", "assertions on (not a Release build)");
#endif

  rdscodec_bench::register_sign_benchmarks();
  rdscodec_bench::register_encode_benchmarks();
  rdscodec_bench::register_parse_benchmarks();
  rdscodec_bench::register_worst_case_benchmarks();
  rdscodec_bench::register_generated_benchmarks();

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();

  if (const std::size_t n = rdscodec_bench::failed_checks(); n != 0) {
    std::fprintf(stderr, "rdscodec_bench: %zu OUTPUT CHECK(S) FAILED:\n%s", n,
                 rdscodec_bench::failed_checks_text().c_str());
    return 3;
  }
  return 0;
}
