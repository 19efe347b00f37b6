// The request-side checks of the request_any fuzz target, for one
// operation: the rest of the input becomes request parameters (names built
// from the operation's own wire names, list indices and fuzzer bytes; values
// from fuzzer bytes and small JSON / number templates). Then:
//
//   decode_request(params)   -> a typed request, or a typed error (no crash)
//   encode it (v3::canonical_query: the parameters the signer writes,
//     sorted and percent-encoded) -> must succeed: a decoded request
//     passes validate()
//   parse_parameters(a request with that query) -> decode_request again
//     -> the same typed value (a walk over the field declarations), and
//        the same bytes when encoded again.
//
// A decoded request is canonical (no ',' inside a simple item, raw JSON
// trimmed; an empty list item only where a gap left it, and it keeps its
// position because the encoder numbers items by position and no empty item
// comes last), so the second decode must equal the first.
// check_request<Request> is instantiated only in the shard TUs of
// any_operation_entries.hpp, a few dozen operations each.
#ifndef RDSCODEC_FUZZ_REQUEST_ANY_CHECKS_HPP
#define RDSCODEC_FUZZ_REQUEST_ANY_CHECKS_HPP

#include "common.hpp"

#include <rdscodec/model/fields.hpp>
#include <rdscodec/request/sign_v3.hpp>
#include <rdscodec/server/server_request.hpp>

#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace fuzz::request_any {


using namespace rdscodec::detail;

// ---- the wire names an operation can use at any depth ----

template <class V>
void collect_names(std::set<std::string_view>& out);

template <class Tuple>
void collect_fields(const Tuple& fields, std::set<std::string_view>& out) {
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          out.insert(f.name);
          collect_names<typename std::decay_t<decltype(f)>::value_type>(out);
        };
        (one(fd), ...);
      },
      fields);
}

template <class V>
void collect_names(std::set<std::string_view>& out) {
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::list || k == value_kind::map) {
    collect_names<element_t<V>>(out);
  } else if constexpr (k == value_kind::object) {
    collect_fields(rdscodec::object_traits<V>::fields, out);
  }
}

// ---- deep equality over the field declarations ----

template <class V>
bool same(const V& a, const V& b);

template <class Tuple, class Object>
bool same_fields(const Tuple& fields, const Object& a, const Object& b) {
  bool eq = true;
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          using f_t = std::decay_t<decltype(f)>;
          if (eq && !same(a.*(f_t::member), b.*(f_t::member))) eq = false;
        };
        (one(fd), ...);
      },
      fields);
  return eq;
}

template <class V>
bool same(const V& a, const V& b) {
  if constexpr (optional_inner<V>::is_optional) {
    if (a.has_value() != b.has_value()) return false;
    return !a.has_value() || same(*a, *b);
  } else if constexpr (value_kind_of_v<V> == value_kind::any) {
    return a.text == b.text;
  } else if constexpr (value_kind_of_v<V> == value_kind::list) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same(a[i], b[i])) return false;
    return true;
  } else if constexpr (value_kind_of_v<V> == value_kind::map) {
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
      if (i->first != j->first || !same(i->second, j->second)) return false;
    return true;
  } else if constexpr (value_kind_of_v<V> == value_kind::object) {
    return same_fields(rdscodec::object_traits<V>::fields, a, b);
  } else {
    return a == b;
  }
}

// ---- parameters from fuzzer bytes ----

inline const char* const value_templates[] = {
    "",      "0",     "1",      "-1",    "7",        "true",  "false",          "0.5",  "1e+21",
    "1e-7",  "[]",    "{}",     "[1,2]", "[\"a\"]",  "null",  "[{}]",           "a,b",  "9223372036854775808",
    "[[1]]", "\"x\"", "{\"a\":1}", "{\"a\":\"b\"}", "[{\"a\":\"b\"}]", "1.5e300", "-0",
};

inline std::string segment(fuzz::bytes& in, const std::vector<std::string_view>& names) {
  const std::uint8_t b = in.byte();
  switch (b % 8) {
    case 0:
    case 1:
    case 2: return std::to_string(1 + (b >> 3) % 4);            // a small index
    case 3: case 4: return std::string(names[(b >> 3) % names.size()]);        // a wire name
    case 5: return b & 8 ? "0" : "99999999999";                                 // bad indices
    default: return in.str(12);                                                 // anything
  }
}

inline std::vector<rdscodec::parameter> parameters_from(fuzz::bytes& in, const std::vector<std::string_view>& top,
                                                 const std::vector<std::string_view>& names) {
  std::vector<rdscodec::parameter> params;
  const std::size_t count = in.byte() % 24;
  for (std::size_t i = 0; i < count && !in.empty(); ++i) {
    std::string name = top.empty() ? in.str(12) : std::string(top[in.byte() % top.size()]);
    const std::size_t depth = in.byte() % 4;
    for (std::size_t d = 0; d < depth; ++d) name += "." + segment(in, names);
    std::string value;
    const std::uint8_t v = in.byte();
    if (v < 128)
      value = value_templates[v % (sizeof value_templates / sizeof *value_templates)];
    else
      value = in.str(v - 128);
    params.push_back({std::move(name), std::move(value)});
  }
  return params;
}

/// The operation's parameters as the signer writes them (V3's canonical
/// query: every field, sorted and encoded; the signatures over it are the
/// sign and server_verify targets' business).
template <class Request>
std::string encode(const Request& req) {
  auto q = rdscodec::v3::canonical_query(req);
  if (!q) std::fprintf(stderr, "encode: %s\n", q.error().message().c_str());
  FUZZ_CHECK(q);  // a request decode_request accepted passes validate()
  return std::move(*q);
}

/// One input for the request side of `Request` (see the header comment).
template <class Request>
void check_request(fuzz::bytes& in) {
  using traits = rdscodec::operation_traits<Request>;
  static const auto names = [] {
    std::set<std::string_view> all;
    collect_fields(traits::fields, all);
    return std::vector<std::string_view>(all.begin(), all.end());
  }();
  static const auto top = [] {
    const auto a = field_names(traits::fields);
    return std::vector<std::string_view>(a.begin(), a.end());
  }();
  rdscodec::decode_limits limits;
  limits.max_list_items = 1 + in.byte() % 64;
  const auto params = parameters_from(in, top, names.empty() ? top : names);
  auto first = rdscodec::decode_request<Request>(params, limits);
  if (!first) {
    FUZZ_CHECK(first.error().http_status == 400);
    FUZZ_CHECK(first.error().code == "InvalidParameter" || first.error().code == "MissingParameter" ||
               first.error().code == "UnsupportedParameter");
    return;
  }
  const std::string wire1 = encode(*first);

  rdscodec::incoming_request arrived;
  arrived.method = "POST";
  arrived.query = wire1;
  rdscodec::request_limits wide;  // re-encoded JSON may be larger than what arrived
  wide.max_query_bytes = 16u << 20;
  wide.max_parameters = 1u << 20;
  auto received = rdscodec::parse_parameters(arrived, wide);
  FUZZ_CHECK(received);
  auto second = rdscodec::decode_request<Request>(*received, limits);
  if (!second) std::fprintf(stderr, "second decode: %s\n", second.error().message.c_str());
  FUZZ_CHECK(second);
  FUZZ_CHECK(same_fields(traits::fields, *first, *second));
  FUZZ_CHECK(encode(*second) == wire1);
}

}  // namespace fuzz::request_any

#endif
