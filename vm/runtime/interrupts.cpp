// KeyboardInterrupt for the main thread (interrupts.h).
#include "runtime/interrupts.h"

#include <signal.h>

#include <chrono>
#include <thread>

#include "gil/gil.h"
#include "runtime/exceptions.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

// Sent to the main thread to cut short a system call. SIGURG: ignored by default, so one that
// reaches a process without the handler (a forked child) does nothing.
constexpr int kWakeSignal = SIGURG;

void ignore_wake_signal(int) {}

void set_wake_signal_blocked(bool blocked) {
  sigset_t wake;
  sigemptyset(&wake);
  sigaddset(&wake, kWakeSignal);
  pthread_sigmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &wake, nullptr);
}

}  // namespace

void Interrupts::enable_on_this_thread(std::atomic<uint32_t>& eval_breaker) {
  struct sigaction action {};
  action.sa_handler = ignore_wake_signal;  // no SA_RESTART: the blocked call fails with EINTR
  sigemptyset(&action.sa_mask);
  sigaction(kWakeSignal, &action, nullptr);
  set_wake_signal_blocked(true);  // threads started from here on inherit the mask
  main_ = pthread_self();
  eval_breaker_ = &eval_breaker;
  // Release: the watcher thread, started before this, reads main_ and eval_breaker_ after its
  // acquire load of enabled_.
  enabled_.store(true, std::memory_order_release);
}

void Interrupts::request() {
  if (!enabled_.load(std::memory_order_acquire)) return;
  pending_.store(true, std::memory_order_seq_cst);
  eval_breaker_->fetch_or(kSignalPending, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(wait_mutex_);
    if (wait_changed_ != nullptr) {
      std::lock_guard<std::mutex> waiting(*wait_lock_);
      wait_changed_->notify_all();
    }
  }
  // A system call: signal until the request is taken. Again and again, because a signal that
  // comes just before the call blocks (after the thread last looked at pending()) is lost.
  for (int tries = 0; tries < 100 && pending(); ++tries) {
    if (blocking_.load(std::memory_order_seq_cst)) pthread_kill(main_, kWakeSignal);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

bool Interrupts::consume() {
  if (!pending_.exchange(false, std::memory_order_seq_cst)) return false;
  eval_breaker_->fetch_and(~static_cast<uint32_t>(kSignalPending), std::memory_order_relaxed);
  return true;
}

void Interrupts::enter_blocking_call() {
  blocking_.store(true, std::memory_order_seq_cst);
  set_wake_signal_blocked(false);
}

void Interrupts::leave_blocking_call() {
  set_wake_signal_blocked(true);
  blocking_.store(false, std::memory_order_seq_cst);
}

Interrupts::ConditionWait::ConditionWait(Interrupts& interrupts, std::mutex& mutex,
                                         std::condition_variable& changed)
    : interrupts_(interrupts) {
  std::lock_guard<std::mutex> lock(interrupts_.wait_mutex_);
  interrupts_.wait_lock_ = &mutex;
  interrupts_.wait_changed_ = &changed;
}

Interrupts::ConditionWait::~ConditionWait() {
  std::lock_guard<std::mutex> lock(interrupts_.wait_mutex_);
  interrupts_.wait_lock_ = nullptr;
  interrupts_.wait_changed_ = nullptr;
}

bool interrupt_pending(const ThreadState& thread) {
  const Interrupts& interrupts = thread.vm.interrupts();
  return interrupts.pending() && interrupts.on_main_thread();
}

void raise_if_interrupted(ThreadState& thread) {
  if (interrupt_pending(thread) && thread.vm.interrupts().consume())
    raise(exc::KeyboardInterrupt, "");
}

}  // namespace gilvm
