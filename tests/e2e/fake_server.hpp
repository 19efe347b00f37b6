// The end-to-end tests' helpers: the fake RDS server (examples/) as a child
// process on an ephemeral loopback port, and one blocking HTTP/1.1 exchange
// with it.
#ifndef RDSCODEC_TESTS_E2E_FAKE_SERVER_HPP
#define RDSCODEC_TESTS_E2E_FAKE_SERVER_HPP

#include <rdscodec/request/http_request.hpp>

#include <catch2/catch.hpp>

#include "../shell.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

extern char** environ;

namespace e2e {

/// The fake server as a child process, stopped when this object dies; `more`
/// are further command-line options (--inject, --fake-instances...).
class fake_server {
 public:
  explicit fake_server(const std::vector<std::string>& more = {}) {
    int out[2];
    REQUIRE(pipe(out) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<std::string> args = {RDSCODEC_FAKE_SERVER_PATH, "--port", "0", "--key", "testid:testsecret",
                                     "--key", "stsid:stssecret:CAIS-token", "--task", "rm-uf6wjk5xxxxxxx:8562584"};
    args.insert(args.end(), more.begin(), more.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(&a[0]);
    argv.push_back(nullptr);
    REQUIRE(posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    // "listening on 127.0.0.1:PORT"
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    const auto colon = line.rfind(':');
    REQUIRE(line.rfind("listening on 127.0.0.1:", 0) == 0);
    port_ = std::stoi(line.substr(colon + 1));
    endpoint_ = "127.0.0.1:" + std::to_string(port_);
  }
  fake_server(const fake_server&) = delete;
  fake_server& operator=(const fake_server&) = delete;
  ~fake_server() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  int port() const { return port_; }
  /// "127.0.0.1:PORT", alive as long as the server (signing_options::endpoint is a view).
  const std::string& endpoint() const { return endpoint_; }

 private:
  pid_t pid_ = 0;
  int port_ = 0;
  std::string endpoint_;
};

/// One raw HTTP/1.1 exchange with the fake server (what a hostile client
/// can send: repeated headers included). Returns the status line and body.
inline std::string raw_http(const fake_server& server, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(server.port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0);
  for (std::size_t sent = 0; sent < request.size();) {
    const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;  // the server may answer and close before reading everything
    sent += static_cast<std::size_t>(n);
  }
  std::string response;
  char buf[4096];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) response.append(buf, static_cast<std::size_t>(n));
  close(fd);
  return response;
}

/// Sends a request rdscodec signed (http scheme) and returns the HTTP status
/// and the body, for the callers of for_each_page and the like.
inline std::pair<int, std::string> send_signed(const fake_server& server, const rdscodec::http_request& r) {
  std::string raw = std::string(rdscodec::to_string(r.method)) + " " + r.path + (r.query.empty() ? "" : "?") + r.query +
                    " HTTP/1.1\r\n";
  for (const auto& h : r.headers) raw += h.name + ": " + h.value + "\r\n";
  raw += "Content-Length: " + std::to_string(r.body.size()) + "\r\nConnection: close\r\n\r\n" + r.body;
  const std::string answer = raw_http(server, raw);
  // "HTTP/1.1 200 OK\r\n" ... "\r\n\r\n" body (cpp-httplib sends Content-Length, no chunks)
  REQUIRE(answer.rfind("HTTP/1.1 ", 0) == 0);
  const auto end = answer.find("\r\n\r\n");
  REQUIRE(end != std::string::npos);
  return {std::stoi(answer.substr(9, 3)), answer.substr(end + 4)};
}

using rdscodec_test::shell_quote;

/// What a program printed (stdout and stderr together) and its exit code
/// (-1 when it did not exit normally).
struct program_run {
  int exit_code;
  std::string out;
};

/// Runs the shell command line `command`, its output into a temporary file
/// named after `tag` and this process, and returns what it printed.
inline program_run run_program(const std::string& command, const std::string& tag) {
  const char* tmp = std::getenv("TMPDIR");
  const std::string out = std::string(tmp != nullptr ? tmp : "/tmp") + "/rdscodec-" + tag + "-" +
                          std::to_string(getpid()) + ".out";
  const int status = std::system((command + " > " + shell_quote(out) + " 2>&1").c_str());
  std::string printed = rdscodec_test::slurp(out);
  std::remove(out.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, printed};
}

}  // namespace e2e

#endif
