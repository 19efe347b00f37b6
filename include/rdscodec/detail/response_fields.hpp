// rdscodec (internal): what the JSON and XML readers share: the table of an
// operation's response fields and the error fields every error body has.
// How text becomes a field value (assign_text) and the range check
// (in_declared_range) are model/fields.hpp's, shared with the request side.
//
// A response member is a std::string, bool, integer, float or double,
// rdscodec::raw_json (the spec's `any`), a std::vector<T> or
// std::map<std::string, T> of those, or a struct described by
// object_traits<T> (nested to any depth), each optionally in std::optional
// (the kinds of detail::value_kind, model/fields.hpp);
// list_field (a wrapper holding one list of item_traits items) stays as the
// older spelling of `field<&R::wrapper>` with a one-array wrapper struct.
// How each reader maps these onto its format is described in json.hpp and
// xml.hpp.
#ifndef RDSCODEC_DETAIL_RESPONSE_FIELDS_HPP
#define RDSCODEC_DETAIL_RESPONSE_FIELDS_HPP

#include <rdscodec/response/api_error.hpp>
#include <rdscodec/core/error.hpp>
#include <rdscodec/model/fields.hpp>
#include <rdscodec/response/response_error.hpp>

#include <array>
#include <bitset>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>
#include <utility>

namespace rdscodec {
namespace detail {

template <class Request>
inline constexpr auto response_names = field_names(operation_traits<Request>::response_fields);

template <class Request>
inline constexpr std::size_t response_field_count = response_names<Request>.size();

inline constexpr std::size_t npos_field = static_cast<std::size_t>(-1);

template <class Tuple, std::size_t... I>
constexpr auto field_aliases_impl(const Tuple& t, std::index_sequence<I...>) {
  return std::array<std::string_view, sizeof...(I)>{get_field<I>(t).alias...};
}

/// A field table's wire names and aliases ordered by length, then bytes,
/// each with its field's index: looked up by binary search.
template <std::size_t N>
struct sorted_names {
  std::array<std::string_view, N> name{};
  std::array<std::size_t, N> field{};
  std::size_t size = 0;
};

constexpr bool shorter_or_before(std::string_view a, std::string_view b) noexcept {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

template <class Tuple>
constexpr auto make_sorted_names(const Tuple& fields) {
  constexpr std::size_t n = std::tuple_size_v<Tuple>;
  const auto names = field_names(fields);
  const auto aliases = field_aliases_impl(fields, std::make_index_sequence<n>{});
  sorted_names<2 * n> t;
  auto add = [&t](std::string_view name, std::size_t field) {
    // Insertion sort, stable: of two equal names the lower field comes
    // first (a name that is also another field's alias finds the first).
    std::size_t at = t.size;
    while (at > 0 && shorter_or_before(name, t.name[at - 1])) {
      t.name[at] = t.name[at - 1];
      t.field[at] = t.field[at - 1];
      --at;
    }
    t.name[at] = name;
    t.field[at] = field;
    ++t.size;
  };
  for (std::size_t i = 0; i < n; ++i) {
    add(names[i], i);
    if (!aliases[i].empty()) add(aliases[i], i);
  }
  return t;
}

/// The sorted names of the field table `Fields` (a traits' static member).
template <const auto& Fields>
inline constexpr auto sorted_names_of = make_sorted_names(Fields);

/// Tables of at most this many names (and aliases) are looked up by
/// comparing with each in turn, unrolled at compile time; larger ones by
/// binary search.
inline constexpr std::size_t unrolled_lookup_max = 8;

/// Whether `name` is entry I of sorted_names_of<Fields>: its length and
/// bytes are constants, so the compiler compares them inline (the memcmp
/// of a constant size is expanded, where string_view's == is a call).
template <const auto& Fields, std::size_t I>
bool is_sorted_name(std::string_view name) noexcept {
  constexpr std::string_view want = sorted_names_of<Fields>.name[I];
  return name.size() == want.size() && std::memcmp(name.data(), want.data(), want.size()) == 0;
}

/// The unrolled lookup of find_field_in, for small tables.
template <const auto& Fields, std::size_t... I>
std::size_t find_field_unrolled(std::string_view name, std::index_sequence<I...>) noexcept {
  std::size_t found = npos_field;
  // The names are distinct but for a name that is also another field's
  // alias, where the lower field (sorted first) wins: stop at the first.
  (void)((is_sorted_name<Fields, I>(name) ? (found = sorted_names_of<Fields>.field[I], true) : false) || ...);
  return found;
}

/// Index of the field of `Fields` named (or aliased) `name`, or
/// npos_field: a binary search over sorted_names_of<Fields> (or, for a
/// small table, find_field_unrolled).
template <const auto& Fields>
std::size_t find_field_in(std::string_view name) noexcept {
  constexpr const auto& t = sorted_names_of<Fields>;
  if constexpr (t.size <= unrolled_lookup_max)
    return find_field_unrolled<Fields>(name, std::make_index_sequence<t.size>{});
  std::size_t lo = 0, hi = t.size;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (shorter_or_before(t.name[mid], name))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < t.size && t.name[lo] == name ? t.field[lo] : npos_field;
}

template <class Request>
std::size_t find_response_field(std::string_view name) noexcept {
  return find_field_in<operation_traits<Request>::response_fields>(name);
}

/// The fields of an error body, as views into the parsed document.
struct error_views {
  enum index : std::size_t { code, message, request_id, host_id, recommend, access_denied_detail, count };
  std::array<std::string_view, count> value{};
  std::bitset<count> seen;

  /// Index of an error-body field name, or count. "HostID" is accepted for
  /// "HostId" (one documentation sample spells it so).
  static std::size_t find(std::string_view name) noexcept {
    if (name == "Code") return code;
    if (name == "Message") return message;
    if (name == "RequestId") return request_id;
    if (name == "HostId" || name == "HostID") return host_id;
    if (name == "Recommend") return recommend;
    if (name == "AccessDeniedDetail") return access_denied_detail;
    return count;
  }

  api_error to_api_error(int http_status) const {
    api_error e;
    e.http_status = http_status;
    e.code = std::string(value[code]);
    e.message = std::string(value[message]);
    e.request_id = std::string(value[request_id]);
    e.host_id = std::string(value[host_id]);
    e.recommend = std::string(value[recommend]);
    e.access_denied_detail = std::string(value[access_denied_detail]);
    return e;
  }
};

/// Resets one field of `obj` (strings keep their capacity, lists are
/// emptied, an optional member is disengaged).
template <class Fd, class Object>
void reset_field(const Fd&, Object& obj) {
  auto& m = obj.*(Fd::member);
  using v_t = typename Fd::value_type;
  constexpr value_kind k = value_kind_of_v<v_t>;
  if constexpr (Fd::is_list) {
    m.clear();
  } else if constexpr (Fd::is_optional_member) {
    m.reset();
  } else if constexpr (k == value_kind::string) {
    m.clear();
  } else if constexpr (is_scalar(k)) {
    m = v_t{};
  } else if constexpr (k == value_kind::any) {
    m.text.clear();
  } else if constexpr (k == value_kind::list || k == value_kind::map) {
    m.clear();
  } else {
    static_assert(k == value_kind::object);
    apply_fields([&](const auto&... fd) { (reset_field(fd, m), ...); }, object_traits<v_t>::fields);
  }
}

/// Resets every field of `obj` described by `fields`.
template <class Tuple, class Object>
void reset_fields(const Tuple& fields, Object& obj) {
  apply_fields([&](const auto&... fd) { (reset_field(fd, obj), ...); }, fields);
}

/// Resets every response field (after a failed parse: no value of an
/// earlier parse is left behind as if it were new).
template <class Request>
void reset_response(response_of_t<Request>& out) {
  reset_fields(operation_traits<Request>::response_fields, out);
}

/// Resets the fields of `obj` that a parse did not see. The readers decode
/// into the values a kept object already holds (its strings, list elements
/// and map nodes keep their storage) and reset the others afterwards, so a
/// successful parse leaves every field either decoded or reset.
template <class Tuple, class Object>
void reset_unseen(const Tuple& fields, Object& obj, const std::bitset<std::tuple_size_v<Tuple>>& seen) {
  std::size_t i = 0;
  apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          if (!seen[i]) reset_field(f, obj);
          ++i;
        };
        (one(fd), ...);
      },
      fields);
}

/// The value a field's member holds, engaged in place: an optional member
/// that holds a value keeps it (and its storage), an empty one is engaged.
template <class Field, class Member>
typename Field::value_type& response_target(Member& member) {
  if constexpr (Field::is_optional_member) {
    if (!member) member.emplace();
    return *member;
  } else {
    return member;
  }
}

/// The next element of a list decoded into again: the list's element at
/// `used` when it has one (kept from an earlier parse), else a new one.
/// `used` counts the elements of this parse.
template <class List>
typename List::value_type& next_element(List& list, std::size_t& used) {
  if (used < list.size()) return list[used++];
  ++used;
  return list.emplace_back();
}

/// Drops the elements of an earlier parse beyond the `used` of this one.
template <class List>
void trim_list(List& list, std::size_t used) {
  if (list.size() > used) list.erase(list.begin() + static_cast<std::ptrdiff_t>(used), list.end());
}

/// A std::map<std::string, T> decoded into again: its nodes are taken out
/// first and, in key order, given the keys of this parse (a key string and
/// the value keep their storage; the value is decoded over). Nodes not
/// reused are freed when this object goes.
template <class Map>
class map_refill {
 public:
  explicit map_refill(Map& target) : target_(target) { spare_.swap(target); }

  /// The value for a new key, or nullptr when the map has the key already.
  typename Map::mapped_type* slot(std::string_view key) {
    if (spare_.empty()) {
      // Hinted at the end: keys in ascending order (as a writer of a
      // std::map emits them) insert in constant time, others in log n.
      const std::size_t before = target_.size();
      const auto it = target_.try_emplace(target_.end(), std::string(key));
      return target_.size() == before ? nullptr : &it->second;
    }
    auto node = spare_.extract(spare_.begin());
    node.key().assign(key.data(), key.size());
    auto placed = target_.insert(std::move(node));
    return placed.inserted ? &placed.position->second : nullptr;
  }

 private:
  Map& target_;
  Map spare_;
};

template <class Request, class F>
void with_response_field(response_of_t<Request>& out, std::size_t i, F&& f) {
  with_field(operation_traits<Request>::response_fields, out, i, std::forward<F>(f));
}

/// The wire name of the first required field of `fields` not seen, or "".
template <class Tuple>
std::string_view first_missing_field(const Tuple& fields, const std::bitset<std::tuple_size_v<Tuple>>& seen) {
  std::string_view out;
  std::size_t i = 0;
  apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          if (out.empty() && f.required == presence::required && !seen[i]) out = f.name;
          ++i;
        };
        (one(fd), ...);
      },
      fields);
  return out;
}

/// Whether a field collects repeated XML elements into its list (a
/// std::vector member that is not a list_field).
template <class Fd>
constexpr bool is_repeated_field() {
  if constexpr (Fd::is_list)
    return false;
  else
    return value_kind_of_v<typename Fd::value_type> == value_kind::list;
}

template <class Tuple, std::size_t... I>
constexpr auto repeated_flags_impl(std::index_sequence<I...>) {
  return std::array<bool, sizeof...(I)>{is_repeated_field<std::tuple_element_t<I, Tuple>>()...};
}

/// One flag per field of the tuple type: is_repeated_field.
template <class Tuple>
inline constexpr auto repeated_flags = repeated_flags_impl<Tuple>(std::make_index_sequence<std::tuple_size_v<Tuple>>{});

/// True when a body with these error fields and no operation-specific
/// field is an error body (for 2xx responses, and when the status is unknown).
template <class Request>
bool looks_like_error(const error_views& ev, const std::bitset<response_field_count<Request>>& seen) {
  if (!ev.seen[error_views::code]) return false;
  for (std::size_t i = 0; i < response_field_count<Request>; ++i)
    if (seen[i] && response_names<Request>[i] != "RequestId") return false;
  return true;
}

/// The error finish_decoded returns when the body is not a decoded
/// response (out of line: the success path stays small).
template <class Request>
[[gnu::noinline]] response_result<void> finish_failed(int http_status, const error_views& ev,
                                                      std::string_view missing, bool is_error) {
  if (is_error) return response_error(ev.to_api_error(http_status));
  if (missing.empty())
    return response_error(error(errc::not_an_api_response), http_status, "error status without an error Code");
  return response_error(error(errc::missing_field, missing), http_status);
}

/// How a decoded body ends: the response, or an error for the caller.
/// An `<Error>` root is always an error. Otherwise a non-2xx status with a
/// Code is a service error and without one is not an API response; a 2xx
/// (or unknown, 0) status is an error only when the body is error-shaped.
template <class Request>
response_result<void> finish_decoded(int http_status, const error_views& ev,
                                     const std::bitset<response_field_count<Request>>& seen,
                                     bool error_root) {
  const bool success_status = http_status >= 200 && http_status < 300;
  bool is_error;
  if (error_root)
    is_error = true;
  else if (success_status || http_status == 0)
    is_error = looks_like_error<Request>(ev, seen);
  else
    is_error = ev.seen[error_views::code];
  if (is_error || (!success_status && http_status != 0)) return finish_failed<Request>(http_status, ev, {}, is_error);
  if (const std::string_view missing = first_missing_field(operation_traits<Request>::response_fields, seen);
      !missing.empty())
    return finish_failed<Request>(http_status, ev, missing, false);
  return {};
}

}  // namespace detail
}  // namespace rdscodec

#endif
