// Must not compile: a long double has no wire form (only float and double do).
#include <rdscodec/model/fields.hpp>
struct req { long double d; };
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = rdscodec::field_list(
      rdscodec::field<&req::d>{"D", rdscodec::presence::required});
};
static_assert(rdscodec::check_operation<req>());
