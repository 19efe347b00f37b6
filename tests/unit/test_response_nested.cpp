// Responses with the shapes Alibaba Cloud's RDS spec gives them: nested
// objects, list wrappers ("Items": {"DBInstance": [...]}), lists of lists
// five levels deep, floats, maps, raw values; in JSON and XML.
//
// The test types mirror the response schemas of DescribeDBInstances and
// DescribeAvailableZones in spec/rds-20140815/api-docs.json (a subset of
// their fields: the others are unknown to the decoder and skipped), and the
// bodies are those operations' published `responseDemo` examples, copied
// verbatim. Expected values are read off the example text by hand.
#include <rdscodec/response/response.hpp>
#include <rdscodec/server/writer.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using rdscodec::errc;
using rdscodec::field;
using rdscodec::presence;

namespace nested_test {

// --- DescribeDBInstances ------------------------------------------------------

struct read_only_instance {
  std::optional<std::string> db_instance_id;
};
struct read_only_instance_ids {
  std::vector<read_only_instance> read_only_db_instance_id;
};
struct db_instance {
  std::optional<std::string> db_instance_id;
  std::optional<std::string> engine;
  std::optional<std::string> engine_version;
  std::optional<std::string> db_instance_cpu;
  std::optional<std::int64_t> db_instance_memory;
  std::optional<std::int32_t> tips_level;
  std::optional<bool> mutri_or_signle;
  std::optional<bool> deletion_protection;
  std::optional<std::string> connection_string;
  std::optional<read_only_instance_ids> read_only_db_instance_ids;
};
struct db_instance_items {
  // Qualified: a member may not reuse, unqualified, the name of the type it
  // is declared with ([basic.scope.class]); generated code meets the same rule.
  std::vector<nested_test::db_instance> db_instance;
};
struct describe_db_instances_request {
  std::optional<std::string> region_id;
};
struct describe_db_instances_response {
  std::optional<std::string> request_id;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_record_count;
  std::optional<std::int32_t> total_record_count;
  std::optional<db_instance_items> items;
  std::optional<std::string> next_token;
};

// --- DescribeAvailableZones -----------------------------------------------------

struct storage_type {
  std::optional<std::string> storage_type;
};
struct category {
  std::optional<std::string> category;
  std::vector<storage_type> supported_storage_types;
};
struct engine_version {
  std::optional<std::string> version;
  std::vector<category> supported_categorys;
};
struct engine {
  std::optional<std::string> engine;
  std::vector<engine_version> supported_engine_versions;
};
struct available_zone {
  std::optional<std::string> zone_id;
  std::optional<std::string> region_id;
  std::vector<engine> supported_engines;
};
struct describe_available_zones_request {
  std::optional<std::string> region_id;
};
struct describe_available_zones_response {
  std::optional<std::string> request_id;
  std::vector<available_zone> available_zones;
};

// --- the other member types -------------------------------------------------------

struct typed_request {
  std::optional<std::string> region_id;
};
struct typed_response {
  std::string request_id;
  std::optional<double> ratio;
  std::optional<float> weight;
  std::vector<std::string> ids;
  std::vector<std::int64_t> sizes;
  std::map<std::string, std::string> labels;
  std::optional<rdscodec::raw_json> extra;
};

}  // namespace nested_test

namespace rdscodec {

template <>
struct object_traits<nested_test::read_only_instance> {
  static constexpr auto fields = std::make_tuple(
      field<&nested_test::read_only_instance::db_instance_id>{"DBInstanceId", presence::optional});
};
template <>
struct object_traits<nested_test::read_only_instance_ids> {
  static constexpr auto fields = std::make_tuple(field<&nested_test::read_only_instance_ids::read_only_db_instance_id>{
      "ReadOnlyDBInstanceId", presence::optional});
};
template <>
struct object_traits<nested_test::db_instance> {
  using o = nested_test::db_instance;
  static constexpr auto fields = std::make_tuple(
      field<&o::db_instance_id>{"DBInstanceId", presence::optional},
      field<&o::engine>{"Engine", presence::optional},
      field<&o::engine_version>{"EngineVersion", presence::optional},
      field<&o::db_instance_cpu>{"DBInstanceCPU", presence::optional},
      field<&o::db_instance_memory>{"DBInstanceMemory", presence::optional},
      field<&o::tips_level>{"TipsLevel", presence::optional},
      field<&o::mutri_or_signle>{"MutriORsignle", presence::optional},
      field<&o::deletion_protection>{"DeletionProtection", presence::optional},
      field<&o::connection_string>{"ConnectionString", presence::optional},
      field<&o::read_only_db_instance_ids>{"ReadOnlyDBInstanceIds", presence::optional});
};
template <>
struct object_traits<nested_test::db_instance_items> {
  static constexpr auto fields =
      std::make_tuple(field<&nested_test::db_instance_items::db_instance>{"DBInstance", presence::optional});
};
template <>
struct operation_traits<nested_test::describe_db_instances_request> {
  using request = nested_test::describe_db_instances_request;
  using response = nested_test::describe_db_instances_response;
  static constexpr std::string_view action = "DescribeDBInstances";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "DescribeDBInstancesResponse";
  static constexpr auto fields = std::make_tuple(field<&request::region_id>{"RegionId", presence::optional});
  static constexpr auto response_fields = std::make_tuple(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::page_number>{"PageNumber", presence::optional},
      field<&response::page_record_count>{"PageRecordCount", presence::optional},
      field<&response::total_record_count>{"TotalRecordCount", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::next_token>{"NextToken", presence::optional});
};

template <>
struct object_traits<nested_test::storage_type> {
  static constexpr auto fields =
      std::make_tuple(field<&nested_test::storage_type::storage_type>{"StorageType", presence::optional});
};
template <>
struct object_traits<nested_test::category> {
  static constexpr auto fields =
      std::make_tuple(field<&nested_test::category::category>{"Category", presence::optional},
                      field<&nested_test::category::supported_storage_types>{"SupportedStorageTypes", presence::optional});
};
template <>
struct object_traits<nested_test::engine_version> {
  static constexpr auto fields = std::make_tuple(
      field<&nested_test::engine_version::version>{"Version", presence::optional},
      field<&nested_test::engine_version::supported_categorys>{"SupportedCategorys", presence::optional});
};
template <>
struct object_traits<nested_test::engine> {
  static constexpr auto fields = std::make_tuple(
      field<&nested_test::engine::engine>{"Engine", presence::optional},
      field<&nested_test::engine::supported_engine_versions>{"SupportedEngineVersions", presence::optional});
};
template <>
struct object_traits<nested_test::available_zone> {
  static constexpr auto fields = std::make_tuple(
      field<&nested_test::available_zone::zone_id>{"ZoneId", presence::optional},
      field<&nested_test::available_zone::region_id>{"RegionId", presence::optional},
      field<&nested_test::available_zone::supported_engines>{"SupportedEngines", presence::optional});
};
template <>
struct operation_traits<nested_test::describe_available_zones_request> {
  using request = nested_test::describe_available_zones_request;
  using response = nested_test::describe_available_zones_response;
  static constexpr std::string_view action = "DescribeAvailableZones";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "DescribeAvailableZonesResponse";
  static constexpr auto fields = std::make_tuple(field<&request::region_id>{"RegionId", presence::optional});
  static constexpr auto response_fields =
      std::make_tuple(field<&response::request_id>{"RequestId", presence::optional},
                      field<&response::available_zones>{"AvailableZones", presence::optional});
};

template <>
struct operation_traits<nested_test::typed_request> {
  using request = nested_test::typed_request;
  using response = nested_test::typed_response;
  static constexpr std::string_view action = "Typed";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "TypedResponse";
  static constexpr auto fields = std::make_tuple(field<&request::region_id>{"RegionId", presence::optional});
  static constexpr auto response_fields = std::make_tuple(
      field<&response::request_id>{"RequestId", presence::required},
      field<&response::ratio>{"Ratio", presence::optional},
      field<&response::weight>{"Weight", presence::optional},
      field<&response::ids>{"Ids", presence::optional},
      field<&response::sizes>{"Sizes", presence::optional, 0, 1000},
      field<&response::labels>{"Labels", presence::optional},
      field<&response::extra>{"Extra", presence::optional});
};

}  // namespace rdscodec

namespace {

using ddi = nested_test::describe_db_instances_request;
using daz = nested_test::describe_available_zones_request;
using typed = nested_test::typed_request;

// The published examples (api-docs.json, responseDemo), verbatim.
const std::string ddi_json = R"({
  "RequestId": "1AD222E9-E606-4A42-BF6D-8A4442913CEF",
  "PageNumber": 1,
  "PageRecordCount": 10,
  "TotalRecordCount": 100,
  "Items": {
    "DBInstance": [
      {
        "VpcId": "vpc-uf6f7l4fg90****",
        "DedicatedHostIdForLog": "dh-bp****",
        "CreateTime": "2018-11-05T11:26:02Z",
        "PayType": "Postpaid",
        "DedicatedHostNameForLog": "testlog",
        "MutriORsignle": true,
        "DedicatedHostGroupName": "testhostgroup",
        "EngineVersion": "5.7",
        "DedicatedHostGroupId": "dhg-7a9****",
        "VpcName": "test-huadong",
        "DedicatedHostZoneIdForMaster": "cn-hangzhou-c",
        "ConnectionString": "rm-uf6wjk5****.mysql.rds.aliyuncs.com",
        "InstanceNetworkType": "Classic",
        "MasterInstanceId": "rm-uf6wjk5****",
        "ExpireTime": "2019-02-27T16:00:00Z",
        "DestroyTime": "2018-11-05T11:26:02Z",
        "GuardDBInstanceId": "rm-uf64zsu****",
        "DedicatedHostNameForMaster": "testmaster",
        "ZoneId": "cn-hangzhou-a",
        "TipsLevel": 1,
        "DBInstanceId": "rm-uf6wjk5****",
        "DedicatedHostIdForMaster": "dh-bp****",
        "TempDBInstanceId": "rm-uf64zsu****",
        "DBInstanceStorageType": "ModuleList.4.ModuleCode",
        "ConnectionMode": "Standard",
        "LockMode": "Unlock",
        "GeneralGroupName": "TestGroup",
        "VpcCloudInstanceId": "rm-uf6wjk5****",
        "DedicatedHostZoneIdForSlave": "cn-hangzhou-d",
        "Tips": "normal",
        "DedicatedHostZoneIdForLog": "cn-hangzhou-b",
        "DedicatedHostNameForSlave": "testslave",
        "DBInstanceDescription": "testdb",
        "DBInstanceCPU": "2",
        "DBInstanceMemory": 4096,
        "DBInstanceNetType": "Internet",
        "DBInstanceType": "Primary",
        "LockReason": "instance_expired",
        "DBInstanceStatus": "Running",
        "RegionId": "cn-hangzhou",
        "VSwitchId": "vsw-uf6adz52c2p****",
        "DedicatedHostIdForSlave": "dh-bp****",
        "ResourceGroupId": "rg-acfmy****",
        "Category": "Basic",
        "Engine": "MySQL",
        "DBInstanceClass": "rds.mys2.small",
        "SwitchWeight": 100,
        "ReadOnlyDBInstanceIds": {
          "ReadOnlyDBInstanceId": [
            {
              "DBInstanceId": "rr-uf6wjk5****"
            }
          ]
        },
        "DeletionProtection": false,
        "BurstingEnabled": false,
        "BpeEnabled": "0",
        "IoAccelerationEnabled": "0",
        "ColdDataEnabled": false
      }
    ]
  },
  "NextToken": "o7PORW5o2TJg****"
})";

const std::string ddi_xml = R"(<DescribeDBInstancesResponse>
    <TotalRecordCount>1</TotalRecordCount>
    <PageRecordCount>1</PageRecordCount>
    <RequestId>A436D75C-30B0-1F34-8544-4B46F4407CC1</RequestId>
    <NextToken>o7PORW5owHNg**********</NextToken>
    <PageNumber>1</PageNumber>
    <Items>
        <DBInstance>
            <EngineVersion>10.0</EngineVersion>
            <ZoneId>cn-hangzhou-h</ZoneId>
            <DBInstanceStatus>Running</DBInstanceStatus>
            <ResourceGroupId>rg-acfmyiu********</ResourceGroupId>
            <DBInstanceNetType>Intranet</DBInstanceNetType>
            <DBInstanceClass>pg.n2.small.2c</DBInstanceClass>
            <CreateTime>2021-02-02T09:14:48Z</CreateTime>
            <VSwitchId>vsw-bp10aqj6o4lcl********</VSwitchId>
            <TipsLevel>0</TipsLevel>
            <DBInstanceType>Primary</DBInstanceType>
            <PayType>Prepaid</PayType>
            <LockMode>Unlock</LockMode>
            <DeletionProtection>false</DeletionProtection>
            <MutriORsignle>false</MutriORsignle>
            <InstanceNetworkType>VPC</InstanceNetworkType>
            <InsId>1</InsId>
            <VpcId>vpc-bp1opxu1zkhn0********</VpcId>
            <DBInstanceId>pgm-bp10re7n********</DBInstanceId>
            <ConnectionMode>Standard</ConnectionMode>
            <ReadOnlyDBInstanceIds>
            </ReadOnlyDBInstanceIds>
            <VpcCloudInstanceId>pgm-bp10re7n********</VpcCloudInstanceId>
            <RegionId>cn-hangzhou</RegionId>
            <ConnectionString>pgm-bp10re7n**************.pg.rds.aliyuncs.com</ConnectionString>
            <ExpireTime>2021-02-03T09:14:48Z</ExpireTime>
            <Engine>PostgreSQL</Engine>
        </DBInstance>
    </Items>
</DescribeDBInstancesResponse>)";

const std::string daz_json = R"({
  "RequestId": "4256E149-C3C4-4FA7-BDEA-13CA415E8763",
  "AvailableZones": [
    {
      "ZoneId": "cn-hangzhou-e",
      "RegionId": "cn-hangzhou",
      "SupportedEngines": [
        {
          "Engine": "MySQL",
          "SupportedEngineVersions": [
            {
              "Version": "8.0",
              "SupportedCategorys": [
                {
                  "Category": "HighAvailability",
                  "SupportedStorageTypes": [
                    {
                      "StorageType": "local_ssd"
                    }
                  ]
                }
              ]
            }
          ]
        }
      ]
    }
  ]
})";

const std::string daz_xml = R"(<DescribeAvailableZonesResponse>
<RequestId>4256E149-C3C4-4FA7-BDEA-13CA415E8763</RequestId>
<AvailableZones>
    <ZoneId>cn-hangzhou-e</ZoneId>
    <RegionId>cn-hangzhou</RegionId>
    <SupportedEngines>
        <SupportedEngineVersions>
            <Version>8.0</Version>
            <SupportedCategorys>
                <Category>HighAvailability</Category>
                <SupportedStorageTypes>
                    <StorageType>local_ssd</StorageType>
                </SupportedStorageTypes>
                <SupportedStorageTypes>
                    <StorageType>cloud_ssd</StorageType>
                </SupportedStorageTypes>
            </SupportedCategorys>
            <SupportedCategorys>
                <Category>Basic</Category>
                <SupportedStorageTypes>
                    <StorageType>cloud_ssd</StorageType>
                </SupportedStorageTypes>
            </SupportedCategorys>
        </SupportedEngineVersions>
        <Engine>MySQL</Engine>
    </SupportedEngines>
</AvailableZones>
</DescribeAvailableZonesResponse>)";

template <class Request>
rdscodec::response_of_t<Request> decode(const std::string& body, rdscodec::parse_options options = {}) {
  rdscodec::response_parser parser(options);
  rdscodec::response_of_t<Request> out;
  const auto r = parser.parse_into<Request>(200, body, out);
  INFO(body);
  REQUIRE(r);
  return out;
}

template <class Request>
rdscodec::response_error decode_error(const std::string& body, rdscodec::parse_options options = {}) {
  rdscodec::response_parser parser(options);
  rdscodec::response_of_t<Request> out;
  const auto r = parser.parse_into<Request>(200, body, out);
  INFO(body);
  REQUIRE_FALSE(r);
  REQUIRE_FALSE(r.error().is_service_error());
  return r.error();
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("DescribeDBInstances: the published JSON example, list wrapper and nested wrapper", "[response][nested]") {
  const auto r = decode<ddi>(ddi_json);
  CHECK(r.request_id == "1AD222E9-E606-4A42-BF6D-8A4442913CEF");
  CHECK(r.page_number == 1);
  CHECK(r.page_record_count == 10);
  CHECK(r.total_record_count == 100);
  CHECK(r.next_token == "o7PORW5o2TJg****");
  REQUIRE(r.items);
  REQUIRE(r.items->db_instance.size() == 1);
  const auto& i = r.items->db_instance[0];
  CHECK(i.db_instance_id == "rm-uf6wjk5****");
  CHECK(i.engine == "MySQL");
  CHECK(i.engine_version == "5.7");
  CHECK(i.db_instance_cpu == "2");  // a string in the example
  CHECK(i.db_instance_memory == 4096);
  CHECK(i.tips_level == 1);
  CHECK(i.mutri_or_signle == true);
  CHECK(i.deletion_protection == false);
  CHECK(i.connection_string == "rm-uf6wjk5****.mysql.rds.aliyuncs.com");
  REQUIRE(i.read_only_db_instance_ids);
  REQUIRE(i.read_only_db_instance_ids->read_only_db_instance_id.size() == 1);
  CHECK(i.read_only_db_instance_ids->read_only_db_instance_id[0].db_instance_id == "rr-uf6wjk5****");
}

TEST_CASE("DescribeDBInstances: the published XML example", "[response][nested]") {
  const auto r = decode<ddi>(ddi_xml);
  CHECK(r.request_id == "A436D75C-30B0-1F34-8544-4B46F4407CC1");
  CHECK(r.page_number == 1);
  CHECK(r.page_record_count == 1);
  CHECK(r.total_record_count == 1);
  CHECK(r.next_token == "o7PORW5owHNg**********");
  REQUIRE(r.items);
  REQUIRE(r.items->db_instance.size() == 1);  // a lone <DBInstance> is a list of one
  const auto& i = r.items->db_instance[0];
  CHECK(i.db_instance_id == "pgm-bp10re7n********");
  CHECK(i.engine == "PostgreSQL");
  CHECK(i.engine_version == "10.0");
  CHECK_FALSE(i.db_instance_cpu);
  CHECK_FALSE(i.db_instance_memory);
  CHECK(i.tips_level == 0);
  CHECK(i.mutri_or_signle == false);
  CHECK(i.deletion_protection == false);
  CHECK(i.connection_string == "pgm-bp10re7n**************.pg.rds.aliyuncs.com");
  // <ReadOnlyDBInstanceIds> holds only whitespace: present, with no element.
  REQUIRE(i.read_only_db_instance_ids);
  CHECK(i.read_only_db_instance_ids->read_only_db_instance_id.empty());
}

TEST_CASE("DescribeAvailableZones: the published JSON example, lists five levels deep", "[response][nested]") {
  const auto r = decode<daz>(daz_json);
  CHECK(r.request_id == "4256E149-C3C4-4FA7-BDEA-13CA415E8763");
  REQUIRE(r.available_zones.size() == 1);
  const auto& z = r.available_zones[0];
  CHECK(z.zone_id == "cn-hangzhou-e");
  CHECK(z.region_id == "cn-hangzhou");
  REQUIRE(z.supported_engines.size() == 1);
  CHECK(z.supported_engines[0].engine == "MySQL");
  REQUIRE(z.supported_engines[0].supported_engine_versions.size() == 1);
  const auto& v = z.supported_engines[0].supported_engine_versions[0];
  CHECK(v.version == "8.0");
  REQUIRE(v.supported_categorys.size() == 1);
  CHECK(v.supported_categorys[0].category == "HighAvailability");
  REQUIRE(v.supported_categorys[0].supported_storage_types.size() == 1);
  CHECK(v.supported_categorys[0].supported_storage_types[0].storage_type == "local_ssd");
}

TEST_CASE("DescribeAvailableZones: the published XML example, repeated elements at every level",
          "[response][nested]") {
  const auto r = decode<daz>(daz_xml);
  CHECK(r.request_id == "4256E149-C3C4-4FA7-BDEA-13CA415E8763");
  REQUIRE(r.available_zones.size() == 1);
  const auto& z = r.available_zones[0];
  CHECK(z.zone_id == "cn-hangzhou-e");
  CHECK(z.region_id == "cn-hangzhou");
  REQUIRE(z.supported_engines.size() == 1);
  CHECK(z.supported_engines[0].engine == "MySQL");  // after the list in the XML text
  REQUIRE(z.supported_engines[0].supported_engine_versions.size() == 1);
  const auto& v = z.supported_engines[0].supported_engine_versions[0];
  CHECK(v.version == "8.0");
  REQUIRE(v.supported_categorys.size() == 2);
  CHECK(v.supported_categorys[0].category == "HighAvailability");
  REQUIRE(v.supported_categorys[0].supported_storage_types.size() == 2);
  CHECK(v.supported_categorys[0].supported_storage_types[0].storage_type == "local_ssd");
  CHECK(v.supported_categorys[0].supported_storage_types[1].storage_type == "cloud_ssd");
  CHECK(v.supported_categorys[1].category == "Basic");
  REQUIRE(v.supported_categorys[1].supported_storage_types.size() == 1);
  CHECK(v.supported_categorys[1].supported_storage_types[0].storage_type == "cloud_ssd");
}

TEST_CASE("Nested responses: parsing into a reused object starts from empty", "[response][nested]") {
  rdscodec::response_parser parser;
  nested_test::describe_available_zones_response out;
  REQUIRE(parser.parse_into<daz>(200, daz_xml, out));
  REQUIRE(parser.parse_into<daz>(200, R"({"RequestId":"x"})", out));
  CHECK(out.request_id == "x");
  CHECK(out.available_zones.empty());
}

TEST_CASE("Nested responses: a wrong type deep inside names the field by its path", "[response][nested]") {
  const auto json = decode_error<ddi>(replace(ddi_json, R"("TipsLevel": 1)", R"("TipsLevel": "high")"));
  CHECK(json == errc::wrong_type);
  CHECK(json.field() == "Items.DBInstance.1.TipsLevel");
  const auto xml = decode_error<ddi>(replace(ddi_xml, "<TipsLevel>0</TipsLevel>", "<TipsLevel>high</TipsLevel>"));
  CHECK(xml == errc::wrong_type);
  CHECK(xml.field() == "Items.DBInstance.1.TipsLevel");
  // The second storage type of the first category, four lists down.
  const auto deep = decode_error<daz>(
      replace(daz_xml, "<StorageType>cloud_ssd</StorageType>", "<StorageType><x/></StorageType>"));
  CHECK(deep == errc::wrong_type);
  // error::field keeps the first 63 bytes (error::max_field_length) of a
  // longer path: "AvailableZones.1.SupportedEngines.1.SupportedEngineVersions.1."
  // is 62 of them.
  CHECK(deep.field() == "AvailableZones.1.SupportedEngines.1.SupportedEngineVersions.1.S");
  const auto object = decode_error<ddi>(R"({"Items": {"DBInstance": [{}, 7]}})");
  CHECK(object == errc::wrong_type);
  CHECK(object.field() == "Items.DBInstance.2");
}

TEST_CASE("Nested responses: a field twice inside one item is refused", "[response][nested]") {
  const auto json = decode_error<ddi>(
      replace(ddi_json, R"("DBInstanceId": "rm-uf6wjk5****",)", R"("DBInstanceId": "a", "DBInstanceId": "b",)"));
  CHECK(json == errc::duplicate_field);
  CHECK(json.field() == "Items.DBInstance.1.DBInstanceId");
  const auto xml = decode_error<ddi>(
      replace(ddi_xml, "<ZoneId>cn-hangzhou-h</ZoneId>", "<DBInstanceId>a</DBInstanceId>"));
  CHECK(xml == errc::duplicate_field);
  CHECK(xml.field() == "Items.DBInstance.1.DBInstanceId");
  // Two list wrappers in one object are two values of one field.
  const auto wrapper = decode_error<ddi>(R"(<DescribeDBInstancesResponse><Items></Items><Items></Items></DescribeDBInstancesResponse>)");
  CHECK(wrapper == errc::duplicate_field);
  CHECK(wrapper.field() == "Items");
  // In JSON an array field is one member: twice is a duplicate too.
  const auto list = decode_error<ddi>(R"({"Items": {"DBInstance": [], "DBInstance": []}})");
  CHECK(list == errc::duplicate_field);
  CHECK(list.field() == "Items.DBInstance");
}

TEST_CASE("Nested responses: the depth limit holds inside typed lists", "[response][nested]") {
  rdscodec::parse_options shallow;
  // JSON (every value counts, as for unknown values): root 1, AvailableZones
  // 2, a zone 3, SupportedEngines 4, an engine 5, SupportedEngineVersions 6,
  // a version 7, SupportedCategorys 8, a category 9, SupportedStorageTypes
  // 10, a storage type 11, its StorageType string 12.
  shallow.max_depth = 5;
  CHECK(decode_error<daz>(daz_json, shallow) == errc::too_deep);
  shallow.max_depth = 12;
  CHECK(decode<daz>(daz_json, shallow).available_zones.size() == 1);
  shallow.max_depth = 11;
  CHECK(decode_error<daz>(daz_json, shallow) == errc::too_deep);
  // XML: root 1, AvailableZones 2, SupportedEngines 3, SupportedEngineVersions 4,
  // SupportedCategorys 5, SupportedStorageTypes 6, StorageType 7, its text 8.
  shallow.max_depth = 8;
  CHECK(decode<daz>(daz_xml, shallow).available_zones.size() == 1);
  shallow.max_depth = 7;
  CHECK(decode_error<daz>(daz_xml, shallow) == errc::too_deep);
}

TEST_CASE("Typed responses: floats, lists of scalars, maps and raw values in JSON", "[response][nested]") {
  const auto r = decode<typed>(
      R"({"RequestId":"r","Ratio":0.25,"Weight":"1.5","Ids":["a","b"],"Sizes":[1,"2"],)"
      R"("Labels":{"env":"prod","team":"db"},"Extra":{"k": [1, {"x":null}]} })");
  CHECK(r.request_id == "r");
  CHECK(r.ratio == 0.25);   // exact in binary
  CHECK(r.weight == 1.5f);  // a number as a string
  CHECK(r.ids == std::vector<std::string>{"a", "b"});
  CHECK(r.sizes == std::vector<std::int64_t>{1, 2});
  CHECK(r.labels == std::map<std::string, std::string>{{"env", "prod"}, {"team", "db"}});
  REQUIRE(r.extra);
  CHECK(r.extra->text == R"({"k": [1, {"x":null}]})");  // verbatim, trailing space trimmed
  // A raw scalar keeps its JSON spelling (quotes included).
  CHECK(decode<typed>(R"({"RequestId":"r","Extra":"a\nb"})").extra->text == R"("a\nb")");
  // The service writes arrays; a lone value is a list of one.
  CHECK(decode<typed>(R"({"RequestId":"r","Ids":"only"})").ids == std::vector<std::string>{"only"});
  CHECK(decode<typed>(R"({"RequestId":"r","Ratio":-12e-1})").ratio == -1.2);
}

TEST_CASE("Typed responses: the same in XML", "[response][nested]") {
  const auto r = decode<typed>(
      "<TypedResponse><RequestId>r</RequestId><Ratio>0.25</Ratio><Weight>1.5</Weight><Ids>a</Ids><Sizes>1</Sizes>"
      "<Ids>b</Ids><Sizes>2</Sizes><Labels><env>prod</env><team>db</team></Labels>"
      "<Extra><k>1</k><k>two</k></Extra></TypedResponse>");
  CHECK(r.ratio == 0.25);
  CHECK(r.weight == 1.5f);
  CHECK(r.ids == std::vector<std::string>{"a", "b"});
  CHECK(r.sizes == std::vector<std::int64_t>{1, 2});
  CHECK(r.labels == std::map<std::string, std::string>{{"env", "prod"}, {"team", "db"}});
  REQUIRE(r.extra);
  // JSON text: child elements are members, a repeated name an array, text a
  // JSON string (XML has no numbers).
  CHECK(r.extra->text == R"({"k":["1","two"]})");
  CHECK(decode<typed>("<TypedResponse><RequestId>r</RequestId><Extra>a&amp;b</Extra></TypedResponse>").extra->text ==
        R"("a&b")");
}

TEST_CASE("Typed responses: bad floats, ranges and map keys", "[response][nested]") {
  auto json = [](const std::string& member) { return decode_error<typed>(R"({"RequestId":"r",)" + member + "}"); };
  CHECK(json(R"("Ratio":1e400)") == errc::wrong_type);   // beyond a double
  CHECK(json(R"("Ratio":"inf")") == errc::wrong_type);   // no text for infinities
  CHECK(json(R"("Ratio":"NaN")") == errc::wrong_type);
  CHECK(json(R"("Ratio":" 1")") == errc::wrong_type);    // strict text
  CHECK(json(R"("Ratio":true)") == errc::wrong_type);
  CHECK(json(R"("Weight":1e39)") == errc::wrong_type);   // beyond a float
  CHECK(json(R"("Ratio":1.)") == errc::json_syntax);     // not JSON at all
  const auto range = json(R"("Sizes":[5,1001])");
  CHECK(range == errc::value_out_of_range);
  CHECK(range.field() == "Sizes.2");
  const auto key = json(R"("Labels":{"a":"1","a":"2"})");
  CHECK(key == errc::duplicate_field);
  CHECK(key.field() == "Labels.a");
  CHECK(json(R"("Labels":["a"])") == errc::wrong_type);
  CHECK(json(R"("Extra":{"a":tru})") == errc::json_syntax);  // walked for validity

  auto xml = [](const std::string& elements) {
    return decode_error<typed>("<TypedResponse><RequestId>r</RequestId>" + elements + "</TypedResponse>");
  };
  CHECK(xml("<Ratio>nan</Ratio>") == errc::wrong_type);
  CHECK(xml("<Ratio>1e400</Ratio>") == errc::wrong_type);
  CHECK(xml("<Weight>1e39</Weight>") == errc::wrong_type);
  CHECK(xml("<Ratio>+1</Ratio>") == errc::wrong_type);
  CHECK(xml("<Ratio>1</Ratio><Ratio>2</Ratio>") == errc::duplicate_field);
  const auto xrange = xml("<Sizes>5</Sizes><Sizes>-1</Sizes>");
  CHECK(xrange == errc::value_out_of_range);
  CHECK(xrange.field() == "Sizes.2");
  const auto xkey = xml("<Labels><a>1</a><a>2</a></Labels>");
  CHECK(xkey == errc::duplicate_field);
  CHECK(xkey.field() == "Labels.a");
  const auto missing = decode_error<typed>("<TypedResponse><Ratio>1</Ratio></TypedResponse>");
  CHECK(missing == errc::missing_field);
  CHECK(missing.field() == "RequestId");
}

TEST_CASE("Nested responses: a non-finite float is refused by the writer, never written as nothing",
          "[response][nested][writer]") {
  // JSON has no number for NaN or infinity and XML no agreed text; null (what
  // JSON.stringify writes) or an empty element would not read back into a
  // float member (both are wrong_type to the readers), so the writer refuses
  // the value and names it.
  nested_test::typed_response t;
  t.request_id = "r";
  t.ratio = std::numeric_limits<double>::quiet_NaN();
  for (auto f : {rdscodec::response_format::json, rdscodec::response_format::xml}) {
    const auto w = rdscodec::write_response<typed>(t, f);
    REQUIRE_FALSE(w);
    CHECK(w.error().value() == errc::value_out_of_range);
    CHECK(w.error().field() == "Ratio");
  }
  t.ratio.reset();
  t.weight = -std::numeric_limits<float>::infinity();
  CHECK(rdscodec::write_response<typed>(t, rdscodec::response_format::json).error().field() == "Weight");
  // Null does not read back: the reason null is not written.
  CHECK(decode_error<typed>(R"({"RequestId":"r","Ratio":null})") == errc::wrong_type);
}

TEST_CASE("Nested responses: the writer's bodies read back, in both formats", "[response][nested][writer]") {
  nested_test::typed_response t;
  t.request_id = "r";
  t.ratio = 0.1;
  t.weight = 2.5f;
  t.ids = {"a", "<b>"};
  t.sizes = {7};
  t.labels = {{"env", "prod"}};
  t.extra = rdscodec::raw_json{R"({"k":[1,2]})"};
  const std::string json = rdscodec::write_response<typed>(t, rdscodec::response_format::json).value();
  // Members in declaration order; 0.1 is JavaScript's shortest text.
  CHECK(json == R"({"RequestId":"r","Ratio":0.1,"Weight":2.5,"Ids":["a","<b>"],"Sizes":[7],)"
                R"("Labels":{"env":"prod"},"Extra":{"k":[1,2]}})");
  const std::string xml = rdscodec::write_response<typed>(t, rdscodec::response_format::xml).value();
  CHECK(xml == R"(<?xml version="1.0" encoding="UTF-8"?><TypedResponse><RequestId>r</RequestId><Ratio>0.1</Ratio>)"
               R"(<Weight>2.5</Weight><Ids>a</Ids><Ids>&lt;b&gt;</Ids><Sizes>7</Sizes><Labels><env>prod</env></Labels>)"
               R"(<Extra><k>1</k><k>2</k></Extra></TypedResponse>)");  // the array member as repeated elements
  for (const auto& body : {json, xml}) {
    const auto back = decode<typed>(body);
    CHECK(back.request_id == "r");
    CHECK(back.ratio == 0.1);
    CHECK(back.weight == 2.5f);
    CHECK(back.ids == std::vector<std::string>{"a", "<b>"});
    CHECK(back.sizes == std::vector<std::int64_t>{7});
    CHECK(back.labels == std::map<std::string, std::string>{{"env", "prod"}});
    REQUIRE(back.extra);
    // XML carries no number type: the numbers come back as strings.
    CHECK(back.extra->text == (body == json ? R"({"k":[1,2]})" : R"({"k":["1","2"]})"));
  }

  // The five-level example, written in the other format and read back.
  const auto zones = decode<daz>(daz_xml);
  for (auto f : {rdscodec::response_format::json, rdscodec::response_format::xml}) {
    const auto back = decode<daz>(rdscodec::write_response<daz>(zones, f).value());
    REQUIRE(back.available_zones.size() == 1);
    REQUIRE(back.available_zones[0].supported_engines.size() == 1);
    const auto& e = back.available_zones[0].supported_engines[0];
    CHECK(e.engine == "MySQL");
    REQUIRE(e.supported_engine_versions.size() == 1);
    const auto& c = e.supported_engine_versions[0].supported_categorys;
    REQUIRE(c.size() == 2);
    CHECK(c[1].category == "Basic");
    REQUIRE(c[0].supported_storage_types.size() == 2);
    CHECK(c[0].supported_storage_types[1].storage_type == "cloud_ssd");
  }
  // An empty list wrapper stays present; a missing one stays missing.
  nested_test::describe_db_instances_response d;
  d.items.emplace();
  CHECK(rdscodec::write_response<ddi>(d, rdscodec::response_format::json).value() == R"({"Items":{"DBInstance":[]}})");
  CHECK(decode<ddi>(rdscodec::write_response<ddi>(d, rdscodec::response_format::xml).value()).items.has_value());
  d.items.reset();
  CHECK_FALSE(decode<ddi>(rdscodec::write_response<ddi>(d, rdscodec::response_format::xml).value()).items.has_value());
}

TEST_CASE("1 MiB nested bodies: many list elements, many map keys, long raw values", "[.linear][response][nested]") {
  const std::size_t limit = rdscodec::parse_options{}.max_body_size;
  auto fill = [&](std::string head, const std::string& piece, const std::string& sep, const std::string& tail) {
    std::size_t n = 0;
    while (head.size() + piece.size() + sep.size() + tail.size() < limit) {
      if (n++ != 0) head += sep;
      head += piece;
    }
    return std::make_pair(head + tail, n);
  };
  // JSON: list elements, each an object with an unknown member, five levels down.
  {
    const auto [body, n] = fill(R"({"AvailableZones":[)", R"({"ZoneId":"z","x":1})", ",", "]}");
    CHECK(decode<daz>(body).available_zones.size() == n);
  }
  // XML: repeated elements of one field among many siblings.
  {
    const auto [body, n] =
        fill("<TypedResponse><RequestId>r</RequestId>", "<Ids>a</Ids><u/>", "", "</TypedResponse>");
    CHECK(decode<typed>(body).ids.size() == n);
  }
  // Map keys, in ascending order and not.
  for (bool ascending : {true, false}) {
    std::string body = R"({"RequestId":"r","Labels":{)";
    std::size_t n = 0;
    while (body.size() + 32 < limit) {
      const std::size_t k = ascending ? n : (n * 7919) % 1000003;
      if (n++ != 0) body += ',';
      body += "\"k" + std::to_string(1000000 + k) + "\":\"v\"";
    }
    body += "}}";
    CHECK(decode<typed>(body).labels.size() == n);
  }
  // One raw value of nested arrays under the depth limit, repeated.
  {
    const auto [body, n] = fill(R"({"RequestId":"r","Extra":[)", "[[[1]]]", ",", "]}");
    CHECK(decode<typed>(body).extra->text.size() == body.size() - std::string(R"({"RequestId":"r","Extra":)").size() - 1);
    CHECK(n > 0);
  }
}

// --- decoding into a kept response again --------------------------------------------

namespace nested_test {
struct reuse_owner {
  std::string name;
  std::optional<std::string> email;
};
struct reuse_item {
  std::optional<std::string> id;
  std::optional<std::int32_t> size;
  std::vector<std::string> tags;
};
struct reuse_request {
  std::optional<std::string> region_id;
};
struct reuse_response {
  std::optional<std::string> request_id;
  std::vector<reuse_item> items;
  std::map<std::string, std::string> labels;
  std::map<std::string, reuse_owner> teams;
  reuse_owner owner;
  std::optional<std::int64_t> total;
  std::optional<rdscodec::raw_json> extra;
};
}  // namespace nested_test

namespace rdscodec {
template <>
struct object_traits<nested_test::reuse_owner> {
  static constexpr auto fields = std::make_tuple(field<&nested_test::reuse_owner::name>{"Name", presence::required},
                                                 field<&nested_test::reuse_owner::email>{"Email", presence::optional});
};
template <>
struct object_traits<nested_test::reuse_item> {
  static constexpr auto fields = std::make_tuple(field<&nested_test::reuse_item::id>{"Id", presence::optional},
                                                 field<&nested_test::reuse_item::size>{"Size", presence::optional},
                                                 field<&nested_test::reuse_item::tags>{"Tags", presence::optional});
};
template <>
struct operation_traits<nested_test::reuse_request> {
  using request = nested_test::reuse_request;
  using response = nested_test::reuse_response;
  static constexpr std::string_view action = "Reuse";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view response_root = "ReuseResponse";
  static constexpr auto fields = std::make_tuple(field<&request::region_id>{"RegionId", presence::optional});
  static constexpr auto response_fields = std::make_tuple(
      field<&response::request_id>{"RequestId", presence::optional},
      field<&response::items>{"Items", presence::optional},
      field<&response::labels>{"Labels", presence::optional},
      field<&response::teams>{"Teams", presence::optional},
      field<&response::owner>{"Owner", presence::optional},
      field<&response::total>{"Total", presence::optional},
      field<&response::extra>{"Extra", presence::optional});
};
}  // namespace rdscodec

namespace {

using reuse = nested_test::reuse_request;

// A rich body (three items, tags, two labels, two teams, every optional
// there), a sparse one (one item without Id or Tags, another label, one team
// without Email, no Total or Extra) and the rich one with a wrong type in
// its last item. In XML the Items and Tags elements repeat, and Total stands
// between two Items.
const std::string reuse_rich_json =
    R"({"RequestId":"req-rich-0123456789abcdef","Items":[)"
    R"({"Id":"item-one-with-a-long-id-0001","Size":10,"Tags":["alpha-tag-long-enough-to-allocate","beta"]},)"
    R"({"Id":"item-two","Size":20,"Tags":["gamma"]},{"Id":"item-three","Size":30,"Tags":[]}],)"
    R"("Labels":{"env":"production-environment-label","team":"db"},)"
    R"("Teams":{"core":{"Name":"Core team","Email":"core@example.com"},"edge":{"Name":"Edge"}},)"
    R"("Owner":{"Name":"Alice Example Long Name","Email":"alice@example.com"},"Total":3,"Extra":{"k":[1,2]}})";
const std::string reuse_sparse_json =
    R"({"RequestId":"r2","Items":[{"Size":5}],"Labels":{"zone":"a"},"Teams":{"edge":{"Name":"E2"}},)"
    R"("Owner":{"Name":"Bob"}})";
const std::string reuse_rich_xml =
    "<ReuseResponse><RequestId>req-rich-0123456789abcdef</RequestId>"
    "<Items><Id>item-one-with-a-long-id-0001</Id><Size>10</Size>"
    "<Tags>alpha-tag-long-enough-to-allocate</Tags><Tags>beta</Tags></Items>"
    "<Items><Id>item-two</Id><Size>20</Size><Tags>gamma</Tags></Items><Total>3</Total>"
    "<Items><Id>item-three</Id><Size>30</Size></Items>"
    "<Labels><env>production-environment-label</env><team>db</team></Labels>"
    "<Teams><core><Name>Core team</Name><Email>core@example.com</Email></core><edge><Name>Edge</Name></edge></Teams>"
    "<Owner><Name>Alice Example Long Name</Name><Email>alice@example.com</Email></Owner>"
    "<Extra><k>1</k><k>2</k></Extra></ReuseResponse>";
const std::string reuse_sparse_xml =
    "<ReuseResponse><RequestId>r2</RequestId><Items><Size>5</Size></Items><Labels><zone>a</zone></Labels>"
    "<Teams><edge><Name>E2</Name></edge></Teams><Owner><Name>Bob</Name></Owner></ReuseResponse>";

void check_rich(const nested_test::reuse_response& r, const std::string& extra) {
  CHECK(r.request_id == std::optional<std::string>("req-rich-0123456789abcdef"));
  REQUIRE(r.items.size() == 3);
  CHECK(r.items[0].id == std::optional<std::string>("item-one-with-a-long-id-0001"));
  CHECK(r.items[0].size == std::optional<std::int32_t>(10));
  CHECK(r.items[0].tags == std::vector<std::string>{"alpha-tag-long-enough-to-allocate", "beta"});
  CHECK(r.items[1].id == std::optional<std::string>("item-two"));
  CHECK(r.items[1].size == std::optional<std::int32_t>(20));
  CHECK(r.items[1].tags == std::vector<std::string>{"gamma"});
  CHECK(r.items[2].id == std::optional<std::string>("item-three"));
  CHECK(r.items[2].size == std::optional<std::int32_t>(30));
  CHECK(r.items[2].tags.empty());
  CHECK(r.labels == std::map<std::string, std::string>{{"env", "production-environment-label"}, {"team", "db"}});
  REQUIRE(r.teams.size() == 2);
  CHECK(r.teams.at("core").name == "Core team");
  CHECK(r.teams.at("core").email == std::optional<std::string>("core@example.com"));
  CHECK(r.teams.at("edge").name == "Edge");
  CHECK_FALSE(r.teams.at("edge").email);
  CHECK(r.owner.name == "Alice Example Long Name");
  CHECK(r.owner.email == std::optional<std::string>("alice@example.com"));
  CHECK(r.total == std::optional<std::int64_t>(3));
  REQUIRE(r.extra);
  CHECK(r.extra->text == extra);
}

void check_sparse(const nested_test::reuse_response& r) {
  CHECK(r.request_id == std::optional<std::string>("r2"));
  REQUIRE(r.items.size() == 1);
  CHECK_FALSE(r.items[0].id);  // the rich body's first item had one
  CHECK(r.items[0].size == std::optional<std::int32_t>(5));
  CHECK(r.items[0].tags.empty());  // it had two
  CHECK(r.labels == std::map<std::string, std::string>{{"zone", "a"}});
  REQUIRE(r.teams.size() == 1);
  CHECK(r.teams.at("edge").name == "E2");
  CHECK_FALSE(r.teams.at("edge").email);  // the node reused first was core's, with an Email
  CHECK(r.owner.name == "Bob");
  CHECK_FALSE(r.owner.email);
  CHECK_FALSE(r.total);
  CHECK_FALSE(r.extra);
}

void check_empty(const nested_test::reuse_response& r) {
  CHECK_FALSE(r.request_id);
  CHECK(r.items.empty());
  CHECK(r.labels.empty());
  CHECK(r.teams.empty());
  CHECK(r.owner.name.empty());
  CHECK_FALSE(r.owner.email);
  CHECK_FALSE(r.total);
  CHECK_FALSE(r.extra);
}

}  // namespace

TEST_CASE("Nested responses: a kept response decoded again holds this parse's values only", "[response][nested]") {
  struct format_case {
    const char* name;
    const std::string& rich;
    const std::string& sparse;
    std::string bad;  // the rich body with "big" for the last item's Size
    std::string extra;  // the rich body's Extra as raw_json text
  };
  const format_case cases[] = {
      {"json", reuse_rich_json, reuse_sparse_json,
       replace(reuse_rich_json, R"("Id":"item-three","Size":30)", R"("Id":"item-three","Size":"big")"),
       R"({"k":[1,2]})"},
      {"xml", reuse_rich_xml, reuse_sparse_xml,
       replace(reuse_rich_xml, "<Id>item-three</Id><Size>30</Size>", "<Id>item-three</Id><Size>big</Size>"),
       R"({"k":["1","2"]})"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    rdscodec::response_parser parser;
    nested_test::reuse_response out;
    REQUIRE(parser.parse_into<reuse>(200, c.rich, out));
    check_rich(out, c.extra);
    // Fewer items, absent optionals, a shorter map: nothing of the rich
    // body is left.
    REQUIRE(parser.parse_into<reuse>(200, c.sparse, out));
    check_sparse(out);
    // Growing again from the sparse state.
    REQUIRE(parser.parse_into<reuse>(200, c.rich, out));
    check_rich(out, c.extra);
    // The same body again decodes into the kept elements: the first item's
    // tag list keeps its buffer. (Clearing the list and emplacing new
    // elements, as the readers did before, freed it and allocated another, seen at another
    // address in a run of the old code; the count of
    // allocations, the real guard, is tests/alloc's.)
    REQUIRE(!out.items.empty());
    const std::string* tags = out.items[0].tags.data();
    REQUIRE(parser.parse_into<reuse>(200, c.rich, out));
    check_rich(out, c.extra);
    CHECK(out.items[0].tags.data() == tags);
    // A failure part-way: the first items were decoded again, the third
    // fails; nothing decoded (now or before) is left behind.
    const auto bad = parser.parse_into<reuse>(200, c.bad, out);
    REQUIRE_FALSE(bad);
    CHECK(bad.error() == errc::wrong_type);
    CHECK(bad.error().field() == "Items.3.Size");
    check_empty(out);
    // A failure before the body is read (an empty body) resets as well.
    REQUIRE(parser.parse_into<reuse>(200, c.rich, out));
    REQUIRE_FALSE(parser.parse_into<reuse>(200, "", out));
    check_empty(out);
    REQUIRE(parser.parse_into<reuse>(200, c.sparse, out));
    check_sparse(out);
  }
}
