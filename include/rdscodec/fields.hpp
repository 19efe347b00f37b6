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
// Everything else (validation, canonical query, signing, parsing) is generic
// over that description. check_operation<Request>() proves at compile time
// that the wire names are non-empty, unreserved ASCII, strictly ascending in
// byte order, and do not collide with the parameters the signer adds: the
// canonical parameter order is then a compile-time merge, never a runtime sort.
#ifndef RDSCODEC_FIELDS_HPP
#define RDSCODEC_FIELDS_HPP

#include <rdscodec/percent.hpp>
#include <rdscodec/utf8.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace rdscodec {

/// Whether a request must carry a field.
enum class presence : unsigned char { required, optional };

/// Specialised once per operation (see the header comment).
template <class Request>
struct operation_traits;

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

template <class V>
inline constexpr bool is_field_scalar_v =
    std::is_same_v<V, std::string> || std::is_same_v<V, bool> ||
    (std::is_integral_v<V> && !std::is_same_v<V, char> && !std::is_same_v<V, signed char> &&
     !std::is_same_v<V, unsigned char>);

}  // namespace detail

/// One wire field: its name on the wire, the member it maps to, whether it is
/// required and, for integers, the allowed range (inclusive).
template <auto Member>
struct field {
  using object_type = typename detail::member_pointer<decltype(Member)>::object_type;
  using member_type = typename detail::member_pointer<decltype(Member)>::member_type;
  /// The member type without std::optional: std::string, bool or an integer.
  using value_type = typename detail::optional_inner<member_type>::type;
  static constexpr bool is_optional_member = detail::optional_inner<member_type>::is_optional;
  static constexpr auto member = Member;
  static_assert(detail::is_field_scalar_v<value_type>,
                "a field is a std::string, bool or integer, optionally in std::optional");

  std::string_view name;
  presence required = presence::required;
  std::int64_t min = std::numeric_limits<std::int64_t>::min();
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
  /// Responses only: a second wire name the field is also read under (some
  /// documentation pages spell a field differently from the SDKs).
  std::string_view alias = {};
  static constexpr bool is_list = false;
};

/// Specialised for the element type of a list_field: its fields, declared
/// like an operation's (`static constexpr auto fields = std::make_tuple(...)`).
template <class Item>
struct item_traits;

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

/// The parameters the V2 signer adds itself, in canonical (byte) order.
/// SecurityToken is sent only with STS credentials.
inline constexpr std::array<std::string_view, 9> v2_common_names = {
    "AccessKeyId",     "Action",           "Format",    "SecurityToken", "SignatureMethod",
    "SignatureNonce",  "SignatureVersion", "Timestamp", "Version"};

/// Names a request may not carry as its own parameters: the common ones and
/// the signature itself.
constexpr bool is_reserved_name(std::string_view n) noexcept {
  if (n == "Signature") return true;
  for (auto c : v2_common_names)
    if (c == n) return true;
  return false;
}

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

static_assert(names_ascending(v2_common_names), "the V2 common parameters must be listed in byte order");

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
  return true;
}

namespace detail {

/// Text of a set field value: strings by reference, integers formatted into
/// the given buffer as plain decimal by a hand-written digit loop (no
/// allocation, no locale; 24 bytes hold any 64-bit value and its sign).
struct value_text_buffer {
  char data[24];
};

inline std::string_view format_value(const std::string& v, value_text_buffer&) noexcept { return v; }
inline std::string_view format_value(bool v, value_text_buffer&) noexcept {
  return v ? std::string_view("true") : std::string_view("false");
}
template <class I, std::enable_if_t<std::is_integral_v<I>, int> = 0>
std::string_view format_value(I v, value_text_buffer& buf) noexcept {
  // Decimal digits written backwards from the end: no locale, no allocation.
  char* end = buf.data + sizeof buf.data;
  char* p = end;
  using U = std::make_unsigned_t<I>;
  const bool negative = v < 0;
  U u = negative ? static_cast<U>(U(0) - static_cast<U>(v)) : static_cast<U>(v);
  do {
    *--p = static_cast<char>('0' + static_cast<int>(u % 10));
    u = static_cast<U>(u / 10);
  } while (u != 0);
  if (negative) *--p = '-';
  return {p, static_cast<std::size_t>(end - p)};
}

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

}  // namespace detail

namespace detail {

template <class Traits, class Request, class = void>
struct has_cross_field_check : std::false_type {};
template <class Traits, class Request>
struct has_cross_field_check<Traits, Request, std::void_t<decltype(Traits::check(std::declval<const Request&>()))>>
    : std::true_type {};

}  // namespace detail

/// Checks a typed request against its declaration: required fields present
/// (and non-empty for strings), integers within their declared range, strings
/// valid UTF-8. The first failure is returned, naming the field.
template <class Request>
result<void> validate(const Request& req) {
  static_assert(check_operation<Request>());
  using traits = operation_traits<Request>;
  result<void> out;
  bool failed = false;
  auto check_one = [&](const auto& fd) {
    if (failed) return;
    using fd_t = std::decay_t<decltype(fd)>;
    using V = typename fd_t::value_type;
    const V* v = detail::set_value<fd_t>(req.*(fd_t::member));
    if (v == nullptr) return;  // an unset optional is simply omitted
    if constexpr (std::is_same_v<V, std::string>) {
      if (v->empty() && fd.required == presence::required) {
        out = error(errc::missing_required_field, fd.name);
        failed = true;
      } else if (auto at = utf8_error_offset(*v); at != std::string_view::npos) {
        out = error(errc::invalid_utf8, fd.name, at);
        failed = true;
      }
    } else if constexpr (std::is_integral_v<V> && !std::is_same_v<V, bool>) {
      bool in_range;
      if constexpr (std::is_signed_v<V>) {
        in_range = static_cast<std::int64_t>(*v) >= fd.min && static_cast<std::int64_t>(*v) <= fd.max;
      } else {
        in_range = fd.max >= 0 && static_cast<std::uint64_t>(*v) <= static_cast<std::uint64_t>(fd.max) &&
                   (fd.min <= 0 || static_cast<std::uint64_t>(*v) >= static_cast<std::uint64_t>(fd.min));
      }
      if (!in_range) {
        out = error(errc::value_out_of_range, fd.name);
        failed = true;
      }
    }
  };
  std::apply([&](const auto&... fd) { (check_one(fd), ...); }, traits::fields);
  // Rules across fields, when the operation declares them:
  //   static result<void> check(const Request&);
  if constexpr (detail::has_cross_field_check<traits, Request>::value) {
    if (out) out = traits::check(req);
  }
  return out;
}

}  // namespace rdscodec

#endif
