// A loopback fake of the RDS endpoint, built on rdscodec's server side: every
// request is verified (V2 or V3, SM3, STS, timestamp window, replayed nonces,
// rdscodec's default request limits; bodies beyond the limit refused by
// cpp-httplib), decoded strictly as the typed request of its action (every
// RDS operation, through the tools' table, tools/any_operation/) and
// answered in the format the client asked for, exactly as the gateway shapes
// its bodies. The migration workflow — ImportDatabaseBetweenInstances,
// DescribeImportsForSQLServer, CancelImport — keeps state (instances and
// import tasks, typed code below), and DescribeDBInstances lists the
// instances, by page number or by NextToken; every other operation is
// answered with its response holding only a RequestId, or the gateway's
// error document for a parameter that does not decode or validate.
//
//   fake_rds_server [--port N] [--key ID:SECRET[:STS_TOKEN]]... [--task DBINSTANCE:IMPORTID]...
//                   [--instance DBINSTANCE]... [--fake-instances N] [--cancel-polls K]
//                   [--inject CODE:N[,CODE:N]...]
//
// --fake-instances N adds N instances rm-fake0001 ... (four digits or more)
// to those DescribeDBInstances lists (sorted by id, with the --instance ones).
// --cancel-polls K: after CancelImport the task shows Cancelling in the next
// K DescribeImportsForSQLServer answers that include it, Cancelled from then
// on (0, the default: Cancelled at once).
// --inject: the first N1 requests that pass verification and name an RDS
// operation (an unknown action is answered as ever) get error CODE1
// (with the HTTP status and body the gateway sends for it), the next N2 get
// CODE2, and so on; then every request is served. CODE is one of Throttling,
// Throttling.User, Throttling.Api (400), ServiceUnavailable (503),
// InternalError (500). Nothing is applied for an injected error, so a test
// knows exactly how many retries a client must make.
//
// Prints "listening on 127.0.0.1:PORT" once it accepts connections (port 0:
// any free port). Only ever binds to the loopback address.
#include <rdscodec.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>
#include <rdscodec/rds/import_database_between_instances.hpp>

#include "any_operation/any_operation.hpp"

#include <CLI/CLI.hpp>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

struct import_task {
  std::string db_instance_id;
  std::string status;  // Importing, Cancelled, ...
  std::string db_info;
  std::string start_time;
  int cancelling_polls = 0;  // Cancelling answers left before Cancelled
};

/// An error the gateway answers before a call is applied.
struct injected_error {
  std::string_view code;
  int http_status;
  std::string_view message;
};

// The gateway's documented Code, HTTP status and Message of each.
constexpr injected_error injectable[] = {
    {"Throttling", 400, "Request was denied due to flow control."},
    {"Throttling.User", 400, "Request was denied due to user flow control."},
    {"Throttling.Api", 400, "Request was denied due to api flow control."},
    {"ServiceUnavailable", 503, "The request has failed due to a temporary failure of the server."},
    {"InternalError", 500, "The request processing has failed due to some unknown error, exception or failure."},
};

/// One --inject entry: `count` requests answered with `error`.
struct injection {
  const injected_error* error;
  long long count;
};

/// Parses CODE:N[,CODE:N]... (N >= 0 decimal); empty on a malformed spec.
std::optional<std::vector<injection>> parse_injections(std::string_view spec) {
  std::vector<injection> out;
  while (!spec.empty()) {
    const auto comma = spec.find(',');
    const std::string_view entry = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    const auto colon = entry.rfind(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string_view code = entry.substr(0, colon), n = entry.substr(colon + 1);
    const injected_error* e = nullptr;
    for (const auto& k : injectable)
      if (k.code == code) e = &k;
    long long count = -1;
    const auto parsed = std::from_chars(n.data(), n.data() + n.size(), count);
    if (e == nullptr || n.empty() || parsed.ec != std::errc() || parsed.ptr != n.data() + n.size() || count < 0)
      return std::nullopt;
    out.push_back({e, count});
  }
  return out;
}

class fake_rds {
 public:
  void add_key(const std::string& id, const std::string& secret, const std::string& token) {
    keys_.emplace(id, std::make_unique<rdscodec::credentials>(id, secret, token));
  }
  void add_task(const std::string& instance, std::int64_t import_id) {
    tasks_[import_id] = import_task{instance, "Importing", "", "2014-06-11T15:11:40Z", 0};
    instances_.insert(instance);
  }
  void add_instance(const std::string& instance) { instances_.insert(instance); }
  void set_cancel_polls(int k) { cancel_polls_ = k; }
  void set_injections(std::vector<injection> i) { injections_ = std::move(i); }
  /// What the verifier refuses before authentication (rdscodec's defaults).
  const rdscodec::request_limits& limits() const { return limits_; }

  void handle(const httplib::Request& req, httplib::Response& res) {
    rdscodec::incoming_request in;
    in.method = req.method;
    in.path = req.path;
    const auto q = req.target.find('?');
    if (q != std::string::npos) in.query = std::string_view(req.target).substr(q + 1);
    for (const auto& [name, value] : req.headers) in.headers.push_back({name, value});
    in.body = req.body;

    const std::string request_id = next_request_id();
    auto format = rdscodec::response_format::json;
    const std::string accept = req.get_header_value("Accept");
    if (accept.find("xml") != std::string::npos) format = rdscodec::response_format::xml;

    rdscodec::verify_options options;
    options.nonces = &nonces_;
    options.limits = limits_;
    auto verified = rdscodec::verify_request(
        in,
        [this](std::string_view id) -> const rdscodec::credentials* {
          auto it = keys_.find(std::string(id));
          return it == keys_.end() ? nullptr : it->second.get();
        },
        options);
    if (!verified) return answer_error(res, verified.error(), request_id, format);
    if (verified->format) format = *verified->format;

    const any_operation::entry* op = any_operation::find(verified->action);
    if (op == nullptr || verified->version != op->version) return not_found_action(res, request_id, format);
    if (const injected_error* e = take_injection())
      return answer_error(res, rdscodec::gateway_error(e->http_status, std::string(e->code), std::string(e->message)),
                          request_id, format);
    // The operations with state; every other one is decoded and answered
    // through the table.
    static constexpr std::pair<std::string_view, handler> workflow[] = {
        {"CancelImport", &fake_rds::cancel},
        {"DescribeDBInstances", &fake_rds::list_instances},
        {"DescribeImportsForSQLServer", &fake_rds::describe},
        {"ImportDatabaseBetweenInstances", &fake_rds::start_import},
    };
    for (const auto& [action, serve] : workflow)
      if (action == op->action) return (this->*serve)(res, *verified, request_id, format);
    if (auto decoded = op->check_request(verified->parameters, rdscodec::decode_limits{}); !decoded)
      return answer_error(res, decoded.error(), request_id, format);
    answer_body(res, op->write_answer(request_id, format), format);
  }

 private:
  using handler = void (fake_rds::*)(httplib::Response&, const rdscodec::verified_request&, const std::string&,
                                     rdscodec::response_format);

  void not_found_action(httplib::Response& res, const std::string& request_id, rdscodec::response_format format) {
    answer_error(res,
                 rdscodec::gateway_error(404, "InvalidAction.NotFound",
                                         "Specified api is not found, please check your url and method."),
                 request_id, format);
  }

  rdscodec::api_error instance_not_found() {
    return rdscodec::gateway_error(404, "InvalidDBInstanceId.NotFound", "The specified DBInstanceId does not exist.");
  }

  template <class Op>
  void answer(httplib::Response& res, const typename rdscodec::operation_traits<Op>::response& out,
              rdscodec::response_format format) {
    answer_body(res, rdscodec::write_response<Op>(out, format), format);
  }

  void answer_body(httplib::Response& res, const rdscodec::result<std::string>& body, rdscodec::response_format format) {
    if (!body) {  // a value this format cannot carry: the server's own fault
      res.status = 500;
      const auto e = rdscodec::gateway_error(500, "InternalError", "The response cannot be written.");
      res.set_content(rdscodec::write_error(e, format), std::string(rdscodec::content_type(format)));
      return;
    }
    res.status = 200;
    res.set_content(*body, std::string(rdscodec::content_type(format)));
  }

  void cancel(httplib::Response& res, const rdscodec::verified_request& v, const std::string& request_id,
              rdscodec::response_format format) {
    using op = rdscodec::cancel_import_request;
    auto call = rdscodec::decode_request<op>(v.parameters);
    if (!call) return answer_error(res, call.error(), request_id, format);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!instances_.count(call->db_instance_id)) return answer_error(res, instance_not_found(), request_id, format);
      auto it = tasks_.find(call->import_id);
      if (it == tasks_.end() || it->second.db_instance_id != call->db_instance_id)
        return answer_error(res,
                            rdscodec::gateway_error(404, "InvalidImportId.NotFound",
                                                    "The specified ImportId does not exist."),
                            request_id, format);
      // Importing -> Cancelling -> Cancelled (describe() moves it on); a
      // task that is cancelling or ended stays as it is.
      if (it->second.status == "Importing") {
        it->second.status = cancel_polls_ > 0 ? "Cancelling" : "Cancelled";
        it->second.cancelling_polls = cancel_polls_;
      }
    }
    rdscodec::cancel_import_response out;
    out.request_id = request_id;
    answer<op>(res, out, format);
  }

  void start_import(httplib::Response& res, const rdscodec::verified_request& v, const std::string& request_id,
                    rdscodec::response_format format) {
    using op = rdscodec::import_database_between_instances_request;
    auto call = rdscodec::decode_request<op>(v.parameters);
    if (!call) return answer_error(res, call.error(), request_id, format);
    rdscodec::import_database_between_instances_response out;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!instances_.count(call->db_instance_id) || !instances_.count(call->source_db_instance_id))
        return answer_error(res, instance_not_found(), request_id, format);
      out.import_id = next_import_id_++;
      tasks_[out.import_id] = import_task{call->db_instance_id, "Importing", call->db_info,
                                          std::string(rdscodec::current_timestamp().view()), 0};
    }
    out.request_id = request_id;
    answer<op>(res, out, format);
  }

  void describe(httplib::Response& res, const rdscodec::verified_request& v, const std::string& request_id,
                rdscodec::response_format format) {
    using op = rdscodec::describe_imports_for_sql_server_request;
    auto call = rdscodec::decode_request<op>(v.parameters);
    if (!call) return answer_error(res, call.error(), request_id, format);
    rdscodec::describe_imports_for_sql_server_response out;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!instances_.count(call->db_instance_id)) return answer_error(res, instance_not_found(), request_id, format);
      for (auto& [id, task] : tasks_) {
        if (task.db_instance_id != call->db_instance_id || (call->import_id && *call->import_id != id)) continue;
        if (task.status == "Cancelling") {  // shown as Cancelling cancel_polls times
          if (task.cancelling_polls == 0)
            task.status = "Cancelled";
          else
            --task.cancelling_polls;
        }
        rdscodec::sql_server_import item;
        item.import_id = id;
        item.db_name = task.db_info;
        item.import_status_text = task.status;
        item.start_time = task.start_time;
        out.items.push_back(std::move(item));
      }
    }
    out.request_id = request_id;
    out.total_record_counts = static_cast<std::int64_t>(out.items.size());
    out.page_number = call->page_number.value_or(1);
    out.sql_items_counts = static_cast<std::int64_t>(out.items.size());
    answer<op>(res, out, format);
  }

  // DescribeDBInstances over every instance, sorted by id: by page number
  // (PageNumber from 1, 0 counted as 1; PageSize, default 30) unless the
  // request sets NextToken or MaxResults (default 30), as the API reference
  // describes. The token is this server's: "fake-" and the index of the
  // page's first instance.
  void list_instances(httplib::Response& res, const rdscodec::verified_request& v, const std::string& request_id,
                      rdscodec::response_format format) {
    using op = rdscodec::rds::describe_db_instances::request;
    auto call = rdscodec::decode_request<op>(v.parameters);
    if (!call) return answer_error(res, call.error(), request_id, format);
    rdscodec::rds::describe_db_instances::response out;
    const bool by_token = call->next_token.has_value() || call->max_results.has_value();
    std::size_t first = 0, size = 30;
    if (by_token) {
      if (call->max_results) size = static_cast<std::size_t>(*call->max_results);  // 1..100, checked by decode
      if (call->next_token && !call->next_token->empty()) {
        const std::string& t = *call->next_token;
        unsigned long long at = 0;
        const auto parsed = std::from_chars(t.data() + (t.size() < 5 ? t.size() : 5), t.data() + t.size(), at);
        if (t.compare(0, 5, "fake-") != 0 || t.size() == 5 || parsed.ec != std::errc() ||
            parsed.ptr != t.data() + t.size() || at == 0)
          return answer_error(res, rdscodec::invalid_parameter("NextToken"), request_id, format);
        first = static_cast<std::size_t>(at);
      }
    } else {
      if (call->page_size) size = static_cast<std::size_t>(*call->page_size);  // 1..100, checked by decode
      const std::int64_t page = std::max<std::int64_t>(call->page_number.value_or(1), 1);
      first = static_cast<std::size_t>(page - 1) * size;  // page <= 21474836, size <= 100: no overflow
      out.page_number = static_cast<std::int32_t>(page);
    }
    rdscodec::rds::describe_db_instances::items items;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (first != 0 && by_token && first >= instances_.size())  // a token past the end
        return answer_error(res, rdscodec::invalid_parameter("NextToken"), request_id, format);
      auto it = instances_.begin();
      for (std::size_t i = 0; i < first && it != instances_.end(); ++i) ++it;
      for (; it != instances_.end() && items.db_instance.size() < size; ++it) {
        rdscodec::rds::describe_db_instances::db_instance d;
        d.db_instance_id = *it;
        d.db_instance_status = "Running";
        d.engine = "SQLServer";
        d.region_id = call->region_id;
        items.db_instance.push_back(std::move(d));
      }
      out.total_record_count = static_cast<std::int32_t>(instances_.size());
      if (by_token && first + items.db_instance.size() < instances_.size())
        out.next_token = "fake-" + std::to_string(first + items.db_instance.size());
    }
    out.page_record_count = static_cast<std::int32_t>(items.db_instance.size());
    out.items = std::move(items);
    out.request_id = request_id;
    answer<op>(res, out, format);
  }

  /// The error to inject into this request, if any (in the order given).
  const injected_error* take_injection() {
    std::lock_guard<std::mutex> lock(mutex_);
    while (next_injection_ < injections_.size() && injections_[next_injection_].count == 0) ++next_injection_;
    if (next_injection_ == injections_.size()) return nullptr;
    --injections_[next_injection_].count;
    return injections_[next_injection_].error;
  }

 private:
  void answer_error(httplib::Response& res, rdscodec::api_error e, const std::string& request_id,
                    rdscodec::response_format format) {
    e.request_id = request_id;
    e.host_id = "rds.aliyuncs.com";
    res.status = e.http_status;
    res.set_content(rdscodec::write_error(e, format), std::string(rdscodec::content_type(format)));
  }

  std::string next_request_id() {
    char buf[48];
    std::snprintf(buf, sizeof buf, "FAKE-%08X-0000-4000-8000-%012llX", 0x5EED0001u,
                  static_cast<unsigned long long>(++counter_));
    return buf;
  }

  std::map<std::string, std::unique_ptr<rdscodec::credentials>> keys_;
  std::map<std::int64_t, import_task> tasks_;
  std::set<std::string> instances_;
  std::vector<injection> injections_;
  std::size_t next_injection_ = 0;
  int cancel_polls_ = 0;
  std::int64_t next_import_id_ = 85265475235;  // above INT32_MAX, like the documentation's example
  std::mutex mutex_;
  rdscodec::bounded_replay_cache nonces_;
  rdscodec::request_limits limits_;
  std::atomic<unsigned long long> counter_{0};
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"A loopback fake of the RDS endpoint (every operation; state for the migration workflow)"};
  int port = 0;
  std::vector<std::string> keys, tasks;
  app.add_option("--port", port, "Port on 127.0.0.1 (0: any free port)")->check(CLI::Range(0, 65535));
  app.add_option("--key", keys, "ID:SECRET[:STS_TOKEN] the server accepts (repeatable; no ':' in ID or SECRET)");
  app.add_option("--task", tasks, "DBINSTANCE:IMPORTID, an import task that can be cancelled (repeatable)");
  std::vector<std::string> instances;
  app.add_option("--instance", instances, "An instance that exists, for imports (repeatable)");
  int fake_instances = 0, cancel_polls = 0;
  std::string inject;
  app.add_option("--fake-instances", fake_instances, "Adds N instances rm-fake0001... (DescribeDBInstances lists them)")
      ->check(CLI::Range(0, 100000));
  app.add_option("--cancel-polls", cancel_polls,
                 "DescribeImportsForSQLServer answers showing Cancelling after CancelImport, before Cancelled")
      ->check(CLI::Range(0, 1000000));
  app.add_option("--inject", inject,
                 "CODE:N[,CODE:N]...: the first N verified requests get error CODE (Throttling, Throttling.User, "
                 "Throttling.Api, ServiceUnavailable, InternalError), then the next entry's");
  CLI11_PARSE(app, argc, argv);

  fake_rds rds;
  if (keys.empty()) keys.push_back("testid:testsecret");
  for (const auto& k : keys) {
    const auto a = k.find(':');
    const auto b = k.find(':', a == std::string::npos ? a : a + 1);
    if (a == std::string::npos) {
      std::fprintf(stderr, "fake_rds_server: --key wants ID:SECRET[:TOKEN]\n");
      return 2;
    }
    rds.add_key(k.substr(0, a), k.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1),
                b == std::string::npos ? "" : k.substr(b + 1));
  }
  if (tasks.empty()) tasks.push_back("rm-uf6wjk5xxxxxxx:8562584");  // the API reference's example
  if (instances.empty()) instances = {"rm-uf6wjk5xxxxxxx", "rm-g4a1jk8xxxxxxx"};  // the docs' target and source
  for (const auto& i : instances) rds.add_instance(i);
  for (int i = 1; i <= fake_instances; ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "rm-fake%04d", i);
    rds.add_instance(id);
  }
  rds.set_cancel_polls(cancel_polls);
  auto injections = parse_injections(inject);
  if (!injections) {
    std::fprintf(stderr,
                 "fake_rds_server: --inject wants CODE:N[,CODE:N]... (CODE: Throttling, Throttling.User, "
                 "Throttling.Api, ServiceUnavailable, InternalError)\n");
    return 2;
  }
  rds.set_injections(std::move(*injections));
  for (const auto& t : tasks) {
    const auto a = t.rfind(':');
    if (a == std::string::npos) {
      std::fprintf(stderr, "fake_rds_server: --task wants DBINSTANCE:IMPORTID\n");
      return 2;
    }
    std::int64_t id = -1;
    const char* const id_end = t.data() + t.size();
    const auto parsed = std::from_chars(t.data() + a + 1, id_end, id);  // decimal digits, in range
    if (parsed.ec != std::errc() || parsed.ptr != id_end || id < 0) {
      std::fprintf(stderr, "fake_rds_server: --task wants DBINSTANCE:IMPORTID with a non-negative IMPORTID\n");
      return 2;
    }
    rds.add_task(t.substr(0, a), id);
  }

  httplib::Server server;
  // Bodies above the verifier's limit are refused by cpp-httplib itself
  // (413) before they are read into memory.
  server.set_payload_max_length(rds.limits().max_body_bytes);
  auto handler = [&rds](const httplib::Request& req, httplib::Response& res) { rds.handle(req, res); };
  server.Get("/", handler);
  server.Post("/", handler);
  const int bound = port == 0 ? server.bind_to_any_port("127.0.0.1") : (server.bind_to_port("127.0.0.1", port) ? port : -1);
  if (bound <= 0) {
    std::fprintf(stderr, "fake_rds_server: cannot bind 127.0.0.1:%d\n", port);
    return 1;
  }
  std::printf("listening on 127.0.0.1:%d\n", bound);
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}
