// The `threading` module (module_threading.cpp) and its Thread object, which the VM also uses
// to start, track and join threads.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

#include "runtime/instance.h"
#include "runtime/object.h"

namespace gilvm {

class VM;

// The threading.Thread object.
struct ThreadObject : Instance {
  std::string name;
  bool daemon = false;
  bool started = false;
  Value target;  // owned
  Value args;    // owned tuple
  uint64_t ident = 0;
  std::mutex mutex;
  std::condition_variable finished_cv;
  bool finished = false;  // guarded by mutex
  explicit ThreadObject(const TypeInfo* t) : Instance(t), target(Value::none()), args(Value::none()) {}
  ~ThreadObject() override {
    decref(target);
    decref(args);
  }
};


// The threading.Thread object standing for the main thread (new reference).
ThreadObject* new_main_thread_object(VM& vm, uint64_t ident);

// A fresh `threading` module object (new reference).
Value make_threading_module(VM& vm);

}  // namespace gilvm
