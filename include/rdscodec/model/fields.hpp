// rdscodec: operations as data.
//
// An operation is declared once, in its own header under rdscodec/ops/, by
// specialising operation_traits for its request struct:
//
//   template <> struct operation_traits<cancel_import_request> {
//     using response = cancel_import_response;
//     static constexpr std::string_view action = "CancelImport";
//     static constexpr std::string_view version = "2014-08-15";
//     static constexpr std::string_view response_root = "CancelImportResponse";
//     static constexpr auto fields = std::make_tuple(
//         field<&cancel_import_request::db_instance_id>{"DBInstanceId", presence::required},
//         field<&cancel_import_request::import_id>{"ImportId", presence::required, 0});
//     static constexpr auto response_fields = std::make_tuple(
//         field<&cancel_import_response::request_id>{"RequestId", presence::required});
//   };
//
// A request member is a std::string, bool, integer (std::int32_t,
// std::int64_t, ...), float or double, rdscodec::raw_json (the spec's
// `any`), a std::vector<T> or std::map<std::string, T> of those, or a struct
// whose fields are described by object_traits<T> (same shape as above:
// `static constexpr auto fields = std::make_tuple(field<&T::m>{...}, ...)`,
// in the order the spec lists them, which is the order of their JSON text);
// each optionally in std::optional. A field's attributes:
//
//   field<&R::m>{"Wire", presence::optional, min, max}      wire name exactly as the
//                                                           spec writes it; integer range
//       .length(min_length, max_length)                     string length (UTF-16 units)
//       .with(wire_style::json)                             plain (scalars, the default),
//                                                           repeat_list (the default for
//                                                           vectors, maps, objects), json, simple
//       .with(wire_position::body)                          query (default), body, host
//
// Everything else (validation, canonical query, signing, parsing) is generic
// over that description, through the accessors of this header: set_value /
// for_each_set_field read a member, with_field / decode_target write one,
// format_value / assign_text turn a scalar into its wire text and back
// (detail/value_text.hpp has the number formats), in_declared_range is the
// one range check, and validate() the one request check. The walkers over
// them: detail/request_encoding.hpp (request -> parameters),
// detail/request_decoding.hpp (parameters -> request, server side),
// response/json.hpp and response/xml.hpp (body -> response), server/writer.hpp
// (response -> body). check_operation<Request>() proves at compile time
// that the wire names are non-empty, unreserved ASCII, strictly ascending in
// byte order, do not collide with the parameters the signer adds, and that
// every style and position fits its member type. When every field is a plain
// scalar the canonical parameter order is a compile-time merge; otherwise the
// flattened names are sorted once at run time (query.hpp).
#ifndef RDSCODEC_FIELDS_HPP
#define RDSCODEC_FIELDS_HPP

#include <rdscodec/detail/v2_common.hpp>
#include <rdscodec/detail/value_text.hpp>
#include <rdscodec/request/endpoint.hpp>
#include <rdscodec/core/error.hpp>
#include <rdscodec/core/percent.hpp>
#include <rdscodec/core/result.hpp>
#include <rdscodec/core/utf8.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace rdscodec {

/// Whether a request must carry a field.
enum class presence : unsigned char { required, optional };

/// How a field's value is written (the spec's `shrink=`; repeat_list is the
/// SDKs' default for structured values without one).
enum class wire_style : unsigned char {
  /// A scalar, sent as its text.
  plain,
  /// Flattened into one parameter per leaf: `Tag.1.Key`, `Ids.2`, `Range.End`.
  repeat_list,
  /// One parameter whose value is the JSON text of the whole value.
  json,
  /// A list of scalars, sent as one parameter: the items joined by ','.
  simple,
};

/// Where a top-level request field travels.
enum class wire_position : unsigned char {
  /// A URL query parameter (or a form body parameter with placement::form).
  query,
  /// A parameter of the application/x-www-form-urlencoded body (POST only).
  body,
  /// Not a parameter: the value is the region that selects the endpoint.
  host,
};

/// Specialised once per operation (see the header comment).
template <class Request>
struct operation_traits;

/// Specialised for each nested struct of a request (list items, objects) and
/// of a response (list items): `static constexpr auto fields = ...`.
template <class T>
struct object_traits;

/// The response decoders' name for object_traits (a response list item may
/// specialise either).
template <class Item>
struct item_traits : object_traits<Item> {};

/// A value of the spec's type `any`: JSON text, sent byte for byte (not
/// re-serialised: whitespace and escapes stay as given) inside a json-style
/// field; validation checks that it is one well-formed JSON value.
struct raw_json {
  std::string text;
};

namespace detail {

template <class M>
struct member_pointer;
template <class C, class V>
struct member_pointer<V C::*> {
  using object_type = C;
  using member_type = V;
};

template <class T>
struct optional_inner {
  using type = T;
  static constexpr bool is_optional = false;
};
template <class T>
struct optional_inner<std::optional<T>> {
  using type = T;
  static constexpr bool is_optional = true;
};

template <class T, class = void>
struct has_object_traits : std::false_type {};
template <class T>
struct has_object_traits<T, std::void_t<decltype(object_traits<T>::fields)>> : std::true_type {};

template <class V>
struct vector_of {
  static constexpr bool value = false;
};
template <class E, class A>
struct vector_of<std::vector<E, A>> {
  static constexpr bool value = true;
  using element = E;
};

template <class V>
struct string_map_of {
  static constexpr bool value = false;
};
template <class E, class C, class A>
struct string_map_of<std::map<std::string, E, C, A>> {
  static constexpr bool value = true;
  using element = E;
};

template <class V>
inline constexpr bool is_integer_v =
    std::is_integral_v<V> && !std::is_same_v<V, bool> && !std::is_same_v<V, char> &&
    !std::is_same_v<V, signed char> && !std::is_same_v<V, unsigned char>;

template <class V>
inline constexpr bool is_float_v = std::is_same_v<V, float> || std::is_same_v<V, double>;

/// A value with one text form: string, bool, integer, float, double.
template <class V>
inline constexpr bool is_field_scalar_v =
    std::is_same_v<V, std::string> || std::is_same_v<V, bool> || is_integer_v<V> || is_float_v<V>;

template <class V>
inline constexpr bool is_structured_v = vector_of<V>::value || string_map_of<V>::value || has_object_traits<V>::value;

/// Whether V is a type a request member may have (object fields are checked
/// on their own by check_object).
template <class V>
constexpr bool is_request_value() {
  if constexpr (is_field_scalar_v<V> || std::is_same_v<V, raw_json>) {
    return true;
  } else if constexpr (vector_of<V>::value) {
    using E = typename vector_of<V>::element;
    return !optional_inner<E>::is_optional && is_request_value<E>();
  } else if constexpr (string_map_of<V>::value) {
    using E = typename string_map_of<V>::element;
    return !optional_inner<E>::is_optional && is_request_value<E>();
  } else {
    return has_object_traits<V>::value;
  }
}

template <class V>
constexpr wire_style default_style() {
  return is_structured_v<V> ? wire_style::repeat_list : wire_style::plain;
}

}  // namespace detail

/// One wire field: its name on the wire, the member it maps to, whether it is
/// required, for integers the allowed range (inclusive), for strings the
/// allowed length, its style and its position (see the header comment).
template <auto Member>
struct field {
  using object_type = typename detail::member_pointer<decltype(Member)>::object_type;
  using member_type = typename detail::member_pointer<decltype(Member)>::member_type;
  /// The member type without std::optional.
  using value_type = typename detail::optional_inner<member_type>::type;
  static constexpr bool is_optional_member = detail::optional_inner<member_type>::is_optional;
  static constexpr auto member = Member;
  static_assert(detail::is_request_value<value_type>(),
                "a field is a std::string, bool or integer, a float or double, raw_json, a std::vector or "
                "std::map<std::string, T> of those, or a struct with object_traits; optionally in std::optional");

  std::string_view name;
  presence required = presence::required;
  std::int64_t min = std::numeric_limits<std::int64_t>::min();
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
  /// Responses only: a second wire name the field is also read under (some
  /// documentation pages spell a field differently from the SDKs).
  std::string_view alias = {};
  /// Strings (and the strings of a list): length in UTF-16 code units, as
  /// the SDKs' validateMinLength / validateMaxLength count (`value.length`).
  std::size_t min_length = 0;
  std::size_t max_length = std::numeric_limits<std::size_t>::max();
  wire_style style = detail::default_style<value_type>();
  wire_position position = wire_position::query;
  static constexpr bool is_list = false;

  constexpr field with(wire_style s) const noexcept {
    field f = *this;
    f.style = s;
    return f;
  }
  constexpr field with(wire_position p) const noexcept {
    field f = *this;
    f.position = p;
    return f;
  }
  constexpr field length(std::size_t lo, std::size_t hi) const noexcept {
    field f = *this;
    f.min_length = lo;
    f.max_length = hi;
    return f;
  }
  constexpr bool has_range() const noexcept {
    return min != std::numeric_limits<std::int64_t>::min() || max != std::numeric_limits<std::int64_t>::max();
  }
};

/// A response list: in JSON `"Items":{"SQLServerImport":[{...},...]}`, in XML
/// `<Items><SQLServerImport>...</SQLServerImport>...</Items>`. `Member` is a
/// std::vector<Item> member; Item has item_traits. Only for responses.
template <auto Member>
struct list_field {
  using object_type = typename detail::member_pointer<decltype(Member)>::object_type;
  using member_type = typename detail::member_pointer<decltype(Member)>::member_type;
  using item_type = typename member_type::value_type;
  using value_type = member_type;
  static constexpr bool is_optional_member = false;
  static constexpr bool is_list = true;
  static constexpr auto member = Member;

  std::string_view name;
  /// The element name of each item.
  std::string_view item_name;
  presence required = presence::optional;
  std::string_view alias = {};
};

namespace detail {

template <class Tuple, std::size_t... I>
constexpr auto field_names_impl(const Tuple& t, std::index_sequence<I...>) {
  return std::array<std::string_view, sizeof...(I)>{std::get<I>(t).name...};
}

template <class Tuple>
constexpr auto field_names(const Tuple& t) {
  return field_names_impl(t, std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

template <std::size_t N>
constexpr bool names_unreserved(const std::array<std::string_view, N>& names) {
  for (auto n : names) {
    if (n.empty()) return false;
    for (char c : n)
      if (!is_unreserved(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

template <std::size_t N>
constexpr bool names_ascending(const std::array<std::string_view, N>& names) {
  for (std::size_t i = 1; i < N; ++i)
    if (!(names[i - 1] < names[i])) return false;  // string_view compares bytes as unsigned
  return true;
}

template <std::size_t N>
constexpr bool names_unique(const std::array<std::string_view, N>& names) {
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = i + 1; j < N; ++j)
      if (names[i] == names[j]) return false;
  return true;
}

template <std::size_t N>
constexpr bool names_not_reserved(const std::array<std::string_view, N>& names) {
  for (auto n : names)
    if (is_reserved_name(n)) return false;
  return true;
}

template <class Object, class Tuple, std::size_t... I>
constexpr bool fields_belong_to(const Tuple&, std::index_sequence<I...>) {
  return (std::is_same_v<typename std::tuple_element_t<I, Tuple>::object_type, Object> && ...);
}

template <class Tuple, std::size_t... I>
constexpr bool presence_matches(const Tuple& t, std::index_sequence<I...>) {
  return (((std::get<I>(t).required == presence::optional) ==
           std::tuple_element_t<I, Tuple>::is_optional_member) &&
          ...);
}

/// Whether V holds a raw_json anywhere (it cannot be flattened or joined).
template <class V>
constexpr bool contains_raw_json();

template <class Tuple, std::size_t... I>
constexpr bool any_field_contains_raw_json(std::index_sequence<I...>) {
  return (contains_raw_json<typename std::tuple_element_t<I, Tuple>::value_type>() || ...);
}

template <class V>
constexpr bool contains_raw_json() {
  if constexpr (std::is_same_v<V, raw_json>) {
    return true;
  } else if constexpr (vector_of<V>::value) {
    return contains_raw_json<typename vector_of<V>::element>();
  } else if constexpr (string_map_of<V>::value) {
    return contains_raw_json<typename string_map_of<V>::element>();
  } else if constexpr (has_object_traits<V>::value) {
    using tuple_t = std::remove_const_t<decltype(object_traits<V>::fields)>;
    return any_field_contains_raw_json<tuple_t>(std::make_index_sequence<std::tuple_size_v<tuple_t>>{});
  } else {
    return false;
  }
}

/// Whether a top-level field's style fits its type.
template <class Fd>
constexpr bool style_fits(const Fd& fd) {
  using V = typename Fd::value_type;
  switch (fd.style) {
    case wire_style::plain: return is_field_scalar_v<V>;
    case wire_style::repeat_list: return is_structured_v<V> && !contains_raw_json<V>();
    case wire_style::json: return is_structured_v<V> || std::is_same_v<V, raw_json>;
    case wire_style::simple:
      if constexpr (vector_of<V>::value) return is_field_scalar_v<typename vector_of<V>::element>;
      return false;
  }
  return false;
}

template <class Tuple, std::size_t... I>
constexpr bool styles_fit(const Tuple& t, std::index_sequence<I...>) {
  return (style_fits(std::get<I>(t)) && ...);
}

/// Host fields: plain strings, at most one.
template <class Tuple, std::size_t... I>
constexpr bool host_fields_ok(const Tuple& t, std::index_sequence<I...>) {
  const bool each = ((std::get<I>(t).position != wire_position::host ||
                      (std::is_same_v<typename std::tuple_element_t<I, Tuple>::value_type, std::string> &&
                       std::get<I>(t).style == wire_style::plain)) &&
                     ...);
  const std::size_t hosts = (std::size_t{0} + ... + (std::get<I>(t).position == wire_position::host ? 1u : 0u));
  return each && hosts <= 1;
}

/// Fields inside objects take their container's style and position: theirs
/// stay at the defaults.
template <class Tuple, std::size_t... I>
constexpr bool nested_attributes_default(const Tuple& t, std::index_sequence<I...>) {
  return ((std::get<I>(t).style == default_style<typename std::tuple_element_t<I, Tuple>::value_type>() &&
           std::get<I>(t).position == wire_position::query) &&
          ...);
}

template <class V>
constexpr bool check_nested();

template <class Tuple, std::size_t... I>
constexpr bool fields_nested_ok(std::index_sequence<I...>) {
  return (check_nested<typename std::tuple_element_t<I, Tuple>::value_type>() && ...);
}

/// Compile-time rules for every object reachable from V; each broken rule
/// is its own static_assert.
template <class V>
constexpr bool check_nested() {
  if constexpr (vector_of<V>::value) {
    return check_nested<typename vector_of<V>::element>();
  } else if constexpr (string_map_of<V>::value) {
    return check_nested<typename string_map_of<V>::element>();
  } else if constexpr (has_object_traits<V>::value) {
    using tuple_t = std::remove_const_t<decltype(object_traits<V>::fields)>;
    constexpr auto seq = std::make_index_sequence<std::tuple_size_v<tuple_t>>{};
    constexpr auto names = field_names(object_traits<V>::fields);
    static_assert(fields_belong_to<V>(object_traits<V>::fields, seq),
                  "every object field must be a member of the object struct");
    static_assert(names_unreserved(names), "object field wire names must be non-empty and use only A-Z a-z 0-9 - _ . ~");
    static_assert(names_unique(names), "object field wire names must be unique");
    static_assert(presence_matches(object_traits<V>::fields, seq),
                  "presence::optional fields must be std::optional members and required ones must not");
    static_assert(nested_attributes_default(object_traits<V>::fields, seq),
                  "fields inside an object take the style and position of the field that holds it");
    return fields_nested_ok<tuple_t>(seq);
  } else {
    return true;
  }
}

template <class Tuple, std::size_t... I>
constexpr bool all_plain(const Tuple& t, std::index_sequence<I...>) {
  return ((std::get<I>(t).style == wire_style::plain) && ...);
}

}  // namespace detail

/// Compile-time proof that an operation declaration is usable; each broken
/// rule is its own static_assert with its own message. Returns true so that
/// it can itself sit in a static_assert.
template <class Request>
constexpr bool check_operation() {
  using traits = operation_traits<Request>;
  using fields_t = std::remove_const_t<decltype(traits::fields)>;
  constexpr auto names = detail::field_names(traits::fields);
  constexpr auto seq = std::make_index_sequence<std::tuple_size_v<fields_t>>{};
  static_assert(!traits::action.empty() && !traits::version.empty(),
                "an operation needs an action and a version");
  static_assert(detail::names_unreserved(std::array<std::string_view, 2>{traits::action, traits::version}),
                "action and version must use only A-Z a-z 0-9 - _ . ~");
  static_assert(detail::fields_belong_to<Request>(traits::fields, seq),
                "every request field must be a member of the request struct");
  static_assert(detail::names_unreserved(names),
                "field wire names must be non-empty and use only A-Z a-z 0-9 - _ . ~");
  static_assert(detail::names_ascending(names),
                "request fields must be declared in strictly ascending byte order of wire name");
  static_assert(detail::names_not_reserved(names),
                "a request field may not use a name the signer sets (AccessKeyId, Action, ...)");
  static_assert(detail::presence_matches(traits::fields, seq),
                "presence::optional fields must be std::optional members and required ones must not");
  static_assert(detail::styles_fit(traits::fields, seq),
                "a field's style must fit its type: plain for scalars; repeat_list for vectors, maps and objects "
                "without raw_json; json for those or raw_json; simple for a vector of scalars");
  static_assert(detail::host_fields_ok(traits::fields, seq),
                "a Host field is a plain std::string, and an operation has at most one");
  static_assert(detail::fields_nested_ok<fields_t>(seq));
  return true;
}

namespace detail {

/// True when every field of the operation is a plain scalar: its canonical
/// order is then a compile-time merge (query.hpp).
template <class Request>
inline constexpr bool is_flat_operation_v = all_plain(
    operation_traits<Request>::fields,
    std::make_index_sequence<std::tuple_size_v<std::remove_const_t<decltype(operation_traits<Request>::fields)>>>{});

/// The value of a field's member, or nullptr for an unset std::optional.
template <class Field, class Member>
const typename Field::value_type* set_value(const Member& member) noexcept {
  if constexpr (Field::is_optional_member)
    return member.has_value() ? &*member : nullptr;
  else
    return &member;
}

/// Calls f(field_descriptor, value) for each field of `obj` that is set.
template <class Tuple, class Object, class F, std::size_t... I>
void for_each_set_field_impl(const Tuple& fields, const Object& obj, F&& f, std::index_sequence<I...>) {
  auto one = [&](const auto& fd) {
    using fd_t = std::decay_t<decltype(fd)>;
    const auto& m = obj.*(fd_t::member);
    if constexpr (fd_t::is_optional_member) {
      if (m.has_value()) f(fd, *m);
    } else {
      f(fd, m);
    }
  };
  (one(std::get<I>(fields)), ...);
}

template <class Tuple, class Object, class F>
void for_each_set_field(const Tuple& fields, const Object& obj, F&& f) {
  for_each_set_field_impl(fields, obj, std::forward<F>(f),
                          std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

/// Calls f(field_descriptor, member) for the field of `fields` with index `i`.
template <class Tuple, class Object, class F, std::size_t... I>
void with_field_impl(const Tuple& fields, Object& obj, std::size_t i, F&& f, std::index_sequence<I...>) {
  (void)((i == I ? (f(std::get<I>(fields), obj.*(std::decay_t<decltype(std::get<I>(fields))>::member)), true)
                 : false) ||
         ...);
}

template <class Tuple, class Object, class F>
void with_field(const Tuple& fields, Object& obj, std::size_t i, F&& f) {
  with_field_impl(fields, obj, i, std::forward<F>(f), std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

/// The value a field decodes into: the member itself, or the value of its
/// std::optional (engaged first).
template <class Field, class Member>
typename Field::value_type& decode_target(Member& member) {
  if constexpr (Field::is_optional_member)
    return member.emplace();
  else
    return member;
}

/// Assigns text to the field's member: strings verbatim (never trimmed),
/// integers as strict decimal, floats as parse_float, bools as
/// "true"/"false", raw_json verbatim. False when the text does not fit the
/// field's type.
template <class V>
bool assign_text(V& member, std::string_view text) {
  if constexpr (std::is_same_v<V, std::string>) {
    member.assign(text.data(), text.size());
    return true;
  } else if constexpr (std::is_same_v<V, raw_json>) {
    member.text.assign(text.data(), text.size());
    return true;
  } else if constexpr (std::is_same_v<V, bool>) {
    if (text == "true") member = true;
    else if (text == "false") member = false;
    else return false;
    return true;
  } else if constexpr (is_float_v<V>) {
    return parse_float(text, member);
  } else {
    return parse_integer(text, member);
  }
}

/// The one range check of a number against its field's declared bounds
/// (integers exactly, floats as numbers): request validation (check_value),
/// server-side decoding (through validate) and the response readers use it.
template <class Field, class V>
bool in_declared_range(const Field& fd, const V& v) noexcept {
  if constexpr (std::is_integral_v<V> && !std::is_same_v<V, bool>) {
    if constexpr (std::is_signed_v<V>) {
      return static_cast<std::int64_t>(v) >= fd.min && static_cast<std::int64_t>(v) <= fd.max;
    } else {
      return fd.max >= 0 && static_cast<std::uint64_t>(v) <= static_cast<std::uint64_t>(fd.max) &&
             (fd.min <= 0 || static_cast<std::uint64_t>(v) >= static_cast<std::uint64_t>(fd.min));
    }
  } else if constexpr (is_float_v<V>) {
    return !fd.has_range() ||
           (static_cast<double>(v) >= static_cast<double>(fd.min) && static_cast<double>(v) <= static_cast<double>(fd.max));
  } else {
    (void)fd;
    (void)v;
    return true;
  }
}

/// One step of the path from a top-level field to a nested value: a wire
/// name or map key, or a 1-based list index. Lives on the stack of the walk;
/// the dotted name (`Tag.2.Key`) is only written out for an error.
struct value_path {
  const value_path* parent = nullptr;
  std::string_view name;
  std::size_t index = 0;  // non-zero: a list index

  std::string text() const {
    std::string s = parent != nullptr ? parent->text() : std::string();
    if (!s.empty()) s += '.';
    if (index != 0) {
      value_text_buffer buf;
      s += format_value(index, buf);
    } else {
      s.append(name.data(), name.size());
    }
    return s;
  }

  /// The error `code` for the value at this path (no allocation at the top level).
  rdscodec::error error_of(errc code, std::size_t offset = rdscodec::error::npos) const {
    if (parent == nullptr && index == 0) return rdscodec::error(code, name, offset);
    return rdscodec::error(code, text(), offset);
  }
};

/// Length in UTF-16 code units of valid UTF-8 (4-byte sequences count 2).
inline std::size_t utf16_length(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

template <class Tuple, class Object>
bool check_fields(const Tuple& fields, const Object& obj, const value_path* parent, error& out);

/// True when a repeat-list value writes no parameter at all: an empty list
/// or map, or one whose items write none, or an object whose members are
/// all unset (or write none themselves). Scalars always write one.
template <class V>
bool flattens_to_nothing(const V& v) {
  if constexpr (vector_of<V>::value) {
    for (const auto& item : v)
      if (!flattens_to_nothing(item)) return false;
    return true;
  } else if constexpr (string_map_of<V>::value) {
    for (const auto& kv : v)
      if (!flattens_to_nothing(kv.second)) return false;
    return true;
  } else if constexpr (has_object_traits<V>::value) {
    bool nothing = true;
    std::apply(
        [&](const auto&... fd) {
          auto one = [&](const auto& f) {
            using f_t = std::decay_t<decltype(f)>;
            if (!nothing) return;
            if (const auto* m = set_value<f_t>(v.*(f_t::member)); m != nullptr && !flattens_to_nothing(*m))
              nothing = false;
          };
          (one(fd), ...);
        },
        object_traits<V>::fields);
    return nothing;
  } else {
    (void)v;
    return false;
  }
}

/// Checks one value (and everything inside it) against the field that holds
/// it. `own` is true for the field's own value, false for a list item or
/// map value (a required item may be empty; a required field may not).
template <class Fd, class V>
bool check_value(const Fd& fd, const V& v, const value_path& at, bool own, error& out) {
  if constexpr (std::is_same_v<V, std::string>) {
    if (own && v.empty() && fd.required == presence::required) {
      out = at.error_of(errc::missing_required_field);
      return false;
    }
    if (auto bad = utf8_error_offset(v); bad != std::string_view::npos) {
      out = at.error_of(errc::invalid_utf8, bad);
      return false;
    }
    if (fd.min_length != 0 || fd.max_length != std::numeric_limits<std::size_t>::max()) {
      const std::size_t len = utf16_length(v);
      if (len < fd.min_length || len > fd.max_length) {
        out = at.error_of(errc::value_out_of_range);
        return false;
      }
    }
    return true;
  } else if constexpr (std::is_same_v<V, bool>) {
    return true;
  } else if constexpr (is_integer_v<V>) {
    const bool in_range = in_declared_range(fd, v);
    if (!in_range) out = at.error_of(errc::value_out_of_range);
    return in_range;
  } else if constexpr (is_float_v<V>) {
    // No text form for NaN or infinities; declared bounds apply as numbers.
    const bool ok = std::isfinite(v) && in_declared_range(fd, v);
    if (!ok) out = at.error_of(errc::value_out_of_range);
    return ok;
  } else if constexpr (std::is_same_v<V, raw_json>) {
    if (auto bad = utf8_error_offset(v.text); bad != std::string_view::npos) {
      out = at.error_of(errc::invalid_utf8, bad);
      return false;
    }
    if (!is_json_text(v.text)) {
      out = at.error_of(errc::json_syntax);
      return false;
    }
    return true;
  } else if constexpr (vector_of<V>::value) {
    // A required repeat list that writes no parameter would reach the
    // service as a missing one (json and simple styles still send [] / "").
    if (own && fd.required == presence::required && fd.style == wire_style::repeat_list && flattens_to_nothing(v)) {
      out = at.error_of(errc::missing_required_field);
      return false;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
      const value_path item{&at, {}, i + 1};
      if (!check_value(fd, v[i], item, false, out)) return false;
    }
    return true;
  } else if constexpr (string_map_of<V>::value) {
    if (own && fd.required == presence::required && fd.style == wire_style::repeat_list && flattens_to_nothing(v)) {
      out = at.error_of(errc::missing_required_field);
      return false;
    }
    for (const auto& kv : v) {
      const value_path key{&at, kv.first, 0};
      if (kv.first.empty()) {
        out = error(errc::invalid_parameter_name, at.text() + ".");
        return false;
      }
      if (auto bad = utf8_error_offset(kv.first); bad != std::string_view::npos) {
        // The key is not UTF-8: the error names the map and the byte.
        out = at.error_of(errc::invalid_parameter_name, bad);
        return false;
      }
      if (!check_value(fd, kv.second, key, false, out)) return false;
    }
    return true;
  } else {
    static_assert(has_object_traits<V>::value);
    if (own && fd.required == presence::required && fd.style == wire_style::repeat_list && flattens_to_nothing(v)) {
      out = at.error_of(errc::missing_required_field);
      return false;
    }
    return check_fields(object_traits<V>::fields, v, &at, out);
  }
}

/// Checks every set field of `obj`; `parent` is the path to `obj` (nullptr
/// at the top level).
template <class Tuple, class Object>
bool check_fields(const Tuple& fields, const Object& obj, const value_path* parent, error& out) {
  bool ok = true;
  auto one = [&](const auto& fd) {
    if (!ok) return;
    using fd_t = std::decay_t<decltype(fd)>;
    const auto* v = set_value<fd_t>(obj.*(fd_t::member));
    if (v == nullptr) return;  // an unset optional is simply omitted
    const value_path at{parent, fd.name, 0};
    ok = check_value(fd, *v, at, true, out);
    if (ok && fd.position == wire_position::host) {
      if constexpr (std::is_same_v<typename fd_t::value_type, std::string>) {
        if (!is_valid_region(*v)) {
          out = error(errc::invalid_region, fd.name);
          ok = false;
        }
      }
    }
  };
  std::apply([&](const auto&... fd) { (one(fd), ...); }, fields);
  return ok;
}

template <class Traits, class Request, class = void>
struct has_cross_field_check : std::false_type {};
template <class Traits, class Request>
struct has_cross_field_check<Traits, Request, std::void_t<decltype(Traits::check(std::declval<const Request&>()))>>
    : std::true_type {};

}  // namespace detail

/// Checks a typed request against its declaration, down to the leaves of
/// lists, maps and objects: required fields present (and non-empty for
/// strings), integers within their declared range, floats finite, strings
/// valid UTF-8 and within their declared length, map keys non-empty UTF-8,
/// raw_json well-formed, a Host field a valid region. The first failure is
/// returned, naming the field by its flattened wire name (`Tag.2.Key`).
template <class Request>
result<void> validate(const Request& req) {
  static_assert(check_operation<Request>());
  using traits = operation_traits<Request>;
  error e;
  if (!detail::check_fields(traits::fields, req, nullptr, e)) return e;
  // Rules across fields, when the operation declares them:
  //   static result<void> check(const Request&);
  if constexpr (detail::has_cross_field_check<traits, Request>::value) return traits::check(req);
  return {};
}

}  // namespace rdscodec

#endif
