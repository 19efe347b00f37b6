// rdscodec: the JSON response reader (simdjson on-demand).
//
// One pass over the top-level object: the operation's response fields are
// decoded into the response struct, the error-body fields are kept as views,
// and every other value is walked in full so that the whole document is
// validated (syntax, escapes, UTF-8, depth), not only the parts we read.
// Trailing content after the object is an error. A known field that appears
// twice is errc::duplicate_field; unknown duplicates are ignored.
//
// Nested values (detail/response_fields.hpp lists the member types): an
// object_traits struct is a JSON object read the same way (its unknown
// members walked, its known ones once each, its required ones present); a
// std::vector is an array, and a lone non-array value is read as a list of
// one (the service writes arrays; list_field has always taken a lone item);
// a std::map<std::string, T> is an object, a key twice is duplicate_field;
// raw_json is the value's JSON text, verbatim (a string keeps its quotes);
// float and double come from a number or its text in a string, either read
// by parse_float (one rounding from the decimal text, as for XML text). Every
// value counts toward the depth limit as an unknown one does. Errors inside name the path:
// Items.DBInstance.2.TipsLevel.
//
// The reader keeps its simdjson parser and a padded copy buffer between
// calls and decodes into the values a kept response holds (detail::
// reset_unseen), so steady-state parsing makes no C++ heap allocation.
// A caller whose buffer already has simdjson's padding after the body skips
// the copy (parse_in_place; response_parser::parse_padded_into).
#ifndef RDSCODEC_JSON_HPP
#define RDSCODEC_JSON_HPP

#include <rdscodec/detail/response_fields.hpp>
#include <rdscodec/response/response_error.hpp>

#include <simdjson.h>

#include <bitset>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace rdscodec {
namespace detail {

class json_reader {
 public:
  explicit json_reader(const parse_options& o)
      : max_depth_(o.max_depth < 2 ? 2 : o.max_depth > parse_options::depth_cap ? parse_options::depth_cap : o.max_depth) {
    // walk() stops at max_depth_ before simdjson's own limit is reached (the
    // on-demand API has no depth error of its own; it asserts in debug builds).
    // A failure here resurfaces as an error of the first parse.
    allocation_ = parser_.allocate(4096, max_depth_ + 2);
  }

  /// Decodes `body` into `out`. `base` is added to reported offsets (the
  /// length of a byte-order mark the caller skipped).
  template <class Request>
  response_result<void> parse(int http_status, std::string_view body, std::size_t base, response_of_t<Request>& out) {
    buf_.resize(body.size() + simdjson::SIMDJSON_PADDING);
    if (!body.empty()) std::memcpy(&buf_[0], body.data(), body.size());
    std::memset(&buf_[body.size()], 0, simdjson::SIMDJSON_PADDING);
    return parse_in_place<Request>(http_status, simdjson::padded_string_view(buf_.data(), body.size(), buf_.size()),
                                   base, out);
  }

  /// As parse, reading `body` where it lies: the caller promises
  /// simdjson::SIMDJSON_PADDING readable bytes after it (body.capacity();
  /// their content does not matter). Views into `body` live only during the
  /// call: every decoded value is copied into `out`.
  template <class Request>
  response_result<void> parse_in_place(int http_status, simdjson::padded_string_view body, std::size_t base,
                                       response_of_t<Request>& out) {
    status_ = http_status;
    base_ = base;
    data_ = body.data();
    body_size_ = body.size();
    capacity_ = body.capacity();

    simdjson::ondemand::document doc;
    if (auto e = parser_.iterate(body).get(doc)) return fail(e);  // no document to ask for a location
    simdjson::ondemand::object obj;
    if (auto e = doc.get_object().get(obj)) {
      // A JSON value that is not an object has the wrong root; anything else
      // is not JSON at all.
      const char first = body.empty() ? '\0' : body[0];
      const bool json_value = first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9') ||
                              first == 't' || first == 'f' || first == 'n';
      if (e == simdjson::INCORRECT_TYPE && json_value)
        return response_error(error(errc::unexpected_root, {}, base_), status_, "the JSON document is not an object");
      if (e == simdjson::INCORRECT_TYPE)
        return response_error(error(errc::json_syntax, {}, base_), status_, "not a JSON document");
      return fail(e, doc);
    }
    error_views ev;
    std::bitset<response_field_count<Request>> seen;
    for (auto field_result : obj) {
      simdjson::ondemand::field field;
      if (auto e = std::move(field_result).get(field)) return fail(e, doc);
      // Most keys have no escape: compare their raw bytes (the string is
      // closed, stage 1 checked that). Only a key with a backslash is unescaped.
      std::string_view key;
      const char* raw = field.key().raw();
      const char* end = raw;
      while (*end != '"' && *end != '\\') ++end;
      if (*end == '"') {
        key = std::string_view(raw, static_cast<std::size_t>(end - raw));
      } else if (auto e = field.unescaped_key().get(key)) {
        return fail(e, doc);
      }
      simdjson::ondemand::value value = field.value();
      const std::size_t index = find_response_field<Request>(key);
      const std::size_t error_index = error_views::find(key);
      if (index != npos_field) {
        if (seen[index]) return field_error(errc::duplicate_field, key, doc);
        seen.set(index);
        // The error is moved out of the field's reader only on failure: a
        // success is never assigned (response_error is large).
        response_result<void> r;
        with_response_field<Request>(out, index, [&](const auto& fd, auto& member) {
          auto one = assign(fd, member, value, key, doc);
          if (!one) {
            r = std::move(one);
            return;
          }
          using member_t = std::decay_t<decltype(member)>;
          if constexpr (std::is_same_v<member_t, std::string>) {
            if (error_index != error_views::count) {
              ev.value[error_index] = member;
              ev.seen.set(error_index);
            }
          }
        });
        if (!r) return r;
      } else if (error_index != error_views::count) {
        if (ev.seen[error_index]) return field_error(errc::duplicate_field, key, doc);
        ev.seen.set(error_index);
        if (auto r = read_error_field(error_index, value, ev, key, doc); !r) return r;
      } else {
        if (auto e = walk(value, 2)) return fail(e, doc);
      }
    }
    // Nothing may follow the object.
    const char* end = nullptr;
    if (doc.current_location().get(end) == simdjson::SUCCESS)
      return response_error(error(errc::json_syntax, {}, base_ + offset_of(end)), status_,
                            "content after the JSON object");
    reset_unseen(operation_traits<Request>::response_fields, out, seen);
    return finish_decoded<Request>(http_status, ev, seen, false);
  }

 private:
  std::size_t offset_of(const char* p) const noexcept {
    return p >= data_ && p <= data_ + capacity_ ? static_cast<std::size_t>(p - data_) : error::npos;
  }

  std::size_t location(simdjson::ondemand::document& doc) const noexcept {
    const char* p = nullptr;
    if (doc.current_location().get(p) != simdjson::SUCCESS) return error::npos;
    const std::size_t at = offset_of(p);
    return at == error::npos ? at : base_ + at;
  }

  response_error fail(simdjson::error_code e, std::size_t offset = error::npos) const {
    errc code = errc::json_syntax;
    if (e == simdjson::DEPTH_ERROR) code = errc::too_deep;
    else if (e == simdjson::UTF8_ERROR) code = errc::invalid_utf8;
    else if (e == simdjson::CAPACITY) code = errc::body_too_large;
    return response_error(error(code, {}, offset), status_, simdjson::error_message(e));
  }
  response_error fail(simdjson::error_code e, simdjson::ondemand::document& doc) const {
    return fail(e, location(doc));
  }

  response_error field_error(errc code, std::string_view key, simdjson::ondemand::document& doc) const {
    return response_error(error(code, key, location(doc)), status_);
  }

  response_error path_error(errc code, const value_path& at, simdjson::ondemand::document& doc) const {
    return response_error(at.error_of(code, location(doc)), status_);
  }

  template <class Field, class Member>
  response_result<void> assign(const Field& fd, Member& member, simdjson::ondemand::value& value, std::string_view key,
                               simdjson::ondemand::document& doc) {
    if constexpr (Field::is_list) {
      return read_list(fd, member, value, key, doc, 2);
    } else {
      const value_path at{nullptr, key, 0};
      return read_value(fd, response_target<Field>(member), value, at, doc, 2);
    }
  }

  /// Decodes one value of the field `fd` (the field's own value, a list
  /// element or a map value) into `target`; `at` names it in errors,
  /// `depth` is its nesting level (the root object is 1).
  template <class Field, class V>
  response_result<void> read_value(const Field& fd, V& target, simdjson::ondemand::value& value, const value_path& at,
                                   simdjson::ondemand::document& doc, std::size_t depth) {
    if (depth > max_depth_) return fail(simdjson::DEPTH_ERROR, doc);
    constexpr value_kind k = value_kind_of_v<V>;
    if constexpr (is_scalar(k)) {
      return read_scalar(fd, target, value, at, doc);
    } else if constexpr (k == value_kind::any) {
      // The value's JSON text, from its first byte to the next token once
      // walk() has read (and validated) all of it, trailing whitespace
      // trimmed (as AccessDeniedDetail, read_error_field).
      simdjson::ondemand::json_type type;
      if (auto e = value.type().get(type)) return fail(e, doc);
      const char* begin = nullptr;
      if (auto e = doc.current_location().get(begin)) return fail(e, doc);
      if (auto e = walk(value, depth)) return fail(e, doc);
      std::string_view raw;
      if (type == simdjson::ondemand::json_type::number) {
        // walk() checks a number through raw_json_token(), which does not
        // move past it: the location is still its first byte, so the text
        // is the token itself.
        raw = value.raw_json_token();
      } else {
        const char* end = nullptr;
        if (doc.current_location().get(end) != simdjson::SUCCESS || end < begin) end = data_ + body_size_;
        raw = std::string_view(begin, static_cast<std::size_t>(end - begin));
      }
      while (!raw.empty() && is_json_space(raw.back())) raw.remove_suffix(1);
      target.text.assign(raw.data(), raw.size());
      return {};
    } else if constexpr (k == value_kind::list) {
      simdjson::ondemand::json_type type;
      if (auto e = value.type().get(type)) return fail(e, doc);
      if (type != simdjson::ondemand::json_type::array) {
        // The service writes arrays; a lone value is read as a list of one,
        // as list_field reads a lone item.
        const value_path item{&at, {}, 1};
        std::size_t used = 0;
        if (auto r = read_value(fd, next_element(target, used), value, item, doc, depth); !r) return r;
        trim_list(target, used);
        return {};
      }
      simdjson::ondemand::array arr;
      if (auto e = value.get_array().get(arr)) return fail(e, doc);
      std::size_t used = 0;
      for (auto element_result : arr) {
        simdjson::ondemand::value element;
        if (auto e = std::move(element_result).get(element)) return fail(e, doc);
        const value_path item{&at, {}, used + 1};
        if (auto r = read_value(fd, next_element(target, used), element, item, doc, depth + 1); !r) return r;
      }
      trim_list(target, used);
      return {};
    } else if constexpr (k == value_kind::map) {
      simdjson::ondemand::object obj;
      if (auto e = value.get_object().get(obj)) {
        if (e == simdjson::INCORRECT_TYPE) return path_error(errc::wrong_type, at, doc);
        return fail(e, doc);
      }
      map_refill<V> refill(target);
      for (auto member_result : obj) {
        simdjson::ondemand::field member;
        if (auto e = std::move(member_result).get(member)) return fail(e, doc);
        std::string_view name;
        if (auto e = member.unescaped_key().get(name)) return fail(e, doc);
        simdjson::ondemand::value v = member.value();
        const value_path key{&at, name, 0};
        auto* slot = refill.slot(name);
        if (slot == nullptr) return path_error(errc::duplicate_field, key, doc);
        if (auto r = read_value(fd, *slot, v, key, doc, depth + 1); !r) return r;
      }
      return {};
    } else {
      static_assert(k == value_kind::object);
      return read_object<object_traits<V>::fields>(target, value, &at, doc, depth);
    }
  }

  template <class Field, class V>
  response_result<void> read_scalar(const Field& fd, V& target, simdjson::ondemand::value& value, const value_path& at,
                                    simdjson::ondemand::document& doc) {
    simdjson::error_code e;
    constexpr value_kind k = value_kind_of_v<V>;
    if constexpr (k == value_kind::string) {
      std::string_view s;
      e = value.get_string().get(s);
      if (!e) target.assign(s.data(), s.size());
    } else if constexpr (k == value_kind::boolean) {
      e = value.get_bool().get(target);
    } else if constexpr (k == value_kind::integer) {
      // Integers: a JSON number, or its decimal text in a string (some
      // sources return ids such as ImportId as strings).
      simdjson::ondemand::json_type type;
      e = value.type().get(type);
      if (!e && type == simdjson::ondemand::json_type::string) {
        std::string_view s;
        e = value.get_string().get(s);
        if (!e && !parse_integer(s, target)) e = simdjson::NUMBER_OUT_OF_RANGE;
      } else if (!e && std::is_signed_v<V>) {
        std::int64_t v = 0;
        e = value.get_int64().get(v);
        if (!e && (v < static_cast<std::int64_t>(std::numeric_limits<V>::min()) ||
                   v > static_cast<std::int64_t>(std::numeric_limits<V>::max())))
          e = simdjson::NUMBER_OUT_OF_RANGE;
        if (!e) target = static_cast<V>(v);
      } else if (!e) {
        std::uint64_t v = 0;
        e = value.get_uint64().get(v);
        if (!e && v > static_cast<std::uint64_t>(std::numeric_limits<V>::max())) e = simdjson::NUMBER_OUT_OF_RANGE;
        if (!e) target = static_cast<V>(v);
      }
    } else {
      static_assert(k == value_kind::floating);
      // A JSON number, or its text in a string (as for integers).
      simdjson::ondemand::json_type type;
      e = value.type().get(type);
      if (!e && type == simdjson::ondemand::json_type::string) {
        std::string_view s;
        e = value.get_string().get(s);
        if (!e && !parse_float(s, target)) e = simdjson::NUMBER_OUT_OF_RANGE;
      } else if (!e && type == simdjson::ondemand::json_type::number) {
        // The token's text, read straight into V by parse_float (as the
        // XML reader and a number in a string are): one rounding, from the
        // decimal to V, never a double first and then a float (which
        // refused FLT_MAX, written 3.4028235e+38, and kept 1e-50 as 0).
        std::string_view token = value.raw_json_token();
        while (!token.empty() && is_json_space(token.back())) token.remove_suffix(1);
        if (!is_json_number(token)) e = simdjson::NUMBER_ERROR;
        else if (!parse_float(token, target)) e = simdjson::NUMBER_OUT_OF_RANGE;
      } else if (!e) {
        e = simdjson::INCORRECT_TYPE;
      }
    }
    if (!e) {
      if (!in_declared_range(fd, target)) return path_error(errc::value_out_of_range, at, doc);
      return {};
    }
    if (e == simdjson::INCORRECT_TYPE || e == simdjson::NUMBER_OUT_OF_RANGE) return path_error(errc::wrong_type, at, doc);
    return fail(e, doc);
  }

  /// A list field: {"<item_name>": [ {...}, ... ]} (a single object instead
  /// of the array is one item); other members of the wrapper are skipped.
  template <class Field, class List>
  response_result<void> read_list(const Field& fd, List& list, simdjson::ondemand::value& value, std::string_view key,
                                  simdjson::ondemand::document& doc, std::size_t depth) {
    simdjson::ondemand::object wrapper;
    if (auto e = value.get_object().get(wrapper)) {
      if (e == simdjson::INCORRECT_TYPE) return field_error(errc::wrong_type, key, doc);
      return fail(e, doc);
    }
    bool seen_items = false;
    std::size_t used = 0;
    for (auto member_result : wrapper) {
      simdjson::ondemand::field member;
      if (auto e = std::move(member_result).get(member)) return fail(e, doc);
      std::string_view name;
      if (auto e = member.unescaped_key().get(name)) return fail(e, doc);
      simdjson::ondemand::value items = member.value();
      if (name != fd.item_name) {
        if (auto e = walk(items, depth + 1)) return fail(e, doc);
        continue;
      }
      if (seen_items) return field_error(errc::duplicate_field, fd.item_name, doc);
      seen_items = true;
      simdjson::ondemand::json_type type;
      if (auto e = items.type().get(type)) return fail(e, doc);
      using item_t = typename List::value_type;
      if (type == simdjson::ondemand::json_type::object) {
        if (auto r = read_object<item_traits<item_t>::fields>(next_element(list, used), items, nullptr, doc, depth + 1);
            !r)
          return r;
      } else if (type == simdjson::ondemand::json_type::array) {
        simdjson::ondemand::array arr;
        if (auto e = items.get_array().get(arr)) return fail(e, doc);
        for (auto element_result : arr) {
          simdjson::ondemand::value element;
          if (auto e = std::move(element_result).get(element)) return fail(e, doc);
          if (auto r =
                  read_object<item_traits<item_t>::fields>(next_element(list, used), element, nullptr, doc, depth + 2);
              !r)
            return r;
        }
      } else {
        return field_error(errc::wrong_type, fd.item_name, doc);
      }
    }
    trim_list(list, used);
    return {};
  }

  /// An object whose members are `fields` of `obj`: unknown members are
  /// walked, a known one twice is errc::duplicate_field, required ones must
  /// be there. `at` names the object (nullptr: a list_field item; its
  /// fields are named on their own, and the item as "item").
  template <const auto& Fields, class Object>
  response_result<void> read_object(Object& obj, simdjson::ondemand::value& value,
                                    const value_path* at, simdjson::ondemand::document& doc, std::size_t depth) {
    using Tuple = std::remove_const_t<std::remove_reference_t<decltype(Fields)>>;
    const Tuple& fields = Fields;
    if (depth > max_depth_) return fail(simdjson::DEPTH_ERROR, doc);
    simdjson::ondemand::object o;
    if (auto e = value.get_object().get(o)) {
      if (e != simdjson::INCORRECT_TYPE) return fail(e, doc);
      if (at == nullptr) return field_error(errc::wrong_type, "item", doc);
      return path_error(errc::wrong_type, *at, doc);
    }
    std::bitset<std::tuple_size_v<Tuple>> seen;
    for (auto member_result : o) {
      simdjson::ondemand::field member;
      if (auto e = std::move(member_result).get(member)) return fail(e, doc);
      std::string_view name;
      if (auto e = member.unescaped_key().get(name)) return fail(e, doc);
      simdjson::ondemand::value v = member.value();
      const std::size_t index = find_field_in<Fields>(name);
      if (index == npos_field) {
        if (auto e = walk(v, depth + 1)) return fail(e, doc);
        continue;
      }
      const value_path here{at, name, 0};
      if (seen[index]) return path_error(errc::duplicate_field, here, doc);
      seen.set(index);
      response_result<void> r;
      with_field(fields, obj, index, [&](const auto& fd, auto& m) {
        using fd_t = std::decay_t<decltype(fd)>;
        if constexpr (fd_t::is_list) {
          if (auto one = read_list(fd, m, v, name, doc, depth + 1); !one) r = std::move(one);
        } else {
          if (auto one = read_value(fd, response_target<fd_t>(m), v, here, doc, depth + 1); !one) r = std::move(one);
        }
      });
      if (!r) return r;
    }
    if (const std::string_view missing = first_missing_field(fields, seen); !missing.empty()) {
      const value_path here{at, missing, 0};
      return response_error(here.error_of(errc::missing_field), status_);
    }
    reset_unseen(fields, obj, seen);
    return {};
  }

  response_result<void> read_error_field(std::size_t index, simdjson::ondemand::value& value, error_views& ev,
                                         std::string_view key, simdjson::ondemand::document& doc) {
    simdjson::ondemand::json_type type;
    if (auto e = value.type().get(type)) return fail(e, doc);
    std::string_view text;
    if (type == simdjson::ondemand::json_type::string) {
      if (auto e = value.get_string().get(text)) return fail(e, doc);
    } else if (index == error_views::access_denied_detail && (type == simdjson::ondemand::json_type::object ||
                                                             type == simdjson::ondemand::json_type::array)) {
      // Kept as raw JSON text: from the value's first byte to where the
      // iterator stands once walk() has read (and validated) all of it. That
      // is the next token (the ',' or '}' that follows), so the view ends
      // with the value's closing bracket plus any whitespace before that
      // token: the whitespace is trimmed, each byte looked at once.
      const char* begin = nullptr;
      if (auto e = doc.current_location().get(begin)) return fail(e, doc);
      if (auto e = walk(value, 2)) return fail(e, doc);
      const char* end = nullptr;
      // No next token: the enclosing object is unclosed and the parse fails
      // after this field, so whatever the view holds is never returned.
      if (doc.current_location().get(end) != simdjson::SUCCESS || end < begin) end = data_ + body_size_;
      std::string_view raw(begin, static_cast<std::size_t>(end - begin));
      while (!raw.empty() && is_json_space(raw.back())) raw.remove_suffix(1);
      text = raw;
    } else {
      return field_error(errc::wrong_type, key, doc);
    }
    ev.value[index] = text;
    return {};
  }

  static bool is_json_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

  /// Reads a value we do not keep, in full, so that it is validated.
  simdjson::error_code walk(simdjson::ondemand::value value, std::size_t depth) {
    if (depth > max_depth_) return simdjson::DEPTH_ERROR;
    simdjson::ondemand::json_type type;
    if (auto e = value.type().get(type)) return e;
    switch (type) {
      case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object o;
        if (auto e = value.get_object().get(o)) return e;
        for (auto f : o) {
          simdjson::ondemand::field field;
          if (auto e = std::move(f).get(field)) return e;
          std::string_view key;
          if (auto e = field.unescaped_key().get(key)) return e;
          if (auto e = walk(field.value(), depth + 1)) return e;
        }
        return simdjson::SUCCESS;
      }
      case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array a;
        if (auto e = value.get_array().get(a)) return e;
        for (auto element : a) {
          simdjson::ondemand::value v;
          if (auto e = std::move(element).get(v)) return e;
          if (auto e = walk(v, depth + 1)) return e;
        }
        return simdjson::SUCCESS;
      }
      case simdjson::ondemand::json_type::string: {
        std::string_view s;
        return value.get_string().get(s);
      }
      case simdjson::ondemand::json_type::number: {
        // Checked by the JSON grammar only: an unknown value may be wider
        // than 64 bits or beyond a double and is still valid JSON.
        const std::string_view token = value.raw_json_token();
        return is_json_number(token) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
      }
      case simdjson::ondemand::json_type::boolean: {
        bool b;
        return value.get_bool().get(b);
      }
      case simdjson::ondemand::json_type::null: {
        bool is_null = false;
        if (auto e = value.is_null().get(is_null)) return e;
        return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
      }
    }
    return simdjson::TAPE_ERROR;
  }

  /// RFC 8259 §6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?,
  /// ignoring trailing whitespace in the raw token.
  static bool is_json_number(std::string_view t) noexcept {
    while (!t.empty() && is_json_space(t.back())) t.remove_suffix(1);
    std::size_t i = 0;
    auto digits = [&] {
      const std::size_t start = i;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
      return i > start;
    };
    if (i < t.size() && t[i] == '-') ++i;
    if (i < t.size() && t[i] == '0') {
      ++i;
    } else if (!digits()) {
      return false;
    }
    if (i < t.size() && t[i] == '.') {
      ++i;
      if (!digits()) return false;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
      ++i;
      if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
      if (!digits()) return false;
    }
    return i == t.size();
  }

  simdjson::ondemand::parser parser_;
  simdjson::error_code allocation_ = simdjson::SUCCESS;
  std::string buf_;                // parse's padded copy of the body
  const char* data_ = nullptr;     // the body being read (buf_ or the caller's)
  std::size_t capacity_ = 0;       // its readable bytes, padding included
  std::size_t max_depth_;
  int status_ = 0;
  std::size_t base_ = 0;
  std::size_t body_size_ = 0;
};

}  // namespace detail
}  // namespace rdscodec

#endif
