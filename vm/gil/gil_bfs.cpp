// The `bfs` GIL: an earliest-virtual-deadline-first scheduler in the spirit of Con Kolivas's
// Brain Fuck Scheduler (BFS), applied to the GIL.
//
// Where it comes from
//   Nir Aides, "bfs.patch" on bugs.python.org issue 7946 (March 2010, msg101612; python-dev,
//   "Fixing the GIL (with a BFS scheduler)", May 2010), which replaced the GIL of 3.2 with a
//   simplified BFS; BFS itself is described in Kolivas's sched-BFS.txt. BFS gives every task
//   a time slice (rr_interval) and a virtual deadline, now + slice x a priority ratio, set
//   when the slice is used up; the CPU goes to the runnable task with the earliest deadline.
//   A task that sleeps keeps its deadline and what is left of its slice, so one that sleeps
//   often is soon the most urgent: interactivity without heuristics. Not merged.
//   This is our own reduction of that idea (the patch itself is not reproduced): one priority
//   level, the ratio fixed at 8, the slice the design parameter "slice" (--slice, 10 ms by
//   default; switch_interval is not used).
//
// State (all under `mutex_`)
//   locked_         whether some thread holds the GIL.
//   waiters_        the threads blocked in take, each a Waiter on its own stack with its own
//                   condition variable and a `granted` flag; unordered (a handful of threads:
//                   the earliest deadline is found by a scan).
//   holder_deadline_, holder_since_, holder_slice_end_
//                   the holder's deadline, when it began running on what is left of its slice,
//                   and when that slice runs out.
//   BfsThread::deadline_ns   the thread's virtual deadline (steady clock, ns)
//   BfsThread::slice_left_ns what is left of its slice (0 before its first take: it gets a
//                   fresh slice and deadline then). Both are read and written under mutex_
//                   only (a releaser reads the waiters' deadlines to choose); the state is
//                   made under mutex_ too, at the thread's first take.
//   kGilDropRequest in eval_breaker: "holder, check whether you must yield" (set and cleared
//                   under mutex_, read without it by the interpreter's poll).
//
// Who signals whom
//   take:  a thread whose slice is used up (only a new one, as releases renew used-up
//          slices) gets a fresh slice and deadline = now + slice x 8. It takes the GIL if it is
//          free, else registers as a waiter and sleeps on its own condition variable until
//          `granted`. While it waits: if its deadline is earlier than the holder's, it sets
//          kGilDropRequest at once (preemption); else it sleeps until the holder's slice ends,
//          and if the holder is still running then, it sets kGilDropRequest. After setting the
//          request it re-checks once a slice, in case the holder does not poll.
//   every release (voluntary drop, or a yield): the holder is charged the time it ran; if
//          that used up its slice it gets a fresh one and deadline = now + slice x 8. If
//          anyone waits, the GIL goes straight to the waiter with the earliest deadline
//          (`granted`, signalled with mutex_ held: the Waiter may vanish once mutex_ is
//          released), kGilDropRequest is cleared (served) and the other waiters are woken to
//          look at the new holder's slice end; else the GIL is free.
//   The holder sees kGilDropRequest at its next poll (handle_eval_breaker): it clears the
//          request, is charged as above, and yields -- hands the GIL to the earliest waiter
//          and waits for its own turn among the waiters -- only if that waiter's deadline is
//          earlier than its own (possibly just renewed) deadline. Otherwise it declines and
//          runs on: a lone thread never switches.
//
// The deadline rule, and one reading of it
//   docs/design.md §4 gives "deadline = now + slice x 8"; set literally at every take after
//   I/O, a thread back from recv() would get a deadline later than that of a CPU-bound holder
//   (whose deadline was set at most one slice ago), so it would wait up to a slice: worse than
//   newgil's interval. As in BFS, a thread keeps its deadline and the rest of its slice across
//   I/O and gets a new deadline only when its slice is used up (or on its first take). An
//   I/O-bound thread uses its slice a few microseconds at a time, so its deadline stays early,
//   it preempts the CPU-bound holder whenever it comes back, and only after it has run a whole
//   slice is it pushed 8 slices ahead: the bound on how much it can take from CPU-bound
//   threads.
//
// Consequences
//   Two CPU-bound threads alternate once per slice (each time one uses its slice up, its new
//   deadline is later than the other's). A thread back from I/O waits only for the holder's
//   next poll and a wake-up. Each hand-off wakes the next thread (direct hand-off: no barging).
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "gil/gil.h"

namespace gilvm {
namespace {

// How far ahead a renewed deadline lies, in slices (docs/design.md §4). Only the order of
// deadlines matters; the offset decides how long an old deadline keeps a thread ahead.
constexpr int64_t kDeadlineSlices = 8;

// What bfs keeps per thread (see "State" above).
struct BfsThread : GilDesignThreadState {
  int64_t deadline_ns = 0;
  int64_t slice_left_ns = 0;
};

class BfsGil final : public Gil {
 public:
  // Slices under 1 us are taken as 1 us.
  explicit BfsGil(const GilConfig& config)
      : Gil(config),
        slice_ns_(
            std::max<int64_t>(config.design_parameter("bfs", "slice").count(),
                              std::chrono::nanoseconds(std::chrono::microseconds(1)).count())) {}

  std::string_view name() const override { return "bfs"; }

 protected:
  void do_take(GilThread& gil_thread) override {
    Lock lock(mutex_);
    BfsThread& thread = design_state<BfsThread>(gil_thread);
    const int64_t now = now_ns();
    if (thread.slice_left_ns <= 0) renew(thread, now);  // first take
    if (!locked_) {
      become_holder(thread, now);
      return;
    }
    wait_for_grant(lock, thread, gil_thread);
  }

  void do_drop(GilThread& gil_thread, WaitKind /*kind*/) override {
    std::lock_guard lock(mutex_);
    const int64_t now = now_ns();
    charge(design_state<BfsThread>(gil_thread), now);
    release(now);
  }

  bool do_yield_on_request(GilThread& gil_thread) override {
    Lock lock(mutex_);
    if (!drop_requested()) return false;
    reset_drop_request();
    if (waiters_.empty()) return false;  // a request nobody made now: go on
    BfsThread& thread = design_state<BfsThread>(gil_thread);
    const int64_t now = now_ns();
    charge(thread, now);
    if ((*earliest())->thread->deadline_ns >= thread.deadline_ns) {
      become_holder(thread, now);  // still the most urgent: run on, the slice restarted
      return false;
    }
    release(now);
    wait_for_grant(lock, thread, gil_thread);
    return true;
  }

 private:
  using Lock = std::unique_lock<std::mutex>;
  using TimePoint = std::chrono::steady_clock::time_point;

  struct Waiter {
    explicit Waiter(BfsThread& waiting) : thread(&waiting) {}
    BfsThread* const thread;
    std::condition_variable cond;
    bool granted = false;  // the GIL is this waiter's (under mutex_)
  };

  // All below: called with mutex_ held.

  void renew(BfsThread& thread, int64_t now) {
    thread.slice_left_ns = slice_ns_;
    thread.deadline_ns = now + slice_ns_ * kDeadlineSlices;
  }

  // The holder ran from holder_since_ to now.
  void charge(BfsThread& thread, int64_t now) {
    thread.slice_left_ns -= now - holder_since_;
    if (thread.slice_left_ns <= 0) renew(thread, now);
  }

  void become_holder(const BfsThread& thread, int64_t now) {
    locked_ = true;
    holder_deadline_ = thread.deadline_ns;
    holder_since_ = now;
    holder_slice_end_ = now + thread.slice_left_ns;
  }

  // The waiter with the earliest deadline (the first of equals); waiters_ must not be empty.
  std::vector<Waiter*>::iterator earliest() {
    return std::min_element(waiters_.begin(), waiters_.end(), [](const Waiter* a, const Waiter* b) {
      return a->thread->deadline_ns < b->thread->deadline_ns;
    });
  }

  // The holder, charged already, lets go: to the earliest waiter if any.
  void release(int64_t now) {
    if (waiters_.empty()) {
      locked_ = false;
      return;
    }
    const auto next = earliest();
    Waiter* chosen = *next;
    waiters_.erase(next);
    // Provisional until the chosen thread runs and restarts its slice clock itself.
    become_holder(*chosen->thread, now);
    chosen->granted = true;
    reset_drop_request();  // served, whoever asked
    // Signals under mutex_: a Waiter may be gone once mutex_ is released and it sees
    // `granted`. The others re-read the new holder's deadline and slice end.
    chosen->cond.notify_one();
    for (Waiter* other : waiters_) other->cond.notify_one();
  }

  void wait_for_grant(Lock& lock, BfsThread& thread, const GilThread& gil_thread) {
    Waiter me(thread);
    waiters_.push_back(&me);
    while (!me.granted) {
      const int64_t now = now_ns();
      if (thread.deadline_ns < holder_deadline_ || now >= holder_slice_end_) {
        // More urgent than the holder, or the holder's slice is over: ask it to check.
        set_drop_request(gil_thread);
        me.cond.wait_for(lock, std::chrono::nanoseconds(slice_ns_));
      } else {
        me.cond.wait_until(lock, TimePoint(std::chrono::nanoseconds(holder_slice_end_)));
      }
    }
    // The releaser removed `me` from waiters_. The slice clock starts now that it runs.
    become_holder(thread, now_ns());
  }

  const int64_t slice_ns_;
  std::mutex mutex_;
  bool locked_ = false;
  std::vector<Waiter*> waiters_;
  int64_t holder_deadline_ = 0;
  int64_t holder_since_ = 0;
  int64_t holder_slice_end_ = 0;
};

}  // namespace

std::unique_ptr<Gil> make_bfs_gil(const GilConfig& config) {
  return std::make_unique<BfsGil>(config);
}

}  // namespace gilvm
