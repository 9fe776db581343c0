// A result that arrives later (future.cpp): concurrent.futures.Future and multiprocessing's
// AsyncResult are the same object with two faces.
//
// A thread-pool worker finishes a future with a value, holding the GIL; a process pool's
// handler thread, which never holds the GIL, finishes it with the encoded reply of the worker
// process, decoded by the first thread that asks for the result. Done-callbacks run in the
// thread that finishes the future when it holds the GIL (thread pools, as CPython); for a
// process pool they run in the next thread that waits on the future or its pool.
#pragma once

#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "runtime/instance.h"
#include "runtime/object.h"

namespace gilvm {

struct ThreadState;
struct ExceptionClass;

struct FutureObject : Instance {
  enum class State { Pending, Running, Cancelled, Finished };
  std::mutex mutex;
  std::condition_variable changed;
  State state = State::Pending;  // guarded by mutex
  Value result = Value::none();  // owned; guarded by mutex; the value, or the exception
  bool failed = false;           // guarded by mutex: `result` is an exception
  std::optional<std::string>
      encoded;                   // guarded by mutex: a worker process's reply, not yet decoded
  std::vector<Value> callbacks;  // owned; guarded by mutex; run once, when done
  explicit FutureObject(const TypeInfo* t) : Instance(t) {}
  ~FutureObject() override;
};

// A new pending Future (concurrent.futures) or AsyncResult (multiprocessing.Pool).
FutureObject* new_future();
FutureObject* new_async_result();

// Pending -> Running; false when it was cancelled meanwhile.
bool start_future(FutureObject& future);
// With the GIL: stores `value` (a new reference is taken) or the exception, wakes waiters and
// runs the callbacks.
void finish_future(ThreadState& thread, FutureObject& future, Value value, bool failed);
// Without the GIL (a process pool's handler thread): stores the worker's encoded reply, an
// (ok, value) pair (serialization.h).
void finish_future_encoded(FutureObject& future, std::string reply);
// With the GIL: decodes a reply that came encoded and runs the callbacks not run yet.
void settle_future(ThreadState& thread, FutureObject& future);
// Waits with the GIL released; returns whether the future is done (finished or cancelled).
bool wait_future(ThreadState& thread, FutureObject& future, std::optional<double> timeout);
bool future_done(FutureObject& future);
// Future.result(timeout): waits, then a new reference to the value, or raises the exception
// (CancelledError; TimeoutError when not done in time, multiprocessing.TimeoutError for an
// AsyncResult, as in CPython).
Value future_result_value(ThreadState& thread, FutureObject& future, std::optional<double> timeout);
// Future.cancel(): false once it runs or has finished.
bool cancel_future(ThreadState& thread, FutureObject& future);

// Every future that finishes notifies this, for as_completed() and wait() over many futures.
std::mutex& any_future_mutex();
std::condition_variable& any_future_finished();

// concurrent.futures' exception classes (CancelledError, TimeoutError is the builtin one).
ExceptionClass* cancelled_error();
// multiprocessing.ProcessError and multiprocessing.TimeoutError (not the builtin TimeoutError).
ExceptionClass* process_error();
ExceptionClass* process_timeout_error();

}  // namespace gilvm
