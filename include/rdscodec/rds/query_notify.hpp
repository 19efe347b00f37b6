// generated from spec/rds-20140815/main.dara by tools/codegen/generate.js — do not edit
//
// QueryNotify (Rds API 2014-08-15, RPC, POST)
// The notifications are highlighted at the top of the ApsaraDB RDS console. The notifications include
// renewal reminders and reminders of instance creation failures.
// Sent in the form body: From, PageNumber, PageSize, To, WithConfirmed.
#ifndef RDSCODEC_RDS_QUERY_NOTIFY_HPP
#define RDSCODEC_RDS_QUERY_NOTIFY_HPP

#include <rdscodec/model/fields.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rdscodec::rds::query_notify {

// QueryNotifyResponseBody.data.notifyItemList
struct notify_item_list {
  std::optional<std::int64_t> ali_uid;
  std::optional<bool> confirm_flag;
  std::optional<std::int64_t> confirmor;
  std::optional<std::string> gmt_created;
  std::optional<std::string> gmt_modified;
  std::optional<std::int64_t> id;
  std::optional<std::string> idempotent_count;
  std::optional<std::string> idempotent_id;
  std::optional<std::string> level;
  std::optional<std::string> notify_element;
  std::optional<std::string> template_name;
  std::optional<std::string> type;
};

// QueryNotifyResponseBody.data
struct data {
  std::vector<::rdscodec::rds::query_notify::notify_item_list> notify_item_list;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::optional<std::int32_t> total_record_count;
};

struct request {
  std::string from;
  std::optional<std::int32_t> page_number;
  std::optional<std::int32_t> page_size;
  std::string to;
  bool with_confirmed;
};

struct response {
  std::optional<::rdscodec::rds::query_notify::data> data;
  std::optional<std::string> request_id;
};

}  // namespace rdscodec::rds::query_notify

namespace rdscodec {

template <>
struct object_traits<rds::query_notify::notify_item_list> {
  static constexpr auto fields = field_list(
      field<&rds::query_notify::notify_item_list::ali_uid>{"AliUid", presence::optional},
      field<&rds::query_notify::notify_item_list::confirm_flag>{"ConfirmFlag", presence::optional},
      field<&rds::query_notify::notify_item_list::confirmor>{"Confirmor", presence::optional},
      field<&rds::query_notify::notify_item_list::gmt_created>{"GmtCreated", presence::optional},
      field<&rds::query_notify::notify_item_list::gmt_modified>{"GmtModified", presence::optional},
      field<&rds::query_notify::notify_item_list::id>{"Id", presence::optional},
      field<&rds::query_notify::notify_item_list::idempotent_count>{"IdempotentCount", presence::optional},
      field<&rds::query_notify::notify_item_list::idempotent_id>{"IdempotentId", presence::optional},
      field<&rds::query_notify::notify_item_list::level>{"Level", presence::optional},
      field<&rds::query_notify::notify_item_list::notify_element>{"NotifyElement", presence::optional},
      field<&rds::query_notify::notify_item_list::template_name>{"TemplateName", presence::optional},
      field<&rds::query_notify::notify_item_list::type>{"Type", presence::optional});
};

template <>
struct object_traits<rds::query_notify::data> {
  static constexpr auto fields = field_list(
      field<&rds::query_notify::data::notify_item_list>{"NotifyItemList", presence::optional},
      field<&rds::query_notify::data::page_number>{"PageNumber", presence::optional},
      field<&rds::query_notify::data::page_size>{"PageSize", presence::optional},
      field<&rds::query_notify::data::total_record_count>{"TotalRecordCount", presence::optional});
};

template <>
struct operation_traits<rds::query_notify::request> {
  using request = rds::query_notify::request;
  using response = rds::query_notify::response;
  static constexpr std::string_view action = "QueryNotify";
  static constexpr std::string_view version = "2014-08-15";
  static constexpr std::string_view method = "POST";
  static constexpr std::string_view response_root = "QueryNotifyResponse";
  /// Only reads (the action begins with Query; api-docs.json systemTags.operationType "get").
  static constexpr bool read_only = true;
  // Sorted by wire name (byte order); check_operation() enforces it.
  static constexpr auto fields = field_list(
      field<&request::from>{"From", presence::required}.with(wire_position::body),
      field<&request::page_number>{"PageNumber", presence::optional, 1}.with(wire_position::body),
      field<&request::page_size>{"PageSize", presence::optional, 1, 100}.with(wire_position::body),
      field<&request::to>{"To", presence::required}.with(wire_position::body),
      field<&request::with_confirmed>{"WithConfirmed", presence::required}.with(wire_position::body));
  // In spec order.
  static constexpr auto response_fields = field_list(
      field<&response::data>{"Data", presence::optional},
      field<&response::request_id>{"RequestId", presence::optional});
};

static_assert(check_operation<rds::query_notify::request>());

}  // namespace rdscodec

#endif
