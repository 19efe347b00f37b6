#include <rdscodec/core/percent.hpp>

#include "../vectors.hpp"

#include <catch2/catch.hpp>

#include <rdscodec/core/credentials.hpp>
#include <rdscodec/core/crypto.hpp>
#include <rdscodec/request/generic_request.hpp>
#include <rdscodec/request/sign_v2.hpp>

#include <cstddef>
#include <string>
#include <string_view>

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

namespace {

// ---- reference encoders, written from the rules alone ------------------------
//
// README "Percent-encoding (both signature versions)" and percent.hpp: the
// UTF-8 bytes are kept when unreserved, A-Z a-z 0-9 - _ . ~ (RFC 3986 §2.3),
// and every other byte becomes %XX with upper-case hex (§2.1). V2 and V3,
// query and form body, use that one encoding; V2's string-to-sign encodes
// the canonical query once more (so "%XX" becomes "%25XX"). Decoding takes
// either hex case; '+' is a plus sign (strict) or a space (form).
// Byte by byte, no table and no SIMD: nothing shared with the code under test.

bool ref_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == '~';
}

std::string ref_encode(std::string_view in) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    if (ref_unreserved(c)) {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

/// The V2 string-to-sign's second pass: the first pass's output encoded again.
std::string ref_encode_twice(std::string_view in) { return ref_encode(ref_encode(in)); }

/// A buffer holding an input of `len` bytes `offset` bytes in (so that the
/// 16-byte blocks start at every alignment). The bytes are unreserved, except
/// that with `mixed` one reserved byte sits as far from `pos` as the input
/// allows, so that a block holding the byte under test is also seen through
/// the per-byte branch of the SIMD loop. set(pos, c) places the byte under
/// test.
struct placed_input {
  std::string buffer;
  std::size_t offset, len;
  placed_input(std::size_t length, std::size_t off) : offset(off), len(length) {}
  std::string_view set(std::size_t pos, unsigned char c, bool mixed) {
    static const char filler[] = "aZ9-_.~bY8";
    buffer.assign(offset + len + 16, '#');
    for (std::size_t i = 0; i < len; ++i) buffer[offset + i] = filler[i % 10];
    if (mixed && len > 1) buffer[offset + (pos < len / 2 ? len - 1 : 0)] = ' ';
    buffer[offset + pos] = static_cast<char>(c);
    return std::string_view(buffer).substr(offset, len);
  }
};

// Lengths around every 16-byte block boundary the SIMD loop has, plus a tail.
constexpr std::size_t block_lengths[] = {1, 2, 15, 16, 17, 31, 32, 33, 47, 48, 49, 63, 64, 65, 70};

}  // namespace

TEST_CASE("every byte at every position, length and alignment matches the reference encoder", "[percent]") {
  // Blocks of 16 bytes and more take percent.hpp's SSE2 path, shorter tails
  // the table path: both are compared with ref_encode byte for byte, through
  // every public entry point and the one-pass double encoding.
  std::size_t cases = 0, failures = 0;
  std::string buf, acc;
  for (std::size_t len : block_lengths) {
    for (std::size_t offset = 0; offset < 16; ++offset) {
      placed_input placed(len, offset);
      for (std::size_t pos = 0; pos < len; ++pos) {
        for (int c = 0; c < 256; ++c) {
          const std::string_view in = placed.set(pos, static_cast<unsigned char>(c), (offset & 1) != 0);
          const std::string expected = ref_encode(in);
          ++cases;
          bool ok = rdscodec::percent_encode(in) == expected;
          ok = ok && rdscodec::percent_encoded_size(in) == expected.size();
          // The output-side entry points share the encoding loop with
          // percent_encode and differ only in where they write, which does
          // not depend on the input's alignment: checked at offsets 0 and 1.
          if (offset < 2) {
            buf.assign(expected.size() + 1, '\x01');
            auto n = rdscodec::percent_encode_to(in, &buf[0], expected.size());
            ok = ok && n && *n == expected.size() && buf.compare(0, expected.size(), expected) == 0 &&
                 buf.back() == '\x01';  // nothing written past the capacity
            auto short_write = rdscodec::percent_encode_to(in, &buf[0], expected.size() - 1);
            ok = ok && !short_write && short_write.error() == errc::buffer_too_small;
            acc = "k=";
            rdscodec::percent_encode_append(acc, in);
            ok = ok && acc.size() == 2 + expected.size() && acc.compare(0, 2, "k=") == 0 &&
                 acc.compare(2, std::string::npos, expected) == 0;
          }
          std::string twice;
          rdscodec::detail::string_sink sink{&twice};
          rdscodec::detail::percent_encode_twice_into(sink, in);
          ok = ok && twice == ref_encode_twice(in);
          // Decoding has no block path: its round trip needs no alignment.
          for (auto mode : {rdscodec::decode_mode::strict, rdscodec::decode_mode::form}) {
            if (offset >= 2) break;
            auto back = rdscodec::percent_decode(expected, mode);  // encoded text has no '+'
            ok = ok && back && *back == in;
          }
          if (!ok && ++failures <= 5) {
            INFO("length " << len << ", offset " << offset << ", byte " << c << " at position " << pos);
            CHECK(rdscodec::percent_encode(in) == expected);
            CHECK(rdscodec::percent_encoded_size(in) == expected.size());
            CHECK(twice == ref_encode_twice(in));
            CHECK(ok);
          }
        }
      }
    }
  }
  CHECK(cases == 16 * 256 * (1 + 2 + 15 + 16 + 17 + 31 + 32 + 33 + 47 + 48 + 49 + 63 + 64 + 65 + 70));
  CHECK(failures == 0);
}

TEST_CASE("decoding: every byte and every escape at every position", "[percent]") {
  // Reference: in strict mode a byte other than '%' is itself and '+' stays
  // '+'; in form mode '+' is a space; "%hh" (either hex case) is the byte hh;
  // a '%' not followed by two hex digits is an error at the '%'. The filler
  // has no '%', '+' or hex digit, so each input has one thing to decode.
  static const char hex_upper[] = "0123456789ABCDEF";
  static const char hex_lower[] = "0123456789abcdef";
  std::size_t failures = 0;
  for (std::size_t len : block_lengths) {
    for (std::size_t pos = 0; pos < len; ++pos) {
      for (int c = 0; c < 256; ++c) {
        std::string raw(len, 'x');
        for (std::size_t i = 0; i < len; ++i) raw[i] = "xyz-_.~"[i % 7];
        raw[pos] = static_cast<char>(c);
        for (auto mode : {rdscodec::decode_mode::strict, rdscodec::decode_mode::form}) {
          // The raw byte.
          auto r = rdscodec::percent_decode(raw, mode);
          bool ok;
          if (c == '%') {
            ok = !r && r.error() == errc::invalid_percent_encoding && r.error().offset() == pos;
          } else {
            std::string expected = raw;
            if (c == '+' && mode == rdscodec::decode_mode::form) expected[pos] = ' ';
            ok = r && *r == expected;
            char out[80];
            auto to = rdscodec::percent_decode_to(raw, out, sizeof out, mode);
            ok = ok && to && std::string(out, *to) == expected;
            std::string app = "k=";
            auto ap = rdscodec::percent_decode_append(app, raw, mode);
            ok = ok && ap && *ap == expected.size() && app == "k=" + expected;
          }
          // The same position holding "%hh", upper and lower case.
          for (const char* hex : {hex_upper, hex_lower}) {
            std::string esc = raw.substr(0, pos) + '%' + hex[c >> 4] + hex[c & 15] + raw.substr(pos + 1);
            std::string expected = raw;
            expected[pos] = static_cast<char>(c);
            auto e = rdscodec::percent_decode(esc, mode);
            ok = ok && e && *e == expected;
          }
          if (!ok && ++failures <= 5) {
            INFO("length " << len << ", byte " << c << " at position " << pos << ", form " << (mode == rdscodec::decode_mode::form));
            CHECK(ok);
          }
        }
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("V2 signing's own dual encoder matches the reference at every position", "[percent][v2]") {
  // sign_v2.hpp encodes each value once into the query and, in the same
  // pass, twice into the string-to-sign, with its own SSE2 loop. Check both
  // outputs independently: the query against ref_encode, and the signature
  // against Base64(HMAC-SHA1(secret + "&", "POST&%2F&" + ref_encode(query)))
  // (the V2 rule of README "Signature V2"), computed here from the reference
  // query. Values must be UTF-8, so every ASCII byte is placed at every
  // position, plus one two-byte character (U+00E9) for the high bytes.
  const rdscodec::credentials creds("testid", "testsecret");
  const rdscodec::hmac_key key(rdscodec::digest_algorithm::sha1, "testsecret&");
  rdscodec::v2::options o;
  o.timestamp = "2023-03-13T08:34:30Z";
  o.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  rdscodec::http_request out;
  std::size_t failures = 0;
  for (std::size_t len : {std::size_t{15}, std::size_t{16}, std::size_t{17}, std::size_t{33}, std::size_t{64},
                          std::size_t{70}}) {
    for (std::size_t pos = 0; pos < len; ++pos) {
      for (int c = 0; c <= 128; ++c) {
        std::string value(len, 'a');
        for (std::size_t i = 0; i < len; ++i) value[i] = "aZ9-_.~bY8"[i % 10];
        if (c < 128) value[pos] = static_cast<char>(c);
        else value.replace(pos, 1, "\xC3\xA9");
        rdscodec::generic_request req{"CancelImport", "2014-08-15", {{"Value", value}}};
        REQUIRE(rdscodec::v2::sign(req, creds, o, out));
        // Parameters sorted by name in byte order ("Value" < "Version").
        const std::string query =
            "AccessKeyId=testid&Action=CancelImport&Format=JSON&SignatureMethod=HMAC-SHA1"
            "&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
            "&Timestamp=2023-03-13T08%3A34%3A30Z&Value=" +
            ref_encode(value) + "&Version=2014-08-15";
        const auto sig = key.compute("POST&%2F&" + ref_encode(query));
        REQUIRE(sig);
        const std::string expected = query + "&Signature=" + ref_encode(rdscodec::base64_encode(*sig).view());
        if (out.query != expected && ++failures <= 5) {
          INFO("length " << len << ", byte " << c << " at position " << pos);
          CHECK(out.query == expected);
        }
      }
    }
  }
  CHECK(failures == 0);
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
