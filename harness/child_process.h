// Child processes for a cell: started pinned to a CPU set (the affinity is set in the child
// before exec, so the VM's threads inherit it from their first instruction), in their own process
// group, killed with the harness (PR_SET_PDEATHSIG), and never outliving their owner: the
// destructor terminates the whole group and reaps it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "harness/cpu_set.h"
#include "harness/unique_fd.h"

namespace gilbench::harness {

using Clock = std::chrono::steady_clock;

struct SpawnRequest {
  std::vector<std::string> argv;      // argv[0] is the executable's path (no PATH search)
  CpuList cpus;                       // empty: inherit the harness's affinity
  bool capture_stdout = false;        // true: a pipe, read with read_line()
  std::filesystem::path stdout_path;  // otherwise stdout goes here (empty: /dev/null)
  std::filesystem::path stderr_path;  // empty: /dev/null
};

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

  // Waits until it exits, `deadline` passes or an interrupt is requested.
  WaitOutcome wait_until(Clock::time_point deadline);
  // The next line of captured stdout, without its newline.
  LineOutcome read_line(Clock::time_point deadline);
  // SIGTERM to its process group, SIGKILL after `grace`, then reaps it. Does nothing more once
  // it has been reaped.
  ExitStatus terminate(std::chrono::milliseconds grace = kDefaultGrace);

 private:
  bool poll_exit(int timeout_ms, bool interruptible);
  bool exited_now() const;
  void reap();

  pid_t pid_ = -1;
  UniqueFd pidfd_;  // readable when the child exits (pidfd_open); invalid on old kernels
  UniqueFd stdout_pipe_;
  std::string stdout_buffer_;
  CpuList granted_cpus_;
  std::optional<ExitStatus> exit_status_;
};

}  // namespace gilbench::harness
