// Blocking waits of the native modules (threading, queue, multiprocessing, concurrent.futures):
// the argument conventions of their `timeout`s and the one way they wait, with the GIL released.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

#include "modules/module_threading.h"
#include "runtime/interrupts.h"
#include "runtime/thread_state.h"
#include "runtime/value.h"
#include "runtime/vm.h"

namespace gilvm {

// A `timeout` argument in seconds: nullopt for "wait forever" (absent, or None). A negative
// one raises ValueError when `negative_raises` (queue), as in CPython; otherwise it means "do
// not wait" (threading's Condition, Semaphore, Event).
std::optional<double> timeout_argument(Value timeout, bool negative_raises);

// Names what `thread` waits on (ThreadObject::waiting_mutex) for its lifetime. The release
// stores are seen by a fork: the mutex's own lock, after them, is a full barrier.
class WaitingOn {
 public:
  WaitingOn(ThreadObject& thread, std::mutex& mutex, std::condition_variable& changed)
      : thread_(thread) {
    thread_.waiting_cv.store(&changed, std::memory_order_release);
    thread_.waiting_mutex.store(&mutex, std::memory_order_release);
  }
  ~WaitingOn() {
    thread_.waiting_mutex.store(nullptr, std::memory_order_release);
    thread_.waiting_cv.store(nullptr, std::memory_order_release);
  }
  WaitingOn(const WaitingOn&) = delete;
  WaitingOn& operator=(const WaitingOn&) = delete;

 private:
  ThreadObject& thread_;
};

// Waits until ready() holds, with the GIL released for the whole wait (Py_BEGIN_ALLOW_THREADS),
// at most `timeout` seconds when one is given. ready() runs under `mutex`. When it holds,
// `then()` runs under `mutex` too, before the mutex is unlocked, so that what the wait saw
// cannot change in between; neither may touch a VM object's refcount (the GIL is not held).
// Another thread makes ready() hold, so the GIL is told of a wait on another thread, not I/O
// (WaitKind::kOtherThread).
// Returns whether ready() held. The mutex is never held while the GIL is taken back, so a
// thread holding the GIL can always take the mutex. In the main thread a Ctrl-C stops the wait
// and raises KeyboardInterrupt (interrupts.h), as CPython's lock waits do.
//
// For the whole call the thread's ThreadObject names `mutex` and `changed` as what it waits on:
// a fork by another thread may find this one holding the mutex, its GIL released (or, under
// nogil, at any moment), and the child would hang on it at its first use.
template <typename Ready, typename Then>
bool wait_without_gil(ThreadState& thread, std::mutex& mutex, std::condition_variable& changed,
                      std::optional<double> timeout, Ready ready, Then then) {
  WaitingOn waiting(*thread.thread_object, mutex, changed);
  {
    std::lock_guard<std::mutex> lock(mutex);  // the fast path keeps the GIL
    if (ready()) {
      then();
      return true;
    }
  }
  if (timeout && *timeout <= 0) return false;
  bool ok;
  {
    std::optional<Interrupts::ConditionWait> interruptible;
    if (thread.vm.interrupts().on_main_thread())
      interruptible.emplace(thread.vm.interrupts(), mutex, changed);
    auto stop = [&] { return ready() || (interruptible && thread.vm.interrupts().pending()); };
    AllowThreads allow(thread, WaitKind::kOtherThread);
    std::unique_lock<std::mutex> lock(mutex);
    if (!timeout) {
      changed.wait(lock, stop);
    } else {
      auto deadline = std::chrono::steady_clock::now() +
                      std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                          std::chrono::duration<double>(*timeout));
      changed.wait_until(lock, deadline, stop);
    }
    ok = ready();
    if (ok) then();
  }
  if (!ok) raise_if_interrupted(thread);
  return ok;
}

template <typename Ready>
bool wait_without_gil(ThreadState& thread, std::mutex& mutex, std::condition_variable& changed,
                      std::optional<double> timeout, Ready ready) {
  return wait_without_gil(thread, mutex, changed, timeout, ready, [] {});
}

}  // namespace gilvm
