// Every RDS operation for the fuzz targets response_any and request_any:
// one entry per operation of the generated registry, with the checks of
// response_any_checks.hpp and request_any_checks.hpp as plain function
// pointers. The entries are defined in shard TUs (any_operation_entries.hpp,
// written by cmake/RdscodecShards.cmake from fuzz/CMakeLists.txt) that are
// compiled once into the library rdscodec_fuzz_any_operation and linked into
// both targets: one TU with every operation's checks would need several GB
// and many minutes to compile.
#ifndef RDSCODEC_FUZZ_ANY_OPERATION_HPP
#define RDSCODEC_FUZZ_ANY_OPERATION_HPP

#include "common.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fuzz {

struct any_operation {
  std::string_view action;
  /// response_any: `body` as the operation's response, with HTTP status `status`.
  void (*response)(int status, std::string_view body);
  /// request_any: the rest of the input as the operation's request parameters.
  void (*request)(bytes& in);
};

/// Every operation, sorted by action in byte order (the order of
/// rdscodec::rds::actions, which make_response_any_seeds.py numbers).
const std::vector<any_operation>& all_operations();

/// The operation two input bytes pick (big-endian, modulo the count).
inline const any_operation& pick_operation(std::uint8_t hi, std::uint8_t lo) {
  const auto& all = all_operations();
  return all[((std::size_t{hi} << 8) | lo) % all.size()];
}

}  // namespace fuzz

#endif
