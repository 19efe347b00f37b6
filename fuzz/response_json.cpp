// Fuzz target: JSON response bodies (format forced to JSON).
#include "response_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::check_response(data, size, rdscodec::response_format::json);
  return 0;
}
