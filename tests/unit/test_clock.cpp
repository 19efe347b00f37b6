#include <rdscodec/core/clock.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <type_traits>

using std::chrono::seconds;
using std::chrono::system_clock;

// A view of a temporary would dangle: only lvalues convert implicitly.
static_assert(std::is_convertible_v<const rdscodec::timestamp_text&, std::string_view>);
static_assert(!std::is_convertible_v<rdscodec::timestamp_text&&, std::string_view>);
static_assert(!std::is_convertible_v<rdscodec::nonce_text&&, std::string_view>);

TEST_CASE("format_timestamp renders UTC as YYYY-MM-DDThh:mm:ssZ", "[clock]") {
  auto at = [](long long s) {
    return std::string(rdscodec::format_timestamp(std::chrono::time_point<system_clock, seconds>(seconds(s))).view());
  };
  // Reference values: Python datetime.datetime.fromtimestamp(s, datetime.timezone.utc).
  CHECK(at(0) == "1970-01-01T00:00:00Z");
  CHECK(at(1678696470) == "2023-03-13T08:34:30Z");  // the V2 doc vector's Timestamp
  CHECK(at(1456231584) == "2016-02-23T12:46:24Z");  // the legacy doc vector's Timestamp
  CHECK(at(951782400) == "2000-02-29T00:00:00Z");   // leap day of a century leap year
  CHECK(at(4107542399) == "2100-02-28T23:59:59Z");  // 2100 is not a leap year
  CHECK(at(4107542400) == "2100-03-01T00:00:00Z");
  CHECK(at(-1) == "1969-12-31T23:59:59Z");
  CHECK(at(253402300799) == "9999-12-31T23:59:59Z");
  // Sub-second parts are dropped, not rounded, also before 1970.
  auto at_ms = [](long long ms) {
    return std::string(rdscodec::format_timestamp(system_clock::time_point(std::chrono::milliseconds(ms))).view());
  };
  CHECK(at_ms(1999) == "1970-01-01T00:00:01Z");
  CHECK(at_ms(-1) == "1969-12-31T23:59:59Z");
  CHECK(rdscodec::is_valid_timestamp(rdscodec::current_timestamp().view()));
}

TEST_CASE("is_valid_timestamp", "[clock]") {
  CHECK(rdscodec::is_valid_timestamp("2023-03-13T08:34:30Z"));
  CHECK(rdscodec::is_valid_timestamp("2016-12-31T23:59:60Z"));  // a leap second is representable
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13T08:34:30"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13T08:34:30.000Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-00-13T08:34:30Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-32T08:34:30Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13T24:00:00Z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp("2023-03-13t08:34:30z"));
  CHECK_FALSE(rdscodec::is_valid_timestamp(""));
}

TEST_CASE("random_nonce is 32 lower-case hex characters and fresh each time", "[clock]") {
  auto a = rdscodec::random_nonce();
  auto b = rdscodec::random_nonce();
  REQUIRE(a);
  REQUIRE(b);
  const std::string sa(a->view());
  CHECK(sa.size() == 32);
  CHECK(sa.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(sa != std::string(b->view()));
  CHECK(rdscodec::is_valid_nonce(sa));
  CHECK(rdscodec::is_valid_nonce("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"));  // a UUID, as some SDKs send
  CHECK_FALSE(rdscodec::is_valid_nonce(""));
  CHECK_FALSE(rdscodec::is_valid_nonce("tab\there"));
  CHECK_FALSE(rdscodec::is_valid_nonce(std::string(65, 'a')));
}

TEST_CASE("parse_timestamp is the inverse of format_timestamp", "[clock]") {
  for (long long s : {0LL, 1678696470LL, 951782400LL, 4107542399LL, 4107542400LL, -1LL, 253402300799LL, -62135596800LL}) {
    const auto tp = std::chrono::time_point<system_clock, seconds>(seconds(s));
    const auto text = rdscodec::format_timestamp(tp);
    auto back = rdscodec::parse_timestamp(text.view());
    REQUIRE(back);
    CHECK(back->time_since_epoch().count() == s);
  }
  CHECK_FALSE(rdscodec::parse_timestamp("2023-02-29T00:00:00Z"));  // 2023 is not a leap year
  CHECK(rdscodec::parse_timestamp("2024-02-29T00:00:00Z"));
  CHECK_FALSE(rdscodec::parse_timestamp("2100-02-29T00:00:00Z"));
  CHECK_FALSE(rdscodec::parse_timestamp("2023-04-31T00:00:00Z"));
  CHECK_FALSE(rdscodec::parse_timestamp("not a time"));
}
