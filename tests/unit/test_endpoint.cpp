#include <rdscodec/request/endpoint.hpp>

#include <catch2/catch.hpp>

using rdscodec::errc;
using rdscodec::resolve_endpoint;

TEST_CASE("regions resolve per DESIGN §1", "[endpoint]") {
  // The central endpoint for the regions in the SDK endpoint map.
  for (const char* r : {"cn-qingdao", "cn-beijing", "cn-hangzhou", "cn-shanghai", "cn-shenzhen", "cn-heyuan",
                        "cn-hongkong", "ap-southeast-1", "us-west-1", "us-east-1", "cn-shanghai-finance-1",
                        "cn-north-2-gov-1", "cn-zhangbei", "cn-shenzhen-su18-b01"})
    CHECK(*resolve_endpoint(r) == "rds.aliyuncs.com");
  // The one exception in the map.
  CHECK(*resolve_endpoint("cn-hangzhou-finance") == "rds-vpc.cn-hangzhou-finance.aliyuncs.com");
  // Everything else: the regional rule.
  CHECK(*resolve_endpoint("cn-zhangjiakou") == "rds.cn-zhangjiakou.aliyuncs.com");
  CHECK(*resolve_endpoint("ap-northeast-1") == "rds.ap-northeast-1.aliyuncs.com");
  CHECK(*resolve_endpoint("eu-central-1") == "rds.eu-central-1.aliyuncs.com");
  // No region: the central endpoint, as in the API reference's sample request.
  CHECK(*resolve_endpoint("") == "rds.aliyuncs.com");
}

TEST_CASE("an explicit endpoint wins and is checked", "[endpoint]") {
  CHECK(*resolve_endpoint("eu-central-1", "rds-vpc.example.internal") == "rds-vpc.example.internal");
  CHECK(*resolve_endpoint("", "127.0.0.1:8443") == "127.0.0.1:8443");
  CHECK(*resolve_endpoint("", "a-b.example-1.com:65535") == "a-b.example-1.com:65535");
  CHECK(*resolve_endpoint("", "10.0.0.1") == "10.0.0.1");
  for (const char* bad : {"https://rds.aliyuncs.com", "rds.aliyuncs.com/", "a b", "host:", "host:123456", ":80",
                          "user@host", "host:8x", "host:99999", "host:0", ".", "..", "a..b", ".a", "a.", "[::1]:80"})
    CHECK(resolve_endpoint("", bad).error() == errc::invalid_endpoint);
  for (const char* bad : {"CN-HANGZHOU", "cn_hangzhou", "cn-hangzhou.evil.com", "cn hangzhou", "../x"})
    CHECK(resolve_endpoint(bad).error() == errc::invalid_region);
}
