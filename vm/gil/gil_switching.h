// What `newgil` and `priority` share: the machinery of CPython 3.2+'s Python/ceval_gil.c around
// the lock itself (gil_newgil.cpp's header comment describes it in full). The two designs differ
// only in who may take a free lock and whom a release wakes; this class keeps the rest:
//   - the lock state (locked_, switch_number_, waiters_ under mutex_), and the waiter's round
//     of one switch interval that ends in a drop request when nothing changed hands;
//   - the holder's check of a drop request (declined when nobody waits);
//   - FORCE_SWITCHING: last_holder_ (written under both mutexes), and a forced dropper's wait
//     on switch_cond_ until another thread has taken the GIL.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "gil/gil.h"

namespace gilvm {

class SwitchingGil : public Gil {
 protected:
  using Gil::Gil;
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

  // One round of a waiter's sleep, `lock` holding mutex_: wait on `released` for one interval;
  // if it timed out while the GIL stayed locked and did not change hands, nothing switched for
  // a whole interval: ask the holder to drop.
  void wait_one_interval(Lock& lock, std::condition_variable& released, const GilThread& waiter) {
    const uint64_t saved_switch_number = switch_number_;
    const bool timed_out = released.wait_for(lock, wait_interval()) == std::cv_status::timeout;
    if (timed_out && locked_ && switch_number_ == saved_switch_number) set_drop_request(waiter);
  }

  // Called with mutex_ held, once `thread` may take the GIL. switch_mutex_ too must be held to
  // change last_holder_, so that a forced dropper testing it under switch_mutex_ cannot miss the
  // signal. The request is served, whoever made it: the next waiter asks again.
  void mark_taken(GilThread& thread) {
    {
      std::lock_guard switch_lock(switch_mutex_);
      locked_ = true;
      if (last_holder_ != &thread) {
        last_holder_ = &thread;
        ++switch_number_;
      }
      switch_cond_.notify_one();
    }
    if (drop_requested()) reset_drop_request();
  }

  // FORCE_SWITCHING: after a forced drop, do not come back before another thread has had the
  // GIL. At most one thread waits here at a time (it is always last_holder_, and every take that
  // changes last_holder_ signals), so notify_one in mark_taken is enough. The loop only guards
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
  bool locked_ = false;         // whether some thread holds the GIL
  uint64_t switch_number_ = 0;  // holder changes since the start
  int waiters_ = 0;             // threads blocked in take

 private:
  std::mutex switch_mutex_;
  std::condition_variable switch_cond_;  // "last_holder_ changed"
  const GilThread* last_holder_ = nullptr;
};

}  // namespace gilvm
