// Compile-time probe: a program that signs one generated operation (V3) and
// includes nothing else of rdscodec. bench/compile_times.py times it.
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/request/sign_v3.hpp>

int main(int argc, char**) {
  rdscodec::rds::describe_db_instances::request req;
  req.region_id = "cn-hangzhou";
  req.page_size = 30 + argc;
  const rdscodec::credentials creds("testid", "testsecret");
  rdscodec::v3::options opts;
  opts.timestamp = "2023-03-13T08:34:30Z";
  opts.nonce = "edb2b34af0af9a6d14deaf7c1a5315eb";
  rdscodec::http_request http;
  return rdscodec::v3::sign(req, creds, opts, http) ? 0 : 1;
}
