// Blocking waits of the native modules (threading, queue, multiprocessing, concurrent.futures):
// the argument conventions of their `timeout`s and the one way they wait, with the GIL released.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

#include "runtime/thread_state.h"
#include "runtime/value.h"

namespace gilvm {

// A `timeout` argument in seconds: nullopt for "wait forever" (absent, or None). A negative
// one raises ValueError when `negative_raises` (queue), as in CPython; otherwise it means "do
// not wait" (threading's Condition, Semaphore, Event).
std::optional<double> timeout_argument(Value timeout, bool negative_raises);

// Waits until ready() holds, with the GIL released for the whole wait (Py_BEGIN_ALLOW_THREADS),
// at most `timeout` seconds when one is given. ready() runs under `mutex`. When it holds,
// `then()` runs under `mutex` too, before the mutex is unlocked, so that what the wait saw
// cannot change in between; neither may touch a VM object's refcount (the GIL is not held).
// Returns whether ready() held. The mutex is never held while the GIL is taken back, so a
// thread holding the GIL can always take the mutex.
template <typename Ready, typename Then>
bool wait_without_gil(ThreadState& thread, std::mutex& mutex, std::condition_variable& changed,
                      std::optional<double> timeout, Ready ready, Then then) {
  {
    std::lock_guard<std::mutex> lock(mutex);  // the fast path keeps the GIL
    if (ready()) {
      then();
      return true;
    }
  }
  if (timeout && *timeout <= 0) return false;
  AllowThreads allow(thread);
  std::unique_lock<std::mutex> lock(mutex);
  bool ok;
  if (!timeout) {
    changed.wait(lock, ready);
    ok = true;
  } else {
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(*timeout));
    ok = changed.wait_until(lock, deadline, ready);
  }
  if (ok) then();
  return ok;
}

template <typename Ready>
bool wait_without_gil(ThreadState& thread, std::mutex& mutex, std::condition_variable& changed,
                      std::optional<double> timeout, Ready ready) {
  return wait_without_gil(thread, mutex, changed, timeout, ready, [] {});
}

}  // namespace gilvm
