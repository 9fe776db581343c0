// Ending a VM host (gilvm, gil-echo-server) on SIGTERM, SIGINT or SIGHUP without losing what it
// reports. A watcher thread takes those signals (blocked in every other thread, so that they
// cannot land in the middle of VM code); it takes the GIL like any VM thread, which stops the
// script at its next switch, and calls the host's handler, which writes the statistics (and
// trace) and ends the process. Under VmOptions::keyboard_interrupt, SIGINT instead raises
// KeyboardInterrupt in the main thread (interrupts.h), each time it comes. SIGPIPE is ignored:
// a write to a closed pipe or socket is an error (EPIPE) to report, not a silent death.
#pragma once

#include <functional>
#include <thread>

#include "runtime/vm.h"

namespace gilvm {

class ExitSignalWatcher {
 public:
  // `on_signal` runs on the watcher thread, holding the GIL, and must end the process
  // (die_by_signal() or std::_Exit()). Construct before the VM starts any thread: they inherit
  // the blocked mask.
  ExitSignalWatcher(VM& vm, std::function<void(int signal_number)> on_signal);
  // Stops the watcher. The signals stay blocked in the calling thread, so one that comes later
  // cannot cut short what the host still writes; the process then exits with its own status.
  ~ExitSignalWatcher();
  ExitSignalWatcher(const ExitSignalWatcher&) = delete;
  ExitSignalWatcher& operator=(const ExitSignalWatcher&) = delete;

 private:
  std::thread thread_;
};

// In a forked child (VM::fork_process), which has no watcher: unblocks the signals the parent's
// watcher takes, so that they end the child as they would a CPython child (terminate(): -15).
void unblock_exit_signals();

// Ends the process as the default action of `signal_number` would (so the parent sees "killed
// by SIGTERM", status 143 in a shell), after flushing stdio.
[[noreturn]] void die_by_signal(int signal_number);

}  // namespace gilvm
