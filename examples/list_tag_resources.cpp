// rdscodec example: one generated operation end to end, offline.
//
// ListTagResources has a list of strings (ResourceId.N) and a list of objects
// (Tag.N.Key / Tag.N.Value) in its request and a nested list in its response
// (TagResources.TagResource[]). The program signs a request with signature V3
// and decodes the operation's published example responses (api-docs.json,
// JSON and XML): the same code the README shows.
#include <rdscodec.hpp>
#include <rdscodec/rds/list_tag_resources.hpp>

#include <cstdio>
#include <string_view>

namespace tags = rdscodec::rds::list_tag_resources;

namespace {

// api-docs.json, ListTagResources, responseDemo (JSON, then XML), verbatim.
constexpr std::string_view json_example = R"({
  "NextToken": "212db86sca4384811e0b5e8707ec21345",
  "RequestId": "47A514A1-4B77-4E30-B4C5-2A880650B3FD",
  "TagResources": {
    "TagResource": [
      {
        "TagValue": "testvalue1",
        "ResourceType": "ALIYUN::RDS::INSTANCE",
        "ResourceId": "rm-uf6wjk5****",
        "TagKey": "testkey1"
      }
    ]
  }
})";

constexpr std::string_view xml_example = R"(<ListTagResourcesResponse>
<TagResources>
    <TagResource>
        <ResourceType>ALIYUN::RDS::INSTANCE</ResourceType>
        <TagValue>testvalue1</TagValue>
        <ResourceId>rm-uf6wjk5xxxxxxx</ResourceId>
        <TagKey>testkey1</TagKey>
    </TagResource>
</TagResources>
<RequestId>47A514A1-4B77-4E30-B4C5-2A880650B3FD</RequestId>
</ListTagResourcesResponse>)";

int decode(std::string_view name, std::string_view body) {
  auto r = rdscodec::parse_response<tags::request>(200, body);
  if (!r) {
    std::fprintf(stderr, "%.*s example: %s\n", static_cast<int>(name.size()), name.data(),
                 r.error().message().c_str());
    return 1;
  }
  const tags::response& resp = *r;
  std::printf("%.*s example: RequestId=%s\n", static_cast<int>(name.size()), name.data(),
              resp.request_id.value_or("").c_str());
  if (resp.tag_resources) {
    for (const tags::tag_resource& t : resp.tag_resources->tag_resource) {
      std::printf("  %s %s=%s\n", t.resource_id.value_or("").c_str(), t.tag_key.value_or("").c_str(),
                  t.tag_value.value_or("").c_str());
    }
  }
  return 0;
}

}  // namespace

int main() {
  // The documentation's test key pair; a real program reads its own.
  const rdscodec::credentials creds("testid", "testsecret");

  tags::request req;
  req.region_id = "cn-hangzhou";
  req.resource_type = "INSTANCE";
  req.resource_id = {{"rm-uf6wjk5xxxxxxx", "rm-bp1xxxxxxxxxxxx"}};  // ResourceId.1, ResourceId.2
  req.tag = {{tags::tag{"env", "prod"}}};                          // Tag.1.Key, Tag.1.Value

  rdscodec::v3::options opts;
  opts.region = "cn-hangzhou";
  opts.timestamp = "2026-12-01T12:00:00Z";  // fixed, so the output is reproducible;
  opts.nonce = "3a1f0c5e9b7d4e2f8a6c1b0d9e8f7a6b";  // leave both empty in real use

  rdscodec::http_request http;
  if (auto r = rdscodec::v3::sign(req, creds, opts, http); !r) {
    std::fprintf(stderr, "cannot sign: %s\n", r.error().message().c_str());
    return 1;
  }
  const std::string_view method = rdscodec::to_string(http.method);
  std::printf("%.*s %s\n", static_cast<int>(method.size()), method.data(), http.url().c_str());
  for (const auto& h : http.headers) std::printf("  %s: %s\n", h.name.c_str(), h.value.c_str());

  return decode("JSON", json_example) | decode("XML", xml_example);
}
