// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// Where a request for a region goes: main.dara's @endpointMap (line 25, 45 regions)
// and @endpointRule = 'regional' (line 24) for every other region, as the SDKs
// apply it (Darabonba getEndpointRules, public network): <product>.<region>.aliyuncs.com with
// @product 'Rds' (line 22) lower-cased. request/endpoint.hpp uses this table.
#ifndef RDSCODEC_REQUEST_ENDPOINT_MAP_HPP
#define RDSCODEC_REQUEST_ENDPOINT_MAP_HPP

#include <array>
#include <cstddef>
#include <string_view>

namespace rdscodec::detail {

struct endpoint_map_entry {
  std::string_view region;
  std::string_view host;
};

/// The first label of the hosts the regional rule builds.
inline constexpr std::string_view endpoint_product = "rds";

/// The regions @endpointMap lists, in byte order of region id (binary search).
inline constexpr std::array<endpoint_map_entry, 45> endpoint_map = {{
    {"ap-northeast-2-pop", "rds.aliyuncs.com"},  // main.dara:39
    {"ap-southeast-1", "rds.aliyuncs.com"},  // main.dara:33
    {"cn-beijing", "rds.aliyuncs.com"},  // main.dara:27
    {"cn-beijing-finance-1", "rds.aliyuncs.com"},  // main.dara:40
    {"cn-beijing-finance-pop", "rds.aliyuncs.com"},  // main.dara:41
    {"cn-beijing-gov-1", "rds.aliyuncs.com"},  // main.dara:42
    {"cn-beijing-nu16-b01", "rds.aliyuncs.com"},  // main.dara:43
    {"cn-edge-1", "rds.aliyuncs.com"},  // main.dara:44
    {"cn-fujian", "rds.aliyuncs.com"},  // main.dara:45
    {"cn-haidian-cm12-c01", "rds.aliyuncs.com"},  // main.dara:46
    {"cn-hangzhou", "rds.aliyuncs.com"},  // main.dara:28
    {"cn-hangzhou-bj-b01", "rds.aliyuncs.com"},  // main.dara:47
    {"cn-hangzhou-finance", "rds-vpc.cn-hangzhou-finance.aliyuncs.com"},  // main.dara:48
    {"cn-hangzhou-internal-prod-1", "rds.aliyuncs.com"},  // main.dara:49
    {"cn-hangzhou-internal-test-1", "rds.aliyuncs.com"},  // main.dara:50
    {"cn-hangzhou-internal-test-2", "rds.aliyuncs.com"},  // main.dara:51
    {"cn-hangzhou-internal-test-3", "rds.aliyuncs.com"},  // main.dara:52
    {"cn-hangzhou-test-306", "rds.aliyuncs.com"},  // main.dara:53
    {"cn-heyuan", "rds.aliyuncs.com"},  // main.dara:31
    {"cn-hongkong", "rds.aliyuncs.com"},  // main.dara:32
    {"cn-hongkong-finance-pop", "rds.aliyuncs.com"},  // main.dara:54
    {"cn-north-2-gov-1", "rds.aliyuncs.com"},  // main.dara:38
    {"cn-qingdao", "rds.aliyuncs.com"},  // main.dara:26
    {"cn-qingdao-nebula", "rds.aliyuncs.com"},  // main.dara:55
    {"cn-shanghai", "rds.aliyuncs.com"},  // main.dara:29
    {"cn-shanghai-et15-b01", "rds.aliyuncs.com"},  // main.dara:56
    {"cn-shanghai-et2-b01", "rds.aliyuncs.com"},  // main.dara:57
    {"cn-shanghai-finance-1", "rds.aliyuncs.com"},  // main.dara:36
    {"cn-shanghai-inner", "rds.aliyuncs.com"},  // main.dara:58
    {"cn-shanghai-internal-test-1", "rds.aliyuncs.com"},  // main.dara:59
    {"cn-shenzhen", "rds.aliyuncs.com"},  // main.dara:30
    {"cn-shenzhen-finance-1", "rds.aliyuncs.com"},  // main.dara:37
    {"cn-shenzhen-inner", "rds.aliyuncs.com"},  // main.dara:60
    {"cn-shenzhen-st4-d01", "rds.aliyuncs.com"},  // main.dara:61
    {"cn-shenzhen-su18-b01", "rds.aliyuncs.com"},  // main.dara:62
    {"cn-wuhan", "rds.aliyuncs.com"},  // main.dara:63
    {"cn-yushanfang", "rds.aliyuncs.com"},  // main.dara:64
    {"cn-zhangbei", "rds.aliyuncs.com"},  // main.dara:65
    {"cn-zhangbei-na61-b01", "rds.aliyuncs.com"},  // main.dara:66
    {"cn-zhangjiakou-na62-a01", "rds.aliyuncs.com"},  // main.dara:67
    {"cn-zhengzhou-nebula-1", "rds.aliyuncs.com"},  // main.dara:68
    {"eu-west-1-oxs", "rds.aliyuncs.com"},  // main.dara:69
    {"rus-west-1-pop", "rds.aliyuncs.com"},  // main.dara:70
    {"us-east-1", "rds.aliyuncs.com"},  // main.dara:35
    {"us-west-1", "rds.aliyuncs.com"},  // main.dara:34
}};

/// The host @endpointMap gives `region`, or an empty view when it lists no such region.
constexpr std::string_view endpoint_map_find(std::string_view region) noexcept {
  std::size_t lo = 0;
  std::size_t hi = endpoint_map.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (endpoint_map[mid].region < region) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < endpoint_map.size() && endpoint_map[lo].region == region ? endpoint_map[lo].host : std::string_view{};
}

}  // namespace rdscodec::detail

#endif
