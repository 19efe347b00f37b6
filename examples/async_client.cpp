// An asynchronous client on libcurl's multi interface: many signed calls in
// flight at once on one thread, each retried after the delay rdscodec's
// retry_policy decides (a timer queue in the event loop, so a waiting call
// holds up no other), paged with next_page(), and an import task awaited with
// a waiter. Against the fake server (fake_rds_server) it runs, all at once:
//
// 1. DescribeDBInstances page by page by PageNumber (PageSize N), and for
//    every instance of each page a DescribeDBInstanceAttribute as soon as the
//    page arrives;
// 2. DescribeDBInstances page by page by NextToken (MaxResults N);
// 3. the migration workflow: ImportDatabaseBetweenInstances, one
//    DescribeImportsForSQLServer, CancelImport, then DescribeImportsForSQLServer
//    polled by a waiter until the task is Cancelled.
//
//   async_client --endpoint HOST[:PORT] [--scheme http] [--region R] [--page-size N]
//                [--connections N] [--attempts N] [--base-delay-ms N] [--poll-ms N] [--seed N]
//                [--db-instance-id ID] [--source-db-instance-id ID]
//
// Credentials from ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN
// (never printed). Every attempt is signed afresh (V3, ACS3-HMAC-SHA256: a new
// nonce and timestamp). Prints one line per job, then
//   "calls: C, attempts: A, retries: R (CODE n, ...)" and "most transfers at once: M";
// a call that fails for good prints "failed: <action>: <reason>".
// Exit status: 0 when every job succeeded, 1 when one failed, 2 usage.
#include <rdscodec.hpp>
#include <rdscodec/client/paging.hpp>
#include <rdscodec/client/retry.hpp>
#include <rdscodec/client/waiter.hpp>
#include <rdscodec/rds/cancel_import.hpp>
#include <rdscodec/rds/describe_db_instance_attribute.hpp>
#include <rdscodec/rds/describe_db_instances.hpp>
#include <rdscodec/rds/describe_imports_for_sql_server.hpp>
#include <rdscodec/rds/import_database_between_instances.hpp>

#include <CLI/CLI.hpp>
#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

using steady = std::chrono::steady_clock;
using std::chrono::milliseconds;

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? v : "";
}

std::size_t collect(char* data, std::size_t size, std::size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

/// What a call came to: the decoded response, or why it failed for good.
template <class Response>
struct call_result {
  std::optional<Response> response;
  std::string failure;
};

/// The event loop: transfers on a curl multi handle, and timers.
class engine {
 public:
  struct settings {
    rdscodec::v3::options signing;
    rdscodec::retry_options retry;
    std::uint64_t seed = 0;
    long connections = 4;
  };

  engine(const rdscodec::credentials& creds, settings s) : creds_(creds), s_(std::move(s)), multi_(curl_multi_init()) {
    curl_multi_setopt(multi_, CURLMOPT_MAX_TOTAL_CONNECTIONS, s_.connections);
  }
  engine(const engine&) = delete;
  engine& operator=(const engine&) = delete;
  ~engine() {
    for (auto& [easy, t] : transfers_) {
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
      curl_slist_free_all(t->headers);
    }
    curl_multi_cleanup(multi_);
  }

  /// Runs `f` at `when` (or as soon after as the loop gets to it).
  void at(steady::time_point when, std::function<void()> f) { timers_.emplace(when, std::move(f)); }

  /// Sends `req` (signed afresh for each attempt), retrying it as the policy
  /// decides; then `done` gets the response or the failure.
  template <class Request>
  void call(Request req, std::function<void(call_result<rdscodec::response_of_t<Request>>)> done) {
    rdscodec::ensure_client_token(req);  // a mutating call with a ClientToken keeps one across attempts
    const auto kind = rdscodec::idempotency_of(req);
    auto state = std::make_shared<call_state<Request>>(
        call_state<Request>{std::move(req), rdscodec::retry_state(s_.retry, kind, rdscodec::jitter_source(s_.seed++)),
                            steady::now(), std::move(done)});
    ++calls_;
    attempt(std::move(state));
  }

  /// Until no transfer and no timer is left.
  void run() {
    for (;;) {
      const auto now = steady::now();
      while (!timers_.empty() && timers_.begin()->first <= now) {
        auto f = std::move(timers_.begin()->second);
        timers_.erase(timers_.begin());
        f();
      }
      int running = 0;
      curl_multi_perform(multi_, &running);
      int left = 0;
      while (CURLMsg* m = curl_multi_info_read(multi_, &left))
        if (m->msg == CURLMSG_DONE) finish(m->easy_handle, m->data.result);
      if (transfers_.empty() && timers_.empty()) return;
      if (added_) {  // new transfers: let curl start them before waiting
        added_ = false;
        continue;
      }
      long wait = 1000;
      if (!timers_.empty()) {
        const auto until = std::chrono::duration_cast<milliseconds>(timers_.begin()->first - steady::now()).count();
        wait = std::clamp<long>(static_cast<long>(until), 0, 1000);
      }
      curl_multi_poll(multi_, nullptr, 0, static_cast<int>(wait), nullptr);
    }
  }

  unsigned calls() const { return calls_; }
  unsigned attempts() const { return attempts_; }
  const std::map<std::string, unsigned>& retries() const { return retries_; }
  std::size_t most_in_flight() const { return most_in_flight_; }

 private:
  template <class Request>
  struct call_state {
    Request req;
    rdscodec::retry_state retry;
    steady::time_point started;
    std::function<void(call_result<rdscodec::response_of_t<Request>>)> done;
  };

  struct transfer {
    rdscodec::http_request http;
    std::string url, answer;
    curl_slist* headers = nullptr;
    std::function<void(CURLcode, long, const std::string&)> complete;
  };

  template <class Request>
  void attempt(std::shared_ptr<call_state<Request>> state) {
    ++attempts_;
    auto t = std::make_unique<transfer>();
    if (auto s = rdscodec::v3::sign(state->req, creds_, s_.signing, t->http); !s) {
      state->done({std::nullopt, "cannot sign: " + s.error().message()});
      return;
    }
    t->complete = [this, state](CURLcode sent, long status, const std::string& body) {
      std::optional<rdscodec::attempt_outcome> outcome;
      std::string why, key;
      if (sent != CURLE_OK) {
        const bool not_sent = sent == CURLE_COULDNT_CONNECT || sent == CURLE_COULDNT_RESOLVE_HOST ||
                              sent == CURLE_COULDNT_RESOLVE_PROXY;
        outcome = rdscodec::attempt_outcome::transport(not_sent ? rdscodec::transport_failure::not_sent
                                                                : rdscodec::transport_failure::no_answer);
        why = curl_easy_strerror(sent);
        key = "transport";
      } else {
        auto r = parser_.parse<Request>(static_cast<int>(status), body);
        if (r) {
          state->done({std::move(*r), {}});
          return;
        }
        outcome = rdscodec::attempt_outcome::failed(r.error());
        if (r.error().is_service_error()) {
          const auto& e = r.error().service();
          key = e.code;
          why = "HTTP " + std::to_string(e.http_status) + " " + e.code;
        } else {
          key = "HTTP " + std::to_string(status);
          why = "HTTP " + std::to_string(status) + ", " + r.error().message();
        }
      }
      const auto elapsed = std::chrono::duration_cast<milliseconds>(steady::now() - state->started);
      const auto d = state->retry.after(*outcome, elapsed);
      if (!d.retry) {
        state->done({std::nullopt, why + " (" + std::string(rdscodec::to_string(d.reason)) + ")"});
        return;
      }
      ++retries_[key];
      at(steady::now() + d.delay, [this, state] { attempt(state); });
    };
    start(std::move(t));
  }

  void start(std::unique_ptr<transfer> t) {
    CURL* easy = curl_easy_init();
    if (easy == nullptr) {
      t->complete(CURLE_FAILED_INIT, 0, t->answer);
      return;
    }
    for (const auto& h : t->http.headers) t->headers = curl_slist_append(t->headers, (h.name + ": " + h.value).c_str());
    t->headers = curl_slist_append(t->headers, "Expect:");
    t->url = t->http.url();
    curl_easy_setopt(easy, CURLOPT_URL, t->url.c_str());
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, std::string(rdscodec::to_string(t->http.method)).c_str());
    if (t->http.method == rdscodec::http_method::post) {
      curl_easy_setopt(easy, CURLOPT_POSTFIELDS, t->http.body.c_str());
      curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(t->http.body.size()));
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t->headers);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t->answer);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT, 20L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    if (curl_multi_add_handle(multi_, easy) != CURLM_OK) {
      curl_easy_cleanup(easy);
      curl_slist_free_all(t->headers);
      t->complete(CURLE_FAILED_INIT, 0, t->answer);
      return;
    }
    transfers_.emplace(easy, std::move(t));
    most_in_flight_ = std::max(most_in_flight_, transfers_.size());
    added_ = true;
  }

  void finish(CURL* easy, CURLcode sent) {
    auto it = transfers_.find(easy);
    if (it == transfers_.end()) return;
    std::unique_ptr<transfer> t = std::move(it->second);
    transfers_.erase(it);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_multi_remove_handle(multi_, easy);
    curl_easy_cleanup(easy);
    curl_slist_free_all(t->headers);
    t->headers = nullptr;
    t->complete(sent, status, t->answer);
  }

  const rdscodec::credentials& creds_;
  settings s_;
  CURLM* multi_;
  rdscodec::response_parser parser_;
  std::map<CURL*, std::unique_ptr<transfer>> transfers_;
  std::multimap<steady::time_point, std::function<void()>> timers_;
  std::map<std::string, unsigned> retries_;
  unsigned calls_ = 0, attempts_ = 0;
  std::size_t most_in_flight_ = 0;
  bool added_ = false;
};

namespace instances = rdscodec::rds::describe_db_instances;
namespace attribute = rdscodec::rds::describe_db_instance_attribute;

/// One listing of every instance, page after page (next_page() decides).
struct listing {
  std::string name;
  unsigned pages = 0;
  std::vector<std::string> ids;
  std::string failure;
  bool done = false;
};

void list_pages(engine& e, instances::request req, std::shared_ptr<listing> l,
                std::function<void(const std::string&)> on_instance) {
  e.call(req, [&e, req, l, on_instance](call_result<instances::response> r) {
    if (!r.response) {
      l->failure = r.failure;
      return;
    }
    ++l->pages;
    if (r.response->items)
      for (const auto& d : r.response->items->db_instance) {
        l->ids.push_back(d.db_instance_id.value_or(""));
        if (on_instance) on_instance(l->ids.back());
      }
    auto next = rdscodec::next_page(req, *r.response);
    if (!next) {
      l->failure = "paging: " + next.error().message();
    } else if (*next) {
      list_pages(e, std::move(**next), l, on_instance);
    } else {
      l->done = true;
    }
  });
}

/// The migration workflow, and what DescribeImportsForSQLServer showed.
struct workflow {
  std::int64_t import_id = -1;
  std::vector<std::string> statuses;
  unsigned polls = 0;
  std::string verdict, failure;
};

class migration {
 public:
  migration(engine& e, std::string target, std::string source, milliseconds poll)
      : e_(e), target_(std::move(target)), source_(std::move(source)), w_(std::make_shared<workflow>()) {
    options_.interval = poll;
    options_.max_interval = poll;
    options_.timeout = milliseconds(30'000);
  }
  std::shared_ptr<workflow> result() const { return w_; }

  void start() {
    rdscodec::import_database_between_instances_request req;
    req.db_instance_id = target_;
    req.source_db_instance_id = source_;
    req.db_info = R"({"DBNames":{"srcdb":"destdb"}})";
    e_.call(req, [this](call_result<rdscodec::import_database_between_instances_response> r) {
      if (!r.response) return fail("ImportDatabaseBetweenInstances", r.failure);
      w_->import_id = r.response->import_id;
      describe([this](const rdscodec::describe_imports_for_sql_server_response&) { cancel(); });
    });
  }

 private:
  using describe_response = rdscodec::describe_imports_for_sql_server_response;

  void fail(const char* action, const std::string& why) { w_->failure = std::string(action) + ": " + why; }

  void describe(std::function<void(const describe_response&)> then) {
    rdscodec::describe_imports_for_sql_server_request req;
    req.db_instance_id = target_;
    req.import_id = w_->import_id;
    req.start_time = "2014-06-11T15:00Z";
    req.end_time = "2030-06-11T16:00Z";
    e_.call(req, [this, then](call_result<describe_response> r) {
      if (!r.response) return fail("DescribeImportsForSQLServer", r.failure);
      for (const auto& item : r.response->items)
        if (item.import_id == w_->import_id) w_->statuses.push_back(item.import_status_text.value_or("?"));
      then(*r.response);
    });
  }

  void cancel() {
    rdscodec::cancel_import_request req;
    req.db_instance_id = target_;
    req.import_id = w_->import_id;
    e_.call(req, [this](call_result<rdscodec::cancel_import_response> r) {
      if (!r.response) return fail("CancelImport", r.failure);
      waiting_since_ = steady::now();
      waiter_.emplace(rdscodec::import_reaches(w_->import_id, rdscodec::import_status::cancelled), options_);
      poll();
    });
  }

  void poll() {
    describe([this](const describe_response& resp) {
      const auto elapsed = std::chrono::duration_cast<milliseconds>(steady::now() - waiting_since_);
      const auto d = waiter_->on_response(resp, elapsed);
      w_->polls = waiter_->polls();
      if (d.verdict == rdscodec::wait_verdict::poll_again) {
        e_.at(steady::now() + d.delay, [this] { poll(); });
        return;
      }
      w_->verdict = std::string(rdscodec::to_string(d.verdict));
    });
  }

  using predicate = decltype(rdscodec::import_reaches(std::int64_t{}, rdscodec::import_status::cancelled));

  engine& e_;
  std::string target_, source_;
  std::shared_ptr<workflow> w_;
  rdscodec::waiter_options options_;
  std::optional<rdscodec::waiter<predicate>> waiter_;
  steady::time_point waiting_since_;
};

void print_listing(const char* how, const listing& l, std::vector<std::string>& failures) {
  if (!l.done) {
    failures.push_back(std::string("DescribeDBInstances by ") + how + ": " + l.failure);
    return;
  }
  std::printf("DescribeDBInstances by %s: %u pages, %zu instances:", how, l.pages, l.ids.size());
  for (const auto& id : l.ids) std::printf(" %s", id.c_str());
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Many signed calls at once over libcurl multi, with retries, paging and a waiter"};
  std::string endpoint, scheme = "https", region = "cn-hangzhou";
  std::string target = "rm-uf6wjk5xxxxxxx", source = "rm-g4a1jk8xxxxxxx";  // the API reference's examples
  int page_size = 30, attempts = 4, base_delay = 200, poll_ms = 1000;
  long connections = 4;
  std::uint64_t seed = 0;
  app.add_option("--endpoint", endpoint, "host[:port]")->required();
  app.add_option("--scheme", scheme)->check(CLI::IsMember({"https", "http"}));
  app.add_option("--region", region);
  app.add_option("--page-size", page_size, "PageSize and MaxResults of the listings")->check(CLI::Range(1, 100));
  app.add_option("--connections", connections, "Connections at most (more transfers queue)")->check(CLI::Range(1, 64));
  app.add_option("--attempts", attempts, "Attempts per call at most, the first included")->check(CLI::Range(1, 100));
  app.add_option("--base-delay-ms", base_delay, "The cap of the first retry's wait")->check(CLI::Range(0, 60'000));
  app.add_option("--poll-ms", poll_ms, "The waiter's interval")->check(CLI::Range(0, 60'000));
  app.add_option("--seed", seed, "Seeds the jitter (default: random)");
  app.add_option("--db-instance-id", target, "The import's target instance");
  app.add_option("--source-db-instance-id", source, "The import's source instance");
  CLI11_PARSE(app, argc, argv);

  const std::string id = env("ALIBABA_CLOUD_ACCESS_KEY_ID"), secret = env("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
  if (id.empty() || secret.empty()) {
    std::fprintf(stderr, "async_client: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET\n");
    return 2;
  }
  const rdscodec::credentials creds(id, secret, env("ALIBABA_CLOUD_SECURITY_TOKEN"));
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    std::fprintf(stderr, "async_client: cannot initialise libcurl\n");
    return 1;
  }

  engine::settings s;
  s.signing.method = rdscodec::http_method::post;
  s.signing.fields = rdscodec::placement::query;
  s.signing.endpoint = endpoint;
  s.signing.scheme = scheme == "http" ? rdscodec::url_scheme::http : rdscodec::url_scheme::https;
  s.retry.max_attempts = static_cast<unsigned>(attempts);
  s.retry.base_delay = milliseconds(base_delay);
  s.seed = app.count("--seed") != 0 ? seed : rdscodec::jitter_source()();
  s.connections = connections;

  auto by_number = std::make_shared<listing>(), by_token = std::make_shared<listing>();
  unsigned attributes_ok = 0;
  std::vector<std::string> failures;
  {
    engine e(creds, s);
    // 1. By page number; each instance's attribute call starts as its page arrives.
    instances::request numbered;
    numbered.region_id = region;
    numbered.page_size = page_size;
    list_pages(e, numbered, by_number, [&](const std::string& instance) {
      attribute::request a;
      a.db_instance_id = instance;
      e.call(a, [&, instance](call_result<attribute::response> r) {
        if (r.response)
          ++attributes_ok;
        else
          failures.push_back("DescribeDBInstanceAttribute " + instance + ": " + r.failure);
      });
    });
    // 2. By token.
    instances::request tokened;
    tokened.region_id = region;
    tokened.max_results = page_size;
    list_pages(e, tokened, by_token, nullptr);
    // 3. The migration workflow.
    migration m(e, target, source, milliseconds(poll_ms));
    m.start();
    e.run();

    print_listing("PageNumber", *by_number, failures);
    print_listing("NextToken", *by_token, failures);
    std::printf("DescribeDBInstanceAttribute: %u of %zu succeeded\n", attributes_ok, by_number->ids.size());
    const auto w = m.result();
    if (!w->failure.empty()) {
      failures.push_back(w->failure);
    } else {
      std::printf("import %lld:", static_cast<long long>(w->import_id));
      for (const auto& st : w->statuses) std::printf(" %s", st.c_str());
      std::printf(" (waiter: %s after %u polls)\n", w->verdict.c_str(), w->polls);
      if (w->verdict != "done") failures.push_back("waiter: " + w->verdict);
    }
    unsigned retried = 0;
    std::string by_code;
    for (const auto& [code, n] : e.retries()) {
      retried += n;
      by_code += (by_code.empty() ? "" : ", ") + code + " " + std::to_string(n);
    }
    std::printf("calls: %u, attempts: %u, retries: %u (%s)\n", e.calls(), e.attempts(), retried, by_code.c_str());
    std::printf("most transfers at once: %zu\n", e.most_in_flight());
  }
  curl_global_cleanup();
  for (const auto& f : failures) std::printf("failed: %s\n", f.c_str());
  return failures.empty() ? 0 : 1;
}
