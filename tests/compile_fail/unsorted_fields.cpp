// Must not compile: "Zeta" is declared before "Alpha". (A std::make_tuple table: checked as a field_list is.)
#include <rdscodec/model/fields.hpp>
struct req { std::string zeta; std::string alpha; };
template <> struct rdscodec::operation_traits<req> {
  static constexpr std::string_view action = "A";
  static constexpr std::string_view version = "1";
  static constexpr auto fields = std::make_tuple(
      rdscodec::field<&req::zeta>{"Zeta", rdscodec::presence::required},
      rdscodec::field<&req::alpha>{"Alpha", rdscodec::presence::required});
};
static_assert(rdscodec::check_operation<req>());
