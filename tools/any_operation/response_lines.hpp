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
  if constexpr (std::is_same_v<V, std::string>) {
    out += name + ": " + escape(v) + "\n";
  } else if constexpr (std::is_same_v<V, rdscodec::raw_json>) {
    out += name + ": " + escape(v.text) + "\n";
  } else if constexpr (std::is_same_v<V, bool>) {
    out += name + (v ? ": true\n" : ": false\n");
  } else if constexpr (vector_of<V>::value) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      const typename vector_of<V>::element& item = v[i];
      append_value(out, name + "[" + std::to_string(i) + "]", item, escape);
    }
  } else if constexpr (string_map_of<V>::value) {
    for (const auto& kv : v) append_value(out, name + "." + escape(kv.first), kv.second, escape);
  } else if constexpr (has_object_traits<V>::value) {
    append(out, rdscodec::object_traits<V>::fields, v, escape, name + ".");
  } else {
    static_assert(is_integer_v<V> || is_float_v<V>, "a response value type of the field model");
    value_text_buffer buf;
    out += name + ": ";
    out += format_value(v, buf);
    out += '\n';
  }
}

/// Appends the lines of `obj`, whose fields `fields` describes, each name
/// after `prefix`.
template <class Tuple, class Object, class Escape>
void append(std::string& out, const Tuple& fields, const Object& obj, const Escape& escape,
            const std::string& prefix) {
  std::apply(
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
