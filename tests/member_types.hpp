// The tests' own reading of member types: optional, vector, string-keyed map,
// object with object_traits. The independent walks of the published-examples
// dump and the protocol test use these rather than the library's value_kind,
// since they check what the library's walkers do.
#ifndef RDSCODEC_TESTS_MEMBER_TYPES_HPP
#define RDSCODEC_TESTS_MEMBER_TYPES_HPP

#include <rdscodec/model/fields.hpp>

#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace rdscodec_test {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_string_map : std::false_type {};
template <class T>
struct is_string_map<std::map<std::string, T>> : std::true_type {};
template <class T, class = void>
struct has_fields : std::false_type {};
template <class T>
struct has_fields<T, std::void_t<decltype(rdscodec::object_traits<T>::fields)>> : std::true_type {};
template <class V>
inline constexpr bool is_int_v = std::is_integral_v<V> && !std::is_same_v<V, bool> && !std::is_same_v<V, char>;
template <class V>
inline constexpr bool is_float_v = std::is_same_v<V, float> || std::is_same_v<V, double>;

}  // namespace rdscodec_test

#endif
