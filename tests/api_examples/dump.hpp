// The decoding and printing half of examples_dump (see examples_dump.cpp): a
// walk over object_traits written for this test, independent of the library's
// writer. Included by each shard TU (CMake writes shard_N.cpp with its
// operations' headers and one `run_ops<...>` call).
#ifndef RDSCODEC_TESTS_API_EXAMPLES_DUMP_HPP
#define RDSCODEC_TESTS_API_EXAMPLES_DUMP_HPP

#include "../member_types.hpp"

#include <rdscodec/response/response.hpp>

#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rdscodec_examples {

using namespace rdscodec;

inline void put_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  out += '"';
}

// "…[with auto M = &ns::type::member_name]" (GCC) or "…[M = &ns::type::member_name]" (Clang).
template <auto M>
std::string_view member_name() {
  std::string_view p = __PRETTY_FUNCTION__;
  const std::size_t at = p.find("M = &");
  if (at == std::string_view::npos) return "?";
  p = p.substr(at + 5);
  p = p.substr(0, p.find_first_of(";]"));
  const std::size_t colon = p.rfind("::");
  return colon == std::string_view::npos ? p : p.substr(colon + 2);
}

using rdscodec_test::has_fields;  // the test's own reading of member types (tests/member_types.hpp)
using rdscodec_test::is_optional;
using rdscodec_test::is_string_map;
using rdscodec_test::is_vector;

template <class V>
void put_type(std::string& out);

template <class Tuple>
void put_field_types(std::string& out, const Tuple& fields) {
  out += "{\"kind\":\"object\",\"fields\":[";
  bool first = true;
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          using fd_t = std::decay_t<decltype(f)>;
          static_assert(!fd_t::is_list, "generated operations have no list_field");
          if (!first) out += ',';
          first = false;
          out += "{\"wire\":";
          put_string(out, f.name);
          out += ",\"member\":";
          put_string(out, member_name<fd_t::member>());
          out += ",\"type\":";
          put_type<typename fd_t::value_type>(out);
          out += '}';
        };
        (one(fd), ...);
      },
      fields);
  out += "]}";
}

template <class V>
void put_type(std::string& out) {
  if constexpr (std::is_same_v<V, std::string>) {
    out += "{\"kind\":\"string\"}";
  } else if constexpr (std::is_same_v<V, bool>) {
    out += "{\"kind\":\"boolean\"}";
  } else if constexpr (std::is_same_v<V, std::int32_t>) {
    out += "{\"kind\":\"int32\"}";
  } else if constexpr (std::is_same_v<V, std::int64_t>) {
    out += "{\"kind\":\"long\"}";
  } else if constexpr (std::is_same_v<V, float>) {
    out += "{\"kind\":\"float\"}";
  } else if constexpr (std::is_same_v<V, double>) {
    out += "{\"kind\":\"double\"}";
  } else if constexpr (std::is_same_v<V, raw_json>) {
    out += "{\"kind\":\"any\"}";
  } else if constexpr (is_vector<V>::value) {
    out += "{\"kind\":\"array\",\"items\":";
    put_type<typename V::value_type>(out);
    out += '}';
  } else if constexpr (is_string_map<V>::value) {
    out += "{\"kind\":\"map\",\"value\":";
    put_type<typename V::mapped_type>(out);
    out += '}';
  } else if constexpr (has_fields<V>::value) {
    put_field_types(out, object_traits<V>::fields);
  } else {
    static_assert(!sizeof(V*), "a response member type this dump does not know");
  }
}

template <class V>
void put_value(std::string& out, const V& v);

template <class Tuple, class Object>
void put_fields(std::string& out, const Tuple& fields, const Object& obj) {
  out += '{';
  bool first = true;
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          using fd_t = std::decay_t<decltype(f)>;
          const auto& m = obj.*(fd_t::member);
          const typename fd_t::value_type* v = nullptr;
          if constexpr (is_optional<std::decay_t<decltype(m)>>::value) {
            if (m) v = &*m;
          } else {
            v = &m;
          }
          if (v == nullptr) return;
          if constexpr (is_vector<typename fd_t::value_type>::value) {
            if (v->empty()) return;
          }
          if (!first) out += ',';
          first = false;
          put_string(out, f.name);
          out += ':';
          put_value(out, *v);
        };
        (one(fd), ...);
      },
      fields);
  out += '}';
}

template <class V>
void put_value(std::string& out, const V& v) {
  char buf[64];
  if constexpr (std::is_same_v<V, std::string>) {
    put_string(out, v);
  } else if constexpr (std::is_same_v<V, bool>) {
    out += v ? "true" : "false";
  } else if constexpr (std::is_same_v<V, std::int32_t> || std::is_same_v<V, std::int64_t>) {
    out += std::to_string(v);
  } else if constexpr (std::is_same_v<V, float>) {
    std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(v));
    out += "{\"float\":\"";
    out += buf;
    out += "\"}";
  } else if constexpr (std::is_same_v<V, double>) {
    std::snprintf(buf, sizeof buf, "%.17g", v);
    out += "{\"double\":\"";
    out += buf;
    out += "\"}";
  } else if constexpr (std::is_same_v<V, raw_json>) {
    out += "{\"any\":";
    put_string(out, v.text);
    out += '}';
  } else if constexpr (is_vector<V>::value) {
    out += '[';
    bool first = true;
    for (const auto& e : v) {
      if (!first) out += ',';
      first = false;
      put_value(out, e);
    }
    out += ']';
  } else if constexpr (is_string_map<V>::value) {
    out += '{';
    bool first = true;
    for (const auto& kv : v) {
      if (!first) out += ',';
      first = false;
      put_string(out, kv.first);
      out += ':';
      put_value(out, kv.second);
    }
    out += '}';
  } else {
    put_fields(out, object_traits<V>::fields, v);
  }
}

/// Decodes (kind json / xml) or describes (kind schema) `action` when it is
/// one of `Requests`; false when it is none of them.
template <class... Requests>
bool run_ops(std::string_view action, std::string_view kind, std::string_view body, std::string& out) {
  bool found = false;
  auto one = [&](auto tag) {
    using request = typename decltype(tag)::type;
    using traits = operation_traits<request>;
    if (found || traits::action != action) return;
    found = true;
    if (kind == "schema") {
      out = "{\"ok\":true,\"schema\":";
      put_field_types(out, traits::response_fields);
      out += '}';
      return;
    }
    response_parser parser;
    const response_format f = kind == "xml" ? response_format::xml : response_format::json;
    auto r = parser.parse<request>(200, body, f);
    if (!r) {
      out = "{\"ok\":false,\"error\":";
      put_string(out, r.error().message());
      out += '}';
      return;
    }
    out = "{\"ok\":true,\"value\":";
    put_fields(out, traits::response_fields, *r);
    out += '}';
  };
  (one(std::common_type<Requests>{}), ...);
  return found;
}

}  // namespace rdscodec_examples

#endif
