// The field lists of `rdscodec describe` (any_operation::field_info), read
// from an operation's declaration (operation_traits / object_traits /
// item_traits) by walking value_kind like every other walker of
// model/fields.hpp. Included by entries.hpp only (shard TUs).
#ifndef RDSCODEC_TOOLS_ANY_OPERATION_DESCRIBE_FIELDS_HPP
#define RDSCODEC_TOOLS_ANY_OPERATION_DESCRIBE_FIELDS_HPP

#include "any_operation.hpp"

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace describe_fields {

/// The type's name for field_info::type.
template <class V>
std::string type_name() {
  using namespace rdscodec::detail;
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::string) return "string";
  else if constexpr (k == value_kind::boolean) return "boolean";
  else if constexpr (k == value_kind::integer) return "integer";
  else if constexpr (k == value_kind::floating) return "number";
  else if constexpr (k == value_kind::any) return "json";
  else if constexpr (k == value_kind::list) return "list of " + type_name<element_t<V>>();
  else if constexpr (k == value_kind::map) return "map of " + type_name<element_t<V>>();
  else return "object";
}

/// How names of nested values are spelled: requests `Name.N`, responses `Name[]`.
struct spelling {
  const char* list_item;
};

template <class Tuple>
void fields(std::vector<any_operation::field_info>& out, const Tuple& t, const std::string& prefix, std::size_t depth,
            const any_operation::field_info& inherit, const spelling& how);

/// The members of a value of type V named `name` (not V's own line).
template <class V>
void members(std::vector<any_operation::field_info>& out, const std::string& name, std::size_t depth,
             const any_operation::field_info& inherit, const spelling& how) {
  using namespace rdscodec::detail;
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::list || k == value_kind::map) {
    using E = element_t<V>;
    // Items of scalars get a line of their own only where the command line
    // names them (a repeat-list request field: Ids.N).
    if (is_structured(value_kind_of_v<E>) || (how.list_item[0] == '.' && inherit.style == rdscodec::wire_style::repeat_list)) {
      any_operation::field_info item = inherit;
      item.name = name + (k == value_kind::list ? how.list_item : ".KEY");
      item.type = type_name<E>();
      item.depth = depth;
      item.required = false;
      item.has_range = item.has_length = false;
      out.push_back(item);
      members<E>(out, item.name, depth + 1, inherit, how);
    }
  } else if constexpr (k == value_kind::object) {
    fields(out, rdscodec::object_traits<V>::fields, name + ".", depth, inherit, how);
  }
}

template <class Tuple>
void fields(std::vector<any_operation::field_info>& out, const Tuple& t, const std::string& prefix, std::size_t depth,
            const any_operation::field_info& inherit, const spelling& how) {
  std::apply(
      [&](const auto&... fd) {
        auto one = [&](const auto& f) {
          using fd_t = std::decay_t<decltype(f)>;
          any_operation::field_info info = inherit;
          info.name = prefix + std::string(f.name);
          info.depth = depth;
          info.required = f.required == rdscodec::presence::required;
          info.has_range = info.has_length = false;
          if constexpr (fd_t::is_list) {
            using item_t = typename fd_t::item_type;
            info.type = "list of object";
            out.push_back(info);
            const std::string item = info.name + how.list_item;
            fields(out, rdscodec::item_traits<item_t>::fields, item + ".", depth + 1, inherit, how);
          } else {
            using V = typename fd_t::value_type;
            info.type = type_name<V>();
            if (depth == 0) {
              info.style = f.style;
              info.position = f.position;
            }
            if constexpr (rdscodec::detail::value_kind_of_v<V> == rdscodec::detail::value_kind::integer) {
              info.has_range = f.has_range();
              info.min = f.min;
              info.max = f.max;
            }
            if (f.min_length != 0 || f.max_length != std::numeric_limits<std::size_t>::max()) {
              info.has_length = true;
              info.min_length = f.min_length;
              info.max_length = f.max_length;
            }
            out.push_back(info);
            members<V>(out, info.name, depth + 1, depth == 0 ? info : inherit, how);
          }
        };
        (one(fd), ...);
      },
      t);
}

template <class Request>
void describe(std::vector<any_operation::field_info>& request, std::vector<any_operation::field_info>& response) {
  using traits = rdscodec::operation_traits<Request>;
  fields(request, traits::fields, {}, 0, any_operation::field_info{}, spelling{".N"});
  fields(response, traits::response_fields, {}, 0, any_operation::field_info{}, spelling{"[]"});
}

}  // namespace describe_fields

#endif
