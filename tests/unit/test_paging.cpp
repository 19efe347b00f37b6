// Paging (client/paging.hpp): which operations page and how (from the generated
// flags), next_page() against page arithmetic worked out by hand in each case,
// and for_each_page() over three pages of a fake transport in both styles (the
// fake reads the page it is asked for from the signed query itself).
#include <rdscodec/client/paging.hpp>
#include <rdscodec/rds/describe_backups.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_events.hpp>
#include <rdscodec/rds/describe_v_switch_list.hpp>
#include <rdscodec/rds/list_tag_resources.hpp>
#include <rdscodec/request/sign_v3.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace rds = rdscodec::rds;

// The spec's field names decide (tools/codegen/generate.js, paging): DescribeEvents and
// DescribeBackups have PageNumber/PageSize and TotalRecordCount, ListTagResources has
// NextToken on both sides, DescribeDBInstances has both.
static_assert(rdscodec::pages_by_number_v<rds::describe_events::request>);
static_assert(!rdscodec::pages_by_token_v<rds::describe_events::request>);
static_assert(rdscodec::pages_by_number_v<rds::describe_backups::request>);
static_assert(rdscodec::pages_by_token_v<rds::list_tag_resources::request>);
static_assert(!rdscodec::pages_by_number_v<rds::list_tag_resources::request>);
static_assert(rdscodec::pages_by_number_v<rds::describe_db_instances::request>);
static_assert(rdscodec::pages_by_token_v<rds::describe_db_instances::request>);

namespace {

template <class Request>
std::optional<Request> next_of(const Request& req, const rdscodec::response_of_t<Request>& resp) {
  auto n = rdscodec::next_page(req, resp);
  REQUIRE(n);
  return *n;
}

}  // namespace

TEST_CASE("next_page by page number: PageNumber x PageSize against the total", "[paging]") {
  rds::describe_events::request req;
  req.region_id = "cn-hangzhou";
  req.page_size = 30;
  rds::describe_events::response resp;
  resp.total_record_count = 100;
  // Unset PageNumber is page 1: 1 x 30 < 100 -> page 2.
  auto n = next_of(req, resp);
  REQUIRE(n);
  CHECK(n->page_number == 2);
  CHECK(n->page_size == 30);
  CHECK(n->region_id == "cn-hangzhou");
  req.page_number = 3;  // 90 < 100 -> page 4
  CHECK(next_of(req, resp)->page_number == 4);
  req.page_number = 4;  // 120 >= 100 -> done
  CHECK_FALSE(next_of(req, resp));
  resp.total_record_count = 90;
  req.page_number = 3;  // 90 >= 90 -> done
  CHECK_FALSE(next_of(req, resp));
  resp.total_record_count = 91;  // 90 < 91 -> page 4
  CHECK(next_of(req, resp)->page_number == 4);
  resp.total_record_count = 0;
  req.page_number = 1;
  CHECK_FALSE(next_of(req, resp));
  // Near the top of the range: no overflow in the product.
  resp.total_record_count = 2147483647;
  req.page_number = 2147483646;
  req.page_size = 2;
  CHECK_FALSE(next_of(req, resp));
}

TEST_CASE("next_page by page number: what it cannot tell is an error", "[paging]") {
  rds::describe_events::request req;
  req.region_id = "cn-hangzhou";
  rds::describe_events::response resp;
  resp.total_record_count = 100;
  auto r = rdscodec::next_page(req, resp);  // PageSize unset
  REQUIRE_FALSE(r);
  CHECK(r.error().value() == rdscodec::errc::invalid_option);
  CHECK(r.error().field() == "PageSize");
  req.page_size = 30;
  resp.total_record_count.reset();
  r = rdscodec::next_page(req, resp);
  REQUIRE_FALSE(r);
  CHECK(r.error().value() == rdscodec::errc::missing_field);
  CHECK(r.error().field() == "TotalRecordCount");
  // DescribeBackups declares its total as a string: a decimal string counts, other text does not.
  rds::describe_backups::request b;
  b.db_instance_id = "rm-1";
  b.page_size = 30;
  b.page_number = 1;
  rds::describe_backups::response bresp;
  bresp.total_record_count = "31";
  CHECK(next_of(b, bresp)->page_number == 2);
  bresp.total_record_count = "30";
  CHECK_FALSE(next_of(b, bresp));
  bresp.total_record_count = "many";
  auto e = rdscodec::next_page(b, bresp);
  REQUIRE_FALSE(e);
  CHECK(e.error().value() == rdscodec::errc::wrong_type);
}

TEST_CASE("next_page: hostile or odd paging values (review findings)", "[paging]") {
  // DescribeVSwitchList declares PageNumber and PageSize as strings; its response echoes
  // PageSize as an integer.
  namespace vs = rds::describe_v_switch_list;
  vs::request req;
  req.page_size = "10";
  vs::response resp;
  resp.total_count = 100;
  req.page_number = "5";  // 50 < 100 -> "6"
  CHECK(next_of(req, resp)->page_number == "6");
  req.page_number = "0005";  // leading zeros are still 5
  CHECK(next_of(req, resp)->page_number == "6");
  for (const char* bad : {"5x", " 5", "", "-1", "0", "99999999999999999999"}) {
    INFO(bad);
    req.page_number = bad;
    auto r = rdscodec::next_page(req, resp);  // a set PageNumber that is no positive number: never page 1 again
    REQUIRE_FALSE(r);
    CHECK(r.error().value() == rdscodec::errc::value_out_of_range);
    CHECK(r.error().field() == "PageNumber");
  }
  // The service's echoed PageSize wins: 500 asked, 100 served, 250 in all -> page 2 exists.
  req.page_number = "1";
  req.page_size = "500";
  resp.page_size = 100;
  resp.total_count = 250;
  CHECK(next_of(req, resp)->page_number == "2");
  // A negative total is no count.
  resp.total_count = -5;
  auto neg = rdscodec::next_page(req, resp);
  REQUIRE_FALSE(neg);
  CHECK(neg.error().value() == rdscodec::errc::wrong_type);
  // The next PageNumber must fit its type: DescribeEvents' is an int32.
  rds::describe_events::request ev;
  ev.region_id = "cn-hangzhou";
  ev.page_number = 2147483647;
  ev.page_size = 1;
  rds::describe_events::response evr;
  evr.total_record_count = 2147483647;  // 2147483647 x 1 >= total: done, no overflow
  CHECK_FALSE(next_of(ev, evr));
  rds::describe_backups::request b;
  b.db_instance_id = "rm-1";
  b.page_number = 2147483647;
  b.page_size = 30;
  rds::describe_backups::response br;
  br.total_record_count = "999999999999999999";  // more pages than an int32 PageNumber can name
  auto over = rdscodec::next_page(b, br);
  REQUIRE_FALSE(over);
  CHECK(over.error().value() == rdscodec::errc::value_out_of_range);
}

TEST_CASE("next_page by token, and the choice when an operation has both", "[paging]") {
  rds::list_tag_resources::request req;
  req.region_id = "cn-hangzhou";
  req.resource_type = "INSTANCE";
  rds::list_tag_resources::response resp;
  resp.next_token = "t1";
  auto n = next_of(req, resp);
  REQUIRE(n);
  CHECK(n->next_token == "t1");
  // The service answering the token it was sent would never end.
  req.next_token = "t1";
  auto same = rdscodec::next_page(req, resp);
  REQUIRE_FALSE(same);
  CHECK(same.error().value() == rdscodec::errc::value_out_of_range);
  CHECK(same.error().field() == "NextToken");
  req.next_token.reset();
  resp.next_token = "";
  CHECK_FALSE(next_of(req, resp));
  resp.next_token.reset();
  CHECK_FALSE(next_of(req, resp));

  rds::describe_db_instances::request d;
  d.region_id = "cn-hangzhou";
  d.page_size = 30;
  rds::describe_db_instances::response dr;
  dr.total_record_count = 100;
  dr.next_token = "tok";
  // No NextToken or MaxResults in the request: by page number.
  auto p = next_of(d, dr);
  REQUIRE(p);
  CHECK(p->page_number == 2);
  CHECK_FALSE(p->next_token);
  // MaxResults set: by token.
  d.max_results = 50;
  auto t = next_of(d, dr);
  REQUIRE(t);
  CHECK(t->next_token == "tok");
  CHECK_FALSE(t->page_number);
}

namespace {

const rdscodec::credentials creds("testid", "testsecret");

auto v3_signer() {
  return [](const auto& r, rdscodec::http_request& h) -> rdscodec::result<void> {
    rdscodec::v3::options o;
    o.timestamp = "2023-03-13T08:34:30Z";
    return rdscodec::v3::sign(r, creds, o, h);
  };
}

// The value of `name` in a query string (no decoding needed for the values used here).
std::string query_value(const std::string& q, const std::string& name) {
  const std::string s = "&" + q;
  const std::size_t at = s.find("&" + name + "=");
  if (at == std::string::npos) return {};
  const std::size_t start = at + name.size() + 2;
  return s.substr(start, s.find('&', start) - start);
}

}  // namespace

TEST_CASE("for_each_page: three pages by page number, then done", "[paging]") {
  rds::describe_events::request req;
  req.region_id = "cn-hangzhou";
  req.page_size = 30;
  std::vector<std::string> asked;
  // 70 events in pages of 30: pages 1, 2 and 3 (30 + 30 + 10); 3 x 30 >= 70 ends it.
  auto send = [&](const rdscodec::http_request& h) {
    asked.push_back(query_value(h.query, "PageNumber"));
    const std::string page = asked.back().empty() ? "1" : asked.back();
    return std::pair<int, std::string>(200, R"({"RequestId":"r","PageNumber":)" + page +
                                                 R"(,"PageSize":30,"TotalRecordCount":70})");
  };
  int pages = 0;
  auto r = rdscodec::for_each_page(req, v3_signer(), send, [&](const rds::describe_events::response& p) {
    ++pages;
    CHECK(p.total_record_count == 70);
    return true;
  });
  REQUIRE(r);
  CHECK(pages == 3);
  CHECK(asked == std::vector<std::string>{"", "2", "3"});  // the first request leaves PageNumber unset
}

TEST_CASE("for_each_page: three pages by token; errors and limits", "[paging]") {
  rds::list_tag_resources::request req;
  req.region_id = "cn-hangzhou";
  req.resource_type = "INSTANCE";
  const std::vector<std::string> tokens = {"a", "b", ""};
  std::vector<std::string> asked;
  auto send = [&](const rdscodec::http_request& h) {
    asked.push_back(query_value(h.query, "NextToken"));
    const std::string& next = tokens.at(asked.size() - 1);
    return std::pair<int, std::string>(200, R"({"RequestId":"r","NextToken":")" + next + "\"}");
  };
  int pages = 0;
  auto r = rdscodec::for_each_page(req, v3_signer(), send, [&](const auto&) { return ++pages, true; });
  REQUIRE(r);
  CHECK(pages == 3);
  CHECK(asked == std::vector<std::string>{"", "a", "b"});

  // on_page false stops after the first page.
  asked.clear();
  pages = 0;
  REQUIRE(rdscodec::for_each_page(req, v3_signer(), send, [&](const auto&) { return ++pages, false; }));
  CHECK(pages == 1);

  // A service that always has a next page (a new token each time) hits max_pages.
  int served = 0;
  auto forever = [&](const rdscodec::http_request&) {
    return std::pair<int, std::string>(200, R"({"RequestId":"r","NextToken":"t)" + std::to_string(++served) + "\"}");
  };
  auto capped = rdscodec::for_each_page(req, v3_signer(), forever, [](const auto&) { return true; }, 5);
  REQUIRE_FALSE(capped);
  CHECK(capped.error().value() == rdscodec::errc::invalid_option);
  CHECK(capped.error().field() == "max_pages");

  // A service error on a page is returned as it came.
  auto throttled = [](const rdscodec::http_request&) {
    return std::pair<int, std::string>(400, R"({"RequestId":"r","Code":"Throttling","Message":"slow down"})");
  };
  auto e = rdscodec::for_each_page(req, v3_signer(), throttled, [](const auto&) { return true; });
  REQUIRE_FALSE(e);
  REQUIRE(e.error().is_service_error());
  CHECK(e.error().service().code == "Throttling");

  // A request the signer refuses (ResourceType is required) stops before sending.
  rds::list_tag_resources::request bad;
  bad.region_id = "cn-hangzhou";
  int sent = 0;
  auto refused = rdscodec::for_each_page(
      bad, v3_signer(), [&](const rdscodec::http_request&) { return ++sent, std::pair<int, std::string>(200, "{}"); },
      [](const auto&) { return true; });
  REQUIRE_FALSE(refused);
  CHECK(sent == 0);
}
