#include <rdscodec/core/crypto.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using rdscodec::digest_algorithm;

namespace {

/// The algorithm a vector names, or nothing for a name this test does not
/// know (which fails the test rather than defaulting to some algorithm).
std::optional<digest_algorithm> algorithm_of(const std::string& name) {
  auto has = [&](const char* a, const char* b) {
    return name.find(a) != std::string::npos || name.find(b) != std::string::npos;
  };
  if (has("SHA1", "sha1")) return digest_algorithm::sha1;
  if (has("SM3", "sm3")) return digest_algorithm::sm3;
  if (has("SHA256", "sha256")) return digest_algorithm::sha256;
  return std::nullopt;
}

}  // namespace

TEST_CASE("digests and HMACs match every entry of primitives.json", "[crypto][vectors]") {
  const auto vectors = rdscodec_test::load_vectors("primitives.json");
  // What the file holds (see its ids and sources): HMAC-SHA1 x4 (SDK tests,
  // base64), HMAC-SHA256 x2 and HMAC-SM3 x2 (SDK tests, lower hex), SHA-256
  // digests x2 and SM3 digests x2. Counted from the file itself so that an
  // entry that is lost, renamed to an unknown algorithm or missing its
  // expected value fails here instead of being skipped.
  std::map<std::string, int> kinds;
  for (const auto& v : vectors) {
    const auto alg = algorithm_of(v.algorithm);
    const bool is_digest = rdscodec_test::get(v.inputs, "data").has_value();
    const char* key = is_digest ? "digest" : "signature";
    if (!alg || v.expected.count(key) == 0) {
      kinds["unusable " + v.id]++;
      continue;
    }
    const char* names[] = {"sha1", "sha256", "sm3"};
    kinds[std::string(is_digest ? "digest-" : "hmac-") + names[static_cast<int>(*alg)]]++;
  }
  const std::map<std::string, int> expected_kinds = {
      {"hmac-sha1", 4}, {"hmac-sha256", 2}, {"hmac-sm3", 2}, {"digest-sha256", 2}, {"digest-sm3", 2}};
  CHECK(kinds == expected_kinds);

  for (const auto& v : vectors) {
    DYNAMIC_SECTION(v.id) {
      const auto found = algorithm_of(v.algorithm);
      REQUIRE(found);
      const auto alg = *found;
      if (auto data = rdscodec_test::get(v.inputs, "data")) {  // plain digest -> lower hex
        auto d = rdscodec::digest(alg, *data);
        REQUIRE(d);
        CHECK(rdscodec::hex_encode(*d).view() == v.expected.at("digest"));
      } else {  // HMAC: base64 for SHA-1 (V2), lower hex otherwise (V3)
        rdscodec::hmac_key key(alg, v.inputs.at("hmac_key"));
        REQUIRE(key.valid());
        const auto& message = v.inputs.at("message");
        auto text_of = [&](const rdscodec::digest_value& d) {
          return std::string(alg == digest_algorithm::sha1 ? rdscodec::base64_encode(d).view()
                                                          : rdscodec::hex_encode(d).view());
        };
        // One shot, twice on the same prepared key, through a copy of it, and
        // streamed byte by byte.
        for (int round = 0; round < 2; ++round) CHECK(text_of(*key.compute(message)) == v.expected.at("signature"));
        const rdscodec::hmac_key copy = key;
        CHECK(text_of(*copy.compute(message)) == v.expected.at("signature"));
        auto s = key.start();
        REQUIRE(s);
        for (char c : message) s->update(&c, 1);
        CHECK(text_of(*s->finish()) == v.expected.at("signature"));
      }
    }
  }
}

TEST_CASE("a prepared key gives the same MAC on every reuse, copy and move", "[crypto]") {
  // RFC 2202 test case 2: HMAC-SHA1("Jefe", "what do ya want for nothing?").
  const std::string expected = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";
  rdscodec::hmac_key key(digest_algorithm::sha1, "Jefe");
  for (int i = 0; i < 10; ++i) CHECK(rdscodec::hex_encode(*key.compute("what do ya want for nothing?")).view() == expected);
  rdscodec::hmac_key copy = key;
  CHECK(rdscodec::hex_encode(*copy.compute("what do ya want for nothing?")).view() == expected);
  rdscodec::hmac_key moved = std::move(copy);
  CHECK(rdscodec::hex_encode(*moved.compute("what do ya want for nothing?")).view() == expected);

  // Streaming in pieces gives the same MAC as one update.
  auto s = key.start();
  REQUIRE(s);
  s->update("what do ");
  s->update("ya want for nothing?");
  CHECK(rdscodec::hex_encode(*s->finish()).view() == expected);

  // An abandoned stream does not disturb the next computation.
  {
    auto half = key.start();
    half->update("garbage");
  }
  CHECK(rdscodec::hex_encode(*key.compute("what do ya want for nothing?")).view() == expected);
}

TEST_CASE("SHA-1 digest (FIPS 180-2 appendix A.1)", "[crypto]") {
  CHECK(rdscodec::hex_encode(*rdscodec::digest(digest_algorithm::sha1, "abc")).view() ==
        "a9993e364706816aba3e25717850c26c9cd0d89d");
  rdscodec::digest_stream s(digest_algorithm::sha1);
  s.update("a");
  s.update("bc");
  CHECK(rdscodec::hex_encode(*s.finish()).view() == "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST_CASE("streams: misuse is an error, and a stream may outlive its key", "[crypto]") {
  const std::string expected = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";  // RFC 2202 case 2
  auto stream = [] {
    rdscodec::hmac_key temporary(digest_algorithm::sha1, "Jefe");
    return *temporary.start();
  }();  // the key is gone; the stream keeps what it needs
  stream.update("what do ya want for nothing?");
  auto mac = stream.finish();
  REQUIRE(mac);
  CHECK(rdscodec::hex_encode(*mac).view() == expected);
  // A second finish() is an error, not a second (garbage) MAC.
  auto again = stream.finish();
  REQUIRE_FALSE(again);
  CHECK(again.error() == rdscodec::errc::crypto_failure);

  rdscodec::hmac_key key(digest_algorithm::sha1, "Jefe");
  auto a = *key.start();
  auto b = std::move(a);
  a.update("ignored: a moved-from stream does nothing");  // NOLINT(bugprone-use-after-move): on purpose
  CHECK_FALSE(a.finish());
  key = rdscodec::hmac_key(digest_algorithm::sha1, "other");  // reassigned while b is alive
  b.update("what do ya want for nothing?");
  CHECK(rdscodec::hex_encode(*b.finish()).view() == expected);

  rdscodec::digest_stream d(digest_algorithm::sha256);
  REQUIRE(d.finish());
  CHECK_FALSE(d.finish());

  // An out-of-range size cannot make the encoders read or write out of bounds.
  rdscodec::digest_value bogus;
  bogus.size = 1000;
  CHECK(rdscodec::hex_encode(bogus).size() == 128);
  CHECK(rdscodec::base64_encode(bogus).size() == 88);
}

TEST_CASE("the empty key and the empty message are legal HMAC inputs", "[crypto]") {
  // Published value of HMAC-SHA1 with empty key and message (vector
  // hmac-sha1-cpp-sdk-empty in the design notes; the legacy C++ SDK returned "").
  rdscodec::hmac_key key(digest_algorithm::sha1, "");
  REQUIRE(key.valid());
  CHECK(rdscodec::base64_encode(*key.compute("")).view() == "+9sdGxiqbAgyS31ktx+3Y3BpDh0=");
}

TEST_CASE("one key computes concurrently from many threads", "[crypto][threads]") {
  const std::string expected = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79";
  const rdscodec::hmac_key key(digest_algorithm::sha1, "Jefe");
  std::vector<std::thread> threads;
  std::vector<int> failures(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        auto mac = key.compute("what do ya want for nothing?");
        if (!mac || rdscodec::hex_encode(*mac).view() != expected) ++failures[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int f : failures) CHECK(f == 0);
}

TEST_CASE("random_bytes draws from the CSPRNG", "[crypto]") {
  unsigned char a[16] = {}, b[16] = {};
  REQUIRE(rdscodec::random_bytes(a, sizeof a));
  REQUIRE(rdscodec::random_bytes(b, sizeof b));
  CHECK(std::string(reinterpret_cast<char*>(a), 16) != std::string(reinterpret_cast<char*>(b), 16));
}
