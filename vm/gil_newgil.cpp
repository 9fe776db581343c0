// The `newgil` GIL: CPython 3.2+'s "new GIL" (Antoine Pitrou, 2009), with FORCE_SWITCHING.
//
// Where it comes from
//   Python/ceval_gil.h (3.2-3.11; Python/ceval_gil.c from 3.12): take_gil(), drop_gil() and
//   the notes at the top of that file; Include/internal/pycore_gil.h (struct
//   _gil_runtime_state); Python/ceval.c: the eval loop honours gil_drop_request at its
//   eval-breaker poll by drop_gil() then take_gil(); since 3.10 it polls on backward jumps and
//   calls only.
//
// State
//   locked_         whether some thread holds the GIL                        (under mutex_)
//   last_holder_    the thread holding / last to hold it; tells a dropper whether anyone
//                   else has taken it since  (written under both mutexes, read under either)
//   switch_number_  holder changes since the start; tells a waiter whether the GIL changed
//                   hands while it slept                                      (under mutex_)
//   waiters_        threads blocked in take (not in CPython; see should_yield)  (under mutex_)
//   kGilDropRequest in eval_breaker: "holder, please drop" (atomic; set by waiters, cleared by
//                   the next acquirer or by the forced dropper)
//   interval        switch_interval(), default 5000 us (sys.setswitchinterval)
//
// Who signals whom
//   take:  under mutex_, while locked_: remember switch_number_, wait on cond_ for one
//          interval. If the wait timed out, the GIL is still locked and switch_number_ has not
//          moved, no switch happened for a whole interval: set kGilDropRequest. Once locked_
//          is clear: take switch_mutex_, set locked_, make this thread last_holder_ (counting
//          a switch if it changed), signal switch_cond_, then clear kGilDropRequest -- the
//          request has been served, whoever made it.
//   The holder sees kGilDropRequest at its next eval-breaker poll (handle_eval_breaker) and
//          drops forcibly, then takes again.
//   drop:  under mutex_, clear locked_ and signal cond_ (wakes one waiter). If the drop was
//          forced (FORCE_SWITCHING): under switch_mutex_, while last_holder_ is still this
//          thread, wait on switch_cond_. This stops the dropper from winning the GIL straight
//          back on another core, so a drop request really yields the GIL to a waiter. A thread
//          that drops voluntarily (around I/O) does not wait. (CPython's drop_gil waits
//          whenever the request is still set, whoever calls it, so a voluntary drop made while
//          a waiter has just asked also waits for the switch; design.md §4 specifies no wait
//          for I/O drops, which differs only in that rare case.)
//
// Consequences the benchmark measures
//   Only a waiter ever sets the drop request, so a lone thread never switches. A thread that
//   comes back from I/O (recv) while a CPU-bound thread holds the GIL waits a whole interval
//   before it may even ask for the GIL: the convoy effect.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include "gil.h"

namespace gilvm {
namespace {

class NewGil final : public Gil {
 public:
  explicit NewGil(const GilConfig& config) : Gil(config) {}

  std::string_view name() const override { return "newgil"; }

 protected:
  void do_take(GilThread& thread) override { take_gil(thread); }

  void do_drop(GilThread& thread, bool forced) override { drop_gil(thread, forced); }

  // ceval.c: `if (gil_drop_request) { drop_gil(); take_gil(); }`.
  bool do_yield_on_request(GilThread& thread) override {
    if (!should_yield()) return false;
    drop_gil(thread, /*forced=*/true);
    take_gil(thread);
    return true;
  }

 private:
  using Lock = std::unique_lock<std::mutex>;

  // The holder checks the request again under mutex_. A request made by a waiter always has
  // its waiter still blocked in take (it can leave only by getting the GIL, which we hold), so
  // a forced drop is sure to be followed by another thread's take, which is what ends the
  // dropper's wait for the switch. A request with nobody waiting (set by some other code)
  // would leave the dropper waiting forever: drop it instead. CPython has no such guard.
  bool should_yield() {
    std::lock_guard lock(mutex_);
    if (!drop_requested()) return false;
    if (waiters_ > 0) return true;
    reset_drop_request();
    return false;
  }

  void take_gil(GilThread& thread) {
    Lock lock(mutex_);
    if (locked_) wait_until_unlocked(lock);
    mark_taken(thread);
    // Served, whoever asked: the next waiter asks again after a whole interval of its own.
    if (drop_requested()) reset_drop_request();
  }

  // take_gil's loop: each round waits a full interval, and asks the holder to drop only when
  // nothing changed hands during it.
  void wait_until_unlocked(Lock& lock) {
    ++waiters_;
    while (locked_) {
      const uint64_t saved_switch_number = switch_number_;
      const bool timed_out = cond_.wait_for(lock, wait_interval()) == std::cv_status::timeout;
      if (timed_out && locked_ && switch_number_ == saved_switch_number) set_drop_request();
    }
    --waiters_;
  }

  // Called with mutex_ held. switch_mutex_ too must be held to change last_holder_, so that a
  // forced dropper testing it under switch_mutex_ cannot miss the signal.
  void mark_taken(GilThread& thread) {
    std::lock_guard switch_lock(switch_mutex_);
    locked_ = true;
    if (last_holder_ != &thread) {
      last_holder_ = &thread;
      ++switch_number_;
    }
    switch_cond_.notify_one();
  }

  void drop_gil(GilThread& thread, bool forced) {
    {
      std::lock_guard lock(mutex_);
      locked_ = false;
      cond_.notify_one();
    }
    if (forced) wait_for_switch(thread);
  }

  // FORCE_SWITCHING: do not come back before another thread has had the GIL. At most one
  // thread waits here at a time (it is always last_holder_, and every take that changes
  // last_holder_ signals), so notify_one in mark_taken is enough. The loop only guards
  // against spurious wake-ups.
  void wait_for_switch(GilThread& thread) {
    Lock switch_lock(switch_mutex_);
    if (last_holder_ != &thread) return;  // someone already took it
    // Not switched yet. CPython clears the request here as well as in take_gil; the taker
    // would clear it anyway, so this only makes it go away a little sooner.
    reset_drop_request();
    while (last_holder_ == &thread) switch_cond_.wait(switch_lock);
  }

  std::mutex mutex_;
  std::condition_variable cond_;  // "the GIL was released"
  bool locked_ = false;
  uint64_t switch_number_ = 0;
  int waiters_ = 0;

  std::mutex switch_mutex_;
  std::condition_variable switch_cond_;  // "last_holder_ changed"
  const GilThread* last_holder_ = nullptr;
};

}  // namespace

std::unique_ptr<Gil> make_newgil_gil(const GilConfig& config) {
  return std::make_unique<NewGil>(config);
}

}  // namespace gilvm
