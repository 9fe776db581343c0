// Ctrl-C during a run. SIGINT, SIGTERM and SIGHUP only record the request and wake whatever is
// polling interrupt_wake_fd(); the run loop then kills its children, marks the unfinished cells
// "interrupted" and still writes the report. Children run in their own process groups, so the
// terminal's Ctrl-C reaches the harness alone and the harness decides how they end.
#pragma once

namespace gilbench::harness {

// Installs the handlers for its lifetime and restores the previous ones after. One at a time.
class InterruptHandler {
 public:
  InterruptHandler();
  ~InterruptHandler();
  InterruptHandler(const InterruptHandler&) = delete;
  InterruptHandler& operator=(const InterruptHandler&) = delete;
};

bool interrupt_requested();
// The signal that asked (SIGINT, SIGTERM, SIGHUP), 0 when none did.
int interrupt_signal();
// Readable once an interrupt was requested; -1 while no InterruptHandler is installed.
int interrupt_wake_fd();

}  // namespace gilbench::harness
