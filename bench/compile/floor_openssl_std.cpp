// Compile-time sub-floor for a signing TU: floor_openssl plus the standard
// headers a typed request and its signature cannot do without (<string>,
// <string_view>, <optional>, <vector>, <cstdint>), each used once. A signing
// TU pays for these whatever the library does; bench/compile_times.py times it
// and reports sign_one against it beside the OpenSSL-only floor.
#include <openssl/evp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  std::optional<std::string> value;
  if (argc > 1) value = argv[1];
  std::vector<std::string> parts{value.value_or(std::string())};
  const std::string_view s = parts.front();
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  const std::int32_t ok = EVP_Digest(s.data(), s.size(), md, &n, EVP_sha256(), nullptr);
  return ok == 1 ? 0 : 1;
}
