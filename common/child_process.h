// The one runner of child processes (the harness's servers, clients and interpreters; the tests'
// gilvm, servers and scripts): started pinned to a CPU set (the affinity is set in the child
// before exec, so the VM's threads inherit it from their first instruction), in their own process
// group, killed with their parent (PR_SET_PDEATHSIG), and never outliving their owner: the
// destructor terminates the whole group and reaps it. So neither a killed harness nor a failing
// test leaves a server behind.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/cpu_set.h"
#include "common/unique_fd.h"

namespace gilbench {

using Clock = std::chrono::steady_clock;

struct SpawnRequest {
  std::vector<std::string> argv;      // argv[0] is the executable's path (no PATH search)
  CpuList cpus;                       // empty: inherit the harness's affinity
  bool capture_stdout = false;        // true: a pipe, read with read_line() or captured_stdout()
  std::filesystem::path stdout_path;  // otherwise stdout goes here (empty: /dev/null)
  bool capture_stderr = false;        // true: a pipe, read with captured_stderr()
  std::filesystem::path stderr_path;  // otherwise stderr goes here (empty: /dev/null)
};

// Waits of every ChildProcess also end (`interrupted`) once `fd` is readable: the harness's
// Ctrl-C self-pipe (harness/interrupt.h), set while its handler is installed. -1: none.
void set_interrupt_wake_fd(int fd);

// The executable could not be started (not found, not executable, affinity refused).
class SpawnError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ExitStatus {
  int code = 0;    // the exit status, when it exited
  int signal = 0;  // the signal that ended it, 0 when it exited
  bool success() const { return signal == 0 && code == 0; }
  std::string describe() const;  // "exit status 2", "killed by SIGKILL"
};

enum class WaitOutcome { exited, deadline_passed, interrupted };

struct LineOutcome {
  enum Kind { line, deadline_passed, interrupted, end_of_output } kind;
  std::string text;
};

class ChildProcess {
 public:
  static constexpr std::chrono::milliseconds kDefaultGrace{2000};

  explicit ChildProcess(const SpawnRequest& request);  // throws SpawnError
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  const CpuList& granted_cpus() const { return granted_cpus_; }
  const std::optional<ExitStatus>& exit_status() const { return exit_status_; }

  // Waits until it exits, `deadline` passes or an interrupt is requested. Meanwhile it keeps
  // what the child writes to captured pipes, so that a chatty child cannot block on a full pipe.
  WaitOutcome wait_until(Clock::time_point deadline);
  // The next line of captured stdout, without its newline.
  LineOutcome read_line(Clock::time_point deadline);
  // SIGTERM to its process group, SIGKILL after `grace`, then reaps it. Does nothing more once
  // it has been reaped.
  ExitStatus terminate(std::chrono::milliseconds grace = kDefaultGrace);
  // Sends `signal_number` to the child alone (not its group), if it has not been reaped.
  void signal(int signal_number) const;
  // Captured output not yet read: all of it once wait_until has returned `exited`.
  const std::string& captured_stdout() const { return stdout_buffer_; }
  const std::string& captured_stderr() const { return stderr_buffer_; }

 private:
  bool poll_exit(int timeout_ms, bool interruptible);
  bool exited_now() const;
  void reap();
  // Moves what is ready on the captured pipes into the buffers, waiting at most `timeout_ms`
  // for the first byte. False once there is nothing left to wait for (both at end of output).
  bool drain_pipes(int timeout_ms);

  pid_t pid_ = -1;
  UniqueFd pidfd_;  // readable when the child exits (pidfd_open); invalid on old kernels
  UniqueFd stdout_pipe_;
  UniqueFd stderr_pipe_;
  std::string stdout_buffer_;
  std::string stderr_buffer_;
  CpuList granted_cpus_;
  std::optional<ExitStatus> exit_status_;
};

}  // namespace gilbench
