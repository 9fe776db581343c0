#include "common/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>
#include <tuple>
#include <utility>

namespace gilbench {

namespace {

int interrupt_fd = -1;  // set_interrupt_wake_fd

bool interrupt_requested() {
  if (interrupt_fd < 0) return false;
  pollfd fd{interrupt_fd, POLLIN, 0};
  return ::poll(&fd, 1, 0) > 0;
}

// What the child reports through the exec-status pipe when it cannot become the program.
struct ChildFailure {
  int stage;  // index into kStageNames
  int error;  // errno
};
constexpr const char* kStageNames[] = {"sched_setaffinity", "redirect", "exec"};

// Everything the child needs, prepared before fork: after fork only async-signal-safe calls.
struct ChildSetup {
  std::vector<char*> argv;
  cpu_set_t cpus{};
  bool pin = false;
  int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1;
  int status_fd = -1;
  pid_t parent = 0;
};

[[noreturn]] void fail_in_child(const ChildSetup& setup, int stage) {
  const ChildFailure failure{stage, errno};
  [[maybe_unused]] const auto ignored = ::write(setup.status_fd, &failure, sizeof failure);
  ::_exit(127);
}

[[noreturn]] void become_child(const ChildSetup& setup) {
  ::setpgid(0, 0);  // own group: the terminal's Ctrl-C goes to the harness, which decides
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // if the harness itself is killed, so is this child
  if (::getppid() != setup.parent) ::_exit(127);  // the harness died before prctl took effect
  if (setup.pin && ::sched_setaffinity(0, sizeof setup.cpus, &setup.cpus) != 0)
    fail_in_child(setup, 0);
  if (::dup2(setup.stdin_fd, STDIN_FILENO) < 0 || ::dup2(setup.stdout_fd, STDOUT_FILENO) < 0 ||
      ::dup2(setup.stderr_fd, STDERR_FILENO) < 0) {
    fail_in_child(setup, 1);
  }
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
    ::signal(signal_number, SIG_DFL);
  ::execv(setup.argv[0], setup.argv.data());
  fail_in_child(setup, 2);
}

UniqueFd open_or_throw(const std::filesystem::path& path, int flags) {
  const std::string name = path.empty() ? "/dev/null" : path.string();
  UniqueFd fd(::open(name.c_str(), flags | O_CLOEXEC, 0644));
  if (!fd) throw SpawnError("cannot open " + name + ": " + std::strerror(errno));
  return fd;
}

std::pair<UniqueFd, UniqueFd> make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw SpawnError(std::string("pipe2: ") + std::strerror(errno));
  return {UniqueFd(fds[0]), UniqueFd(fds[1])};
}

UniqueFd open_pidfd(pid_t pid) {
#ifdef SYS_pidfd_open
  return UniqueFd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
#else
  (void)pid;
  return UniqueFd();
#endif
}

ExitStatus decode(int status) {
  if (WIFSIGNALED(status)) return {0, WTERMSIG(status)};
  return {WEXITSTATUS(status), 0};
}

int milliseconds_until(Clock::time_point deadline) {
  const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 60'000));
}

// Polls `fd` (may be -1) and the interrupt pipe. Returns the revents of `fd`, or 0 on timeout
// or interrupt.
short poll_with_interrupt(int fd, int timeout_ms) {
  pollfd fds[2] = {{fd, POLLIN, 0}, {interrupt_fd, POLLIN, 0}};
  const int ready = ::poll(fds, 2, timeout_ms);
  return ready > 0 ? fds[0].revents : 0;
}

}  // namespace

void set_interrupt_wake_fd(int fd) { interrupt_fd = fd; }

std::string ExitStatus::describe() const {
  if (signal != 0) {
    const char* name = ::sigabbrev_np(signal);
    return std::string("killed by ") +
           (name ? std::string("SIG") + name : "signal " + std::to_string(signal));
  }
  return "exit status " + std::to_string(code);
}

ChildProcess::ChildProcess(const SpawnRequest& request) {
  if (request.argv.empty()) throw SpawnError("nothing to run");
  UniqueFd stdin_fd = open_or_throw("", O_RDONLY);
  UniqueFd stdout_fd;
  if (request.capture_stdout) {
    auto [read_end, write_end] = make_pipe();
    stdout_pipe_ = std::move(read_end);
    stdout_fd = std::move(write_end);
  } else {
    stdout_fd = open_or_throw(request.stdout_path, O_WRONLY | O_CREAT | O_TRUNC);
  }
  UniqueFd stderr_fd;
  if (request.capture_stderr) {
    auto [read_end, write_end] = make_pipe();
    stderr_pipe_ = std::move(read_end);
    stderr_fd = std::move(write_end);
  } else {
    stderr_fd = open_or_throw(request.stderr_path, O_WRONLY | O_CREAT | O_TRUNC);
  }
  auto [status_read, status_write] = make_pipe();

  ChildSetup setup;
  for (const auto& argument : request.argv)
    setup.argv.push_back(const_cast<char*>(argument.c_str()));
  setup.argv.push_back(nullptr);
  CPU_ZERO(&setup.cpus);
  for (const int cpu : request.cpus) CPU_SET(cpu, &setup.cpus);
  setup.pin = !request.cpus.empty();
  setup.stdin_fd = stdin_fd.get();
  setup.stdout_fd = stdout_fd.get();
  setup.stderr_fd = stderr_fd.get();
  setup.status_fd = status_write.get();
  setup.parent = ::getpid();

  pid_ = ::fork();
  if (pid_ < 0) throw SpawnError(std::string("fork: ") + std::strerror(errno));
  if (pid_ == 0) become_child(setup);
  ::setpgid(pid_, pid_);  // also here, so that a kill of the group cannot race the child's own call
  pidfd_ = open_pidfd(pid_);
  status_write.reset();
  stdout_fd.reset();  // the child's ends: the pipes then end when the child's copies close
  stderr_fd.reset();

  // The pipe closes on a successful exec (O_CLOEXEC); a message means the child gave up.
  ChildFailure failure{};
  ssize_t got;
  do got = ::read(status_read.get(), &failure, sizeof failure);
  while (got < 0 && errno == EINTR);
  if (got == static_cast<ssize_t>(sizeof failure)) {
    reap();
    throw SpawnError(std::string("cannot run ") + request.argv[0] + ": " +
                     kStageNames[failure.stage] + ": " + std::strerror(failure.error));
  }
  try {
    granted_cpus_ = affinity_of(pid_);
  } catch (const std::exception&) {
    granted_cpus_.clear();  // it already exited: nothing was granted that matters any more
  }
}

ChildProcess::~ChildProcess() { terminate(); }

// True once the child has exited (not yet reaped: its process group still names it). An
// interruptible wait also returns (false) as soon as an interrupt is requested.
bool ChildProcess::poll_exit(int timeout_ms, bool interruptible) {
  if (exit_status_) return true;
  if (pidfd_) {
    if (interruptible) return poll_with_interrupt(pidfd_.get(), timeout_ms) != 0 || exited_now();
    pollfd fd{pidfd_.get(), POLLIN, 0};
    return ::poll(&fd, 1, timeout_ms) > 0 || exited_now();
  }
  // No pidfd (kernel before 5.3): check every few milliseconds.
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!exited_now()) {
    if (Clock::now() >= deadline || (interruptible && interrupt_requested())) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

bool ChildProcess::exited_now() const {
  siginfo_t info{};
  return ::waitid(P_PID, pid_, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_;
}

// Kills whatever is left of its process group (a leader's exit does not end the rest), then
// collects the exit status.
void ChildProcess::reap() {
  if (exit_status_ || pid_ <= 0) return;
  ::kill(-pid_, SIGKILL);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  exit_status_ = decode(status);
}

bool ChildProcess::drain_pipes(int timeout_ms) {
  pollfd fds[3] = {
      {stdout_pipe_.get(), POLLIN, 0}, {stderr_pipe_.get(), POLLIN, 0}, {interrupt_fd, POLLIN, 0}};
  if (fds[0].fd < 0 && fds[1].fd < 0) return false;
  if (::poll(fds, 3, timeout_ms) <= 0) return true;
  for (auto [index, pipe, buffer] : {std::tuple{0, &stdout_pipe_, &stdout_buffer_},
                                     std::tuple{1, &stderr_pipe_, &stderr_buffer_}}) {
    if (fds[index].revents == 0) continue;
    char chunk[4096];
    const ssize_t got = ::read(pipe->get(), chunk, sizeof chunk);
    if (got > 0) {
      buffer->append(chunk, static_cast<std::size_t>(got));
    } else if (got == 0 || errno != EINTR) {
      pipe->reset();  // end of output
    }
  }
  return true;
}

WaitOutcome ChildProcess::wait_until(Clock::time_point deadline) {
  for (;;) {
    // With captured output: read it while the child runs, then to its end (the child's
    // children may hold the pipe: their group is killed by reap, which ends it).
    while ((stdout_pipe_ || stderr_pipe_) && !exit_status_ && !exited_now()) {
      if (interrupt_requested()) return WaitOutcome::interrupted;
      if (Clock::now() >= deadline) return WaitOutcome::deadline_passed;
      drain_pipes(std::min(milliseconds_until(deadline), 50));
    }
    if (poll_exit(milliseconds_until(deadline), /*interruptible=*/true)) {
      reap();
      const auto drained_by = Clock::now() + std::chrono::seconds(2);  // a pipe held elsewhere
      while ((stdout_pipe_ || stderr_pipe_) && Clock::now() < drained_by) drain_pipes(100);
      return WaitOutcome::exited;
    }
    if (interrupt_requested()) return WaitOutcome::interrupted;
    if (Clock::now() >= deadline) return WaitOutcome::deadline_passed;
  }
}

LineOutcome ChildProcess::read_line(Clock::time_point deadline) {
  for (;;) {
    if (const auto newline = stdout_buffer_.find('\n'); newline != std::string::npos) {
      std::string line = stdout_buffer_.substr(0, newline);
      stdout_buffer_.erase(0, newline + 1);
      return {LineOutcome::line, line};
    }
    // wait_until may have drained the pipe to its end: what it read is still to be returned.
    if (!stdout_pipe_) return {LineOutcome::end_of_output, std::exchange(stdout_buffer_, "")};
    if (interrupt_requested()) return {LineOutcome::interrupted, ""};
    const int timeout_ms = milliseconds_until(deadline);
    const short events = poll_with_interrupt(stdout_pipe_.get(), timeout_ms);
    if (events == 0) {
      if (interrupt_requested()) return {LineOutcome::interrupted, ""};
      if (Clock::now() >= deadline) return {LineOutcome::deadline_passed, ""};
      continue;
    }
    char chunk[4096];
    const ssize_t got = ::read(stdout_pipe_.get(), chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return {LineOutcome::end_of_output, std::exchange(stdout_buffer_, "")};
    stdout_buffer_.append(chunk, static_cast<std::size_t>(got));
  }
}

void ChildProcess::signal(int signal_number) const {
  if (pid_ > 0 && !exit_status_) ::kill(pid_, signal_number);
}

ExitStatus ChildProcess::terminate(std::chrono::milliseconds grace) {
  if (pid_ <= 0) return {};
  if (!exit_status_) {
    if (!exited_now()) {
      ::kill(-pid_, SIGTERM);
      // Not interruptible: after Ctrl-C the child still gets its (short) grace to write its
      // statistics and exit cleanly before SIGKILL.
      poll_exit(static_cast<int>(grace.count()), /*interruptible=*/false);
    }
    reap();  // SIGKILLs the group first
  }
  return *exit_status_;
}

}  // namespace gilbench
