// rdscodec (internal): the wire parameters of a typed request whose fields
// are not all plain scalars, as the official SDKs produce them.
//
// Sources: OpenApiUtil in npm @alicloud/openapi-core 1.0.8 (src/utils.ts:
// flatMap / replaceRepeatList behind query() and toForm(), and
// arrayToStringWithSpecifiedStyle), the same rules in
// aliyun/darabonba-openapi-util (ts/src/client.ts, python client.py) and
// their tests (ts/test/client.spec.ts "query should ok", "toForm",
// "arrayToStringWithSpecifiedStyle should ok"; python/tests/test_client.py
// test_query, test_to_form, test_array_to_string_with_specified_style).
//
// - repeat_list: one parameter per leaf. A list item is `Name.N` (N counts
//   from 1), an object member `Name.Wire`, a map entry `Name.Key`, at any
//   depth (`Tag.1.Key`, `A.2.B.1`). A leaf is the scalar's text. An empty
//   list, map or object, and an unset optional member, give no parameter.
// - json: one parameter `Name` = the JSON text of the value, as
//   JSON.stringify(toMap(value)) writes it: objects with their wire names in
//   declaration order, unset optional members left out, no whitespace (see
//   value_text.hpp for strings and numbers). An empty list is `[]`, an empty
//   map or object `{}`. std::map entries come in key byte order (JavaScript
//   would keep insertion order, with integer-like keys first).
// - simple: one parameter `Name` = the items' texts joined by ',' (an empty
//   list gives `Name=` with an empty value, as [].join(',') is "").
// - plain: `Name` = the scalar's text; an empty string is sent as `Name=`.
// - Host fields are not parameters.
//
// The names are then sorted in byte order at run time (query.hpp); a name
// that comes out twice (a map key with a '.' that spells another flattened
// name, a plain field spelled like a flattened one) is refused there as
// errc::duplicate_parameter. A json-style raw_json value is sent byte for
// byte, not re-serialised.
#ifndef RDSCODEC_DETAIL_REQUEST_ENCODING_HPP
#define RDSCODEC_DETAIL_REQUEST_ENCODING_HPP

#include <rdscodec/detail/thread_spare.hpp>
#include <rdscodec/detail/value_text.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/core/percent.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace rdscodec {
namespace detail {

/// Appends the JSON text of `v` (JSON.stringify rules) to `out`.
template <class V>
void append_json(std::string& out, const V& v) {
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::string) {
    append_json_string(out, v);
  } else if constexpr (is_scalar(k)) {
    value_text_buffer buf;
    out += format_value(v, buf);
  } else if constexpr (k == value_kind::any) {
    out += v.text;
  } else if constexpr (k == value_kind::list) {
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i != 0) out += ',';
      append_json(out, v[i]);
    }
    out += ']';
  } else if constexpr (k == value_kind::map) {
    out += '{';
    bool first = true;
    for (const auto& kv : v) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, kv.first);
      out += ':';
      append_json(out, kv.second);
    }
    out += '}';
  } else {
    static_assert(k == value_kind::object);
    out += '{';
    bool first = true;
    for_each_set_field(object_traits<V>::fields, v, [&](const auto& fd, const auto& member) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, fd.name);  // unreserved ASCII: nothing to escape
      out += ':';
      append_json(out, member);
    });
    out += '}';
  }
}

/// Where an emitted parameter belongs.
enum class param_place : unsigned char {
  /// A V2 common parameter: always in the query.
  common,
  /// An operation field of position query (in the body with placement::form).
  query,
  /// An operation field of position body: always in the form body.
  body,
};

/// The flattened parameters of one request: names (and the values that had
/// to be written) in one arena, string values by reference into the request.
///
/// Its three buffers come from a spare set kept per thread and go back to it
/// when the object is destroyed, so that signing the same shape of request
/// again allocates nothing. Each access touches only the calling thread's
/// spare (taken whole at construction when it holds buffers, given back at
/// destruction only while it holds none), so an object destroyed on another thread,
/// or two alive at once, are correct, merely not allocation-free; so is one
/// that signs after the thread's spare is destroyed (thread_spare.hpp). Buffers
/// grown past spare_limit bytes are freed, not kept.
class flat_params {
 public:
  flat_params() noexcept {
    spare_buffers* s = spare();
    if (s != nullptr && s->held) {
      arena_.swap(s->arena);
      path_.swap(s->path);
      items_.swap(s->items);
      s->held = false;
    }
  }
  ~flat_params() {
    if (!owns_ || arena_.capacity() + path_.capacity() + items_.capacity() * sizeof(item) > spare_limit) return;
    spare_buffers* s = spare();
    if (s != nullptr && !s->held) {
      arena_.clear();
      path_.clear();
      items_.clear();
      s->arena.swap(arena_);
      s->path.swap(path_);
      s->items.swap(items_);
      s->held = true;
    }
  }
  flat_params(flat_params&& o) noexcept
      : arena_(std::move(o.arena_)),
        path_(std::move(o.path_)),
        items_(std::move(o.items_)),
        place_(o.place_),
        owns_(o.owns_) {
    o.owns_ = false;
  }
  flat_params(const flat_params&) = delete;
  flat_params& operator=(const flat_params&) = delete;
  flat_params& operator=(flat_params&&) = delete;

  struct item {
    std::size_t name_off;
    std::size_t name_len;
    const char* ext;  // non-null: the value is ext[0, value_len), outside the arena
    std::size_t value_off;
    std::size_t value_len;
    param_place place;
    bool plain_name;
    bool plain_value;
  };

  std::size_t size() const noexcept { return items_.size(); }
  std::string_view name(std::size_t i) const noexcept {
    return {arena_.data() + items_[i].name_off, items_[i].name_len};
  }
  std::string_view value(std::size_t i) const noexcept {
    const item& it = items_[i];
    return it.ext != nullptr ? std::string_view(it.ext, it.value_len)
                             : std::string_view(arena_.data() + it.value_off, it.value_len);
  }
  const item& at(std::size_t i) const noexcept { return items_[i]; }

  /// Encodes every set field of a validated request.
  template <class Request>
  void encode(const Request& req) {
    for_each_set_field(operation_traits<Request>::fields, req, [&](const auto& fd, const auto& v) {
      if (fd.position == wire_position::host) return;
      place_ = fd.position == wire_position::body ? param_place::body : param_place::query;
      path_.assign(fd.name.data(), fd.name.size());
      using V = std::decay_t<decltype(v)>;
      switch (fd.style) {
        case wire_style::plain:
        case wire_style::repeat_list:
          flatten(v);
          break;
        case wire_style::json: {
          const std::size_t off = begin_value();
          append_json(arena_, v);
          add_owned(off);
          break;
        }
        case wire_style::simple:
          if constexpr (value_kind_of_v<V> == value_kind::list && has_scalar_elements_v<V>) {
            const std::size_t off = begin_value();
            for (std::size_t i = 0; i < v.size(); ++i) {
              if (i != 0) arena_ += ',';
              value_text_buffer buf;
              arena_ += format_value(v[i], buf);
            }
            add_owned(off);
          }
          break;
      }
    });
  }

 private:
  template <class V>
  void flatten(const V& v) {
    constexpr value_kind k = value_kind_of_v<V>;
    if constexpr (k == value_kind::string) {
      add(v.data(), v.size(), false);
    } else if constexpr (is_scalar(k)) {
      const std::size_t off = begin_value();
      value_text_buffer buf;
      arena_ += format_value(v, buf);
      add_owned(off, has_unreserved_text_v<V>);
    } else if constexpr (k == value_kind::list) {
      for (std::size_t i = 0; i < v.size(); ++i) {
        const std::size_t mark = path_.size();
        value_text_buffer buf;
        path_ += '.';
        path_ += format_value(i + 1, buf);
        flatten(v[i]);
        path_.resize(mark);
      }
    } else if constexpr (k == value_kind::map) {
      for (const auto& kv : v) {
        const std::size_t mark = path_.size();
        path_ += '.';
        path_ += kv.first;
        flatten(kv.second);
        path_.resize(mark);
      }
    } else if constexpr (k == value_kind::object) {
      for_each_set_field(object_traits<V>::fields, v, [&](const auto& fd, const auto& member) {
        const std::size_t mark = path_.size();
        path_ += '.';
        path_ += fd.name;
        flatten(member);
        path_.resize(mark);
      });
    }
    // raw_json never reaches here: check_operation() allows it only in json style.
  }

  std::size_t begin_value() {
    const std::size_t off = arena_.size();
    arena_ += path_;  // the name first, then the value right after it
    return off;
  }
  void add_owned(std::size_t name_off, bool plain_value = false) {
    const std::size_t value_off = name_off + path_.size();
    items_.push_back(item{name_off, path_.size(), nullptr, value_off, arena_.size() - value_off, place_,
                          is_plain(path_), plain_value});
  }
  void add(const char* ext, std::size_t len, bool plain_value) {
    const std::size_t name_off = arena_.size();
    arena_ += path_;
    items_.push_back(item{name_off, path_.size(), ext, 0, len, place_, is_plain(path_), plain_value});
  }
  static bool is_plain(std::string_view s) noexcept {
    for (char c : s)
      if (!is_unreserved(static_cast<unsigned char>(c))) return false;
    return true;
  }

  static constexpr std::size_t spare_limit = 64 * 1024;
  struct spare_buffers {
    std::string arena;
    std::string path;
    std::vector<item> items;
    bool held = false;  // the three above are buffers given back, to be taken
  };
  /// The calling thread's spare, or nullptr once it is destroyed
  /// (detail/thread_spare.hpp).
  static spare_buffers* spare() noexcept { return thread_spare<spare_buffers>::get(); }

  std::string arena_;
  std::string path_;
  std::vector<item> items_;
  param_place place_ = param_place::query;
  bool owns_ = true;  // false once moved from: nothing to give back
};

}  // namespace detail
}  // namespace rdscodec

#endif
