// rdscodec: the output of signing, a plain HTTP request for the caller's own
// transport (libcurl, Beast, cpp-httplib, a proxy, a test double).
#ifndef RDSCODEC_HTTP_REQUEST_HPP
#define RDSCODEC_HTTP_REQUEST_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec {

enum class http_method { get, post };

constexpr std::string_view to_string(http_method m) noexcept {
  return m == http_method::get ? std::string_view("GET") : std::string_view("POST");
}

struct http_header {
  std::string name;
  std::string value;
};

/// Everything an HTTP client needs to send. Signing into an existing
/// http_request overwrites it in place and reuses the capacity of its
/// strings and header list, so a request object kept across calls makes
/// steady-state signing allocation-free.
struct http_request {
  http_method method = http_method::post;
  std::string scheme = "https";
  std::string host;
  std::string path = "/";
  /// Already percent-encoded, without the leading '?'.
  std::string query;
  std::vector<http_header> headers;
  std::string body;

  /// scheme://host/path?query
  std::string url() const {
    std::string u;
    url_into(u);
    return u;
  }
  /// Writes url() into `out` (replacing its content, keeping its capacity).
  void url_into(std::string& out) const {
    out.clear();
    out.reserve(scheme.size() + 3 + host.size() + path.size() + 1 + query.size());
    out += scheme;
    out += "://";
    out += host;
    out += path;
    if (!query.empty()) {
      out += '?';
      out += query;
    }
  }
  /// The value of the first header named `name` (ASCII case-insensitive),
  /// or nullptr.
  const std::string* find_header(std::string_view name) const noexcept {
    for (const auto& h : headers) {
      if (h.name.size() != name.size()) continue;
      bool same = true;
      for (std::size_t i = 0; i < name.size() && same; ++i) {
        auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
        same = lower(h.name[i]) == lower(name[i]);
      }
      if (same) return &h.value;
    }
    return nullptr;
  }
};

}  // namespace rdscodec

#endif
