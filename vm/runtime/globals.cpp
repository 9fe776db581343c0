// Module globals: the seqlock that lets free-threaded readers load a slot without a lock.
#include "runtime/globals.h"

#include <atomic>
#include <mutex>
#include <vector>

namespace gilvm {

void Globals::clear() {
  // Values may hold functions that point back here: release them in two steps.
  std::vector<Value> old;
  old.swap(values);
  for (Value v : old) decref(v);
  release_retired();
}

void Globals::store(size_t slot, Value owned, bool alone) {
  std::vector<Value> released;
  {
    std::lock_guard<std::mutex> lock(write_mutex_);
    write_locked(slot, owned);
    if (alone) released.swap(retired_);
  }
  for (Value v : released) decref(v);
}

void Globals::write_locked(size_t slot, Value owned) {
  Value& cell = values[slot];
  Value old = cell;
  uint64_t before = sequence_.load(std::memory_order_relaxed);
  sequence_.store(before + 1, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);
  std::atomic_ref<Tag>(cell.tag).store(owned.tag, std::memory_order_relaxed);
  std::atomic_ref<int64_t>(cell.i).store(owned.i, std::memory_order_relaxed);
  sequence_.store(before + 2, std::memory_order_release);
  if (old.is_obj()) retired_.push_back(old);
}

void Globals::release_retired() {
  std::vector<Value> retired;
  {
    std::lock_guard<std::mutex> lock(write_mutex_);
    retired.swap(retired_);
  }
  for (Value v : retired) decref(v);
}

}  // namespace gilvm
