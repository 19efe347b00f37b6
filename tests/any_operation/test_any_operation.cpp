// The tools' every-operation table (tools/any_operation/): its lookups and the
// escaping of what it prints (review findings: a loose spelling could fit two
// actions and the first won; the curl client printed the service's text raw).
#include "any_operation/any_operation.hpp"
#include "any_operation/terminal.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <set>
#include <string>

TEST_CASE("any_operation: every action is found exactly and by one loose spelling only", "[any_operation]") {
  const auto& all = any_operation::all();
  CHECK(all.size() == 413);
  std::set<std::string> folded;
  for (const auto& e : all) {
    REQUIRE(any_operation::find(e.action) == &e);
    std::string lower;
    for (char c : e.action) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(folded.insert(lower).second);  // no two actions differ in case only
    CHECK(any_operation::find_loose(lower) == &e);
  }
  CHECK(any_operation::find_loose("describe-db-instances")->action == "DescribeDBInstances");
  for (const char* bad : {"", "-", "---", "CancelImportX", "Cancel Import", "\xc3\xa9"}) CHECK(any_operation::find_loose(bad) == nullptr);
  CHECK(any_operation::find(std::string("CancelImport\0x", 14)) == nullptr);
}

TEST_CASE("any_operation: printed lines are escaped unless the caller escapes them itself", "[any_operation]") {
  const auto* op = any_operation::find("CancelImport");
  REQUIRE(op != nullptr);
  // An ESC-led title sequence, a BEL and a carriage return in the RequestId (JSON \u escapes).
  const std::string body = R"({"RequestId":"\u001b]0;owned\u0007\r\u001b[2JRequestId: fake"})";
  auto r = op->parse_response(200, body, std::nullopt, any_operation::print_options{});
  REQUIRE(r);
  CHECK(r->find('\x1b') == std::string::npos);
  CHECK(r->find('\r') == std::string::npos);
  CHECK(*r == "RequestId: \\x1b]0;owned\\x07\\x0d\\x1b[2JRequestId: fake\n");
  CHECK(terminal::text("a\xc2\x9b" "b") == "a\\u009bb");  // a C1 control (CSI) in UTF-8
}

// entry::rewrite_response (issue 14's writer checks, tests/protocol/README.md
// "Responses"): the expected bodies are the shapes the writer documents
// (server/writer.hpp): the declaration and <ActionResponse> root in XML, one
// element per member, a list as repeated elements inside its wrapper.
TEST_CASE("any_operation: rewrite_response decodes a body and writes it in another format", "[any_operation]") {
  const auto* op = any_operation::find("CancelImport");
  REQUIRE(op != nullptr);
  auto x = op->rewrite_response(200, R"({"RequestId":"a<b"})", rdscodec::response_format::json,
                                rdscodec::response_format::xml);
  REQUIRE(x);
  CHECK(*x == "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CancelImportResponse><RequestId>a&lt;b</RequestId>"
              "</CancelImportResponse>");
  auto j = op->rewrite_response(200, *x, std::nullopt, rdscodec::response_format::json);
  REQUIRE(j);
  CHECK(*j == R"({"RequestId":"a<b"})");
  const auto* list = any_operation::find("DescribeDBInstances");
  REQUIRE(list != nullptr);
  auto l = list->rewrite_response(200, R"({"Items":{"DBInstance":[{"DBInstanceId":"a"},{"DBInstanceId":"b"}]}})",
                                  rdscodec::response_format::json, rdscodec::response_format::xml);
  REQUIRE(l);
  CHECK(*l == "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeDBInstancesResponse><Items>"
              "<DBInstance><DBInstanceId>a</DBInstanceId></DBInstance><DBInstance><DBInstanceId>b</DBInstanceId>"
              "</DBInstance></Items></DescribeDBInstancesResponse>");
  // A malformed body is the parser's error, nothing written.
  auto bad = op->rewrite_response(200, "{\"RequestId\":", rdscodec::response_format::json, rdscodec::response_format::xml);
  CHECK(!bad);
}
