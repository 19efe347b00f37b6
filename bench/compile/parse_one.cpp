// Compile-time probe: a program that decodes one generated operation's response
// (JSON and XML) and includes nothing else of rdscodec. bench/compile_times.py times it.
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/response/response.hpp>

#include <string_view>

int main(int argc, char** argv) {
  using op = rdscodec::rds::describe_db_instances::request;
  const std::string_view body = argc > 1 ? argv[1] : "{}";
  auto json = rdscodec::parse_response<op>(200, body, rdscodec::response_format::json);
  auto xml = rdscodec::parse_response<op>(200, body, rdscodec::response_format::xml);
  return json && xml ? 0 : 1;
}
