// The values of one module's globals (globals.cpp).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "frontend/compiler.h"
#include "runtime/object.h"

namespace gilvm {

// The values of one module's globals, indexed like its GlobalNames. The slots are fixed once
// the module is compiled (resize_to_names), before any thread runs its code.
//
// Under a GIL the interpreter reads and writes `values` directly. Free-threaded, load() and
// store() make the slots safe without a lock on the read side, which every function call
// takes (LOAD_GLOBAL): a seqlock. Writers serialise on `write_mutex_`, make `sequence_` odd,
// write, make it even again; readers retry while it was odd or changed under them. A value a
// store displaces may still be in the hands of a reader that has not yet counted its
// reference, so it is retired instead of released, and freed when no other thread can be
// reading (a store made with one VM thread left, release_retired, clear()).
struct Globals {
  GlobalNames names;
  std::vector<Value> values;  // owned; Undefined = never assigned
  std::string module_name = "__main__";  // globals()['__name__'] when the code never names it
  void resize_to_names() { values.resize(names.size(), Value::undefined()); }
  void clear();

  // Free-threaded read; borrowed. In line: every LOAD_GLOBAL of a free-threaded VM takes it.
  [[gnu::always_inline]] Value load(size_t slot) const {
    auto& cell = const_cast<Value&>(values[slot]);
    for (;;) {
      uint64_t before = sequence_.load(std::memory_order_acquire);
      Value v;
      v.tag = std::atomic_ref<Tag>(cell.tag).load(std::memory_order_relaxed);
      v.i = std::atomic_ref<int64_t>(cell.i).load(std::memory_order_relaxed);
      std::atomic_thread_fence(std::memory_order_acquire);
      if ((before & 1) == 0 && sequence_.load(std::memory_order_relaxed) == before) return v;
    }
  }
  // Free-threaded write; takes the reference. `alone`: no other thread can be reading, so what
  // the store displaces (and whatever was retired before) is released at once.
  void store(size_t slot, Value owned, bool alone);
  void release_retired();  // only while no other thread may read
  // Holds off writers while the process forks, so the child never sees a write half done.
  std::unique_lock<std::mutex> block_writes() { return std::unique_lock<std::mutex>(write_mutex_); }

 private:
  void write_locked(size_t slot, Value owned);  // the seqlock write; retires the old value
  mutable std::atomic<uint64_t> sequence_{0};
  std::mutex write_mutex_;
  std::vector<Value> retired_;  // owned; guarded by write_mutex_
};

}  // namespace gilvm
