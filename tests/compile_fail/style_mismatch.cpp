// Must not compile: shrink 'simple' joins scalars; a list of objects has no such text.
#include <rdscodec/model/fields.hpp>
#include <vector>
struct item { std::string k; };
struct req { std::vector<item> items; };
template <> struct rdscodec::object_traits<item> {
  static constexpr auto fields = rdscodec::field_list(rdscodec::field<&item::k>{"K", rdscodec::presence::required});
};
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = rdscodec::field_list(
      rdscodec::field<&req::items>{"Items", rdscodec::presence::required}.with(rdscodec::wire_style::simple));
};
static_assert(rdscodec::check_operation<req>());
