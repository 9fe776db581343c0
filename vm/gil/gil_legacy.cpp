// The `legacy` GIL: CPython 2.7's interpreter lock.
//
// Where it comes from
//   Python/ceval.c (2.7), PyEval_EvalFrameEx: every `_Py_CheckInterval` ticks (default 100;
//   sys.setcheckinterval) the running thread does
//       PyThread_release_lock(interpreter_lock);
//       /* Other threads may run now */
//       PyThread_acquire_lock(interpreter_lock, 1);
//   and Py_BEGIN/END_ALLOW_THREADS around blocking calls are the same release and acquire.
//   Python/thread_pthread.h (2.7), the variant without semaphores: the lock is a flag `locked`
//   guarded by a mutex, with a condition variable `lock_released` that acquirers wait on.
//   (Linux builds of 2.7 use a POSIX semaphore instead; it has the same policy: no hand-off,
//   no queue, whoever gets there first.)
//
// State (all under `mutex_`)
//   locked_   whether some thread holds the GIL.
//
// Who signals whom
//   take:  lock mutex_; while locked_, wait on released_; set locked_.
//   drop:  lock mutex_; clear locked_; unlock; signal released_ (wakes one waiter, if any).
//   Nobody asks the holder to let go: the holder lets go by itself when its tick countdown
//   runs out (handle_tick_expired), and then re-acquires at once. There is no hand-off and no
//   fairness. The woken waiter has to be scheduled, get mutex_ and find locked_ clear, while
//   the releaser, already running, just goes on and takes the lock again: on several cores the
//   releaser usually wins (the "GIL battle"), on one core the OS scheduler decides.
//
// Counting
//   Every tick expiry counts as a forced release, as it is one in CPython 2 whether or not
//   another thread got in; switches_in / switch_count() show how many actually changed hands,
//   which is what makes the battle visible. The eval-breaker drop request is never used.
#include <algorithm>
#include <condition_variable>
#include <mutex>

#include "gil/gil.h"

namespace gilvm {
namespace {

class LegacyGil final : public Gil {
 public:
  explicit LegacyGil(const GilConfig& config) : Gil(config) {}

  std::string_view name() const override { return "legacy"; }

  // Read afresh at every expiry so sys.setcheckinterval takes effect at the next one. CPython 2
  // treats a check interval of zero or less as "every tick".
  int tick_budget() const override { return std::max(check_interval(), 1); }

 protected:
  void do_take(GilThread& /*thread*/) override { acquire(); }

  void do_drop(GilThread& /*thread*/, WaitKind /*kind*/) override { release(); }

  // The drop request is not part of this design: nothing to do, nothing released.
  bool do_yield_on_request(GilThread& /*thread*/) override { return false; }

  // ceval.c: "Give another thread a chance" -- release, then immediately re-acquire.
  bool do_yield_on_ticks(GilThread& /*thread*/) override {
    release();
    // Other threads may run now (if they win the race for mutex_).
    acquire();
    return true;
  }

 private:
  // PyThread_acquire_lock(lock, 1).
  void acquire() {
    std::unique_lock lock(mutex_);
    while (locked_) released_.wait(lock);
    locked_ = true;
  }

  // PyThread_release_lock: the signal comes after the unlock, as in thread_pthread.h.
  void release() {
    {
      std::lock_guard lock(mutex_);
      locked_ = false;
    }
    released_.notify_one();
  }

  std::mutex mutex_;
  std::condition_variable released_;  // thread_pthread.h's `lock_released`
  bool locked_ = false;
};

}  // namespace

std::unique_ptr<Gil> make_legacy_gil(const GilConfig& config) {
  return std::make_unique<LegacyGil>(config);
}

}  // namespace gilvm
