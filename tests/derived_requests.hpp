// Requests that tests/data/derived/generated_full.py describes, member by member as its
// CASES set them by wire name, shared by the test that checks their signatures
// (tests/unit/test_generated_full.cpp) and the benchmark that times them
// (bench/bench_generated.cpp). Nothing here is rdscodec output.
#ifndef RDSCODEC_TESTS_DERIVED_REQUESTS_HPP
#define RDSCODEC_TESTS_DERIVED_REQUESTS_HPP

#include <rdscodec/rds/create_db_instance.hpp>

#include <vector>

namespace rdscodec_test {

/// CreateDBInstance with all 62 fields set (generated_full.json, id create_db_instance):
/// a json-style object with doubles (ServerlessConfig), a repeat list (Tag.N.Key).
inline rdscodec::rds::create_db_instance::request create_db_instance_every_field() {
  namespace rds = rdscodec::rds;
  rds::create_db_instance::request r;
  r.amount = 2;
  r.auto_create_proxy = true;
  r.auto_pay = false;
  r.auto_renew = "true";
  r.auto_use_coupon = true;
  r.babelfish_config = R"({"babelfishEnabled":"true","migrationMode":"single"})";
  r.bpe_enabled = "bpe";
  r.bursting_enabled = false;
  r.business_info = "121436975448952";
  r.category = "HighAvailability";
  r.client_token = "ETnLKlblzczshOTUbOCz";
  r.cold_data_enabled = true;
  r.connection_mode = "Standard";
  r.connection_string = "rm-uf6wjk5xxxxxxx.mysql.rds.aliyuncs.com";
  r.create_strategy = "Atomicity";
  r.custom_extra_info = "a+b=c&d";
  r.db_instance_class = "rds.mysql.s1.small";
  r.db_instance_description = "test db 测试~*";
  r.db_instance_net_type = "Intranet";
  r.db_instance_storage = 20;
  r.db_instance_storage_type = "cloud_essd";
  r.dbis_ignore_case = "1";
  r.db_param_group_id = "rpg-xxxx";
  r.db_time_zone = "+08:00";
  r.dedicated_host_group_id = "dhg-4n";
  r.deletion_protection = true;
  r.dry_run = false;
  r.encryption_key = "0d24*-*";
  r.engine = "MySQL";
  r.engine_version = "8.0";
  r.external_replication = true;
  r.instance_network_type = "VPC";
  r.io_acceleration_enabled = "1";
  r.optimized_writes = "optimized";
  r.pay_type = "Postpaid";
  r.period = "Month";
  r.port = "3306";
  r.private_ip_address = "172.16.201.69";
  r.promotion_code = "youhuiquan_promotion_option_id_for_blank";
  r.region_id = "cn-hangzhou";
  r.resource_group_id = "rg-acfmy";
  r.resource_owner_id = 1234567890123456;
  r.role_arn = "acs:ram::1406****:role/aliyunrdsinstanceencryptiondefaultrole";
  r.security_ip_list = "127.0.0.1,10.0.0.0/8";
  r.serverless_config = rds::create_db_instance::serverless_config{true, 8.0, 0.5, false};
  r.storage_auto_scale = "Enable";
  r.storage_threshold = 50;
  r.storage_upper_bound = 2000;
  r.system_db_charset = "Chinese_PRC_CI_AS";
  r.tag = std::vector<rds::create_db_instance::tag>{{"env", "prod"}, {"team", "db ops/中文"}};
  r.target_dedicated_host_id_for_log = "dh-log";
  r.target_dedicated_host_id_for_master = "dh-master";
  r.target_dedicated_host_id_for_slave = "dh-slave";
  r.target_minor_version = "rds_20200229";
  r.used_time = "2";
  r.user_backup_id = "5A7B";
  r.vpc_id = "vpc-1";
  r.v_switch_id = "vsw-1,vsw-2";
  r.whitelist_template_list = "tpl 1";
  r.zone_id = "cn-hangzhou-b";
  r.zone_id_slave1 = "cn-hangzhou-c";
  r.zone_id_slave2 = "cn-hangzhou-d";
  return r;
}

}  // namespace rdscodec_test

#endif
