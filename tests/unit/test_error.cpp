#include <rdscodec/core/error.hpp>
#include <rdscodec/core/result.hpp>

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

using rdscodec::errc;

TEST_CASE("errc converts to std::error_code in the rdscodec category", "[error]") {
  std::error_code ec = errc::invalid_utf8;  // is_error_code_enum + ADL make_error_code
  CHECK(ec.category().name() == std::string("rdscodec"));
  CHECK(ec.value() == static_cast<int>(errc::invalid_utf8));
  CHECK(ec.message() == "string is not valid UTF-8");
  CHECK(ec == errc::invalid_utf8);
  CHECK_FALSE(std::error_code(errc::success));
}

TEST_CASE("every errc value has its own message", "[error]") {
  const auto last = static_cast<int>(errc::unwritable_value);
  for (int a = 1; a <= last; ++a) {
    const auto ma = rdscodec::error_category().message(a);
    CHECK(ma != "unknown rdscodec error");
    for (int b = a + 1; b <= last; ++b) CHECK(ma != rdscodec::error_category().message(b));
  }
  CHECK(rdscodec::error_category().message(last + 1) == "unknown rdscodec error");
  CHECK(rdscodec::to_string(errc::missing_required_field) == "missing_required_field");
  CHECK(rdscodec::to_string(errc::not_an_api_response) == "not_an_api_response");
  for (int a = 0; a <= last; ++a) CHECK(rdscodec::to_string(static_cast<errc>(a)) != "unknown");
}

TEST_CASE("error names the field and the offset, and copies the name", "[error]") {
  rdscodec::error e;
  {
    std::string name = "DBInstanceId";
    e = rdscodec::error(errc::invalid_utf8, name, 3);
    name.assign("XXXXXXXXXXXX");  // the error must not point into the caller's string
  }
  CHECK(e == errc::invalid_utf8);
  CHECK(e.field() == "DBInstanceId");
  CHECK(e.offset() == 3);
  CHECK(e.message() == "DBInstanceId: string is not valid UTF-8 (byte 3)");
  CHECK(rdscodec::error(errc::buffer_too_small).message() == "output buffer is too small");
  const std::string long_name(200, 'a');
  CHECK(rdscodec::error(errc::invalid_utf8, long_name).field().size() == rdscodec::error::max_field_length);
}

// Like std::expected: a value converts implicitly only when it converts
// implicitly to T (std::vector's size constructor is explicit).
static_assert(std::is_convertible_v<const char*, rdscodec::result<std::string>>);
static_assert(!std::is_convertible_v<int, rdscodec::result<std::vector<int>>>);
static_assert(std::is_constructible_v<rdscodec::result<std::vector<int>>, int>);

TEST_CASE("result<T> holds a value or an error", "[result]") {
  rdscodec::result<std::string> ok = std::string("x");
  REQUIRE(ok);
  CHECK(ok.has_value());
  CHECK(*ok == "x");
  CHECK(ok->size() == 1);
  CHECK(ok.value_or("y") == "x");

  rdscodec::result<std::string> bad = errc::buffer_too_small;
  REQUIRE_FALSE(bad);
  CHECK(bad.error() == errc::buffer_too_small);
  CHECK(bad.value_or("y") == "y");

  rdscodec::result<std::unique_ptr<int>> moved = std::make_unique<int>(7);
  std::unique_ptr<int> p = std::move(moved).value();
  CHECK(*p == 7);

  rdscodec::result<void> v;
  CHECK(v);
  rdscodec::result<void> verr = rdscodec::error(errc::missing_required_field, "ImportId");
  REQUIRE_FALSE(verr);
  CHECK(verr.error().field() == "ImportId");
}
