// The `priority` GIL: newgil plus priority for threads coming back from I/O.
//
// Where it comes from
//   bugs.python.org issue 7946 ("Convoy effect with I/O bound threads and New GIL", David
//   Beazley, February 2010; now python/cpython#52194) and the python-dev threads around it.
//   Beazley showed that a thread returning from recv() waits a whole switch interval behind a
//   CPU-bound thread, once per I/O call, and proposed what operating systems do: give
//   I/O-bound threads priority, and let them preempt a CPU-bound holder at once. Antoine
//   Pitrou's "interactiveness" patches in that issue (gilinter*.patch) tried a heuristic of
//   the same kind: a thread that gives up the GIL by itself is interactive, one that has to
//   be asked is not. None was merged: the objections were starvation of CPU-bound threads
//   and a heuristic's corner cases. This is the simplest form of the idea, on top of newgil
//   (gil_newgil.cpp) with FORCE_SWITCHING kept.
//
// State (under mutex_ unless noted)
//   everything newgil has: locked_, switch_number_, waiters_, last_holder_ (under both
//                   mutexes), switch_mutex_/switch_cond_, kGilDropRequest, interval
//   io_waiters_     how many of waiters_ are I/O-bound
//   holder_cpu_bound_  whether the thread holding the GIL is CPU-bound
//   GilThread::cpu_bound  false ("I/O-bound") until the thread is forced off; true from its
//                   first forced release until its next voluntary one. Written and read by
//                   its own thread only; others see the holder's through holder_cpu_bound_.
//   Two condition variables for "the GIL was released": io_cond_ (I/O-bound waiters sleep on
//   it) and cpu_cond_ (CPU-bound waiters). What newgil has lives in gil_switching.h.
//
// Who signals whom
//   take, I/O-bound thread: as newgil's take_gil, except that whenever it finds the GIL held
//          by a CPU-bound thread it sets kGilDropRequest at once, without waiting an
//          interval. While the holder is I/O-bound it waits intervals like newgil.
//   take, CPU-bound thread: newgil's take_gil, but it may take the GIL only while no I/O-bound
//          thread waits (io_waiters_ == 0): I/O-bound waiters get the GIL first.
//   drop:  clear locked_; signal io_cond_ if an I/O-bound thread waits, else cpu_cond_ (one
//          waiter, as newgil). A voluntary drop makes the thread I/O-bound again. A forced
//          drop makes it CPU-bound, then waits (FORCE_SWITCHING) until another thread has
//          taken the GIL, so the preempted holder cannot barge straight back.
//   The holder sees kGilDropRequest at its next poll and drops forcibly, as under newgil; it
//          declines a request with nobody waiting.
//
// No lost wake-up: an I/O-bound waiter may take the GIL whenever it is free, a CPU-bound one
//   whenever it is free and no I/O-bound thread waits. A thread that arrives while the GIL is
//   free and may take it never sleeps, so an I/O-bound thread sleeps only while the GIL is
//   held, and the release that frees it sees io_waiters_ > 0 and signals io_cond_: a free
//   GIL with I/O-bound waiters always has one of them signalled. A CPU-bound thread is
//   signalled only by a release that saw no I/O-bound waiter; if one comes before it wakes,
//   the GIL is free and that thread takes it at once without sleeping, and its own release
//   signals again. Every waiter re-checks its condition under mutex_ whenever it wakes
//   (signal, timeout or spurious), so a signal consumed by a waiter that was timing out
//   anyway still leads to a take.
//
// Consequences
//   The convoy goes: a thread back from I/O waits only for the CPU-bound holder's next poll
//   and a wake-up, not a whole interval. The price: a CPU-bound thread preempted that way
//   loses the rest of its interval, and enough I/O-bound threads can starve CPU-bound ones
//   (each I/O burst goes first). A thread that turns CPU-bound keeps its priority until it
//   is first forced off: one interval.
#include <condition_variable>
#include <mutex>

#include "gil/gil_switching.h"

namespace gilvm {
namespace {

// The I/O-bound thread's immediate drop request: the whole proposal. A build configured with
// -DGILBENCH_INJECT_DEFECT=priority-as-newgil leaves it out, so that `priority` convoys like
// newgil: a known defect for measuring the CI gate (harness/README.md "Gate"), never a design.
#ifdef GILBENCH_DEFECT_PRIORITY_AS_NEWGIL
constexpr bool kIoBoundPreempts = false;
#else
constexpr bool kIoBoundPreempts = true;
#endif

// What priority keeps per thread: whether it was forced off at least once since it last gave
// the GIL up by itself (then it is CPU-bound and waits behind I/O-bound threads). Written and
// read only by the thread itself.
struct PriorityThread : GilDesignThreadState {
  bool cpu_bound = false;
};

class PriorityGil final : public SwitchingGil {
 public:
  explicit PriorityGil(const GilConfig& config) : SwitchingGil(config) {}

  std::string_view name() const override { return "priority"; }

 protected:
  void do_take(GilThread& thread) override { take_gil(thread); }

  // Every voluntary release counts as I/O, a lock wait included, as in the proposal.
  void do_drop(GilThread& thread, WaitKind /*kind*/) override {
    design_state<PriorityThread>(thread).cpu_bound = false;  // I/O-bound again
    drop_gil(thread, /*forced=*/false);
  }

  bool do_yield_on_request(GilThread& thread) override {
    if (!should_yield()) return false;
    design_state<PriorityThread>(thread).cpu_bound = true;  // it had to be asked
    drop_gil(thread, /*forced=*/true);
    take_gil(thread);
    return true;
  }

 private:
  // Called with mutex_ held.
  bool may_take(bool io_bound) const { return !locked_ && (io_bound || io_waiters_ == 0); }

  void take_gil(GilThread& thread) {
    const bool cpu_bound = design_state<PriorityThread>(thread).cpu_bound;
    const bool io_bound = !cpu_bound;
    Lock lock(mutex_);
    if (!may_take(io_bound)) wait_until_may_take(lock, io_bound, thread);
    // Served: the next waiter asks again, at once if it is I/O-bound and this thread is
    // CPU-bound, else after an interval.
    mark_taken(thread);
    holder_cpu_bound_ = cpu_bound;
  }

  void wait_until_may_take(Lock& lock, bool io_bound, const GilThread& thread) {
    ++waiters_;
    if (io_bound) ++io_waiters_;
    while (!may_take(io_bound)) {
      // The proposal: an I/O-bound thread does not wait behind a CPU-bound holder.
      if (kIoBoundPreempts && io_bound && locked_ && holder_cpu_bound_) set_drop_request(thread);
      wait_one_interval(lock, io_bound ? io_cond_ : cpu_cond_, thread);
    }
    if (io_bound) --io_waiters_;
    --waiters_;
  }

  void drop_gil(GilThread& thread, bool forced) {
    {
      std::lock_guard lock(mutex_);
      locked_ = false;
      if (io_waiters_ > 0) {
        io_cond_.notify_one();
      } else {
        cpu_cond_.notify_one();
      }
    }
    if (forced) wait_for_switch(thread);
  }

  std::condition_variable io_cond_;   // "the GIL was released", for I/O-bound waiters
  std::condition_variable cpu_cond_;  // the same, for CPU-bound waiters
  bool holder_cpu_bound_ = false;     // under mutex_
  int io_waiters_ = 0;                // under mutex_
};

}  // namespace

std::unique_ptr<Gil> make_priority_gil(const GilConfig& config) {
  return std::make_unique<PriorityGil>(config);
}

}  // namespace gilvm
