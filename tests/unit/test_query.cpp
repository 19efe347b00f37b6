#include <rdscodec/request/query.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using rdscodec::errc;
using rdscodec::parameter;

TEST_CASE("canonical_query sorts by raw name bytes and encodes names and values", "[query]") {
  // From the darabonba python test vector: body/query merged and sorted.
  CHECK(*rdscodec::canonical_query({{"query", "test"}, {"body", "test"}}) == "body=test&query=test");
  // Raw order puts "a-" (0x2D) before "a/" (0x2F); sorting the *encoded*
  // names would put "a%2F" first ('%' is 0x25). DESIGN §2: sort raw names.
  CHECK(*rdscodec::canonical_query({{"a/", "1"}, {"a-", "2"}}) == "a-=2&a%2F=1");
  // Upper case sorts before lower case; UTF-8 names after ASCII.
  CHECK(*rdscodec::canonical_query({{"é", "1"}, {"a", "2"}, {"B", "3"}}) == "B=3&a=2&%C3%A9=1");
  // Flattened list keys sort as strings, not numbers (DOC-V3 FAQ).
  CHECK(*rdscodec::canonical_query({{"Id.2", "b"}, {"Id.10", "c"}, {"Id.1", "a"}}) == "Id.1=a&Id.10=c&Id.2=b");
  // Empty value is "name="; nothing at all is the empty string.
  CHECK(*rdscodec::canonical_query({{"empty", ""}, {"test", "ok"}}) == "empty=&test=ok");
  CHECK(*rdscodec::canonical_query({}) == "");
}

TEST_CASE("canonical_query rejects duplicates and empty names", "[query]") {
  auto dup = rdscodec::canonical_query({{"a", "1"}, {"b", "2"}, {"a", "3"}});
  REQUIRE_FALSE(dup);
  CHECK(dup.error() == errc::duplicate_parameter);
  CHECK(dup.error().field() == "a");
  auto empty = rdscodec::canonical_query({{"", "1"}});
  REQUIRE_FALSE(empty);
  CHECK(empty.error() == errc::invalid_parameter_name);
}

TEST_CASE("long parameter lists take the heap path and still sort", "[query]") {
  std::vector<parameter> params;
  for (int i = 0; i < 100; ++i) {
    char name[8];
    std::snprintf(name, sizeof name, "P%03d", i);
    params.push_back({name, std::to_string(i)});
  }
  std::string expected;
  for (const auto& p : params) expected += (expected.empty() ? "" : "&") + p.name + "=" + p.value;
  std::shuffle(params.begin(), params.end(), std::mt19937(42));
  CHECK(*rdscodec::canonical_query(params) == expected);
  std::string appended = "prefix:";
  REQUIRE(rdscodec::canonical_query_append(appended, params));
  CHECK(appended == "prefix:" + expected);
}

TEST_CASE("validate(generic_request)", "[query][generic]") {
  using rdscodec::generic_request;
  CHECK(rdscodec::validate(generic_request{"DescribeRegions", "2014-05-26", {}}));
  CHECK(rdscodec::validate(generic_request{"", "2014-05-26", {}}).error() == errc::invalid_operation);
  CHECK(rdscodec::validate(generic_request{"A", "", {}}).error().field() == "Version");
  CHECK(rdscodec::validate(generic_request{"A", "1", {{"", "x"}}}).error() == errc::invalid_parameter_name);
  CHECK(rdscodec::validate(generic_request{"A", "1", {{"N\xFF", "x"}}}).error() == errc::invalid_parameter_name);
  auto bad_value = rdscodec::validate(generic_request{"A", "1", {{"N", "ok\xC3"}}});
  CHECK(bad_value.error() == errc::invalid_utf8);
  CHECK(bad_value.error().field() == "N");
  CHECK(bad_value.error().offset() == 2);
  CHECK(rdscodec::validate(generic_request{"A", "1", {{"Timestamp", "x"}}}).error() == errc::reserved_parameter);
  auto dup = rdscodec::validate(generic_request{"A", "1", {{"X", "1"}, {"Y", "2"}, {"X", "1"}}});
  CHECK(dup.error() == errc::duplicate_parameter);
  CHECK(dup.error().field() == "X");
}
