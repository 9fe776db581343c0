#include "harness/interrupt.h"

#include "common/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace gilbench::harness {

namespace {

constexpr std::array<int, 3> kInterruptSignals{SIGINT, SIGTERM, SIGHUP};

volatile sig_atomic_t requested_signal = 0;
// The self-pipe: the handler writes a byte, poll() callers see the read end readable.
int wake_read_fd = -1;
int wake_write_fd = -1;
bool installed = false;
std::array<struct sigaction, kInterruptSignals.size()> previous_actions{};

void on_interrupt(int signal_number) {
  const int saved_errno = errno;
  requested_signal = signal_number;
  const char byte = 1;
  [[maybe_unused]] const auto ignored =
      ::write(wake_write_fd, &byte, 1);  // full pipe: already awake
  errno = saved_errno;
}

}  // namespace

InterruptHandler::InterruptHandler() {
  if (installed) throw std::logic_error("only one InterruptHandler at a time");
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
    throw std::runtime_error(std::string("pipe2: ") + std::strerror(errno));
  }
  wake_read_fd = fds[0];
  wake_write_fd = fds[1];
  requested_signal = 0;
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  for (std::size_t i = 0; i < kInterruptSignals.size(); ++i) {
    ::sigaction(kInterruptSignals[i], &action, &previous_actions[i]);
  }
  installed = true;
  set_interrupt_wake_fd(wake_read_fd);  // child-process waits end on Ctrl-C too
}

InterruptHandler::~InterruptHandler() {
  set_interrupt_wake_fd(-1);
  for (std::size_t i = 0; i < kInterruptSignals.size(); ++i) {
    ::sigaction(kInterruptSignals[i], &previous_actions[i], nullptr);
  }
  ::close(wake_read_fd);
  ::close(wake_write_fd);
  wake_read_fd = wake_write_fd = -1;
  installed = false;
}

bool interrupt_requested() { return requested_signal != 0; }

int interrupt_signal() { return requested_signal; }

int interrupt_wake_fd() { return wake_read_fd; }

}  // namespace gilbench::harness
