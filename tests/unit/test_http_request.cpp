#include <rdscodec/request/http_request.hpp>

#include <catch2/catch.hpp>

TEST_CASE("http_request::url and find_header", "[http_request]") {
  rdscodec::http_request r;
  r.host = "rds.aliyuncs.com";
  CHECK(r.url() == "https://rds.aliyuncs.com/");
  r.query = "a=1&b=%20";
  CHECK(r.url() == "https://rds.aliyuncs.com/?a=1&b=%20");
  std::string reused = "something long enough to keep its buffer around";
  const char* buf = reused.data();
  r.url_into(reused);
  CHECK(reused == r.url());
  CHECK(reused.data() == buf);

  r.headers.push_back({"Content-Type", "application/x-www-form-urlencoded"});
  REQUIRE(r.find_header("content-TYPE") != nullptr);
  CHECK(*r.find_header("content-type") == "application/x-www-form-urlencoded");
  CHECK(r.find_header("content-typ") == nullptr);
  CHECK(rdscodec::to_string(rdscodec::http_method::get) == "GET");
  CHECK(rdscodec::to_string(rdscodec::http_method::post) == "POST");
}
