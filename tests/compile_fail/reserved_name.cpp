// Must not compile: "Timestamp" is set by the signer.
#include <rdscodec/model/fields.hpp>
struct req { std::string t; };
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = rdscodec::field_list(
      rdscodec::field<&req::t>{"Timestamp", rdscodec::presence::required});
};
static_assert(rdscodec::check_operation<req>());
