// The registry of generated operations (include/rdscodec/rds/registry.hpp):
// every action of main.dara (and the 3 retired ones) once, in byte order, found by name and dispatched
// to its own request type. Its own TU: it includes all 413 operation headers
// (about 40 s and 6 GB of compiler memory with GCC 12; see tools/codegen/README.md).
#include <rdscodec/rds/registry.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace rds = rdscodec::rds;

TEST_CASE("registry: every action once, sorted, found by name and dispatched", "[generated][registry]") {
  // main.dara has 410 operations (grep -c "@handler.do(" main.dara), plus the 3 retired ones of the
  // 2023-10-19 snapshots (spec/rds-20140815/SOURCE.md); none is left out.
  STATIC_REQUIRE(rds::operation_count == 413);
  STATIC_REQUIRE(rds::all_requests::size == 413);
  for (std::size_t i = 1; i < rds::actions.size(); ++i) CHECK(rds::actions[i - 1] < rds::actions[i]);
  STATIC_REQUIRE(rds::find_action("AddTagsToResource") != rds::npos_action);
  STATIC_REQUIRE(rds::find_action("addTagsToResource") == rds::npos_action);
  STATIC_REQUIRE(rds::find_action("") == rds::npos_action);
  STATIC_REQUIRE(rds::find_action("ZZZ") == rds::npos_action);
  // The retired operations are generated from the older snapshots, and registered.
  STATIC_REQUIRE(rds::find_action("CancelImport") != rds::npos_action);
  STATIC_REQUIRE(rds::find_action("DescribeImportsForSQLServer") != rds::npos_action);
  STATIC_REQUIRE(rds::find_action("ImportDatabaseBetweenInstances") != rds::npos_action);
  STATIC_REQUIRE(std::is_same_v<rds::cancel_import::request, rdscodec::cancel_import_request>);

  std::string_view seen;
  const bool found = rds::dispatch("DescribeDBInstances", [&](auto tag) {
    using request = typename decltype(tag)::request;
    seen = rdscodec::operation_traits<request>::action;
    CHECK(std::is_same_v<request, rds::describe_db_instances::request>);
  });
  CHECK(found);
  CHECK(seen == "DescribeDBInstances");
  CHECK_FALSE(rds::dispatch("NoSuchAction", [&](auto) { FAIL("called"); }));

  // Each index dispatches the operation whose action is actions[i].
  std::size_t matches = 0;
  for (auto a : rds::actions) {
    rds::dispatch(a, [&](auto tag) {
      if (rdscodec::operation_traits<typename decltype(tag)::request>::action == a) ++matches;
    });
  }
  CHECK(matches == rds::actions.size());
}
