// rdscodec: writing response bodies, for servers, fakes and test doubles.
// The output is what rdscodec's own parser and the documented shapes agree
// on: an XML declaration and the <Action>Response root (or <Error>), or a
// JSON object; nested objects, lists and maps as the readers take them
// (json.hpp, xml.hpp). Values are escaped (escape.hpp). write_response
// refuses, with the value's path, what no reader would take back (a value
// that is not UTF-8, a non-finite float, a raw_json that is not JSON, in XML
// a map key that is no element name): it never returns a broken body. One
// loss is by design, not refused: XML 1.0 has no character for the control
// bytes U+0001-U+001F other than tab, newline and carriage return, so in XML
// they are written as U+FFFD (escape.hpp); JSON keeps them.
#ifndef RDSCODEC_WRITER_HPP
#define RDSCODEC_WRITER_HPP

#include <rdscodec/response/api_error.hpp>
#include <rdscodec/detail/response_fields.hpp>
#include <rdscodec/core/escape.hpp>
#include <rdscodec/core/format.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/core/utf8.hpp>
#include <rdscodec/detail/value_text.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
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

/// XML 1.0 (fifth edition) §2.3 NameStartChar, for a code point.
constexpr bool is_xml_name_start(std::uint32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
         (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

/// XML 1.0 §2.3 NameChar, for a code point.
constexpr bool is_xml_name_char(std::uint32_t c) noexcept {
  return is_xml_name_start(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

/// Whether the writer can use `s` (valid UTF-8) as an element name: an XML
/// Name (§2.3) without ':' (an NCName, so that a namespace-aware reader sees
/// no undeclared prefix), and not beginning with "xml" in any case (names
/// reserved by §2.3). So "a b", "a&b", "<a>", "", "1x", "x:y", "xmlns" are
/// refused; "env", "_1", "k-1.2", "é" are names.
inline bool is_writable_xml_name(std::string_view s) noexcept {
  if (s.empty()) return false;
  if (s.size() >= 3 && (s[0] | 0x20) == 'x' && (s[1] | 0x20) == 'm' && (s[2] | 0x20) == 'l') return false;
  std::size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    // Decode one code point (the caller checked UTF-8).
    const auto b = static_cast<unsigned char>(s[i]);
    std::uint32_t c;
    std::size_t len;
    if (b < 0x80) {
      c = b;
      len = 1;
    } else if (b < 0xE0) {
      c = b & 0x1Fu;
      len = 2;
    } else if (b < 0xF0) {
      c = b & 0x0Fu;
      len = 3;
    } else {
      c = b & 0x07u;
      len = 4;
    }
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    if (!(first ? is_xml_name_start(c) : is_xml_name_char(c))) return false;
    first = false;
    i += len;
  }
  return true;
}

/// What a write stops with: the first value that cannot be written.
struct write_failure {
  error reason;
  bool failed = false;
  bool set(errc code, const value_path& at) {
    if (!failed) reason = at.error_of(code);
    failed = true;
    return false;
  }
};

inline void open_tag(std::string& out, std::string_view name) {
  out += '<';
  out += name;
  out += '>';
}
inline void close_tag(std::string& out, std::string_view name) {
  out += "</";
  out += name;
  out += '>';
}

/// Reads the JSON text of a raw_json (already checked by is_json_text) and
/// writes it as XML content, by the rule xml.hpp reads it back with:
/// a string is its text, a number or true / false its JSON spelling, null
/// nothing; an object one child element per member (its name the key, which
/// must be a writable XML name), a member whose value is an array one element
/// per item (no element for an empty one). An array that is not a member's
/// value (at the top, or inside an array) has no XML spelling, nor has a
/// string with an unpaired surrogate escape: unwritable_value.
class json_to_xml {
 public:
  json_to_xml(std::string_view text, std::string& out) : s_(text), out_(out) {}

  bool run() { return value(0); }

 private:
  char peek() const noexcept { return i_ < s_.size() ? s_[i_] : '\0'; }
  void ws() noexcept {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  /// One value as content (an array only as a member's value, in items()).
  bool value(std::size_t depth) {
    ws();
    const char c = peek();
    if (c == '{') {
      ++i_;
      ws();
      if (peek() == '}') {
        ++i_;
        return true;
      }
      for (;;) {
        ws();
        std::string key;
        if (!string_text(key)) return false;
        if (!is_writable_xml_name(key)) return false;
        ws();
        ++i_;  // ':'
        ws();
        if (peek() == '[') {
          if (!items(depth + 1, key)) return false;
        } else {
          open_tag(out_, key);
          if (!value(depth + 1)) return false;
          close_tag(out_, key);
        }
        ws();
        if (peek() == ',') {
          ++i_;
          continue;
        }
        ++i_;  // '}'
        return true;
      }
    }
    if (c == '[') return false;
    if (c == '"') {
      std::string text;
      if (!string_text(text)) return false;
      xml_escape_append(out_, text);
      return true;
    }
    // A number, true, false or null: up to the next structural character.
    const std::size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' && s_[i_] != '\t' &&
           s_[i_] != '\n' && s_[i_] != '\r')
      ++i_;
    const std::string_view token = s_.substr(start, i_ - start);
    if (token != "null") xml_escape_append(out_, token);
    return true;
  }

  /// At '[': one `name` element per item; an item that is an array is refused.
  bool items(std::size_t depth, std::string_view name) {
    ++i_;
    ws();
    if (peek() == ']') {
      ++i_;
      return true;
    }
    for (;;) {
      ws();
      if (peek() == '[') return false;
      open_tag(out_, name);
      if (!value(depth + 1)) return false;
      close_tag(out_, name);
      ws();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      ++i_;  // ']'
      return true;
    }
  }

  static void put_utf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }

  std::uint32_t hex4() {
    std::uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      v = v * 16 + static_cast<std::uint32_t>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    return v;
  }

  /// At '"': the unescaped string into `out`.
  bool string_text(std::string& out) {
    ++i_;
    for (;;) {
      const char c = s_[i_++];
      if (c == '"') return true;
      if (c != '\\') {
        out += c;
        continue;
      }
      const char e = s_[i_++];
      switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t u = hex4();
          if (u >= 0xDC00 && u <= 0xDFFF) return false;  // a low surrogate alone
          if (u >= 0xD800 && u <= 0xDBFF) {
            if (s_.compare(i_, 2, "\\u") != 0) return false;
            i_ += 2;
            const std::uint32_t low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
          }
          put_utf8(out, u);
          break;
        }
        default: out += e;  // '"', '\\', '/'
      }
    }
  }

  std::string_view s_;
  std::string& out_;
  std::size_t i_ = 0;
};

template <class Tuple, class Object>
bool write_fields(std::string& out, response_format f, bool& first, const Tuple& fields, const Object& obj,
                  const value_path* at, write_failure& fail);

static_assert(parse_options::depth_cap <= json_text_depth_cap, "is_json_text must reach the readers' depth cap");

/// Whether a raw_json's text can be written at all: valid UTF-8 and one
/// JSON value, nested no deeper than any reader takes (parse_options::depth_cap),
/// so that whatever a reader gave can be written again.
inline bool check_raw(const raw_json& v, const value_path& at, write_failure& fail) {
  if (!is_valid_utf8(v.text)) return fail.set(errc::invalid_utf8, at);
  if (!v.text.empty() && !is_json_text(v.text, parse_options::depth_cap)) return fail.set(errc::unwritable_value, at);
  return true;
}

/// One value as JSON: strings quoted and escaped, numbers and booleans
/// bare (floats as value_text.hpp formats them), raw_json verbatim (an
/// empty one as null: it must otherwise hold one JSON value), lists as
/// arrays, maps and objects as objects. False (with `fail` set) for a
/// string or key that is not UTF-8, a raw_json that is not JSON, a float
/// that is not finite (JSON has no text for it; null would not read back).
template <class V>
bool write_json_value(std::string& out, const V& v, const value_path& at, write_failure& fail) {
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::string) {
    if (!is_valid_utf8(v)) return fail.set(errc::invalid_utf8, at);
    out += '"';
    json_escape_append(out, v);
    out += '"';
  } else if constexpr (k == value_kind::boolean || k == value_kind::integer) {
    value_text_buffer buf;
    out += format_value(v, buf);
  } else if constexpr (k == value_kind::floating) {
    if (!std::isfinite(v)) return fail.set(errc::value_out_of_range, at);
    value_text_buffer buf;
    out += format_value(v, buf);
  } else if constexpr (k == value_kind::any) {
    if (!check_raw(v, at, fail)) return false;
    out += v.text.empty() ? std::string_view("null") : std::string_view(v.text);
  } else if constexpr (k == value_kind::list) {
    out += '[';
    std::size_t i = 0;
    for (const auto& e : v) {
      if (i != 0) out += ',';
      const value_path item{&at, {}, ++i};
      if (!write_json_value(out, e, item, fail)) return false;
    }
    out += ']';
  } else if constexpr (k == value_kind::map) {
    out += '{';
    bool first = true;
    for (const auto& kv : v) {
      if (!is_valid_utf8(kv.first)) return fail.set(errc::invalid_utf8, at);  // named by its map
      if (!first) out += ',';
      first = false;
      out += '"';
      json_escape_append(out, kv.first);
      out += "\":";
      const value_path key{&at, kv.first, 0};
      if (!write_json_value(out, kv.second, key, fail)) return false;
    }
    out += '}';
  } else {
    static_assert(k == value_kind::object);
    bool first = true;
    if (!write_fields(out, response_format::json, first, object_traits<V>::fields, v, &at, fail)) return false;
    out += first ? "{}" : "}";
  }
  return true;
}

/// The content of an XML element holding `v`: text escaped, objects as
/// their fields, maps as one child element per entry named by its key (a
/// key that is_writable_xml_name refuses is unwritable_value, named by its
/// map), a list inside a list as repeated `name` elements, raw_json as
/// json_to_xml writes it.
template <class V>
bool write_xml_content(std::string& out, std::string_view name, const V& v, const value_path& at,
                       write_failure& fail) {
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::string) {
    if (!is_valid_utf8(v)) return fail.set(errc::invalid_utf8, at);
    xml_escape_append(out, v);
  } else if constexpr (k == value_kind::boolean || k == value_kind::integer) {
    value_text_buffer buf;
    xml_escape_append(out, format_value(v, buf));
  } else if constexpr (k == value_kind::floating) {
    if (!std::isfinite(v)) return fail.set(errc::value_out_of_range, at);
    value_text_buffer buf;
    out += format_value(v, buf);
  } else if constexpr (k == value_kind::any) {
    if (!check_raw(v, at, fail)) return false;
    if (!json_to_xml(v.text, out).run()) return fail.set(errc::unwritable_value, at);
  } else if constexpr (k == value_kind::list) {
    std::size_t i = 0;
    for (const auto& e : v) {
      const value_path item{&at, {}, ++i};
      open_tag(out, name);
      if (!write_xml_content(out, name, e, item, fail)) return false;
      close_tag(out, name);
    }
  } else if constexpr (k == value_kind::map) {
    for (const auto& kv : v) {
      if (!is_valid_utf8(kv.first)) return fail.set(errc::invalid_utf8, at);
      if (!is_writable_xml_name(kv.first)) return fail.set(errc::unwritable_value, at);
      const value_path key{&at, kv.first, 0};
      open_tag(out, kv.first);
      if (!write_xml_content(out, kv.first, kv.second, key, fail)) return false;
      close_tag(out, kv.first);
    }
  } else {
    static_assert(k == value_kind::object);
    bool unused = true;
    if (!write_fields(out, response_format::xml, unused, object_traits<V>::fields, v, &at, fail)) return false;
  }
  return true;
}

/// A field's value as XML: one `name` element, or for a list one `name`
/// element per item (a lone item is then indistinguishable from a list of
/// one, as the readers expect; an empty list writes nothing).
template <class V>
bool write_xml_value(std::string& out, std::string_view name, const V& v, const value_path& at,
                     write_failure& fail) {
  if constexpr (value_kind_of_v<V> == value_kind::list) {
    return write_xml_content(out, name, v, at, fail);
  } else {
    open_tag(out, name);
    if (!write_xml_content(out, name, v, at, fail)) return false;
    close_tag(out, name);
    return true;
  }
}

/// Writes the set fields of `obj` (described by `fields`) as JSON members
/// (`first`: no member written yet) or XML elements; `at` names `obj`
/// (nullptr: the response itself). False at the first value that cannot be
/// written (`fail` says which).
template <class Tuple, class Object>
bool write_fields(std::string& out, response_format f, bool& first, const Tuple& fields, const Object& obj,
                  const value_path* at, write_failure& fail) {
  bool ok = true;
  apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& field) {
          if (!ok) return;
          using fd_t = std::decay_t<decltype(field)>;
          const auto& member = obj.*(fd_t::member);
          const value_path here{at, field.name, 0};
          if constexpr (fd_t::is_list) {
            using item_t = typename fd_t::item_type;
            const value_path items{&here, field.item_name, 0};
            std::size_t i = 0;
            if (f == response_format::xml) {
              open_tag(out, field.name);
              for (const auto& item : member) {
                const value_path one_item{&items, {}, ++i};
                open_tag(out, field.item_name);
                bool unused = true;
                if (!write_fields(out, f, unused, item_traits<item_t>::fields, item, &one_item, fail)) {
                  ok = false;
                  return;
                }
                close_tag(out, field.item_name);
              }
              close_tag(out, field.name);
            } else {
              out += first ? "{\"" : ",\"";
              first = false;
              out += field.name;
              out += "\":{\"";
              out += field.item_name;
              out += "\":[";
              for (const auto& item : member) {
                const value_path one_item{&items, {}, ++i};
                if (i != 1) out += ',';
                bool first_member = true;
                if (!write_fields(out, f, first_member, item_traits<item_t>::fields, item, &one_item, fail)) {
                  ok = false;
                  return;
                }
                out += first_member ? "{}" : "}";
              }
              out += "]}";
            }
          } else {
            using V = typename fd_t::value_type;
            const V* v = set_value<fd_t>(member);
            if (v == nullptr) return;
            if (f == response_format::xml) {
              ok = write_xml_value(out, field.name, *v, here, fail);
            } else {
              out += first ? "{\"" : ",\"";
              first = false;
              out += field.name;
              out += "\":";
              ok = write_json_value(out, *v, here, fail);
            }
          }
        };
        (one(fd), ...);
      },
      fields);
  return ok;
}

}  // namespace detail

/// A success body for the operation `Request`, or the first value that
/// cannot be written, named by its path (Labels.env, Items.DBInstance.2.Id;
/// nothing is returned half-written): a string or map key that is not UTF-8
/// (errc::invalid_utf8, a key named by its map), a float or double that is
/// not finite (errc::value_out_of_range: JSON has no number for it and null
/// would not read back), a raw_json that is not one JSON value, and in XML a
/// map key that is not an element name (detail::is_writable_xml_name) or a
/// raw_json without an XML spelling (errc::unwritable_value).
template <class Request>
result<std::string> write_response(const response_of_t<Request>& r, response_format f) {
  using traits = operation_traits<Request>;
  std::string out;
  bool first = true;
  if (f == response_format::xml) {
    out += detail::xml_declaration;
    detail::open_tag(out, traits::response_root);
  }
  detail::write_failure fail;
  if (!detail::write_fields(out, f, first, traits::response_fields, r, nullptr, fail)) return fail.reason;
  if (f == response_format::xml)
    detail::close_tag(out, traits::response_root);
  else
    out += first ? "{}" : "}";
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
