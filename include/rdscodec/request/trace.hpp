// rdscodec: every stage of one signature, side by side, for debugging a
// SignatureDoesNotMatch. v2::explain() and v3::explain() fill it with one
// timestamp and one nonce, so the stages and the request agree.
//
// A trace never holds the AccessKey secret (the signer does not have it: it
// holds only a prepared key). It does hold the STS token where the request
// carries it, since that is part of what is signed.
#ifndef RDSCODEC_TRACE_HPP
#define RDSCODEC_TRACE_HPP

#include <rdscodec/request/http_request.hpp>

#include <string>
#include <string_view>

namespace rdscodec {

struct signing_trace {
  /// "V2 HMAC-SHA1", "V3 ACS3-HMAC-SHA256" or "V3 ACS3-HMAC-SM3".
  std::string method;
  std::string access_key_id;
  std::string canonical_query;
  /// V3 only.
  std::string canonical_request;
  /// V3 only: hex hash of canonical_request.
  std::string hashed_canonical_request;
  std::string string_to_sign;
  /// Base64 (V2) or hex (V3).
  std::string signature;
  /// V3 only: the Authorization header value.
  std::string authorization;
  /// The signed request, as sign() returns it.
  http_request request;

  /// A human-readable report of every stage, one block each.
  std::string text() const {
    std::string s;
    auto block = [&](std::string_view title, std::string_view body) {
      if (body.empty() && title != "canonical query") return;
      s += title;
      s += ":\n";
      std::size_t start = 0;
      while (start <= body.size()) {
        const auto nl = body.find('\n', start);
        const auto line = body.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        s += "    ";
        s += line;
        s += '\n';
        if (nl == std::string_view::npos) break;
        start = nl + 1;
      }
    };
    s += "signature ";
    s += method;
    s += ", AccessKeyId ";
    s += access_key_id;
    s += " (secret not shown)\n";
    block("canonical query", canonical_query);
    block("canonical request", canonical_request);
    block("hashed canonical request", hashed_canonical_request);
    block("string to sign", string_to_sign);
    block("signature", signature);
    block("authorization", authorization);
    std::string req(to_string(request.method));
    req += ' ';
    req += request.url();
    for (const auto& h : request.headers) {
      req += '\n';
      req += h.name;
      req += ": ";
      req += h.value;
    }
    req += "\n(body: ";
    req += std::to_string(request.body.size());
    req += " bytes)";
    if (!request.body.empty()) {
      req += '\n';
      req += request.body;
    }
    block("request", req);
    return s;
  }
};

}  // namespace rdscodec

#endif
