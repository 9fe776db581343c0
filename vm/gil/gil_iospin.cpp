// The `iospin` GIL: I/O priority with a prompt hand-off, spinning briefly before sleeping,
// and a CPU thread that yields only when someone has a claim on the GIL.
//
// Where it comes from
//   - The I/O-priority proposal of bugs.python.org issue 7946 (David Beazley, 2010; see
//     gil_priority.cpp): a thread back from a blocking call preempts a CPU-bound holder at once
//     instead of waiting a switch interval.
//   - BFS (Nir Aides's patch in the same issue, after Con Kolivas; see gil_bfs.cpp): what makes
//     a thread "I/O" is measured, not guessed, and bounded by a budget -- here, how much GIL
//     time it used in the current switch interval: a thread that computes for long between
//     blocking calls, or that calls them so often that its short holds add up, loses its
//     priority for the rest of the interval and cannot starve the others.
//   - Adaptive spinning (Linux's optimistic spinning on mutexes, glibc's
//     PTHREAD_MUTEX_ADAPTIVE_NP, Solaris adaptive mutexes): a waiter whose lock will be free
//     within microseconds spins for it rather than paying a futex sleep and wake-up, and spins
//     only where spinning can help: when the holder can run on another CPU.
//   - Direct hand-off (fifo, bfs): a release goes to a chosen successor and wakes only it.
//   What no published design combines: where priority and bfs lose the CPU thread's throughput
//   is not the preemption itself (the I/O thread holds the GIL for microseconds) but the sleeps
//   and wake-ups around it: the preempted CPU thread sleeps on a condition variable and must be
//   woken (a futex call, a scheduler wake-up of several microseconds) twice per echoed message.
//   Here the preempted thread spins until the I/O thread lets go, and the I/O thread spins for
//   the hand-off, so on several CPUs, in the steady state of the echo server, nobody sleeps in
//   the GIL.
//
// State (under mutex_ unless noted)
//   locked_, holder_, holder_urgent_, holder_since_
//                   whether the GIL is held, by whom, whether that thread took it as an I/O
//                   thread, and since when (steady clock, ns).
//   waiters_        the threads waiting in take (each an IoSpinThread, below), unordered: the
//                   successor is found by a scan (a handful of threads).
//   turn_           a CPU-bound thread preempted by an I/O thread keeps its "turn": it gets the
//                   GIL back before other CPU-bound waiters (nullptr: nobody's turn).
//   releases_       atomic: releases since the start. Spinners watch it without mutex_.
//   kGilDropRequest in eval_breaker: "holder, someone has a claim on the GIL" (set under
//                   mutex_; cleared under it, or by a holder that declines).
//   per thread (IoSpinThread, read by others under mutex_ only)
//     urgent        its next take ranks as I/O: when it last dropped the GIL by itself, it was
//                   for I/O (WaitKind::kIo, not a wait on another thread) and it had used less
//                   than `burst` in its current window; false once forced off
//     window_start_ns, window_held_ns   its window (one switch interval from its first
//                   release after the last window ended) and the GIL time it used in it, up
//                   to its last release
//     due           it has waited at least one switch interval without getting the GIL
//     arrival       order among waiters; parked: asleep on its own condition variable `cond`
//   Parameters: spin (--spin, 50 us by default): how long a waiter busy-waits (several CPUs)
//   before it sleeps; burst (--burst, 1 ms by default): how much GIL time per switch interval
//   a thread may use and still rank as I/O; the switch interval: that window, and how long a
//   CPU-bound waiter waits before it claims a turn.
//   A waiter busy-waits only when this process may run on more than one CPU (its affinity at
//   construction); on one CPU it sleeps at once: the holder can run only once the waiter is off
//   the CPU. Never sched_yield: on a loaded machine it costs a whole round of the run queue
//   before the waiter even looks again, and on Linux (EEVDF) each yield pushes the yielder's
//   deadline back. Both were measured worse than sleeping at once (README, "iospin").
//
// Who signals whom
//   take:  if the GIL is free and nobody waits, take it. Otherwise join waiters_; an urgent
//          thread whose holder is not urgent (or has used up its budget) sets kGilDropRequest
//          at once. Then, until this thread is the successor of a free GIL: busy-wait once,
//          up to `spin`, watching releases_ (on several CPUs only), then sleep on `cond` one
//          switch interval at a time; after each whole interval without the GIL mark itself
//          due and set kGilDropRequest -- once the holder has had a whole interval itself
//          (until then it sleeps until that moment): a due claim is ripe only then.
//   The successor of a free GIL, among the waiters: urgent ones first, then due ones, then the
//          thread whose turn it is, then the rest, each group in arrival order.
//   every release (voluntary drop or yield): clear locked_, bump releases_, and wake the
//          successor if it is asleep (a spinning one needs no signal: it is watching).
//   The holder sees kGilDropRequest at its next poll (handle_eval_breaker) and clears it. It
//          yields when some waiter has a claim -- an urgent waiter, unless the holder is itself
//          urgent and within its budget; or a due waiter, on the same condition and once the
//          holder has had a whole interval -- else it declines and runs on (a lone thread never
//          switches). Yielding to an urgent waiter it keeps its turn; yielding to a due waiter
//          it goes behind the CPU-bound waiters. It then waits like any waiter, spinning first:
//          an I/O thread holds the GIL for microseconds, so the CPU thread usually has it back
//          before its spin is over.
//   drop (voluntary): the holder is charged for its hold; whether it is still within its
//          budget and waits for I/O decides whether its next take is urgent; release. A
//          thread that waits on another (a lock, a queue, a join) comes back as a CPU thread:
//          the thread that wakes it holds the GIL or just held it, so preempting that one at
//          once would stop it halfway, often holding the very lock the woken thread will want
//          next (a convoy of lock hand-offs).
//
// No lost wake-up: every decision is made under mutex_. The successor is a function of
//   waiters_, turn_ and the waiters' flags, which change only under mutex_ when a waiter joins
//   (it checks for itself before waiting), becomes due (it is awake), or the GIL is taken or
//   released; a release wakes the successor if it sleeps, and a thread that stops spinning
//   checks again under mutex_ before it sleeps. A waiter that is not the successor of a free
//   GIL waits for the next release, which the successor's take-and-release will make.
//
// Consequences
//   An I/O thread waits for the CPU holder's next poll (tens of nanoseconds of interpretation)
//   plus a cache-line transfer when the holder runs on another CPU; on one CPU, for the holder
//   to be scheduled. On several CPUs the CPU thread loses only the I/O thread's own hold of the
//   GIL and the hand-offs, no sleep. Two CPU-bound threads take turns once per switch interval,
//   as under newgil. Spinning costs CPU time while it lasts: bounded by `spin` per wait, and
//   none on one CPU. An I/O thread's priority is worth at most `burst` of GIL time per
//   interval: beyond that it waits its turn like the others.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include <sched.h>

#include "gil/gil.h"

namespace gilvm {
namespace {

void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Whether this process may run on more than one CPU: only then can a holder run while its
// waiter spins.
bool may_run_in_parallel() {
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  if (sched_getaffinity(0, sizeof(cpus), &cpus) != 0) return true;
  return CPU_COUNT(&cpus) > 1;
}

// What iospin keeps per thread (see "State" above).
struct IoSpinThread : GilDesignThreadState {
  std::condition_variable cond;  // this thread's wake-up while it sleeps in take
  bool urgent = true;            // a thread's first take counts as I/O
  int64_t window_start_ns = 0;
  int64_t window_held_ns = 0;
  bool due = false;
  bool parked = false;
  uint64_t arrival = 0;
  const GilThread* gil_thread = nullptr;  // whose state this is: names the requester of a drop
};

class IoSpinGil final : public Gil {
 public:
  explicit IoSpinGil(const GilConfig& config)
      : Gil(config),
        spin_ns_(config.design_parameter("iospin", "spin").count()),
        burst_ns_(config.design_parameter("iospin", "burst").count()),
        parallel_(may_run_in_parallel()) {}

  std::string_view name() const override { return "iospin"; }

 protected:
  void do_take(GilThread& gil_thread) override {
    Lock lock(mutex_);
    IoSpinThread& me = design_state<IoSpinThread>(gil_thread);  // made under mutex_
    me.gil_thread = &gil_thread;
    if (!locked_ && waiters_.empty()) {
      acquire(me, now_ns());
      return;
    }
    wait_for_gil(lock, me);
  }

  void do_drop(GilThread& gil_thread, WaitKind kind) override {
    std::lock_guard lock(mutex_);
    IoSpinThread& me = design_state<IoSpinThread>(gil_thread);
    charge(me, now_ns());
    // A wait on another thread is not I/O (WaitKind): the thread that ends it is the holder,
    // or was just now, and must not be preempted for it.
    me.urgent = kind == WaitKind::kIo && me.window_held_ns < burst_ns_;
    release();
  }

  bool do_yield_on_request(GilThread& gil_thread) override {
    Lock lock(mutex_);
    reset_drop_request();
    IoSpinThread& me = design_state<IoSpinThread>(gil_thread);
    const int64_t now = now_ns();
    if (holder_urgent_ && used(me, now) < burst_ns_) return false;  // I/O within its budget
    const bool urgent_claim = std::any_of(waiters_.begin(), waiters_.end(),
                                          [](const IoSpinThread* w) { return w->urgent; });
    const bool due_claim =
        now >= interval_over_at() &&
        std::any_of(waiters_.begin(), waiters_.end(), [](const IoSpinThread* w) { return w->due; });
    if (!urgent_claim && !due_claim) return false;  // nobody waits, or nobody's claim is ripe
    charge(me, now);
    me.urgent = false;  // it had to be asked
    turn_ = due_claim ? nullptr : &me;
    release();
    wait_for_gil(lock, me);
    return true;
  }

 private:
  using Lock = std::unique_lock<std::mutex>;
  using TimePoint = std::chrono::steady_clock::time_point;

  // All below: called with mutex_ held, except spin_for_release.

  // Lower ranks go first; then arrival order.
  int rank(const IoSpinThread* waiter) const {
    if (waiter->urgent) return 0;
    if (waiter->due) return 1;
    return waiter == turn_ ? 2 : 3;
  }

  IoSpinThread* successor() const {
    IoSpinThread* best = nullptr;
    for (IoSpinThread* waiter : waiters_) {
      if (best == nullptr || rank(waiter) < rank(best) ||
          (rank(waiter) == rank(best) && waiter->arrival < best->arrival)) {
        best = waiter;
      }
    }
    return best;
  }

  // When the holder will have had a whole switch interval: only then is a due waiter's claim
  // ripe. `due` outlives hand-offs, and with several CPU threads waiting some are always due:
  // if their claims were ripe at once, every holder would be asked at its first poll, a
  // hand-off (often a wake-up) per poll -- ten threads at 50 us ran 30 to 200 times slower
  // than under newgil.
  int64_t interval_over_at() const { return holder_since_ + wait_interval().count(); }

  // Whether a waiter that is `urgent` may ask the holder to let go now.
  bool holder_preemptible(int64_t now) const {
    return !holder_urgent_ || used(*holder_, now) >= burst_ns_;
  }

  // The GIL time the holder `thread` has used in its window, the hold in progress included.
  int64_t used(const IoSpinThread& thread, int64_t now) const {
    const bool window_over = now - thread.window_start_ns >= wait_interval().count();
    return (window_over ? 0 : thread.window_held_ns) + (now - holder_since_);
  }

  // The holder `thread` lets go now: its hold counts against its window.
  void charge(IoSpinThread& thread, int64_t now) {
    if (now - thread.window_start_ns >= wait_interval().count()) {
      thread.window_start_ns = now;
      thread.window_held_ns = 0;
    }
    thread.window_held_ns += now - holder_since_;
  }

  void acquire(IoSpinThread& me, int64_t now) {
    locked_ = true;
    holder_ = &me;
    holder_urgent_ = me.urgent;
    holder_since_ = now;
    // A due waiter outranks the turn of a thread preempted by I/O: that turn is over.
    if (turn_ == &me || me.due) turn_ = nullptr;
    me.due = false;
    // Urgent claims of the waiters left on the new holder: asked at once rather than at their
    // next look, so that a claim made on the previous holder is not lost with the hand-off.
    // (A due waiter asks again once this holder has had its interval.)
    const auto claim = std::find_if(waiters_.begin(), waiters_.end(), [&](const IoSpinThread* w) {
      return w->urgent && holder_preemptible(now);
    });
    if (claim != waiters_.end()) {
      set_drop_request(*(*claim)->gil_thread);
    } else {
      reset_drop_request();
    }
  }

  void release() {
    locked_ = false;
    holder_ = nullptr;
    releases_.fetch_add(1, std::memory_order_release);
    reset_drop_request();  // a request is addressed to a holder; the next one is asked anew
    IoSpinThread* next = successor();
    if (next != nullptr && next->parked) next->cond.notify_one();
  }

  // Waits in waiters_ until `me` is the successor of a free GIL, then takes it.
  void wait_for_gil(Lock& lock, IoSpinThread& me) {
    me.arrival = next_arrival_++;
    waiters_.push_back(&me);
    int64_t now = now_ns();
    if (me.urgent && locked_ && holder_preemptible(now)) set_drop_request(*me.gil_thread);
    int64_t interval_ends = now + wait_interval().count();
    bool spun = false;
    while (locked_ || successor() != &me) {
      now = now_ns();
      if (now >= interval_ends) {
        // A whole interval without the GIL: claim a turn, once the holder has had its own.
        me.due = true;
        if (locked_ && now < interval_over_at()) {
          interval_ends = interval_over_at();
        } else {
          if (locked_) set_drop_request(*me.gil_thread);
          interval_ends = now + wait_interval().count();
        }
        continue;
      }
      if (!spun && parallel_) {
        spun = true;
        const uint64_t seen = releases_.load(std::memory_order_relaxed);
        lock.unlock();
        spin_for_release(seen, std::min(now + spin_ns_, interval_ends));
        lock.lock();
        continue;
      }
      me.parked = true;
      me.cond.wait_until(lock, TimePoint(std::chrono::nanoseconds(interval_ends)));
      me.parked = false;
    }
    waiters_.erase(std::find(waiters_.begin(), waiters_.end(), &me));
    acquire(me, now_ns());
  }

  // Without mutex_: busy-waits until a release after `seen`, or `until`.
  void spin_for_release(uint64_t seen, int64_t until) const {
    while (releases_.load(std::memory_order_acquire) == seen && now_ns() < until) cpu_relax();
  }

  const int64_t spin_ns_;
  const int64_t burst_ns_;
  const bool parallel_;
  std::mutex mutex_;
  bool locked_ = false;
  IoSpinThread* holder_ = nullptr;
  bool holder_urgent_ = false;
  int64_t holder_since_ = 0;
  IoSpinThread* turn_ = nullptr;
  std::vector<IoSpinThread*> waiters_;
  uint64_t next_arrival_ = 0;
  std::atomic<uint64_t> releases_{0};
};

}  // namespace

std::unique_ptr<Gil> make_iospin_gil(const GilConfig& config) {
  return std::make_unique<IoSpinGil>(config);
}

}  // namespace gilvm
