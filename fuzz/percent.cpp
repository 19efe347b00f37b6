// Fuzz target: percent-encoding and decoding.
#include "common.hpp"

#include <rdscodec/core/percent.hpp>

#include <string>
#include <string_view>

namespace {

// The rule, byte by byte (RFC 3986 §2.1 and §2.3, as README and percent.hpp
// state it): A-Z a-z 0-9 - _ . ~ kept, every other byte %XX in upper-case
// hex. No table and no SIMD, so it shares nothing with the code under test.
std::string reference_encode(std::string_view in) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(in.size() * 3);
  for (char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.' || c == '~';
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);

  // Encoding: exactly the reference's bytes, for the input and for one
  // suffix of it chosen by its first byte (so the 16-byte blocks start at
  // another alignment; the unit test covers all 16 systematically); only
  // unreserved bytes and %XX (upper-case hex); the size matches; decoding
  // gives the input back.
  const std::string enc = rdscodec::percent_encode(in);
  FUZZ_CHECK(enc == reference_encode(in));
  if (const std::size_t skip = in.empty() ? 0 : 1 + static_cast<unsigned char>(in[0]) % 15; skip < in.size()) {
    const std::string_view shifted = in.substr(skip);
    const std::string expected = reference_encode(shifted);
    FUZZ_CHECK(rdscodec::percent_encode(shifted) == expected);
    FUZZ_CHECK(rdscodec::percent_encoded_size(shifted) == expected.size());
  }
  FUZZ_CHECK(enc.size() == rdscodec::percent_encoded_size(in));
  for (std::size_t i = 0; i < enc.size(); ++i) {
    const auto c = static_cast<unsigned char>(enc[i]);
    if (c == '%') {
      FUZZ_CHECK(i + 2 < enc.size());
      for (int k = 1; k <= 2; ++k) {
        const char h = enc[i + k];
        FUZZ_CHECK((h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'));
      }
      i += 2;
    } else {
      FUZZ_CHECK(rdscodec::is_unreserved(c));
    }
  }
  auto back = rdscodec::percent_decode(enc);
  FUZZ_CHECK(back && *back == in);
  auto back_form = rdscodec::percent_decode(enc, rdscodec::decode_mode::form);  // no '+' in encoded text
  FUZZ_CHECK(back_form && *back_form == in);

  // Into an exact buffer, and one byte short.
  std::string buf(enc.size(), '\0');
  auto n = rdscodec::percent_encode_to(in, buf.empty() ? nullptr : &buf[0], buf.size());
  FUZZ_CHECK(n && *n == enc.size() && buf == enc);
  std::string appended = "k=";
  rdscodec::percent_encode_append(appended, in);
  FUZZ_CHECK(appended == "k=" + enc);
  if (!enc.empty()) FUZZ_CHECK(!rdscodec::percent_encode_to(in, &buf[0], buf.size() - 1));

  // The one-pass double encoding equals encoding twice.
  std::string twice;
  rdscodec::detail::string_sink sink{&twice};
  rdscodec::detail::percent_encode_twice_into(sink, in);
  FUZZ_CHECK(twice == rdscodec::percent_encode(enc));
  FUZZ_CHECK(twice == reference_encode(reference_encode(in)));

  // Decoding arbitrary bytes: an error names a '%' without two hex digits;
  // a success is never longer than its input.
  for (auto mode : {rdscodec::decode_mode::strict, rdscodec::decode_mode::form}) {
    auto d = rdscodec::percent_decode(in, mode);
    if (d) {
      FUZZ_CHECK(d->size() <= in.size());
    } else {
      const auto at = d.error().offset();
      FUZZ_CHECK(at < in.size() && in[at] == '%');
    }
  }
  return 0;
}
