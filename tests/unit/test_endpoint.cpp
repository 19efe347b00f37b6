#include <rdscodec/request/endpoint.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

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

namespace {

// The spec text, read here with its own simple line format (not through the generator):
// spec/rds-20140815/main.dara, lines 22-71:
//   @product = 'Rds';                                  (line 22)
//   @endpointRule = 'regional';                        (line 24)
//   @endpointMap = {                                   (line 25)
//     'cn-qingdao' = 'rds.aliyuncs.com',               (lines 26-70, one region a line)
//   };                                                 (line 71)
std::string spec_text() {
  std::ifstream in(std::string(RDSCODEC_TEST_DATA_DIR) + "/../../spec/rds-20140815/main.dara", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::pair<std::string, std::string>> spec_endpoint_map(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::istringstream lines(text);
  std::string line;
  bool in_map = false;
  while (std::getline(lines, line)) {
    if (!in_map) {
      in_map = line == "  @endpointMap = {";
      continue;
    }
    if (line == "  };") break;
    // "    'region' = 'host',"
    const auto q1 = line.find('\'');
    const auto q2 = line.find('\'', q1 + 1);
    const auto q3 = line.find('\'', q2 + 1);
    const auto q4 = line.find('\'', q3 + 1);
    REQUIRE(q4 != std::string::npos);
    REQUIRE(line.substr(q2 + 1, q3 - q2 - 1) == " = ");
    out.emplace_back(line.substr(q1 + 1, q2 - q1 - 1), line.substr(q3 + 1, q4 - q3 - 1));
  }
  return out;
}

}  // namespace

TEST_CASE("every region of main.dara's @endpointMap resolves to the host the spec gives it", "[endpoint][spec]") {
  const std::string text = spec_text();
  REQUIRE(!text.empty());
  const auto map = spec_endpoint_map(text);
  // 45 lines between "@endpointMap = {" (line 25) and "};" (line 71).
  REQUIRE(map.size() == 45);
  for (const auto& [region, host] : map) {
    INFO(region);
    CHECK(*resolve_endpoint(region) == host);
  }
  // Line 48 is the one region the map sends elsewhere than the central host.
  CHECK(std::count_if(map.begin(), map.end(), [](const auto& e) { return e.second != "rds.aliyuncs.com"; }) == 1);
  CHECK(std::find(map.begin(), map.end(),
                  std::pair<std::string, std::string>("cn-hangzhou-finance", "rds-vpc.cn-hangzhou-finance.aliyuncs.com")) !=
        map.end());
}

TEST_CASE("a region the map does not list: the regional rule rds.<region>.aliyuncs.com", "[endpoint][spec]") {
  const std::string text = spec_text();
  // main.dara line 22 and line 24. The SDKs' rule for 'regional' (Darabonba's getEndpointRules,
  // e.g. the Python runtime's Utils.get_endpoint_rules): "<product><network>.<region_id>.aliyuncs.com",
  // the product lower-cased ("Rds" -> "rds"), <network> empty for the public network.
  REQUIRE(text.find("\n  @product = 'Rds';\n") != std::string::npos);
  REQUIRE(text.find("\n  @endpointRule = 'regional';\n") != std::string::npos);
  const auto map = spec_endpoint_map(text);
  for (const char* region : {"cn-zhangjiakou", "cn-huhehaote", "cn-chengdu", "ap-northeast-1", "ap-south-1",
                             "eu-central-1", "eu-west-1", "me-east-1", "cn-hangzhou-finance-2", "a", "x-1"}) {
    INFO(region);
    REQUIRE(std::none_of(map.begin(), map.end(), [&](const auto& e) { return e.first == region; }));
    CHECK(*resolve_endpoint(region) == std::string("rds.") + region + ".aliyuncs.com");
  }
  // A prefix or an extension of a mapped region is not that region.
  CHECK(*resolve_endpoint("cn-hangzhou-financ") == "rds.cn-hangzhou-financ.aliyuncs.com");
  CHECK(*resolve_endpoint("cn-hangzhou-finance-1") == "rds.cn-hangzhou-finance-1.aliyuncs.com");
  // resolve_endpoint_into reuses the string and replaces what was there.
  std::string out = "rds-vpc.cn-hangzhou-finance.aliyuncs.com-and-more";
  REQUIRE(rdscodec::resolve_endpoint_into(out, "cn-hangzhou"));
  CHECK(out == "rds.aliyuncs.com");
  REQUIRE(rdscodec::resolve_endpoint_into(out, "cn-hangzhou-finance"));
  CHECK(out == "rds-vpc.cn-hangzhou-finance.aliyuncs.com");
  REQUIRE(rdscodec::resolve_endpoint_into(out, "eu-central-1"));
  CHECK(out == "rds.eu-central-1.aliyuncs.com");
}
