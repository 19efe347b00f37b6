// The field lists of `rdscodec describe` (any_operation::field_info), read
// from an operation's declaration (operation_traits / object_traits /
// item_traits). Included by entries.hpp (shard TUs) and describe_fields.cpp.
//
// What the shards instantiate is data only: each field declaration becomes
// a `node` (wire name, type, presence, style, position, bounds as plain
// values) in constant-initialised arrays, each value type one `type_desc`.
// The walk that turns them into lines (names of members, inherited style
// and position) is one plain function, compiled once in describe_fields.cpp;
// an operation's describe() is a single call of it.
#ifndef RDSCODEC_TOOLS_ANY_OPERATION_DESCRIBE_FIELDS_HPP
#define RDSCODEC_TOOLS_ANY_OPERATION_DESCRIBE_FIELDS_HPP

#include "any_operation.hpp"

#include <rdscodec/model/fields.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace describe_fields {

enum class kind : unsigned char { string, boolean, integer, number, json, object, list, map };

struct node;

/// A value type: its kind, a list's or map's element, an object's members.
struct type_desc {
  kind k = kind::string;
  const type_desc* element = nullptr;
  const node* members = nullptr;
  std::size_t member_count = 0;
};

/// One declared field.
struct node {
  std::string_view name;
  const type_desc* type = nullptr;
  /// A response list of items (list_field): its members follow it directly,
  /// named `Name[].Member`, without a line for the item.
  bool item_list = false;
  bool required = false;
  rdscodec::wire_style style = rdscodec::wire_style::plain;
  rdscodec::wire_position position = rdscodec::wire_position::query;
  bool has_range = false;  // integers: a range declared
  std::int64_t min = 0, max = 0;  // integers: the declared bounds (the type's when none)
  bool has_length = false;
  std::size_t min_length = 0, max_length = 0;
};

/// Appends the lines of the request fields `req` and the response fields
/// `resp` (describe_fields.cpp).
void describe_nodes(std::vector<any_operation::field_info>& request, const node* req, std::size_t req_count,
                    std::vector<any_operation::field_info>& response, const node* resp, std::size_t resp_count);

template <class V>
constexpr type_desc make_type();

/// The descriptor of value type V (one per type, shared by all operations).
template <class V>
inline constexpr type_desc type_of = make_type<V>();

template <class Item>
constexpr type_desc make_item_object();

template <class Item>
inline constexpr type_desc item_object = make_item_object<Item>();

template <class Item>
inline constexpr type_desc item_list_of = type_desc{kind::list, &item_object<Item>, nullptr, 0};

template <class F>
constexpr node to_node(const F& f) {
  node n;
  n.name = f.name;
  n.required = f.required == rdscodec::presence::required;
  if constexpr (F::is_list) {
    n.type = &item_list_of<typename F::item_type>;
    n.item_list = true;
  } else {
    using V = typename F::value_type;
    n.type = &type_of<V>;
    n.style = f.style;
    n.position = f.position;
    if constexpr (rdscodec::detail::value_kind_of_v<V> == rdscodec::detail::value_kind::integer) {
      n.has_range = f.has_range();
      n.min = f.min;
      n.max = f.max;
    }
    if (f.min_length != 0 || f.max_length != std::numeric_limits<std::size_t>::max()) {
      n.has_length = true;
      n.min_length = f.min_length;
      n.max_length = f.max_length;
    }
  }
  return n;
}

template <class Tuple, std::size_t... I>
constexpr std::array<node, sizeof...(I)> to_nodes(const Tuple& t, std::index_sequence<I...>) {
  return {{to_node(rdscodec::get_field<I>(t))...}};
}

/// The nodes of a fields tuple, in declaration order.
template <class Tuple>
constexpr auto to_nodes(const Tuple& t) {
  return to_nodes(t, std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

template <class V>
inline constexpr auto object_nodes = to_nodes(rdscodec::object_traits<V>::fields);

template <class Item>
inline constexpr auto item_nodes = to_nodes(rdscodec::item_traits<Item>::fields);

template <class Item>
constexpr type_desc make_item_object() {
  return type_desc{kind::object, nullptr, item_nodes<Item>.data(), item_nodes<Item>.size()};
}

template <class V>
constexpr type_desc make_type() {
  using namespace rdscodec::detail;
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::string) return type_desc{kind::string};
  else if constexpr (k == value_kind::boolean) return type_desc{kind::boolean};
  else if constexpr (k == value_kind::integer) return type_desc{kind::integer};
  else if constexpr (k == value_kind::floating) return type_desc{kind::number};
  else if constexpr (k == value_kind::any) return type_desc{kind::json};
  else if constexpr (k == value_kind::list) return type_desc{kind::list, &type_of<element_t<V>>};
  else if constexpr (k == value_kind::map) return type_desc{kind::map, &type_of<element_t<V>>};
  else return type_desc{kind::object, nullptr, object_nodes<V>.data(), object_nodes<V>.size()};
}

template <class Request>
inline constexpr auto request_nodes = to_nodes(rdscodec::operation_traits<Request>::fields);

template <class Request>
inline constexpr auto response_nodes = to_nodes(rdscodec::operation_traits<Request>::response_fields);

/// entry::describe: the request parameters and the response fields.
template <class Request>
void describe(std::vector<any_operation::field_info>& request, std::vector<any_operation::field_info>& response) {
  describe_nodes(request, request_nodes<Request>.data(), request_nodes<Request>.size(), response,
                 response_nodes<Request>.data(), response_nodes<Request>.size());
}

}  // namespace describe_fields

#endif
