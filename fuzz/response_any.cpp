// Fuzz target: the response decoder of every operation (any_operation.hpp).
// Input: two bytes, big-endian, choose the operation (modulo their number,
// in byte order of the action names: make_response_any_seeds.py numbers the
// seeds so), one byte the HTTP status (fuzz::statuses), the rest is the
// body. The checks are response_any_checks.hpp's.
#include "any_operation.hpp"
#include "response_checks.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 3) return 0;
  const auto& op = fuzz::pick_operation(data[0], data[1]);
  const int status = fuzz::statuses[data[2] % (sizeof fuzz::statuses / sizeof fuzz::statuses[0])];
  op.response(status, std::string_view(reinterpret_cast<const char*>(data + 3), size - 3));
  return 0;
}
