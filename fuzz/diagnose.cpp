// Fuzz target: the SignatureDoesNotMatch diagnosis on arbitrary messages and
// string-to-sign pairs.
#include "common.hpp"

#include <rdscodec/response/diagnose.hpp>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::bytes in(data, size);
  const std::string ours = in.str(255);
  const std::string message(in.rest());
  const auto d = rdscodec::diagnose_signature_mismatch(message, ours);
  const std::string text = d.text();
  FUZZ_CHECK(!text.empty());
  if (!d.server_string_found) return 0;
  const std::string& server = d.server_string_to_sign;
  FUZZ_CHECK(message.find(server) != std::string::npos);  // quoted from the message, not made up
  if (d.identical) {
    FUZZ_CHECK(server == ours);
    return 0;
  }
  FUZZ_CHECK(server != ours);
  FUZZ_CHECK(d.offset <= ours.size() && d.offset <= server.size());
  FUZZ_CHECK(ours.compare(0, d.offset, server, 0, d.offset) == 0);  // equal up to the offset
  FUZZ_CHECK(d.offset == ours.size() || d.offset == server.size() || ours[d.offset] != server[d.offset]);
  FUZZ_CHECK(!d.part.empty());
  return 0;
}
