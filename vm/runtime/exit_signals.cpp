#include "runtime/exit_signals.h"

#include <signal.h>

#include <cstdio>
#include <cstdlib>

namespace gilvm {

namespace {

sigset_t watched_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGHUP);
  sigaddset(&signals, SIGUSR1);  // the destructor's wake-up
  return signals;
}

void watch(VM& vm, const std::function<void(int)>& on_signal) {
  sigset_t signals = watched_signals();
  int signal_number = 0;
  for (;;) {
    if (sigwait(&signals, &signal_number) != 0) continue;
    if (signal_number == SIGUSR1) return;
    if (signal_number != SIGINT || !vm.options().keyboard_interrupt) break;
    vm.interrupts().request();  // KeyboardInterrupt in the main thread; then wait for the next
  }
  ThreadRecord& record = vm.register_thread("signal-watcher");
  vm.gil().take(record.gil);  // stops the script at its next switch
  on_signal(signal_number);
  die_by_signal(signal_number);  // in case the handler returned
}

}  // namespace

ExitSignalWatcher::ExitSignalWatcher(VM& vm, std::function<void(int)> on_signal) {
  ::signal(SIGPIPE, SIG_IGN);
  sigset_t signals = watched_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  thread_ = std::thread(watch, std::ref(vm), std::move(on_signal));
}

ExitSignalWatcher::~ExitSignalWatcher() {
  pthread_kill(thread_.native_handle(), SIGUSR1);
  thread_.join();
}

void unblock_exit_signals() {
  sigset_t signals = watched_signals();
  pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
}

void die_by_signal(int signal_number) {
  std::fflush(nullptr);
  ::signal(signal_number, SIG_DFL);
  sigset_t just_this;
  sigemptyset(&just_this);
  sigaddset(&just_this, signal_number);
  pthread_sigmask(SIG_UNBLOCK, &just_this, nullptr);
  ::raise(signal_number);
  std::_Exit(128 + signal_number);  // not reached for a signal whose default is to terminate
}

}  // namespace gilvm
