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
//          a waiter has just asked also waits for the switch; docs/design.md §4 specifies no wait
//          for I/O drops, which differs only in that rare case.)
//
// The state, the waiter's interval, the drop-request check and FORCE_SWITCHING live in
// gil_switching.h, shared with `priority`; this file adds who takes a free lock (anyone) and
// whom a release wakes (one waiter).
//
// Consequences the benchmark measures
//   Only a waiter ever sets the drop request, so a lone thread never switches. A thread that
//   comes back from I/O (recv) while a CPU-bound thread holds the GIL waits a whole interval
//   before it may even ask for the GIL: the convoy effect.
#include <condition_variable>
#include <mutex>

#include "gil/gil_switching.h"

namespace gilvm {
namespace {

class NewGil final : public SwitchingGil {
 public:
  explicit NewGil(const GilConfig& config) : SwitchingGil(config) {}

  std::string_view name() const override { return "newgil"; }

 protected:
  void do_take(GilThread& thread) override { take_gil(thread); }

  void do_drop(GilThread& thread, WaitKind /*kind*/) override {
    drop_gil(thread, /*forced=*/false);
  }

  // ceval.c: `if (gil_drop_request) { drop_gil(); take_gil(); }`.
  bool do_yield_on_request(GilThread& thread) override {
    if (!should_yield()) return false;
    drop_gil(thread, /*forced=*/true);
    take_gil(thread);
    return true;
  }

 private:
  void take_gil(GilThread& thread) {
    Lock lock(mutex_);
    if (locked_) {
      ++waiters_;
      while (locked_) wait_one_interval(lock, cond_, thread);
      --waiters_;
    }
    mark_taken(thread);
  }

  void drop_gil(GilThread& thread, bool forced) {
    {
      std::lock_guard lock(mutex_);
      locked_ = false;
      cond_.notify_one();
    }
    if (forced) wait_for_switch(thread);
  }

  std::condition_variable cond_;  // "the GIL was released"
};

}  // namespace

std::unique_ptr<Gil> make_newgil_gil(const GilConfig& config) {
  return std::make_unique<NewGil>(config);
}

}  // namespace gilvm
