// The `threading` module (module_threading.cpp) and its Thread object, which the VM also uses
// to start, track and join threads. The synchronisation primitives are in threading_sync.h.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

#include "runtime/instance.h"
#include "runtime/object.h"

namespace gilvm {

class VM;
struct ThreadState;

// The threading.Thread object.
struct ThreadObject : Instance {
  std::string name;
  bool daemon = false;
  bool started = false;
  Value target;  // owned
  Value args;    // owned tuple
  Value kwargs;  // owned: the mapping of Thread(kwargs=...), or None
  uint64_t ident = 0;
  std::atomic<int64_t> native_id{0};  // the OS thread id (gettid), set by the thread as it starts
  std::mutex mutex;
  std::condition_variable finished_cv;
  // What the thread waits on without the GIL (wait_without_gil, blocking.h) and so may hold, or
  // sleep on, at a fork by another thread: the child, where this thread does not exist, makes
  // both anew (VM::after_fork_in_child) rather than hang on them. Null when it waits on nothing.
  std::atomic<std::mutex*> waiting_mutex{nullptr};
  std::atomic<std::condition_variable*> waiting_cv{nullptr};
  bool running = false;      // guarded by mutex: the thread has held the GIL (start() waits for it)
  bool finished = false;     // guarded by mutex
  bool initialized = false;  // Thread.__init__ ran (a subclass may forget to call it)
  explicit ThreadObject(const TypeInfo* t)
      : Instance(t), target(Value::none()), args(Value::none()), kwargs(Value::none()) {}
  ~ThreadObject() override {
    decref(target);
    decref(args);
    decref(kwargs);
  }
};

// The threading.Thread object standing for the main thread (new reference).
ThreadObject* new_main_thread_object(VM& vm, uint64_t ident);

// Thread(kwargs=...), Process(kwargs=...), Pool.apply(kwds=...): TypeError unless absent, None
// or empty (calls from native code pass positional arguments only).
void reject_kwargs(Value kwargs, const char* what);

// A new, unstarted threading.Thread running `target()` (new reference), for native code that
// starts VM threads of its own (ThreadPoolExecutor's workers).
Value new_thread_object(ThreadState& state, Value target, const std::string& name);

// Reports an exception that ended `thread` (borrowed ExceptionObject) through
// threading.excepthook, as CPython's Thread._bootstrap_inner does.
void report_thread_exception(ThreadState& state, ThreadObject& thread, Value exception);

// A fresh `threading` module object (new reference).
Value make_threading_module(VM& vm);

}  // namespace gilvm
