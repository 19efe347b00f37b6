// Must not compile: a space is not unreserved, so the name would need encoding.
#include <rdscodec/model/fields.hpp>
struct req { std::string a; };
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = rdscodec::field_list(
      rdscodec::field<&req::a>{"Bad Name", rdscodec::presence::required});
};
static_assert(rdscodec::check_operation<req>());
