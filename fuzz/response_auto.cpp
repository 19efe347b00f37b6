// Fuzz target: response bodies with the format detected from the bytes.
#include "response_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::check_response(data, size, std::nullopt);
  return 0;
}
