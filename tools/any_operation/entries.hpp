// The definitions behind any_operation.hpp's entries, included by each
// shard TU that cmake/RdscodecShards.cmake writes for the library
// rdscodec_any_operation (tools/any_operation/CMakeLists.txt): add_entries
// is instantiated there with about 1/SHARDS of the operations' request
// types, and nowhere else. Including this header in any other TU, or
// calling add_entries with every operation in one TU, costs gigabytes of
// compiler memory.
#ifndef RDSCODEC_TOOLS_ANY_OPERATION_ENTRIES_HPP
#define RDSCODEC_TOOLS_ANY_OPERATION_ENTRIES_HPP

#include "any_operation.hpp"
#include "describe_fields.hpp"
#include "response_lines.hpp"

#include <rdscodec/model/fields.hpp>
#include <rdscodec/response/response.hpp>
#include <rdscodec/server/server_request.hpp>
#include <rdscodec/server/writer.hpp>

#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace any_operation {

namespace impl {

inline std::string verbatim(std::string_view s) { return std::string(s); }

template <class Request>
rdscodec::response_result<std::string> parse_response(int http_status, std::string_view body,
                                                      std::optional<rdscodec::response_format> format,
                                                      const print_options& how) {
  rdscodec::response_parser parser;
  auto r = parser.parse<Request>(http_status, body, format);
  if (!r) return r.error();
  if (how.json) {
    // A decoded response always writes as JSON (its strings are UTF-8, its
    // numbers finite, its raw values JSON); should the writer refuse one
    // all the same, that is reported as a value it cannot write.
    auto text = rdscodec::write_response<Request>(*r, rdscodec::response_format::json);
    if (!text) return rdscodec::response_error(text.error(), http_status);
    return std::move(*text);
  }
  std::string out;
  response_lines::append(out, rdscodec::operation_traits<Request>::response_fields, *r,
                         how.escape != nullptr ? how.escape : &verbatim);
  return out;
}

template <class Request>
rdscodec::server_result<void> check_request(const std::vector<rdscodec::parameter>& params,
                                            const rdscodec::decode_limits& limits) {
  auto r = rdscodec::decode_request<Request>(params, limits);
  if (!r) return r.error();
  return {};
}

/// Sets the response's top-level RequestId (every RDS response has one).
template <class Response, class Tuple>
void set_request_id(Response& out, const Tuple& fields, std::string_view request_id) {
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& field) {
          using fd_t = std::decay_t<decltype(field)>;
          if constexpr (!fd_t::is_list && std::is_same_v<typename fd_t::value_type, std::string>)
            if (field.name == "RequestId") out.*(fd_t::member) = std::string(request_id);
        };
        (one(fd), ...);
      },
      fields);
}

template <class Request>
rdscodec::result<std::string> write_answer(std::string_view request_id, rdscodec::response_format format) {
  using traits = rdscodec::operation_traits<Request>;
  typename traits::response out{};
  set_request_id(out, traits::response_fields, request_id);
  return rdscodec::write_response<Request>(out, format);
}

/// Reads the fields with wire_position::host (decode_request leaves them
/// unset) from the parameter of their name; false, with `bad` set, when a
/// value does not fit.
template <class Request>
bool set_host_fields(Request& req, const std::vector<rdscodec::parameter>& params, std::string& bad) {
  bool ok = true;
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& field) {
          using fd_t = std::decay_t<decltype(field)>;
          if (!ok || field.position != rdscodec::wire_position::host) return;
          if constexpr (rdscodec::detail::is_scalar(rdscodec::detail::value_kind_of_v<typename fd_t::value_type>)) {
            for (const auto& p : params)
              if (p.name == field.name && !rdscodec::detail::assign_text(
                                              rdscodec::detail::decode_target<fd_t>(req.*(fd_t::member)), p.value)) {
                ok = false;
                bad = std::string(field.name);
              }
          }
        };
        (one(fd), ...);
      },
      rdscodec::operation_traits<Request>::fields);
  return ok;
}

template <class Request>
signed_call sign_request(const std::vector<rdscodec::parameter>& params, const rdscodec::decode_limits& limits,
                         const rdscodec::credentials& creds, const sign_choice& how) {
  signed_call out;
  auto r = rdscodec::decode_request<Request>(params, limits);
  if (!r) {
    out.refused = r.error();
    return out;
  }
  std::string bad;
  if (!set_host_fields(*r, params, bad)) {
    out.refused = rdscodec::invalid_parameter(bad);
    return out;
  }
  if (how.v2)
    out.trace = rdscodec::v2::explain(*r, creds, how.v2_options);
  else
    out.trace = rdscodec::v3::explain(*r, creds, how.v3_options);
  return out;
}

// --- issue 14 (tests/protocol/responses): entry::rewrite_response ---
template <class Request>
rdscodec::response_result<std::string> rewrite_response(int http_status, std::string_view body,
                                                        std::optional<rdscodec::response_format> in,
                                                        rdscodec::response_format out) {
  rdscodec::response_parser parser;
  auto r = parser.parse<Request>(http_status, body, in);
  if (!r) return r.error();
  auto text = rdscodec::write_response<Request>(*r, out);
  if (!text) return rdscodec::response_error(text.error(), http_status);
  return std::move(*text);
}
// --- end issue 14 ---

}  // namespace impl

/// Appends the entries of `Requests` (called by the shard TUs).
template <class... Requests>
void add_entries(std::vector<entry>& out) {
  (out.push_back(entry{rdscodec::operation_traits<Requests>::action, rdscodec::operation_traits<Requests>::version,
                       &impl::parse_response<Requests>, &impl::check_request<Requests>,
                       &impl::write_answer<Requests>, &impl::sign_request<Requests>,
                       &describe_fields::describe<Requests>, &impl::rewrite_response<Requests>}),
   ...);
}

}  // namespace any_operation

#endif
