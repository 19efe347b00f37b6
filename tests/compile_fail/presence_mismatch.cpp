// Must not compile: declared optional, but the member is not a std::optional. (A std::make_tuple table: checked as a field_list is.)
#include <rdscodec/model/fields.hpp>
struct req { std::string a; };
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = std::make_tuple(
      rdscodec::field<&req::a>{"A", rdscodec::presence::optional});
};
static_assert(rdscodec::check_operation<req>());
