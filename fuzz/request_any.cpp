// Fuzz target: the request side of every operation (any_operation.hpp):
// the first two bytes pick the operation (big-endian, modulo their number,
// in byte order of the action names), the rest become its request
// parameters; the checks are request_any_checks.hpp's (decode_request, the
// canonical query of what it decoded, and decoding that again gives the
// same request and the same bytes).
#include "any_operation.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::bytes in(data, size);
  const std::uint8_t hi = in.byte();
  const std::uint8_t lo = in.byte();
  fuzz::pick_operation(hi, lo).request(in);
  return 0;
}
