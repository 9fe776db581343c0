// The GIL interface. Every design (one file each: gil_legacy.cpp, gil_newgil.cpp, ...) sits
// behind this class and differs only in policy: who gets the lock next and when a holder must
// let go. The interpreter talks to it at four points, always from the VM thread itself and
// passing that thread's own GilThread:
//   take()    thread start, and after every blocking call (Py_END_ALLOW_THREADS). Blocks.
//   drop()    before every blocking call and at thread exit (Py_BEGIN_ALLOW_THREADS): voluntary.
//             Only the holder may call it. It never waits for another thread. It says what
//             the thread will wait for (WaitKind).
//   handle_eval_breaker()  at a poll site (backward jump, function call) when
//             `eval_breaker` (relaxed load) has kGilDropRequest set: the holder is asked to
//             let go (forced). Returns holding the GIL again; it may have let another thread
//             run in between, or declined (request already gone / nobody waiting). It does not
//             touch other bits (kPendingExit and kSignalPending are the VM's).
//   handle_tick_expired()  when the thread's TickCountdown runs out, for designs whose
//             tick_budget() is non-zero (the CPython 2 check interval). Refill the countdown
//             from a fresh tick_budget() each time (sys.setcheckinterval changes it). Returns
//             holding the GIL again.
//   thread_exited()  once, after the thread's final drop(): it is done with the GIL for good.
// take/drop calls of one thread must alternate, starting with take. A GilThread's statistics
// are written only by its own thread and only while it holds the GIL, so another thread may
// read them (stats_json) while holding the GIL itself, or after that thread was joined. A
// design that does not exclude (is_exclusive()) has no GIL to order them: there the base class
// guards the statistics with a mutex of its own, taken only at take/drop.
// The base class does the bookkeeping every design shares (statistics, the exclusion check,
// the optional event hooks); designs implement the do_* hooks.
// Event hooks: a test or a tracer that needs the exact sequence of GIL transitions, not just
// totals, subscribes a GilEventListener (set_event_listener). Unsubscribed, they cost one
// atomic load per take/drop/forced yield, nothing per instruction.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/histogram.h"

namespace gilvm {

// Bits of the one flag the interpreter polls. Set from any thread, read by the GIL holder.
enum EvalBreakerBit : uint32_t {
  kGilDropRequest = 1u << 0,  // a waiter wants the GIL (newgil and friends)
  kPendingExit = 1u << 1,     // the VM is shutting down (daemon threads stop at a poll site)
  kSignalPending = 1u << 2,  // a KeyboardInterrupt waits for the main thread (runtime/interrupts.h)
};

// A parameter that only one design has (bfs's time slice), with a unit of time. The table of
// designs lists them (gil_design_parameters()); the command line offers each as --NAME.
struct GilDesignParameter {
  std::string design;  // the design that reads it
  std::string name;    // e.g. "slice"
  std::chrono::nanoseconds default_value;
  std::string help;
};

struct GilConfig {
  // The two every program can change at run time (sys.setswitchinterval, setcheckinterval).
  std::chrono::nanoseconds switch_interval = std::chrono::milliseconds(5);  // newgil & co.
  int check_interval = 100;  // legacy: ticks between forced release/re-acquire
  // Design parameters set explicitly, by name; a design reads its own with
  // design_parameter(), which falls back to the default in the table of designs.
  std::map<std::string, std::chrono::nanoseconds, std::less<>> design_parameters;

  // The value of `name` for `design`: as set, else its default. Throws std::invalid_argument
  // when the design has no such parameter.
  std::chrono::nanoseconds design_parameter(std::string_view design, std::string_view name) const;
};

// Wait times in nanoseconds: the project's log-linear histogram (common/histogram.h) with 8
// sub-buckets per power of two, so any recorded value is known within 12.5%.
class DurationHistogram : public gilbench::LogLinearHistogram<3> {
 public:
  nlohmann::json to_json() const;  // non-empty buckets: [{"le_ns":..., "count":...}]
};

struct GilThreadStats {
  uint64_t acquisitions = 0;
  uint64_t voluntary_releases = 0;  // drop() around I/O, sleep, join, thread exit
  uint64_t forced_releases = 0;     // drop requests or check intervals honoured
  uint64_t switches_in = 0;         // acquisitions where the GIL last belonged to another
                                    // thread (or to none: the very first acquisition), so the
                                    // threads' switches_in add up to Gil::switch_count()
  int64_t held_ns = 0;
  int64_t waited_ns = 0;
  DurationHistogram wait_histogram;
};

class Gil;

// What a thread that drops the GIL by itself is about to wait for. A design that favours
// threads back from I/O (iospin) must tell the two apart: a wait on another thread of the
// program (a lock, a queue, a join) ends when that thread -- which holds the GIL, or just held
// it -- releases something, so ranking the woken thread as I/O and preempting the releaser
// only passes the lock back and forth (a convoy of hand-offs), and there is no outside latency
// to hide.
enum class WaitKind : uint8_t {
  kIo,           // a socket, a pipe, a sleep, a child process; also thread exit (no wait)
  kOtherThread,  // a lock, condition, event, semaphore, barrier, queue, future or join
};

// What one design keeps per thread (bfs's deadline, priority's "CPU-bound" mark): a design
// derives its own and reaches it with Gil::design_state<T>(thread), so a new design declares
// its per-thread state in its own file.
struct GilDesignThreadState {
  virtual ~GilDesignThreadState() = default;
  const Gil* owner = nullptr;  // the Gil that made it
};

// What the GIL knows of one VM thread. Owned by the VM, outlives the OS thread so its
// statistics can be reported at exit.
struct GilThread {
  uint64_t id = 0;
  std::string name;
  GilThreadStats stats;
  int64_t acquired_at_ns = 0;  // steady clock, when this thread last took the GIL
  std::unique_ptr<GilDesignThreadState> design_state;  // made by the design at first use
};

// A thread's tick countdown (CPython 2's _Py_Ticker): one tick per instruction that ticks
// (opcodes.h). Like CPython 2's `if (--_Py_Ticker < 0)` it expires when `left` goes below
// zero, so tick_budget() + 1 ticks after a refill: with a loop body of k ticks the expiries
// then fall at a different instruction each round (a countdown of exactly 10 in a loop of 5
// ticks would always stop at the same one).
struct TickCountdown {
  int left = 0;    // ticks before it expires
  int budget = 0;  // what `left` was last refilled with: budget - left ticks ran since
  bool tick() { return --left < 0; }  // true: expired, call Gil::on_countdown_expired
};

// One GIL transition of one thread. Per thread the kinds follow
//   Ready Acquired Released (Ready Acquired Released)* Exited
// with non-decreasing times, plus DropRequested, timed between a Ready and its Acquired: the
// waiting thread raised kGilDropRequest (it was clear), asking the holder to let go (a forced
// yielder that queues again reports it before the Released it reports late). Times of
// different threads come from the same steady clock but are stamped outside any common lock,
// so they order events of different threads only loosely.
enum class GilEventKind : uint8_t { Ready, Acquired, Released, Exited, DropRequested };

struct GilEvent {
  GilEventKind kind;
  uint64_t thread_id;  // GilThread::id
  int64_t time_ns;     // steady clock
  bool forced;         // Released only: a drop request or tick expiry, not a voluntary drop
  // Acquired only, exclusive designs: the thread that held the GIL before, when it was another
  // one (the hand-off a timeline draws as an arrow); 0 when none or this same thread.
  uint64_t from_thread = 0;
};

// Receives the events of every thread using the GIL. on_gil_event runs on the VM thread the
// event is about, concurrently with other threads' calls, so it must be thread-safe. Acquired
// and Released are reported while that thread holds the GIL (a forced release only once the
// thread has it back: the design drops and re-takes in one call). It must not take or drop the
// GIL, and should be quick: everyone else is waiting for the holder.
class GilEventListener {
 public:
  virtual ~GilEventListener() = default;
  virtual void on_gil_event(const GilEvent& event) = 0;
};

// A listener that keeps every event in memory, in arrival order (gilvm --trace, tests).
class GilEventLog final : public GilEventListener {
 public:
  void on_gil_event(const GilEvent& event) override;
  std::vector<GilEvent> events() const;  // a copy: threads may still be reporting

 private:
  mutable std::mutex mutex_;
  std::vector<GilEvent> events_;
};

// "ready", "acquired", "released", "exited", "drop_requested"
std::string_view to_string(GilEventKind kind);
// {"thread": id, "event": kind, "time_ns": ..., "forced": ...}: one line of gilvm --trace.
nlohmann::json to_json(const GilEvent& event);

class Gil {
 public:
  explicit Gil(const GilConfig& config);
  virtual ~Gil() = default;
  Gil(const Gil&) = delete;
  Gil& operator=(const Gil&) = delete;

  virtual std::string_view name() const = 0;

  void take(GilThread& thread);
  void drop(GilThread& thread, WaitKind kind = WaitKind::kIo);
  void handle_eval_breaker(GilThread& thread);
  void handle_tick_expired(GilThread& thread);
  // `thread` is done with the GIL for good (after its final drop): reports Exited. A thread
  // that ends the process still holding the GIL (main, with daemons alive) reports neither.
  void thread_exited(GilThread& thread);

  // Subscribes `listener` (nullptr: nobody) to the events of all threads. The caller owns it.
  // Subscribe before the threads start to see whole sequences. Changing it while threads run is
  // not a data race, but a thread may still be calling the previous listener, so that one must
  // live until every thread that could be reporting has exited or been joined.
  void set_event_listener(GilEventListener* listener) {
    event_listener_.store(listener, std::memory_order_release);
  }

  // Ticks between handle_tick_expired() calls; 0 when the design does not count ticks.
  virtual int tick_budget() const { return 0; }

  // The loop's side of the protocol, defined once for the interpreter, the GIL tests and the
  // micro-benchmarks (run_like_interpreter below). A countdown that does not count for the
  // design (budget 0) runs from `uncounted` instead: the interpreter counts its instructions
  // with it, and its expiry only refills it.
  static constexpr int kUncounted = 1 << 30;
  TickCountdown fresh_countdown(int uncounted = kUncounted) const {
    const int budget = tick_budget();
    const int ticks = budget > 0 ? budget : uncounted;
    return {ticks, ticks};
  }
  // After countdown.tick() returned true: handle_tick_expired for a design that counts ticks,
  // then a fresh countdown (read afresh: sys.setcheckinterval may have changed it).
  void on_countdown_expired(GilThread& thread, TickCountdown& countdown,
                            int uncounted = kUncounted) {
    if (tick_budget() > 0) handle_tick_expired(thread);
    countdown = fresh_countdown(uncounted);
  }
  // At a poll site (backward jump, call), with the GIL held.
  void poll_eval_breaker(GilThread& thread) {
    if (drop_requested()) [[unlikely]]
      handle_eval_breaker(thread);
  }
  // The kGilDropRequest bit of eval_breaker (relaxed: a hint, re-checked under the lock).
  bool drop_requested() const {
    return (eval_breaker.load(std::memory_order_relaxed) & kGilDropRequest) != 0;
  }

  // Whether at most one thread may hold this "GIL" at a time. A free-threaded design returns
  // false: the VM then makes refcounts atomic and containers locking (FreeThreadedScope), and
  // the exclusion check of GILVM_CHECK_EXCLUSION builds is off.
  virtual bool is_exclusive() const { return true; }

  // Both may be changed at run time from any thread (sys.setswitchinterval, sys.setcheckinterval);
  // designs read them afresh each time they need them. set_switch_interval throws
  // std::invalid_argument for a non-positive interval (CPython raises ValueError there).
  std::chrono::nanoseconds switch_interval() const;
  void set_switch_interval(std::chrono::nanoseconds interval);
  int check_interval() const;
  void set_check_interval(int ticks);

  // Total holder changes (the number of times the GIL passed to a different thread).
  uint64_t switch_count() const { return switch_count_.load(std::memory_order_relaxed); }
  // Drop requests made (kGilDropRequest raised); the threads' forced_releases count those
  // honoured (and, under legacy, the check intervals).
  uint64_t drop_request_count() const { return drop_requests_.load(std::memory_order_relaxed); }

  // The flag the interpreter polls; see EvalBreakerBit.
  std::atomic<uint32_t> eval_breaker{0};

  // JSON of the design, its parameters and the given threads' statistics.
  nlohmann::json stats_json(const std::vector<const GilThread*>& threads) const;

 protected:
  // Block until `thread` holds the lock.
  virtual void do_take(GilThread& thread) = 0;
  // Release the lock by itself (the forced releases are do_yield_*'s); `kind`: what the
  // thread will wait for.
  virtual void do_drop(GilThread& thread, WaitKind kind) = 0;
  // The holder saw kGilDropRequest: drop, let another thread run, re-take. Returns whether
  // the lock was actually released (a design may decline, e.g. no waiter any more).
  virtual bool do_yield_on_request(GilThread& thread) = 0;
  // The tick countdown ran out (legacy only). Returns whether the lock was released.
  virtual bool do_yield_on_ticks(GilThread& /*thread*/) { return false; }

  static int64_t now_ns();  // steady clock

  // How long a waiter sleeps before asking the holder to drop: the switch interval, never less
  // than 1 us (CPython keeps it in microseconds).
  std::chrono::nanoseconds wait_interval() const {
    return std::max<std::chrono::nanoseconds>(switch_interval(), std::chrono::microseconds(1));
  }

  // Setting and clearing kGilDropRequest, for the designs that preempt through it. `requester`
  // is the waiting thread that asks; raising the request (it was clear) counts as a new request
  // (a request already pending is not one) and is reported to the listener as its DropRequested
  // event.
  void set_drop_request(const GilThread& requester) {
    const uint32_t before = eval_breaker.fetch_or(kGilDropRequest, std::memory_order_relaxed);
    if ((before & kGilDropRequest) != 0) return;
    drop_requests_.fetch_add(1, std::memory_order_relaxed);
    if (GilEventListener* listener = event_listener()) {
      report(listener, GilEventKind::DropRequested, requester, now_ns());
    }
  }
  void reset_drop_request() {
    eval_breaker.fetch_and(~static_cast<uint32_t>(kGilDropRequest), std::memory_order_relaxed);
  }

  // The design's own state for `thread`, made on first use (by the thread itself, inside
  // take: a design that reads other threads' state must make it under its own lock).
  template <class State>
  State& design_state(GilThread& thread) const {
    GilDesignThreadState* state = thread.design_state.get();
    if (state == nullptr || state->owner != this) [[unlikely]] {
      auto made = std::make_unique<State>();
      made->owner = this;
      state = made.get();
      thread.design_state = std::move(made);
    }
    return static_cast<State&>(*state);
  }

  GilConfig config_;
  std::atomic<int64_t> switch_interval_ns_{0};
  std::atomic<int> check_interval_{0};

 private:
  // Bookkeeping, run by `thread` itself: record_acquire just after it got the lock,
  // record_release while it still holds it.
  // Returns the id of the previous holder when it was another thread (GilEvent::from_thread).
  uint64_t record_acquire(GilThread& thread, int64_t wait_started_ns);
  void record_release(GilThread& thread, bool forced, int64_t released_at_ns);
  // The forced paths: do_yield_* drop and re-take inside the design, so the base accounts for
  // the release and the acquisition afterwards, when it knows the release happened.
  using YieldHook = bool (Gil::*)(GilThread&);
  void yield_forced(GilThread& thread, YieldHook hook);
  GilEventListener* event_listener() const {
    return event_listener_.load(std::memory_order_acquire);
  }
  static void report(GilEventListener* listener, GilEventKind kind, const GilThread& thread,
                     int64_t time_ns, bool forced = false, uint64_t from_thread = 0);
  // GILVM_CHECK_EXCLUSION only (no-ops otherwise): abort if a second thread gets in, or a
  // thread leaves that is not the one inside.
  void enter_exclusive(GilThread& thread);
  // Locks free_threaded_stats_mutex_ when the design does not exclude; otherwise a no-op.
  std::unique_lock<std::mutex> lock_stats_if_free_threaded() const;
  void leave_exclusive(GilThread& thread);

  std::atomic<uint64_t> switch_count_{0};
  std::atomic<uint64_t> drop_requests_{0};
  std::atomic<const GilThread*> previous_holder_{nullptr};  // last thread to acquire, if any
  std::atomic<uint64_t> previous_holder_id_{0};             // its id (0: none yet)
  std::atomic<GilEventListener*> event_listener_{nullptr};
  mutable std::mutex free_threaded_stats_mutex_;
#ifdef GILVM_CHECK_EXCLUSION
  std::atomic<const GilThread*> thread_inside_{nullptr};
#endif
};

// The designs by name: "legacy", "newgil", "fifo", "priority", "bfs", "iospin", "nogil". Throws
// std::invalid_argument naming the unknown design and listing the known ones.
std::unique_ptr<Gil> make_gil(std::string_view design, const GilConfig& config);
std::vector<std::string> gil_design_names();
// The designs that let one thread in at a time (all but the free-threaded ones).
std::vector<std::string> exclusive_gil_design_names();
// The parameters of single designs, from the table of designs.
const std::vector<GilDesignParameter>& gil_design_parameters();

// Runs `step` (one "instruction": returns false to stop) on `thread`, which holds the GIL, the
// way the interpreter runs a thread: every step ticks and is a poll site. For the GIL tests
// and micro-benchmarks, which play VM threads with plain threads.
template <class Step>
void run_like_interpreter(Gil& gil, GilThread& thread, Step&& step) {
  TickCountdown countdown = gil.fresh_countdown();
  while (step()) {
    if (countdown.tick()) gil.on_countdown_expired(thread, countdown);
    gil.poll_eval_breaker(thread);
  }
}

}  // namespace gilvm
