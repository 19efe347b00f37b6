// The definitions behind any_operation.hpp's entries, included only by the
// shard TUs that cmake/RdscodecShards.cmake writes (fuzz/CMakeLists.txt):
// add_entries is instantiated there with a few dozen operations each.
#ifndef RDSCODEC_FUZZ_ANY_OPERATION_ENTRIES_HPP
#define RDSCODEC_FUZZ_ANY_OPERATION_ENTRIES_HPP

#include "any_operation.hpp"
#include "request_any_checks.hpp"
#include "response_any_checks.hpp"

#include <vector>

namespace fuzz {

template <class... Requests>
void add_entries(std::vector<any_operation>& out) {
  (out.push_back(any_operation{rdscodec::operation_traits<Requests>::action, &response_any::check_response<Requests>,
                               &request_any::check_request<Requests>}),
   ...);
}

}  // namespace fuzz

#endif
