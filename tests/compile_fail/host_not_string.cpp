// Must not compile: a Host field names a region, so it is a plain string.
#include <rdscodec/model/fields.hpp>
#include <cstdint>
struct req { std::int64_t region; };
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = rdscodec::field_list(
      rdscodec::field<&req::region>{"RegionId", rdscodec::presence::required}.with(rdscodec::wire_position::host));
};
static_assert(rdscodec::check_operation<req>());
