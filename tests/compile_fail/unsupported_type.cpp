// Must not compile: a double has no canonical text form here.
#include <rdscodec/fields.hpp>
struct req { double d; };
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = std::make_tuple(
      rdscodec::field<&req::d>{"D", rdscodec::presence::required});
};
static_assert(rdscodec::check_operation<req>());
