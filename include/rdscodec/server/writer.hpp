// rdscodec: writing response bodies, for servers, fakes and test doubles.
// The output is what rdscodec's own parser and the documented shapes agree
// on: an XML declaration and the <Action>Response root (or <Error>), or a
// JSON object; nested objects, lists and maps as the readers take them
// (json.hpp, xml.hpp). Values are escaped (escape.hpp).
#ifndef RDSCODEC_WRITER_HPP
#define RDSCODEC_WRITER_HPP

#include <rdscodec/response/api_error.hpp>
#include <rdscodec/detail/response_fields.hpp>
#include <rdscodec/core/escape.hpp>
#include <rdscodec/core/format.hpp>

#include <cmath>
#include <string>
#include <string_view>
#include <type_traits>

namespace rdscodec {

/// The Content-Type to send with a body of this format.
constexpr std::string_view content_type(response_format f) noexcept {
  return f == response_format::xml ? std::string_view("text/xml;charset=utf-8")
                                   : std::string_view("application/json;charset=utf-8");
}

namespace detail {

inline constexpr std::string_view xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

inline void write_json_member(std::string& out, bool& first, std::string_view name, std::string_view value) {
  out += first ? "{\"" : ",\"";
  first = false;
  out += name;
  out += "\":\"";
  json_escape_append(out, value);
  out += '"';
}

inline void write_xml_element(std::string& out, std::string_view name, std::string_view value) {
  out += '<';
  out += name;
  out += '>';
  xml_escape_append(out, value);
  out += "</";
  out += name;
  out += '>';
}

}  // namespace detail

namespace detail {

template <class Tuple, class Object>
void write_fields(std::string& out, response_format f, bool& first, const Tuple& fields, const Object& obj);

/// One value as JSON: strings quoted and escaped, numbers and booleans
/// bare (floats as value_text.hpp formats them), raw_json verbatim (an
/// empty one as null: it must otherwise hold one JSON value), lists as
/// arrays, maps and objects as objects.
template <class V>
void write_json_value(std::string& out, const V& v) {
  if constexpr (std::is_same_v<V, std::string>) {
    out += '"';
    json_escape_append(out, v);
    out += '"';
  } else if constexpr (std::is_same_v<V, raw_json>) {
    out += v.text.empty() ? std::string_view("null") : std::string_view(v.text);
  } else if constexpr (vector_of<V>::value) {
    out += '[';
    bool first = true;
    for (const auto& e : v) {
      if (!first) out += ',';
      first = false;
      write_json_value(out, e);
    }
    out += ']';
  } else if constexpr (string_map_of<V>::value) {
    out += '{';
    bool first = true;
    for (const auto& kv : v) {
      if (!first) out += ',';
      first = false;
      out += '"';
      json_escape_append(out, kv.first);
      out += "\":";
      write_json_value(out, kv.second);
    }
    out += '}';
  } else if constexpr (has_object_traits<V>::value) {
    bool first = true;
    write_fields(out, response_format::json, first, object_traits<V>::fields, v);
    out += first ? "{}" : "}";
  } else if constexpr (is_float_v<V>) {
    // NaN and infinities have no JSON number text: null, as JSON.stringify
    // writes them (never a bare ':' with nothing after it).
    value_text_buffer buf;
    out += std::isfinite(v) ? format_value(v, buf) : std::string_view("null");
  } else {
    value_text_buffer buf;
    out += format_value(v, buf);
  }
}

/// The content of an XML element holding `v`: text escaped (raw_json's text
/// too), objects as their fields, maps as one child element per entry named
/// by its key (keys must then be XML names), a list inside a list as
/// repeated `name` elements.
template <class V>
void write_xml_content(std::string& out, std::string_view name, const V& v) {
  if constexpr (std::is_same_v<V, std::string>) {
    xml_escape_append(out, v);
  } else if constexpr (std::is_same_v<V, raw_json>) {
    xml_escape_append(out, v.text);
  } else if constexpr (vector_of<V>::value) {
    for (const auto& e : v) {
      out += '<';
      out += name;
      out += '>';
      write_xml_content(out, name, e);
      out += "</";
      out += name;
      out += '>';
    }
  } else if constexpr (string_map_of<V>::value) {
    for (const auto& kv : v) {
      out += '<';
      out += kv.first;
      out += '>';
      write_xml_content(out, kv.first, kv.second);
      out += "</";
      out += kv.first;
      out += '>';
    }
  } else if constexpr (has_object_traits<V>::value) {
    bool unused = true;
    write_fields(out, response_format::xml, unused, object_traits<V>::fields, v);
  } else {
    value_text_buffer buf;
    xml_escape_append(out, format_value(v, buf));
  }
}

/// A field's value as XML: one `name` element, or for a list one `name`
/// element per item (a lone item is then indistinguishable from a list of
/// one, as the readers expect; an empty list writes nothing).
template <class V>
void write_xml_value(std::string& out, std::string_view name, const V& v) {
  if constexpr (vector_of<V>::value) {
    write_xml_content(out, name, v);
  } else {
    out += '<';
    out += name;
    out += '>';
    write_xml_content(out, name, v);
    out += "</";
    out += name;
    out += '>';
  }
}

/// Writes the set fields of `obj` (described by `fields`) as JSON members
/// (`first`: no member written yet) or XML elements.
template <class Tuple, class Object>
void write_fields(std::string& out, response_format f, bool& first, const Tuple& fields, const Object& obj) {
  std::apply(
      [&](const auto&... fd) {
        auto one = [&](const auto& field) {
          using fd_t = std::decay_t<decltype(field)>;
          const auto& member = obj.*(fd_t::member);
          if constexpr (fd_t::is_list) {
            using item_t = typename fd_t::item_type;
            if (f == response_format::xml) {
              out += '<';
              out += field.name;
              out += '>';
              for (const auto& item : member) {
                out += '<';
                out += field.item_name;
                out += '>';
                bool unused = true;
                write_fields(out, f, unused, item_traits<item_t>::fields, item);
                out += "</";
                out += field.item_name;
                out += '>';
              }
              out += "</";
              out += field.name;
              out += '>';
            } else {
              out += first ? "{\"" : ",\"";
              first = false;
              out += field.name;
              out += "\":{\"";
              out += field.item_name;
              out += "\":[";
              bool first_item = true;
              for (const auto& item : member) {
                if (!first_item) out += ',';
                first_item = false;
                bool first_member = true;
                write_fields(out, f, first_member, item_traits<item_t>::fields, item);
                out += first_member ? "{}" : "}";
              }
              out += "]}";
            }
          } else {
            using V = typename fd_t::value_type;
            const V* v = set_value<fd_t>(member);
            if (v == nullptr) return;
            if (f == response_format::xml) {
              write_xml_value(out, field.name, *v);
            } else {
              out += first ? "{\"" : ",\"";
              first = false;
              out += field.name;
              out += "\":";
              write_json_value(out, *v);
            }
          }
        };
        (one(fd), ...);
      },
      fields);
}

}  // namespace detail

/// A success body for the operation `Request`.
template <class Request>
std::string write_response(const response_of_t<Request>& r, response_format f) {
  using traits = operation_traits<Request>;
  std::string out;
  bool first = true;
  if (f == response_format::xml) {
    out += detail::xml_declaration;
    out += '<';
    out += traits::response_root;
    out += '>';
  }
  detail::write_fields(out, f, first, traits::response_fields, r);
  if (f == response_format::xml) {
    out += "</";
    out += traits::response_root;
    out += '>';
  } else {
    out += first ? "{}" : "}";
  }
  return out;
}

/// An error body: RequestId, HostId, Code, Message (and Recommend,
/// AccessDeniedDetail when set), as the documented samples have them.
inline std::string write_error(const api_error& e, response_format f) {
  std::string out;
  if (f == response_format::xml) {
    out += detail::xml_declaration;
    out += "<Error>";
    detail::write_xml_element(out, "RequestId", e.request_id);
    detail::write_xml_element(out, "HostId", e.host_id);
    detail::write_xml_element(out, "Code", e.code);
    detail::write_xml_element(out, "Message", e.message);
    if (!e.recommend.empty()) detail::write_xml_element(out, "Recommend", e.recommend);
    if (!e.access_denied_detail.empty()) detail::write_xml_element(out, "AccessDeniedDetail", e.access_denied_detail);
    out += "</Error>";
    return out;
  }
  bool first = true;
  detail::write_json_member(out, first, "RequestId", e.request_id);
  detail::write_json_member(out, first, "HostId", e.host_id);
  detail::write_json_member(out, first, "Code", e.code);
  detail::write_json_member(out, first, "Message", e.message);
  if (!e.recommend.empty()) detail::write_json_member(out, first, "Recommend", e.recommend);
  if (!e.access_denied_detail.empty()) detail::write_json_member(out, first, "AccessDeniedDetail", e.access_denied_detail);
  out += '}';
  return out;
}

}  // namespace rdscodec

#endif
