// One line per value of a decoded response, for the tools that print one
// (any_operation: the CLI's `parse`, the curl client): "Name: value" for each set field,
// nested values as Name.Field (objects), Name[i] (lists, and the items of a
// list_field as Name[i].Field) and Name.key (maps). Numbers as the library
// writes them (floats as JavaScript's Number::toString), booleans as
// true/false, raw_json as its text. Every text from the response (values
// and map keys) goes through `escape` first.
#ifndef RDSCODEC_TOOLS_ANY_OPERATION_RESPONSE_LINES_HPP
#define RDSCODEC_TOOLS_ANY_OPERATION_RESPONSE_LINES_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace response_lines {

template <class Tuple, class Object, class Escape>
void append(std::string& out, const Tuple& fields, const Object& obj, const Escape& escape,
            const std::string& prefix = {});

template <class V, class Escape>
void append_value(std::string& out, const std::string& name, const V& v, const Escape& escape) {
  using namespace rdscodec::detail;
  constexpr value_kind k = value_kind_of_v<V>;
  if constexpr (k == value_kind::string) {
    out += name + ": " + escape(v) + "\n";
  } else if constexpr (k == value_kind::any) {
    out += name + ": " + escape(v.text) + "\n";
  } else if constexpr (k == value_kind::boolean) {
    out += name + (v ? ": true\n" : ": false\n");
  } else if constexpr (k == value_kind::integer || k == value_kind::floating) {
    value_text_buffer buf;
    out += name + ": ";
    out += format_value(v, buf);
    out += '\n';
  } else if constexpr (k == value_kind::list) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      const element_t<V>& item = v[i];
      append_value(out, name + "[" + std::to_string(i) + "]", item, escape);
    }
  } else if constexpr (k == value_kind::map) {
    for (const auto& kv : v) append_value(out, name + "." + escape(kv.first), kv.second, escape);
  } else {
    static_assert(k == value_kind::object, "a response value type of the field model");
    append(out, rdscodec::object_traits<V>::fields, v, escape, name + ".");
  }
}

/// Appends the lines of `obj`, whose fields `fields` describes, each name
/// after `prefix`.
template <class Tuple, class Object, class Escape>
void append(std::string& out, const Tuple& fields, const Object& obj, const Escape& escape,
            const std::string& prefix) {
  rdscodec::apply_fields(
      [&](const auto&... fd) {
        auto one = [&](const auto& field) {
          using fd_t = std::decay_t<decltype(field)>;
          const auto& member = obj.*(fd_t::member);
          const std::string name = prefix + std::string(field.name);
          if constexpr (fd_t::is_list) {
            for (std::size_t i = 0; i < member.size(); ++i)
              append(out, rdscodec::item_traits<typename fd_t::item_type>::fields, member[i], escape,
                     name + "[" + std::to_string(i) + "].");
          } else if (const auto* v = rdscodec::detail::set_value<fd_t>(member); v != nullptr) {
            append_value(out, name, *v, escape);
          }
        };
        (one(fd), ...);
      },
      fields);
}

}  // namespace response_lines

#endif
