// A child process for end-to-end tests: spawned with its stdout and stderr on pipes, read line
// by line with a deadline, waited for with a deadline, and killed (with its exit reaped) by the
// destructor if it is still running, so a failing test leaves no process behind.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

class ChildProcess {
 public:
  // `cpu`: pin the child (and so all its threads) to that one CPU before it starts.
  explicit ChildProcess(const std::vector<std::string>& args, std::optional<int> cpu = std::nullopt) {
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      if (cpu) {
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(*cpu, &set);
        if (sched_setaffinity(0, sizeof set, &set) != 0) _exit(126);
      }
      dup2(out[1], STDOUT_FILENO);
      dup2(err[1], STDERR_FILENO);
      std::vector<char*> argv;
      for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(out[1]);
    close(err[1]);
    stdout_fd_ = out[0];
    stderr_fd_ = err[0];
  }
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ~ChildProcess() {
    if (!status_) {
      kill(pid_, SIGKILL);
      int ignored;
      waitpid(pid_, &ignored, 0);
    }
    close(stdout_fd_);
    close(stderr_fd_);
  }

  pid_t pid() const { return pid_; }

  // The next line of stdout, or nullopt at EOF or when `timeout` passes first.
  std::optional<std::string> read_line(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      size_t newline = stdout_.find('\n');
      if (newline != std::string::npos) {
        std::string line = stdout_.substr(0, newline);
        stdout_.erase(0, newline + 1);
        return line;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0 || !read_some(stdout_fd_, stdout_, left)) return std::nullopt;
    }
  }

  // The exit status (or 128 + signal), or nullopt if still running after `timeout`. Collects
  // what is left of stdout and stderr.
  std::optional<int> wait(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!status_) {
      int raw;
      pid_t done = waitpid(pid_, &raw, WNOHANG);
      if (done == pid_) {
        status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
        break;
      }
      if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
      drain(std::chrono::milliseconds(5));
    }
    drain(std::chrono::milliseconds(0));
    return status_;
  }

  void signal(int number) { kill(pid_, number); }
  const std::string& stdout_text() const { return stdout_; }
  const std::string& stderr_text() const { return stderr_; }

 private:
  static bool read_some(int fd, std::string& into, std::chrono::milliseconds timeout) {
    pollfd entry{fd, POLLIN, 0};
    if (poll(&entry, 1, static_cast<int>(timeout.count())) <= 0) return false;
    char buffer[4096];
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) return false;
    into.append(buffer, static_cast<size_t>(n));
    return true;
  }
  void drain(std::chrono::milliseconds timeout) {
    while (read_some(stdout_fd_, stdout_, timeout)) {
    }
    while (read_some(stderr_fd_, stderr_, std::chrono::milliseconds(0))) {
    }
  }

  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  int stderr_fd_ = -1;
  std::string stdout_;
  std::string stderr_;
  std::optional<int> status_;
};
