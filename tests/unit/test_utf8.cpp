#include <rdscodec/core/utf8.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using rdscodec::utf8_error_offset;
constexpr auto npos = std::string_view::npos;

TEST_CASE("well-formed UTF-8 is accepted", "[utf8]") {
  CHECK(utf8_error_offset("") == npos);
  CHECK(utf8_error_offset("plain ascii, longer than eight bytes") == npos);
  CHECK(utf8_error_offset("\xC3\xA9") == npos);                  // U+00E9
  CHECK(utf8_error_offset("\xE4\xB8\xAD\xE6\x96\x87") == npos);  // 中文
  CHECK(utf8_error_offset("\xF0\x9F\x98\x80") == npos);          // U+1F600
  CHECK(utf8_error_offset("\xEF\xBF\xBF") == npos);              // U+FFFF
  CHECK(utf8_error_offset("\xF4\x8F\xBF\xBF") == npos);          // U+10FFFF, the last code point
  CHECK(utf8_error_offset(std::string_view("a\0b", 3)) == npos);  // NUL is a valid code point
}

TEST_CASE("ill-formed UTF-8 is rejected at the first bad byte", "[utf8]") {
  // Offsets worked out by hand from RFC 3629 §4 (the syntax of UTF-8 byte sequences).
  CHECK(utf8_error_offset("ab\x80") == 2);                    // lone continuation byte
  CHECK(utf8_error_offset("\xC0\xAF") == 0);                  // overlong '/'
  CHECK(utf8_error_offset("\xC1\xBF") == 0);                  // overlong
  CHECK(utf8_error_offset("\xE0\x80\xAF") == 0);              // overlong 3-byte
  CHECK(utf8_error_offset("\xF0\x80\x80\xAF") == 0);          // overlong 4-byte
  CHECK(utf8_error_offset("x\xED\xA0\x80") == 1);             // U+D800, a surrogate
  CHECK(utf8_error_offset("\xF4\x90\x80\x80") == 0);          // U+110000
  CHECK(utf8_error_offset("\xF5\x80\x80\x80") == 0);          // F5 never appears
  CHECK(utf8_error_offset("\xFF") == 0);
  CHECK(utf8_error_offset("abcdefgh\xE4\xB8") == 8);          // truncated after the fast path
  CHECK(utf8_error_offset("\xE4\xB8" "a") == 0);              // bad continuation
  CHECK(utf8_error_offset("12345678901234\xC3") == 14);       // truncated at the very end
  CHECK_FALSE(rdscodec::is_valid_utf8("\xC3"));
}
