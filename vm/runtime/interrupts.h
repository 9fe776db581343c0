// Ctrl-C as CPython 3.11 has it: SIGINT raises KeyboardInterrupt in the main thread, at its next
// poll of the eval breaker when it runs script code, or at once when it is blocked (a sleep, a
// join, a lock, a queue, a socket call): the wait stops and raises. Other threads are never
// interrupted. The host's signal watcher (exit_signals.h) calls request() for each SIGINT; a host
// that never calls enable_on_this_thread() (the echo server) keeps SIGINT as an exit signal.
#pragma once

#include <pthread.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace gilvm {

struct ThreadState;

class Interrupts {
 public:
  // Called by the main thread before it runs the script: from then on request() interrupts it.
  // `eval_breaker` is the GIL's, whose kSignalPending bit makes the interpreter look.
  void enable_on_this_thread(std::atomic<uint32_t>& eval_breaker);
  // In a forked child: it has no watcher, so SIGINT ends it as the default action does.
  void disable() { enabled_.store(false, std::memory_order_relaxed); }
  // Whether the calling thread is the one that request() interrupts.
  bool on_main_thread() const {
    return enabled_.load(std::memory_order_acquire) && pthread_equal(pthread_self(), main_);
  }
  bool pending() const { return pending_.load(std::memory_order_seq_cst); }

  // From any thread, without the GIL (the signal watcher): asks the main thread to raise
  // KeyboardInterrupt, and wakes it if it is blocked. Returns once the main thread has taken the
  // request or has had time to (about a second at most).
  void request();
  // The main thread, holding the GIL: takes a pending request. True if there was one.
  bool consume();

  // Around a blocking call of the main thread with the GIL released (AllowThreads): request()
  // then sends it kWakeSignal, so that a system call it is blocked in fails with EINTR. The
  // signal is unblocked only inside, so that no other system call of the main thread (a write
  // to stdout) ever sees EINTR.
  void enter_blocking_call();
  void leave_blocking_call();

  // Around a condition-variable wait of the main thread (wait_without_gil): request() notifies
  // `changed` under `mutex`, so the wait must also stop when pending().
  class ConditionWait {
   public:
    ConditionWait(Interrupts& interrupts, std::mutex& mutex, std::condition_variable& changed);
    ~ConditionWait();
    ConditionWait(const ConditionWait&) = delete;
    ConditionWait& operator=(const ConditionWait&) = delete;

   private:
    Interrupts& interrupts_;
  };

 private:
  std::atomic<bool> enabled_{false};
  pthread_t main_{};
  std::atomic<uint32_t>* eval_breaker_ = nullptr;
  std::atomic<bool> pending_{false};
  std::atomic<bool> blocking_{false};  // the main thread is inside enter/leave_blocking_call
  std::mutex wait_mutex_;              // guards the two below
  std::mutex* wait_lock_ = nullptr;
  std::condition_variable* wait_changed_ = nullptr;
};

// Whether `thread` is the main thread and a KeyboardInterrupt waits for it: a blocking call that
// sees EINTR stops then instead of retrying.
bool interrupt_pending(const ThreadState& thread);
// Raises KeyboardInterrupt if interrupt_pending(thread) (taking the request). Hold the GIL.
void raise_if_interrupted(ThreadState& thread);

}  // namespace gilvm
