#include <rdscodec/crypto.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using rdscodec::digest_algorithm;

namespace {

digest_algorithm algorithm_of(const std::string& name) {
  if (name.find("SHA1") != std::string::npos || name.find("sha1") != std::string::npos) return digest_algorithm::sha1;
  if (name.find("SM3") != std::string::npos || name.find("sm3") != std::string::npos) return digest_algorithm::sm3;
  return digest_algorithm::sha256;
}

}  // namespace

TEST_CASE("digests and HMACs match every entry of primitives.json", "[crypto][vectors]") {
  int checked = 0;
  for (const auto& v : rdscodec_test::load_vectors("primitives.json")) {
    DYNAMIC_SECTION(v.id) {
      const auto alg = algorithm_of(v.algorithm);
      if (auto data = rdscodec_test::get(v.inputs, "data")) {  // plain digest -> lower hex
        auto d = rdscodec::digest(alg, *data);
        REQUIRE(d);
        CHECK(rdscodec::hex_encode(*d).view() == v.expected.at("digest"));
      } else {  // HMAC: base64 for SHA-1 (V2), lower hex otherwise (V3)
        rdscodec::hmac_key key(alg, v.inputs.at("hmac_key"));
        REQUIRE(key.valid());
        auto mac = key.compute(v.inputs.at("message"));
        REQUIRE(mac);
        const auto text = alg == digest_algorithm::sha1 ? rdscodec::base64_encode(*mac) : rdscodec::hex_encode(*mac);
        CHECK(text.view() == v.expected.at("signature"));
      }
      ++checked;
    }
  }
  CHECK(checked > 0);
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
