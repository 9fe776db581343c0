// Future / AsyncResult (future.h).
#include "modules/future.h"

#include "modules/blocking.h"
#include "modules/serialization.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

FutureObject& future_of(Value self) { return *static_cast<FutureObject*>(self.obj); }

void notify_done(FutureObject& future) {
  future.changed.notify_all();
  { std::lock_guard<std::mutex> lock(any_future_mutex()); }
  any_future_finished().notify_all();
}

void run_callbacks(ThreadState& thread, FutureObject& future) {
  std::vector<Value> callbacks;
  {
    std::lock_guard<std::mutex> lock(future.mutex);
    if (future.state != FutureObject::State::Finished &&
        future.state != FutureObject::State::Cancelled)
      return;
    callbacks.swap(future.callbacks);
  }
  Value self = Value::object(&future);
  for (Value callback : callbacks) {
    try {
      decref(call_value(thread, callback, &self, 1));
    } catch (ScriptException&
                 error) {  // CPython logs it ("exception calling callback for ...") and goes on
      std::fflush(thread.vm.out());
      std::fprintf(stderr, "exception calling callback for %s\n", repr(self).c_str());
      thread.vm.print_uncaught(*static_cast<ExceptionObject*>(error.exception.get().obj));
    }
    decref(callback);
  }
}

Value result_with_timeout(ThreadState& thread, Value self, Value timeout_value) {
  return future_result_value(thread, future_of(self), timeout_argument(timeout_value, false));
}

// Future.result(timeout=None)
Value future_result(ThreadState& thread, Value self, const Args& args) {
  return result_with_timeout(thread, self, args.bind("result", {"timeout"})[0]);
}

// Future.exception(timeout=None): the exception, or None.
Value future_exception(ThreadState& thread, Value self, const Args& args) {
  FutureObject& future = future_of(self);
  if (!wait_future(thread, future, timeout_argument(args.bind("exception", {"timeout"})[0], false)))
    raise(exc::TimeoutError, "");
  settle_future(thread, future);
  std::lock_guard<std::mutex> lock(future.mutex);
  if (future.state == FutureObject::State::Cancelled) raise(cancelled_error(), "");
  Value v = future.failed ? future.result : Value::none();
  incref(v);
  return v;
}

Value future_done_method(ThreadState& thread, Value self, const Args& args) {
  args.expect("done", 0, 0);
  bool done = future_done(future_of(self));
  if (done) settle_future(thread, future_of(self));
  return Value::boolean(done);
}

Value future_running(ThreadState&, Value self, const Args& args) {
  args.expect("running", 0, 0);
  std::lock_guard<std::mutex> lock(future_of(self).mutex);
  return Value::boolean(future_of(self).state == FutureObject::State::Running);
}

Value future_cancelled(ThreadState&, Value self, const Args& args) {
  args.expect("cancelled", 0, 0);
  std::lock_guard<std::mutex> lock(future_of(self).mutex);
  return Value::boolean(future_of(self).state == FutureObject::State::Cancelled);
}

Value future_cancel(ThreadState& thread, Value self, const Args& args) {
  args.expect("cancel", 0, 0);
  return Value::boolean(cancel_future(thread, future_of(self)));
}

Value future_add_done_callback(ThreadState& thread, Value self, const Args& args) {
  args.expect("add_done_callback", 1, 1);
  FutureObject& future = future_of(self);
  incref(args.positional[0]);
  {
    std::lock_guard<std::mutex> lock(future.mutex);
    future.callbacks.push_back(args.positional[0]);
  }
  if (future_done(future))
    settle_future(thread, future);  // already done: called at once, as in CPython
  return Value::none();
}

// AsyncResult.get(timeout=None): the value, or raises the task's exception (TimeoutError when
// not ready in time: multiprocessing.TimeoutError is the builtin one since Python 3.3).
Value async_get(ThreadState& thread, Value self, const Args& args) {
  return result_with_timeout(thread, self, args.bind("get", {"timeout"})[0]);
}

Value async_wait(ThreadState& thread, Value self, const Args& args) {
  wait_future(thread, future_of(self), timeout_argument(args.bind("wait", {"timeout"})[0], false));
  return Value::none();
}

Value async_ready(ThreadState& thread, Value self, const Args& args) {
  args.expect("ready", 0, 0);
  return future_done_method(thread, self, Args{});
}

Value async_successful(ThreadState& thread, Value self, const Args& args) {
  args.expect("successful", 0, 0);
  FutureObject& future = future_of(self);
  if (!future_done(future)) raise(exc::ValueError, repr(self) + " not ready");
  settle_future(thread, future);
  std::lock_guard<std::mutex> lock(future.mutex);
  return Value::boolean(!future.failed);
}

const TypeInfo& future_type() {
  static const TypeInfo type{"Future",
                             {{"result", future_result},
                              {"exception", future_exception},
                              {"done", future_done_method},
                              {"running", future_running},
                              {"cancelled", future_cancelled},
                              {"cancel", future_cancel},
                              {"add_done_callback", future_add_done_callback}},
                             nullptr,
                             nullptr};
  return type;
}

const TypeInfo& async_result_type() {
  static const TypeInfo type{"ApplyResult",
                             {{"get", async_get},
                              {"wait", async_wait},
                              {"ready", async_ready},
                              {"successful", async_successful}},
                             nullptr,
                             nullptr};
  return type;
}

}  // namespace

FutureObject::~FutureObject() {
  decref(result);
  for (Value v : callbacks) decref(v);
}

FutureObject* new_future() { return new FutureObject(&future_type()); }
FutureObject* new_async_result() { return new FutureObject(&async_result_type()); }

bool start_future(FutureObject& future) {
  std::lock_guard<std::mutex> lock(future.mutex);
  if (future.state != FutureObject::State::Pending) return false;
  future.state = FutureObject::State::Running;
  return true;
}

void finish_future(ThreadState& thread, FutureObject& future, Value value, bool failed) {
  incref(value);
  {
    std::lock_guard<std::mutex> lock(future.mutex);
    decref(future.result);
    future.result = value;
    future.failed = failed;
    future.state = FutureObject::State::Finished;
  }
  notify_done(future);
  run_callbacks(thread, future);
}

void finish_future_encoded(FutureObject& future, std::string reply) {
  {
    std::lock_guard<std::mutex> lock(future.mutex);
    if (future.state == FutureObject::State::Finished ||
        future.state == FutureObject::State::Cancelled)
      return;
    future.encoded = std::move(reply);
    future.state = FutureObject::State::Finished;
  }
  notify_done(future);
}

void settle_future(ThreadState& thread, FutureObject& future) {
  std::optional<std::string> reply;
  {
    std::lock_guard<std::mutex> lock(future.mutex);
    reply.swap(future.encoded);
  }
  if (reply) {
    Value value = Value::none();
    bool failed = true;
    try {
      Ref pair = Ref::steal(decode_value(thread, *reply));
      if (!is_kind(pair.get(), Kind::Tuple) || as_tuple(pair.get())->items.size() != 2)
        raise(exc::ValueError, "malformed reply from a worker process");
      failed = !truthy(as_tuple(pair.get())->items[0]);
      value = as_tuple(pair.get())->items[1];
      incref(value);
    } catch (ScriptException& error) {  // the reply cannot be decoded here: that is the outcome
      value = error.exception.release();
      failed = true;
    }
    std::lock_guard<std::mutex> lock(future.mutex);
    decref(future.result);
    future.result = value;
    future.failed = failed;
  }
  run_callbacks(thread, future);
}

Value future_result_value(ThreadState& thread, FutureObject& future,
                          std::optional<double> timeout) {
  if (!wait_future(thread, future, timeout)) {
    raise(future.type == &async_result_type() ? process_timeout_error() : exc::TimeoutError, "");
  }
  settle_future(thread, future);
  std::lock_guard<std::mutex> lock(future.mutex);
  if (future.state == FutureObject::State::Cancelled) raise(cancelled_error(), "");
  if (future.failed) throw ScriptException{Ref::borrow(future.result), false};
  incref(future.result);
  return future.result;
}

// Only a future that has not started can be cancelled, as in CPython.
bool cancel_future(ThreadState& thread, FutureObject& future) {
  {
    std::lock_guard<std::mutex> lock(future.mutex);
    if (future.state == FutureObject::State::Running ||
        future.state == FutureObject::State::Finished)
      return false;
    future.state = FutureObject::State::Cancelled;
  }
  notify_done(future);
  run_callbacks(thread, future);
  return true;
}

bool future_done(FutureObject& future) {
  std::lock_guard<std::mutex> lock(future.mutex);
  return future.state == FutureObject::State::Finished ||
         future.state == FutureObject::State::Cancelled;
}

bool wait_future(ThreadState& thread, FutureObject& future, std::optional<double> timeout) {
  return wait_without_gil(thread, future.mutex, future.changed, timeout, [&] {
    return future.state == FutureObject::State::Finished ||
           future.state == FutureObject::State::Cancelled;
  });
}

std::mutex& any_future_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::condition_variable& any_future_finished() {
  static std::condition_variable cv;
  return cv;
}

ExceptionClass* process_error() {
  static auto* cls = new ExceptionClass("ProcessError", exc::Exception);
  return cls;
}

ExceptionClass* process_timeout_error() {
  static auto* cls = new ExceptionClass("TimeoutError", process_error());
  return cls;
}

ExceptionClass* cancelled_error() {
  static auto* cls = new ExceptionClass("CancelledError", exc::Exception);
  return cls;
}

}  // namespace gilvm
