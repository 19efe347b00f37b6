// rdscodec (internal): a field of an operation found by its wire name at
// compile time, for the helpers that act on a few named parameters (the
// ClientToken of retries, PageNumber / NextToken of paging).
#ifndef RDSCODEC_DETAIL_FIELD_LOOKUP_HPP
#define RDSCODEC_DETAIL_FIELD_LOOKUP_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace rdscodec::detail {

/// The index of the field named `wire` in a fields table, or its size.
template <class Tuple>
constexpr std::size_t field_index(const Tuple& t, std::string_view wire) {
  return apply_fields(
      [wire](const auto&... f) {
        std::size_t found = sizeof...(f);
        std::size_t i = 0;
        ((f.name == wire && found == sizeof...(f) ? void(found = i) : void(), ++i), ...);
        (void)i;
        return found;
      },
      t);
}

template <class Tuple>
constexpr bool has_field(const Tuple& t, std::string_view wire) {
  return field_index(t, wire) < std::tuple_size_v<std::remove_const_t<Tuple>>;
}

/// The member of `obj` that the field at index I of `fields` maps to (const when obj is).
template <std::size_t I, class Tuple, class Object>
decltype(auto) member_at(const Tuple& fields, Object& obj) {
  return (obj.*(get_field<I>(fields).member));
}

}  // namespace rdscodec::detail

#endif
