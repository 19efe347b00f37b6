// Fuzz target: XML response bodies (format forced to XML).
#include "response_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::check_response(data, size, rdscodec::response_format::xml);
  return 0;
}
