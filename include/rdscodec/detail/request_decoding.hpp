// rdscodec (internal): a typed request from the parameters a server
// received, the inverse of request_encoding.hpp (which lists the wire forms
// and their sources). Used by decode_request() (server/server_request.hpp).
//
// - plain: the parameter's text, read by assign_text (fields.hpp).
// - repeat_list: the parameters named `Name.<rest>`. A list item is
//   `Name.N`, N in decimal without a leading zero, from 1 up. Items of
//   scalars (and of objects with a required field) come without gaps: N is
//   refused before anything is allocated
//   when it exceeds the number of parameters the field received (each such
//   item is one parameter). An item that is a list, a map or an object
//   without required fields may write no parameter at all (an object with
//   no member set; detail::can_write_nothing): encoders
//   number items by position, so the official SDK (and request_encoding.hpp)
//   send `[{Key:a},{},{Key:c}]` as `Tag.1.Key=a&Tag.3.Key=c`; such a gap
//   decodes to an empty item. N is then refused above
//   decode_limits::max_list_items, and the empty items of one request are
//   at most max_list_items in all, so no attacker-chosen index sizes much.
//   An object member is
//   `Name.Wire` (the member's wire name exactly, `Tag.1.key`), a map entry
//   `Name.Key` (for a map of scalars the key is the whole rest, dots
//   included). Parameters are grouped level by level with one sort per
//   group: O(n log n) for n parameters, times the type's nesting depth.
// - json: one parameter whose text is one JSON value (checked first by
//   is_json_text, nesting at most decode_limits::max_json_depth; a raw_json
//   (`any`) field itself is checked by validate() at its own depth limit), read
//   strictly with simdjson: arrays for lists, objects for maps and objects
//   (member names exactly the wire names, no unknown or repeated member,
//   required members present), strings for strings, numbers for numbers,
//   true/false for booleans; no null. raw_json takes the value's text.
// - simple: one parameter, items split at ',' ("" is the empty list).
//
// Lists (in any style) hold at most decode_limits::max_list_items items.
// Every failure names the wire parameter: missing (a required field or
// object member absent), invalid (a bad index, gap, text, JSON, or a JSON
// value of the wrong shape), unsupported (a name that is no field).
#ifndef RDSCODEC_DETAIL_REQUEST_DECODING_HPP
#define RDSCODEC_DETAIL_REQUEST_DECODING_HPP

#include <rdscodec/detail/value_text.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/request/generic_request.hpp>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace rdscodec {

/// Bounds on what decode_request() builds from one request.
struct decode_limits {
  /// Items of one list (repeat_list, json or simple style).
  std::size_t max_list_items = 1000;
  /// Nesting of a json-style parameter's text (arrays and objects); at most 64.
  std::size_t max_json_depth = 32;
};

namespace detail {

/// Why a parameter could not be decoded; `name` is the wire parameter.
struct decode_failure {
  enum kind_t : unsigned char { none, missing, invalid, unsupported } kind = none;
  std::string name;
  std::string why;
  explicit operator bool() const noexcept { return kind != none; }
};

inline decode_failure decode_fail(decode_failure::kind_t k, std::string_view name, std::string_view why = {}) {
  return decode_failure{k, std::string(name), std::string(why)};
}

/// One received parameter on its way into a repeat-list field.
struct flat_entry {
  std::string_view name;   // the whole wire name: `Tag.2.Key`
  std::string_view value;
  std::string_view seg;    // the segment of the current level (`2`)
  std::size_t key = 0;     // the segment's list index or member index
};

template <class Tuple, std::size_t... I>
constexpr bool no_required_field(const Tuple& t, std::index_sequence<I...>) {
  return ((get_field<I>(t).required == presence::optional) && ...);
}

/// Whether an item of type E can be sent as no parameter at all, so that a
/// list of them may leave a gap: a list or a map (empty), or an object none
/// of whose fields is required. A required member writes a parameter (a
/// required list or map that writes none is refused by validate()), so an
/// object with one cannot be the item of a gap.
template <class E>
constexpr bool can_write_nothing() {
  constexpr value_kind k = value_kind_of_v<E>;
  if constexpr (k == value_kind::list || k == value_kind::map) {
    return true;
  } else if constexpr (k == value_kind::object) {
    using tuple_t = std::remove_const_t<decltype(object_traits<E>::fields)>;
    return no_required_field(object_traits<E>::fields, std::make_index_sequence<std::tuple_size_v<tuple_t>>{});
  } else {
    return false;
  }
}

/// Strict decimal list index: 1-9 then digits, at most `limit`; 0 when not.
inline std::size_t parse_list_index(std::string_view s, std::size_t limit) noexcept {
  if (s.empty() || s.size() > 19 || s[0] < '1' || s[0] > '9') return 0;
  std::size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + static_cast<std::size_t>(c - '0');
  }
  return v <= limit ? v : 0;
}

class request_decoder {
 public:
  explicit request_decoder(const decode_limits& l) : limits_(l), empty_item_budget_(l.max_list_items) {
    if (limits_.max_json_depth > 64) limits_.max_json_depth = 64;
  }

  /// Decodes one repeat-list value from `[b, e)`, the parameters whose names
  /// start with the value's path (`prefix` bytes: `Tag.2`) followed by '.'
  /// or nothing.
  template <class Fd, class V>
  decode_failure flat(const Fd& fd, V& out, flat_entry* b, flat_entry* e, std::size_t prefix) {
    constexpr value_kind k = value_kind_of_v<V>;
    if constexpr (is_scalar(k)) {
      if (e - b != 1 || b->name.size() != prefix) return unsupported_below(b, e, prefix);
      if (!assign_text(out, b->value)) return decode_fail(decode_failure::invalid, b->name, "The value does not fit the parameter's type.");
      return {};
    } else {
      // Every name continues with '.' and a non-empty segment.
      for (flat_entry* p = b; p != e; ++p) {
        if (p->name.size() <= prefix + 1 || p->name[prefix] != '.')
          return decode_fail(decode_failure::invalid, p->name,
                             "A list, map or object is sent as one parameter per member (Name.1, Name.Key).");
        const std::string_view rest = p->name.substr(prefix + 1);
        if constexpr (k == value_kind::map && has_scalar_elements_v<V>)
          p->seg = rest;  // a map of scalars: the key is all the rest
        else
          p->seg = rest.substr(0, rest.find('.'));
      }
      if constexpr (k == value_kind::list) {
        // Items that can write nothing may leave gaps (see the header).
        constexpr bool gaps = can_write_nothing<element_t<V>>();
        const auto count = static_cast<std::size_t>(e - b);
        for (flat_entry* p = b; p != e; ++p) {
          p->key = parse_list_index(p->seg, gaps ? limits_.max_list_items : count);
          if (p->key == 0)
            return decode_fail(decode_failure::invalid, p->name,
                               !p->seg.empty() && p->seg.find_first_not_of("0123456789") == std::string_view::npos &&
                                       p->seg[0] != '0'
                                   ? (gaps ? "The list index is beyond the items a list may have."
                                           : "The list index is beyond the items sent (items are numbered 1, 2, ... without gaps).")
                                   : "The list index is not a decimal number from 1.");
        }
        std::sort(b, e, [](const flat_entry& x, const flat_entry& y) { return x.key < y.key || (x.key == y.key && x.name < y.name); });
        std::size_t items = 0, empty_items = 0;
        for (flat_entry* g = b; g != e;) {
          flat_entry* h = g;
          while (h != e && h->key == g->key) ++h;
          if (g->key != items + 1 && !gaps)
            return decode_fail(decode_failure::invalid, g->name,
                               "The list index leaves a gap (items are numbered 1, 2, ... without gaps).");
          empty_items += g->key - items - 1;
          items = g->key;
          g = h;
        }
        if (items > limits_.max_list_items)
          return decode_fail(decode_failure::invalid, b->name.substr(0, prefix), "The list has too many items.");
        if (empty_items > empty_item_budget_)
          return decode_fail(decode_failure::invalid, b->name.substr(0, prefix),
                             "The list indexes leave too many empty items.");
        empty_item_budget_ -= empty_items;
        out.clear();
        out.resize(items);
        for (flat_entry* g = b; g != e;) {
          flat_entry* h = g;
          while (h != e && h->key == g->key) ++h;
          const std::size_t index = g->key;
          if (auto f = flat(fd, out[index - 1], g, h, prefix + 1 + g->seg.size())) return f;
          g = h;
        }
        return {};
      } else if constexpr (k == value_kind::map) {
        std::sort(b, e, [](const flat_entry& x, const flat_entry& y) { return x.seg < y.seg || (x.seg == y.seg && x.name < y.name); });
        for (flat_entry* g = b; g != e;) {
          flat_entry* h = g;
          while (h != e && h->seg == g->seg) ++h;
          auto slot = out.try_emplace(out.end(), std::string(g->seg));
          if (auto f = flat(fd, slot->second, g, h, prefix + 1 + g->seg.size())) return f;
          g = h;
        }
        return {};
      } else {
        static_assert(k == value_kind::object);
        constexpr auto& fields = object_traits<V>::fields;
        constexpr auto names = field_names(fields);
        for (flat_entry* p = b; p != e; ++p) {
          p->key = names.size();
          for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == p->seg) p->key = i;
          if (p->key == names.size()) return decode_fail(decode_failure::unsupported, p->name);
        }
        std::sort(b, e, [](const flat_entry& x, const flat_entry& y) { return x.key < y.key || (x.key == y.key && x.name < y.name); });
        std::bitset<names.size()> seen;
        decode_failure failure;
        for (flat_entry* g = b; g != e && !failure;) {
          flat_entry* h = g;
          while (h != e && h->key == g->key) ++h;
          seen[g->key] = true;
          with_field(fields, out, g->key, [&](const auto& member_fd, auto& member) {
            using m_t = std::decay_t<decltype(member_fd)>;
            failure = flat(member_fd, decode_target<m_t>(member), g, h, prefix + 1 + g->seg.size());
          });
          g = h;
        }
        if (failure) return failure;
        return missing_member(fields, seen, b->name.substr(0, prefix));
      }
    }
  }

  /// Decodes a json-style parameter `name` = `text` into `out`.
  template <class V>
  decode_failure json(V& out, std::string_view name, std::string_view text) {
    if constexpr (value_kind_of_v<V> == value_kind::any) {
      out.text.assign(text.data(), text.size());  // validate() checks it is JSON
      return {};
    } else {
      if (!is_json_text(text, limits_.max_json_depth))
        return decode_fail(decode_failure::invalid, name, "The value is not well-formed JSON (or nests too deeply).");
      buf_.assign(text.data(), text.size());
      buf_.append(simdjson::SIMDJSON_PADDING, '\0');
      simdjson::ondemand::document doc;
      if (parser_.iterate(simdjson::padded_string_view(buf_.data(), text.size(), buf_.size())).get(doc))
        return shape(name);
      simdjson::ondemand::value root;
      if (doc.get_value().get(root)) return shape(name);
      return read(out, root, name);
    }
  }

  /// Decodes a simple-style parameter: items joined by ','.
  template <class V>
  decode_failure simple(V& out, std::string_view name, std::string_view text) {
    out.clear();
    if (text.empty()) return {};
    std::size_t start = 0;
    for (;;) {
      if (out.size() == limits_.max_list_items)
        return decode_fail(decode_failure::invalid, name, "The list has too many items.");
      const std::size_t comma = text.find(',', start);
      const std::string_view item = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
      if (!assign_text(out.emplace_back(), item))
        return decode_fail(decode_failure::invalid, name, "An item does not fit the list's type.");
      if (comma == std::string_view::npos) return {};
      start = comma + 1;
    }
  }

 private:
  static decode_failure shape(std::string_view name) {
    return decode_fail(decode_failure::invalid, name, "The JSON value does not have the parameter's shape.");
  }

  static decode_failure unsupported_below(flat_entry* b, flat_entry* e, std::size_t prefix) {
    for (flat_entry* p = b; p != e; ++p)
      if (p->name.size() != prefix) return decode_fail(decode_failure::unsupported, p->name);
    return decode_fail(decode_failure::invalid, b->name, "The parameter is specified more than once.");
  }

  template <class Tuple, std::size_t N>
  static decode_failure missing_member(const Tuple& fields, const std::bitset<N>& seen, std::string_view path) {
    decode_failure out;
    std::size_t i = 0;
    apply_fields(
        [&](const auto&... fd) {
          auto one = [&](const auto& f) {
            if (!out && f.required == presence::required && !seen[i])
              out = decode_fail(decode_failure::missing, std::string(path) + "." + std::string(f.name));
            ++i;
          };
          (one(fd), ...);
        },
        fields);
    return out;
  }

  /// One JSON value into `out`, strictly (see the header comment).
  template <class V>
  decode_failure read(V& out, simdjson::ondemand::value& v, std::string_view name) {
    simdjson::ondemand::json_type type;
    if (v.type().get(type)) return shape(name);
    using jt = simdjson::ondemand::json_type;
    constexpr value_kind k = value_kind_of_v<V>;
    if constexpr (k == value_kind::string) {
      std::string_view s;
      if (type != jt::string || v.get_string().get(s)) return shape(name);
      out.assign(s.data(), s.size());
      return {};
    } else if constexpr (k == value_kind::boolean) {
      if (type != jt::boolean || v.get_bool().get(out)) return shape(name);
      return {};
    } else if constexpr (k == value_kind::integer || k == value_kind::floating) {
      // The number's own text, read by the same parser as a plain parameter.
      if (type != jt::number) return shape(name);
      std::string_view token = v.raw_json_token();
      while (!token.empty() && is_json_space(token.back())) token.remove_suffix(1);
      if (!assign_text(out, token)) return shape(name);
      return {};
    } else if constexpr (k == value_kind::any) {
      std::string_view raw;
      if (type == jt::array) {
        simdjson::ondemand::array a;
        if (v.get_array().get(a) || a.raw_json().get(raw)) return shape(name);
      } else if (type == jt::object) {
        simdjson::ondemand::object o;
        if (v.get_object().get(o) || o.raw_json().get(raw)) return shape(name);
      } else {
        raw = v.raw_json_token();
      }
      while (!raw.empty() && is_json_space(raw.back())) raw.remove_suffix(1);
      out.text.assign(raw.data(), raw.size());
      return {};
    } else if constexpr (k == value_kind::list) {
      simdjson::ondemand::array a;
      if (type != jt::array || v.get_array().get(a)) return shape(name);
      out.clear();
      for (auto item_result : a) {
        simdjson::ondemand::value item;
        if (std::move(item_result).get(item)) return shape(name);
        if (out.size() == limits_.max_list_items)
          return decode_fail(decode_failure::invalid, name, "The list has too many items.");
        if (auto f = read(out.emplace_back(), item, name)) return f;
      }
      return {};
    } else if constexpr (k == value_kind::map) {
      simdjson::ondemand::object o;
      if (type != jt::object || v.get_object().get(o)) return shape(name);
      out.clear();
      for (auto member_result : o) {
        simdjson::ondemand::field member;
        std::string_view key;
        if (std::move(member_result).get(member) || member.unescaped_key().get(key)) return shape(name);
        auto [slot, fresh] = out.try_emplace(std::string(key));
        if (!fresh) return decode_fail(decode_failure::invalid, name, "A JSON object repeats a member name.");
        simdjson::ondemand::value mv = member.value();
        if (auto f = read(slot->second, mv, name)) return f;
      }
      return {};
    } else {
      static_assert(k == value_kind::object);
      constexpr auto& fields = object_traits<V>::fields;
      constexpr auto names = field_names(fields);
      simdjson::ondemand::object o;
      if (type != jt::object || v.get_object().get(o)) return shape(name);
      std::bitset<names.size()> seen;
      for (auto member_result : o) {
        simdjson::ondemand::field member;
        std::string_view key;
        if (std::move(member_result).get(member) || member.unescaped_key().get(key)) return shape(name);
        std::size_t index = names.size();
        for (std::size_t i = 0; i < names.size(); ++i)
          if (names[i] == key) index = i;
        if (index == names.size())
          return decode_fail(decode_failure::invalid, name, "A JSON object has a member the parameter does not.");
        if (seen[index]) return decode_fail(decode_failure::invalid, name, "A JSON object repeats a member name.");
        seen[index] = true;
        simdjson::ondemand::value mv = member.value();
        decode_failure failure;
        with_field(fields, out, index, [&](const auto& member_fd, auto& m) {
          using m_t = std::decay_t<decltype(member_fd)>;
          failure = read(decode_target<m_t>(m), mv, name);
        });
        if (failure) return failure;
      }
      if (auto f = missing_member(fields, seen, {}); f)
        return decode_fail(decode_failure::invalid, name, "A JSON object lacks the required member " + f.name.substr(1) + ".");
      return {};
    }
  }

  static bool is_json_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  decode_limits limits_;
  /// Empty items (list gaps) the rest of the request may still decode into.
  std::size_t empty_item_budget_;
  simdjson::ondemand::parser parser_;
  std::string buf_;
};

}  // namespace detail
}  // namespace rdscodec

#endif
