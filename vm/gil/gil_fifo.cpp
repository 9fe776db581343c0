// The `fifo` GIL: a fair ticket lock with direct hand-off, newgil's drop request on top.
//
// Where it comes from
//   The ticket lock (Mellor-Crummey and Scott, "Algorithms for scalable synchronization on
//   shared-memory multiprocessors", 1991) made to sleep instead of spin. docs/design.md §4 keeps it
//   as a control: the simplest answer to the barging that lets a releaser win the GIL straight
//   back (legacy's "GIL battle", and what newgil needs FORCE_SWITCHING against).
//
// State (all under `mutex_`)
//   next_ticket_    the ticket the next arriving thread draws.
//   now_serving_    the ticket of the thread holding the GIL. The GIL is free exactly when
//                   now_serving_ == next_ticket_ (every ticket drawn has been served).
//   queue_          the threads waiting, in ticket order: the front holds now_serving_ + 1.
//                   Each entry is a Waiter on its thread's stack, with its own condition
//                   variable and a `granted` flag.
//   per thread      nothing: a ticket lives only while its thread waits for it.
//   kGilDropRequest in eval_breaker: "holder, please go to the back of the queue" (set and
//                   cleared under mutex_; read without it by the interpreter's poll).
//   interval        switch_interval(), as in newgil.
//
// Who signals whom
//   take:  draw next_ticket_++. If it is now_serving_, the GIL was free: done. Otherwise
//          append a Waiter to queue_ and sleep on its condition variable, one interval at a
//          time, until `granted`. A waiter that slept a whole interval while now_serving_ did
//          not move (no hand-off at all) sets kGilDropRequest, as a newgil waiter does.
//   drop (voluntary) and every release: ++now_serving_; if queue_ is not empty, pop its front,
//          set its `granted` and signal its condition variable, and clear kGilDropRequest
//          (served, whoever asked). The GIL then already belongs to that waiter, running or
//          not: nobody can barge in between, the releaser included.
//   The holder sees kGilDropRequest at its next poll (handle_eval_breaker): if anyone waits,
//          it releases as above and, in the same critical section, draws a new ticket at the
//          back of the queue, so every thread waiting now runs before it does again. If nobody
//          waits (a request nobody made, e.g. set by hand) it clears the request and goes on.
//
// Why a condition variable per waiter
//   A release wakes exactly the thread it hands the GIL to: no thundering herd, as a single
//   condition variable with notify_all would cause (each release would wake every waiter to
//   re-check its ticket), and no lost wake-up, as notify_one on a shared one could cause (it
//   may wake a waiter whose turn it is not). `granted` is written under mutex_ before the
//   signal and every waiter tests it under mutex_ before sleeping, so a grant made before the
//   waiter sleeps is seen, not missed. The signal is sent with mutex_ still held: the Waiter
//   lives on the waiter's stack, and once `granted` is visible (a spurious or timed-out wake-up
//   can see it without the signal) the waiter may return and destroy it.
//
// Consequences
//   Strict alternation in arrival order: with N spinning threads each runs about one interval
//   in turn. A thread back from I/O queues behind every thread already waiting and waits for
//   the holder's interval like under newgil (the convoy stays); in exchange, nothing barges.
//   Each hand-off costs a full wake-up of the next thread even when the releaser could go on.
#include <algorithm>
#include <cassert>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

#include "gil/gil.h"

namespace gilvm {
namespace {

class FifoGil final : public Gil {
 public:
  explicit FifoGil(const GilConfig& config) : Gil(config) {}

  std::string_view name() const override { return "fifo"; }

 protected:
  void do_take(GilThread& thread) override {
    Lock lock(mutex_);
    wait_for_turn(lock, thread);
  }

  void do_drop(GilThread& /*thread*/, WaitKind /*kind*/) override {
    std::lock_guard lock(mutex_);
    release();
  }

  bool do_yield_on_request(GilThread& thread) override {
    Lock lock(mutex_);
    if (!drop_requested()) return false;
    if (queue_.empty()) {  // nobody to yield to: a stray request
      reset_drop_request();
      return false;
    }
    release();                    // hands the GIL to the front of the queue...
    wait_for_turn(lock, thread);  // ...and queues at the back, atomically under mutex_
    return true;
  }

 private:
  using Lock = std::unique_lock<std::mutex>;

  struct Waiter {
    explicit Waiter(uint64_t drawn) : ticket(drawn) {}
    const uint64_t ticket;
    std::condition_variable cond;  // signalled once, when `granted` is set
    bool granted = false;          // the GIL is this waiter's (under mutex_)
  };

  // Called with mutex_ held: draw a ticket and return once it is being served.
  void wait_for_turn(Lock& lock, const GilThread& thread) {
    const uint64_t ticket = next_ticket_++;
    if (ticket == now_serving_) return;  // the GIL was free
    Waiter me(ticket);
    queue_.push_back(&me);
    while (!me.granted) {
      const uint64_t serving_before = now_serving_;
      const bool timed_out = me.cond.wait_for(lock, wait_interval()) == std::cv_status::timeout;
      // A whole interval without any hand-off: ask the holder to go to the back.
      if (timed_out && !me.granted && now_serving_ == serving_before) set_drop_request(thread);
    }
    assert(now_serving_ == ticket);
  }

  // Called with mutex_ held, by the holder: pass the GIL to the next ticket, if drawn.
  void release() {
    ++now_serving_;
    if (queue_.empty()) return;  // now_serving_ == next_ticket_: the GIL is free
    Waiter* next = queue_.front();
    queue_.pop_front();
    assert(next->ticket == now_serving_);
    next->granted = true;
    reset_drop_request();     // served, whoever asked
    next->cond.notify_one();  // under mutex_: `next` may be gone once mutex_ is released
  }

  std::mutex mutex_;
  uint64_t next_ticket_ = 0;
  uint64_t now_serving_ = 0;
  std::deque<Waiter*> queue_;
};

}  // namespace

std::unique_ptr<Gil> make_fifo_gil(const GilConfig& config) {
  return std::make_unique<FifoGil>(config);
}

}  // namespace gilvm
