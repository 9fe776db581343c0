// The end-to-end tests' view of the one process runner (common/child_process.h): stdout and
// stderr captured, timeouts relative to now, the exit status as a shell reports it (128 + N
// after signal N), and a child still running at the end of a test killed with its group.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "common/child_process.h"

class ChildProcess {
 public:
  // `cpu`: pin the child (and so all its threads) to that one CPU before it starts.
  explicit ChildProcess(const std::vector<std::string>& args, std::optional<int> cpu = std::nullopt)
      : process_(request(args, cpu)) {}
  ~ChildProcess() { process_.terminate(std::chrono::milliseconds(0)); }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return process_.pid(); }

  // The next line of stdout, or nullopt at EOF or when `timeout` passes first.
  std::optional<std::string> read_line(std::chrono::milliseconds timeout) {
    gilbench::LineOutcome line = process_.read_line(gilbench::Clock::now() + timeout);
    if (line.kind == gilbench::LineOutcome::line) return line.text;
    return std::nullopt;
  }

  // The exit status (or 128 + signal), or nullopt if still running after `timeout`.
  std::optional<int> wait(std::chrono::milliseconds timeout) {
    if (process_.wait_until(gilbench::Clock::now() + timeout) != gilbench::WaitOutcome::exited)
      return std::nullopt;
    const gilbench::ExitStatus& status = *process_.exit_status();
    return status.signal != 0 ? 128 + status.signal : status.code;
  }

  void signal(int number) { process_.signal(number); }
  const std::string& stdout_text() const { return process_.captured_stdout(); }
  const std::string& stderr_text() const { return process_.captured_stderr(); }

 private:
  static gilbench::SpawnRequest request(const std::vector<std::string>& args,
                                        std::optional<int> cpu) {
    gilbench::SpawnRequest request;
    request.argv = args;
    if (cpu) request.cpus = {*cpu};
    request.capture_stdout = true;
    request.capture_stderr = true;
    return request;
  }

  gilbench::ChildProcess process_;
};
