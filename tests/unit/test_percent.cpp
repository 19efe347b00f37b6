#include <rdscodec/percent.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include <string>

using rdscodec::errc;

TEST_CASE("percent-encoding matches every published vector", "[percent][vectors]") {
  for (const auto& v : rdscodec_test::load_vectors("percent-encoding.json")) {
    const std::string in = v.inputs.at("input");
    const std::string expected = v.expected.at("output");
    DYNAMIC_SECTION(v.id) {
      CHECK(rdscodec::percent_encode(in) == expected);
      CHECK(rdscodec::percent_encoded_size(in) == expected.size());
      // Size-then-write into an exact buffer, and one byte short.
      std::string buf(expected.size(), '\0');
      auto n = rdscodec::percent_encode_to(in, buf.data(), buf.size());
      REQUIRE(n);
      CHECK(*n == expected.size());
      CHECK(buf == expected);
      if (!expected.empty()) {
        auto short_write = rdscodec::percent_encode_to(in, buf.data(), buf.size() - 1);
        REQUIRE_FALSE(short_write);
        CHECK(short_write.error() == errc::buffer_too_small);
      }
      // Appending keeps what was there.
      std::string acc = "x=";
      rdscodec::percent_encode_append(acc, in);
      CHECK(acc == "x=" + expected);
      // And it decodes back.
      auto back = rdscodec::percent_decode(expected);
      REQUIRE(back);
      CHECK(*back == in);
    }
  }
}

TEST_CASE("every byte value encodes as the RFC 3986 table says", "[percent]") {
  // Unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 3986 §2.3); all
  // others become %XX with upper-case hex (§2.1).
  const char* hex = "0123456789ABCDEF";
  for (int c = 0; c < 256; ++c) {
    const std::string in(1, static_cast<char>(c));
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    const std::string expected = unreserved ? in : std::string{'%', hex[c >> 4], hex[c & 15]};
    CHECK(rdscodec::percent_encode(in) == expected);
    CHECK(rdscodec::is_unreserved(static_cast<unsigned char>(c)) == unreserved);
  }
}

TEST_CASE("percent-decoding", "[percent]") {
  CHECK(*rdscodec::percent_decode("a%20b%2a%2A~") == "a b**~");  // either hex case decodes
  CHECK(*rdscodec::percent_decode("a+b") == "a+b");               // strict: '+' is a plus
  CHECK(*rdscodec::percent_decode("a+b", rdscodec::decode_mode::form) == "a b");
  CHECK(*rdscodec::percent_decode("%00%FF") == std::string("\0\xFF", 2));

  for (const char* bad : {"%", "%4", "ab%zz", "%G0", "x%2"}) {
    auto r = rdscodec::percent_decode(bad);
    REQUIRE_FALSE(r);
    CHECK(r.error() == errc::invalid_percent_encoding);
    CHECK(r.error().offset() == std::string(bad).find('%'));
  }

  char buf[3];
  auto fits = rdscodec::percent_decode_to("%41%42%43", buf, 3);
  REQUIRE(fits);
  CHECK(std::string(buf, 3) == "ABC");
  auto too_small = rdscodec::percent_decode_to("%41%42%43", buf, 2);
  REQUIRE_FALSE(too_small);
  CHECK(too_small.error() == errc::buffer_too_small);
}
