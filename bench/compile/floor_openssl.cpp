// Compile-time floor for a signing TU: OpenSSL's EVP interface and one digest,
// the part of signing that is the hash. bench/compile_times.py times it.
#include <openssl/evp.h>

#include <cstring>

int main(int argc, char** argv) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  const char* s = argc > 1 ? argv[1] : "";
  return EVP_Digest(s, std::strlen(s), md, &n, EVP_sha256(), nullptr) == 1 ? 0 : 1;
}
