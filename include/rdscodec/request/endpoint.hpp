// rdscodec: where an RDS request goes. A region chooses the host by the spec's
// endpoint map and regional rule (request/endpoint_map.hpp, generated from
// main.dara's @endpointMap and @endpointRule); an explicit endpoint always wins.
#ifndef RDSCODEC_ENDPOINT_HPP
#define RDSCODEC_ENDPOINT_HPP

#include <rdscodec/core/result.hpp>
#include <rdscodec/request/endpoint_map.hpp>

#include <string>
#include <string_view>

namespace rdscodec {

/// The central endpoint, used when no region is given (the SDKs' 'central'
/// rule, <product>.aliyuncs.com; most regions of the endpoint map name it too).
inline constexpr std::string_view central_endpoint = "rds.aliyuncs.com";

namespace detail {

constexpr bool is_region_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace detail

/// A region id is 1 to 63 characters of a-z, 0-9 and '-'.
constexpr bool is_valid_region(std::string_view region) noexcept {
  if (region.empty() || region.size() > 63) return false;
  for (char c : region)
    if (!detail::is_region_char(c)) return false;
  return true;
}

/// An explicit endpoint is host[:port]: a host name of 1 to 253 bytes made
/// of dot-separated labels (1 to 63 letters, digits or '-' each; this covers
/// IPv4 literals too), optionally followed by ':' and a port 1 to 65535. No
/// scheme, path, user info, IPv6 literal or whitespace.
constexpr bool is_valid_endpoint(std::string_view host) noexcept {
  const std::size_t colon = host.find(':');
  const std::string_view name = host.substr(0, colon);
  if (name.empty() || name.size() > 253) return false;
  std::size_t label = 0;
  for (char c : name) {
    if (c == '.') {
      if (label == 0) return false;  // empty label: leading dot or ".."
      label = 0;
      continue;
    }
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || ++label > 63) return false;
  }
  if (label == 0) return false;  // trailing dot
  if (colon == std::string_view::npos) return true;
  const std::string_view port = host.substr(colon + 1);
  if (port.empty() || port.size() > 5) return false;
  long value = 0;
  for (char c : port) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return value >= 1 && value <= 65535;
}

/// Writes the host for (region, endpoint) into `out` (replacing its content):
/// `endpoint` when given, else the host the endpoint map gives the region,
/// else the regional rule's rds.<region>.aliyuncs.com, else the central
/// endpoint when both are empty. errc::invalid_endpoint / errc::invalid_region.
inline result<void> resolve_endpoint_into(std::string& out, std::string_view region,
                                          std::string_view endpoint = {}) {
  if (!endpoint.empty()) {
    if (!is_valid_endpoint(endpoint)) return errc::invalid_endpoint;
    out.assign(endpoint.data(), endpoint.size());
    return {};
  }
  if (region.empty()) {
    if (out != central_endpoint) out.assign(central_endpoint.data(), central_endpoint.size());
    return {};
  }
  if (!is_valid_region(region)) return errc::invalid_region;
  if (const std::string_view mapped = detail::endpoint_map_find(region); !mapped.empty()) {
    if (out != mapped) out.assign(mapped.data(), mapped.size());
    return {};
  }
  out.assign(detail::endpoint_product.data(), detail::endpoint_product.size());
  out.push_back('.');
  out.append(region.data(), region.size());
  out.append(".aliyuncs.com");
  return {};
}

/// The host for (region, endpoint), as a new string.
inline result<std::string> resolve_endpoint(std::string_view region, std::string_view endpoint = {}) {
  std::string s;
  if (auto r = resolve_endpoint_into(s, region, endpoint); !r) return r.error();
  return s;
}

}  // namespace rdscodec

#endif
