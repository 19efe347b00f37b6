// Percent-encoding throughput on three kinds of input, into a caller buffer
// (percent_encode_to) and appended to a kept string (percent_encode_append):
//   ascii    unreserved bytes only (copied in runs);
//   reserved ASCII that is mostly reserved (":/?#[]@!$&'()*+,;= %" ...);
//   utf8     Chinese text and other multi-byte UTF-8 (every byte escaped).
// The argument is the input size in bytes; bytes/s counts input bytes. The
// output is checked against an independent encoder before timing.
#include "bench_support.hpp"

#include <rdscodec/core/percent.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace rdscodec_bench {
namespace {

enum class kind { ascii, reserved, utf8 };

std::string make_input(kind k, std::size_t size) {
  std::string_view pattern;
  switch (k) {
    case kind::ascii: pattern = "rm-uf6wjk5xxxxxxx_Import.8562584~AbcXyz0123456789"; break;
    case kind::reserved: pattern = "a=1&b=2:3/4?#[x]@!$'()*+,;= %\"<>\\^`{|}"; break;
    case kind::utf8: pattern = "\xE4\xB8\xAD\xE6\x96\x87\xE6\xB5\x8B\xE8\xAF\x95\xC3\xA9\xF0\x9F\x98\x80"; break;
  }
  std::string s;
  while (s.size() < size) s.append(pattern);
  s.resize(size);
  if (k == kind::utf8) {  // never cut a sequence: pad the tail with ASCII
    std::size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
    if (i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0xC0) --i;
    for (; i < s.size(); ++i) s[i] = 'x';
  }
  return s;
}

void encode_to(benchmark::State& state, kind k) {
  describe(state, {}, true);
  const std::string in = make_input(k, static_cast<std::size_t>(state.range(0)));
  const std::string expected = reference_percent_encode(in);
  std::vector<char> buf(3 * in.size() + 1);
  const auto first = rdscodec::percent_encode_to(in, buf.data(), buf.size());
  if (!expect_true(state, "percent_encode_to() succeeds", bool(first))) return;
  if (!expect_equal(state, "percent_encode_to() output", std::string_view(buf.data(), *first), expected)) return;
  if (!expect_equal(state, "percent_encoded_size()", std::to_string(rdscodec::percent_encoded_size(in)),
                    std::to_string(expected.size())))
    return;
  bool ok = true;
  alloc_meter meter;
  for (auto _ : state) {
    auto n = rdscodec::percent_encode_to(in, buf.data(), buf.size());
    ok &= bool(n);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
  meter.report(state);
  if (!ok) fail(state, "percent_encode_to() in the timed loop", "an error", "success");
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * in.size()));
  state.counters["out_bytes/in_byte"] =
      benchmark::Counter(static_cast<double>(expected.size()) / static_cast<double>(in.size()));
}

void encode_append(benchmark::State& state, kind k) {
  describe(state, {}, true);
  const std::string in = make_input(k, static_cast<std::size_t>(state.range(0)));
  const std::string expected = reference_percent_encode(in);
  std::string out;
  rdscodec::percent_encode_append(out, in);
  if (!expect_equal(state, "percent_encode_append() output", out, expected)) return;
  alloc_meter meter;
  for (auto _ : state) {
    out.clear();
    rdscodec::percent_encode_append(out, in);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  meter.report(state);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * in.size()));
}

}  // namespace

void register_encode_benchmarks() {
  struct named {
    const char* name;
    kind k;
  };
  static const named kinds[] = {{"ascii", kind::ascii}, {"reserved", kind::reserved}, {"utf8", kind::utf8}};
  for (const named& n : kinds) {
    const kind k = n.k;
    benchmark::RegisterBenchmark((std::string("rdscodec/percent_encode_to/") + n.name).c_str(),
                                 [k](benchmark::State& s) { encode_to(s, k); })
        ->Arg(64)
        ->Arg(4096);
    benchmark::RegisterBenchmark((std::string("rdscodec/percent_encode_append/") + n.name).c_str(),
                                 [k](benchmark::State& s) { encode_append(s, k); })
        ->Arg(4096);
  }
}

}  // namespace rdscodec_bench
