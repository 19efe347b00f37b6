// Decoder defects found by the published-examples test (tests/api_examples/), each
// pinned here with the published example that showed it.
#include <rdscodec/rds/describe_dedicated_host_groups.hpp>
#include <rdscodec/response/response.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace dhg = rdscodec::rds::describe_dedicated_host_groups;

// api-docs.json, DescribeDedicatedHostGroups, JSON example (an excerpt):
// DedicatedHostCountGroupByHostType is a map[string]any in main.dara, and the
// example's values are a string and a number. A raw_json (any) keeps the value's
// JSON text, so the number must come out as its own text, "1" — it came out empty,
// since a number is read without the reader moving past it.
TEST_CASE("an any value that is a JSON number keeps its text (DescribeDedicatedHostGroups example)",
          "[response][json][examples]") {
  const std::string body = R"({"RequestId": "AB44DC0A-7E77-442A-97A9-C6418694CB22",
    "DedicatedHostGroups": {"DedicatedHostGroups": [{"DedicatedHostCountGroupByHostType": {"test": "test", "test2": 1}}]}})";
  auto r = rdscodec::parse_response<dhg::request>(200, body);
  REQUIRE(r);
  REQUIRE(r->dedicated_host_groups);
  REQUIRE(r->dedicated_host_groups->dedicated_host_groups.size() == 1);
  const auto& m = r->dedicated_host_groups->dedicated_host_groups[0].dedicated_host_count_group_by_host_type;
  REQUIRE(m);
  REQUIRE(m->size() == 2);
  CHECK(m->at("test").text == "\"test\"");
  CHECK(m->at("test2").text == "1");

  // Any JSON number, wherever it stands: before more members, with space
  // around it (trimmed, as for every raw_json), negative, with a fraction and
  // an exponent, and beyond 64 bits (valid JSON).
  const std::string more = R"({"DedicatedHostGroups": {"DedicatedHostGroups": [{"DedicatedHostCountGroupByHostType":
    {"a": -1.5e3 , "b": 123456789012345678901234567890, "c": 0}}]}})";
  auto s = rdscodec::parse_response<dhg::request>(200, more);
  REQUIRE(s);
  const auto& n = s->dedicated_host_groups->dedicated_host_groups[0].dedicated_host_count_group_by_host_type;
  REQUIRE(n);
  CHECK(n->at("a").text == "-1.5e3");
  CHECK(n->at("b").text == "123456789012345678901234567890");
  CHECK(n->at("c").text == "0");
}
