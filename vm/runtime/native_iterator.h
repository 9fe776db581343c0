// Iterators whose next item comes from a C++ virtual function: the itertools module's
// (modules/module_itertools.cpp), as CPython's Modules/itertoolsmodule.c has them in C. They are
// Iterators (Source::Native), so iter(), next(), for loops and the builtins take them as any
// other; iterator_next() calls next().
#pragma once

#include <atomic>
#include <string>

#include "runtime/exceptions.h"
#include "runtime/object.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"

namespace gilvm {

struct NativeIterator : Iterator {
  NativeIterator() { source = Source::Native; }
  // The next item, a new reference in `out`; false at the end.
  virtual bool next(Value& out) = 0;
  // iterator_next_unpacked() (FOR_ITER then UNPACK `count`): the next item's parts pushed as
  // UNPACK would push a tuple's, none made, where the iterator can (a combinatoric one's
  // results, groupby's pairs); kOther for any other count or iterator: next() and UNPACK then.
  virtual UnpackedNext next_unpacked(uint32_t /*count*/, Value* /*top*/) {
    return UnpackedNext::kOther;
  }
  virtual const char* type_name() const = 0;  // "count", "chain", ...
  // CPython's repr: "<itertools.chain object at 0x...>" unless the type says more (count, repeat).
  virtual std::string repr() const;
  std::atomic<const ThreadState*> owner{nullptr};  // NextLock's
};

// Free-threaded, one next() at a time per iterator (or group of iterators sharing their state,
// as a groupby and its groups, tee's copies): threads may share one. `mutex` and `owner` are the
// state's; a next() that comes back into the same state from the thread that holds it (a key
// function calling next() on its own groupby) raises RuntimeError rather than wait for itself.
// Under a GIL it does nothing: the iterators keep their state whole across the calls they make.
class NextLock {
 public:
  [[gnu::always_inline]] NextLock(ContainerMutex& mutex, std::atomic<const ThreadState*>& owner,
                                  const char* reentry_message = "cannot re-enter the iterator") {
    if (free_threaded()) [[unlikely]]
      take(mutex, owner, reentry_message);
  }
  [[gnu::always_inline]] ~NextLock() {
    if (!mutex_) return;
    owner_->store(nullptr, std::memory_order_relaxed);
    mutex_->unlock();
  }
  NextLock(const NextLock&) = delete;
  NextLock& operator=(const NextLock&) = delete;

 private:
  // Out of line: under a GIL the lock is one test of the mode.
  [[gnu::noinline]] void take(ContainerMutex& mutex, std::atomic<const ThreadState*>& owner,
                              const char* reentry_message) {
    const ThreadState* self = &current_thread_state();
    if (owner.load(std::memory_order_relaxed) == self) raise(exc::RuntimeError, reentry_message);
    mutex.lock();
    owner.store(self, std::memory_order_relaxed);
    mutex_ = &mutex;
    owner_ = &owner;
  }
  ContainerMutex* mutex_ = nullptr;
  std::atomic<const ThreadState*>* owner_ = nullptr;
};

// `type.name` of a native type's attributes (itertools.chain.from_iterable), a new reference;
// Undefined for any other.
Value native_type_attribute(Value type, std::string_view name);

}  // namespace gilvm
