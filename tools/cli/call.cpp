// `rdscodec call`: one HTTP exchange with libcurl (when the build found it:
// RDSCODEC_CLI_HAVE_CURL, tools/CMakeLists.txt).
#include "cli.hpp"

#ifdef RDSCODEC_CLI_HAVE_CURL
#include <curl/curl.h>
#endif

#include <cstddef>
#include <string>

namespace cli {

#ifdef RDSCODEC_CLI_HAVE_CURL

namespace {

struct sink {
  std::string* body;
  std::size_t limit;
  bool over = false;
};

std::size_t collect(char* data, std::size_t size, std::size_t n, void* user) {
  auto* s = static_cast<sink*>(user);
  const std::size_t bytes = size * n;
  if (s->body->size() + bytes > s->limit) {
    s->over = true;
    return 0;  // curl stops with CURLE_WRITE_ERROR
  }
  s->body->append(data, bytes);
  return bytes;
}

}  // namespace

bool send_request(const rdscodec::http_request& r, long timeout_seconds, std::size_t max_body, int& status,
                  std::string& body, std::string& why) {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  CURL* curl = initialised ? curl_easy_init() : nullptr;
  if (curl == nullptr) {
    why = "libcurl could not be initialised";
    return false;
  }
  curl_slist* headers = nullptr;
  for (const auto& h : r.headers) headers = curl_slist_append(headers, (h.name + ": " + h.value).c_str());
  headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
  const std::string url = r.url();
  const std::string method(rdscodec::to_string(r.method));
  body.clear();
  sink s{&body, max_body};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (!r.body.empty() || r.method == rdscodec::http_method::post) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, r.body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(r.body.size()));
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &s);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  // Only the scheme the request was signed for (no redirects followed).
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  const CURLcode sent = curl_easy_perform(curl);
  long code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  if (s.over) {
    why = "the answer is larger than " + std::to_string(max_body) + " bytes";
    return false;
  }
  if (sent != CURLE_OK) {
    why = std::string("the exchange failed: ") + curl_easy_strerror(sent);
    return false;
  }
  status = static_cast<int>(code);
  return true;
}

#else

bool send_request(const rdscodec::http_request&, long, std::size_t, int&, std::string&, std::string& why) {
  why = "this rdscodec was built without libcurl; rdscodec sign --curl prints a curl command instead";
  return false;
}

#endif

}  // namespace cli
