// Compile-time probe: the umbrella header, one generated operation, one V3
// signature and one response decoded (format detected). bench/compile_times.py times it.
#include <rdscodec.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>

#include <string_view>

int main(int argc, char** argv) {
  using op = rdscodec::rds::describe_db_instances::request;
  op req;
  req.region_id = "cn-hangzhou";
  const rdscodec::credentials creds("testid", "testsecret");
  rdscodec::v3::options opts;
  rdscodec::http_request http;
  if (!rdscodec::v3::sign(req, creds, opts, http)) return 1;
  const std::string_view body = argc > 1 ? argv[1] : "{}";
  return rdscodec::parse_response<op>(200, body) ? 0 : 1;
}
