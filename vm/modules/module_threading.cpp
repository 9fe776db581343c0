// The `threading` module: Thread (target, args, name, daemon; start, join, is_alive), Lock
// (acquire, release, locked, with-statement support) and current_thread().
// Every blocking wait (join, a contended acquire) releases the GIL, as CPython's does.
#include <chrono>

#include "modules/module_threading.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

struct LockObject : Instance {
  std::mutex mutex;
  std::condition_variable released;
  bool locked = false;  // guarded by mutex
  explicit LockObject(const TypeInfo* t) : Instance(t) {}
};

ThreadObject& thread_of(Value self) { return *static_cast<ThreadObject*>(self.obj); }
LockObject& lock_of(Value self) { return *static_cast<LockObject*>(self.obj); }

Value thread_start(ThreadState& thread, Value self, const Args& args) {
  args.expect("start", 0, 0);
  ThreadObject& target = thread_of(self);
  if (target.started) raise(exc::RuntimeError, "threads can only be started once");
  thread.vm.start_thread(thread, target);
  return Value::none();
}

Value thread_join(ThreadState& thread, Value self, const Args& args) {
  args.expect("join", 0, 0);
  ThreadObject& target = thread_of(self);
  if (!target.started) raise(exc::RuntimeError, "cannot join thread before it is started");
  if (&target == thread.thread_object) raise(exc::RuntimeError, "cannot join current thread");
  thread.vm.join_thread(thread, target);
  return Value::none();
}

Value thread_is_alive(ThreadState&, Value self, const Args& args) {
  args.expect("is_alive", 0, 0);
  ThreadObject& target = thread_of(self);
  std::lock_guard<std::mutex> lock(target.mutex);
  return Value::boolean(target.started && !target.finished);
}

Value thread_get(ThreadState&, Instance& instance, std::string_view name) {
  auto& thread = static_cast<ThreadObject&>(instance);
  if (name == "name") return make_str(thread.name);
  if (name == "daemon") return Value::boolean(thread.daemon);
  if (name == "ident") return thread.started ? Value::integer(static_cast<int64_t>(thread.ident)) : Value::none();
  return Value::undefined();
}

bool thread_set(ThreadState&, Instance& instance, std::string_view name, Value value) {
  auto& thread = static_cast<ThreadObject&>(instance);
  if (name == "daemon") {
    if (thread.started) raise(exc::RuntimeError, "cannot set daemon status of active thread");
    thread.daemon = truthy(value);
    return true;
  }
  if (name == "name") {
    thread.name = to_str(value);
    return true;
  }
  return false;
}

const TypeInfo& thread_type() {
  static const TypeInfo type{"Thread",
                             {{"start", thread_start}, {"join", thread_join}, {"is_alive", thread_is_alive}},
                             thread_get,
                             thread_set};
  return type;
}

Value make_thread(ThreadState& thread, Value, const Args& args) {
  std::vector<Value> bound = args.bind("Thread", {"group", "target", "name", "args", "kwargs", "daemon"});
  Value target = bound[1], name = bound[2], call_args = bound[3], daemon = bound[5];
  if (!bound[4].is_undefined() && !bound[4].is_none()) raise(exc::TypeError, "Thread(kwargs=...) is not supported");
  auto* object = new ThreadObject(&thread_type());
  Ref owned = Ref::steal(Value::object(object));
  object->target = target.is_undefined() ? Value::none() : target;
  incref(object->target);
  if (call_args.is_undefined()) {
    object->args = make_tuple({});
  } else {
    object->args = make_tuple(sequence_items(call_args));
  }
  object->name = thread.vm.next_thread_name();
  if (!name.is_undefined() && !name.is_none()) {
    object->name = to_str(name);
  } else if (is_kind(object->target, Kind::Function)) {
    object->name += " (" + static_cast<Function*>(object->target.obj)->code->name + ")";  // as CPython 3.10+
  }
  // A new thread inherits the daemon flag of the thread that creates it, as in CPython.
  object->daemon = daemon.is_undefined() || daemon.is_none() ? thread.thread_object->daemon : truthy(daemon);
  return owned.release();
}

Value current_thread(ThreadState& thread, Value, const Args& args) {
  args.expect("current_thread", 0, 0);
  Value v = Value::object(thread.thread_object);
  incref(v);
  return v;
}

Value lock_acquire(ThreadState& thread, Value self, const Args& args) {
  std::vector<Value> bound = args.bind("acquire", {"blocking", "timeout"});
  bool blocking = bound[0].is_undefined() || truthy(bound[0]);
  double timeout = -1;
  if (!bound[1].is_undefined()) {
    Value t = bound[1];
    if (!t.is_int() && !t.is_float()) raise(exc::TypeError, "timeout must be a number");
    timeout = t.is_int() ? static_cast<double>(t.i) : t.f;
    if (!blocking && timeout != -1) raise(exc::ValueError, "can't specify a timeout for a non-blocking call");
  }
  LockObject& lock = lock_of(self);
  {
    std::lock_guard<std::mutex> guard(lock.mutex);
    if (!lock.locked) {
      lock.locked = true;
      return Value::boolean(true);
    }
  }
  if (!blocking) return Value::boolean(false);
  AllowThreads allow(thread);
  std::unique_lock<std::mutex> guard(lock.mutex);
  auto free = [&] { return !lock.locked; };
  if (timeout < 0) {
    lock.released.wait(guard, free);
  } else if (!lock.released.wait_for(guard, std::chrono::duration<double>(timeout), free)) {
    return Value::boolean(false);
  }
  lock.locked = true;
  return Value::boolean(true);
}

Value lock_release(ThreadState&, Value self, const Args& args) {
  args.expect("release", 0, 0);
  LockObject& lock = lock_of(self);
  {
    std::lock_guard<std::mutex> guard(lock.mutex);
    if (!lock.locked) raise(exc::RuntimeError, "release unlocked lock");
    lock.locked = false;
  }
  lock.released.notify_one();
  return Value::none();
}

Value lock_locked(ThreadState&, Value self, const Args& args) {
  args.expect("locked", 0, 0);
  LockObject& lock = lock_of(self);
  std::lock_guard<std::mutex> guard(lock.mutex);
  return Value::boolean(lock.locked);
}

Value lock_enter(ThreadState& thread, Value self, const Args& args) {
  args.expect("__enter__", 0, 0);
  return lock_acquire(thread, self, Args{});
}

Value lock_exit(ThreadState& thread, Value self, const Args&) {
  lock_release(thread, self, Args{});
  return Value::boolean(false);
}

const TypeInfo& lock_type() {
  static const TypeInfo type{"lock",
                             {{"acquire", lock_acquire},
                              {"release", lock_release},
                              {"locked", lock_locked},
                              {"__enter__", lock_enter},
                              {"__exit__", lock_exit}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_lock(ThreadState&, Value, const Args& args) {
  args.expect("Lock", 0, 0);
  return Value::object(new LockObject(&lock_type()));
}

Value active_count(ThreadState& thread, Value, const Args& args) {
  args.expect("active_count", 0, 0);
  return Value::integer(static_cast<int64_t>(thread.vm.live_thread_count()) + 1);
}

}  // namespace

ThreadObject* new_main_thread_object(VM&, uint64_t ident) {
  auto* object = new ThreadObject(&thread_type());
  object->name = "MainThread";
  object->started = true;
  object->ident = ident;
  object->args = make_tuple({});
  return object;
}

Value make_threading_module(VM&) {
  auto* module = new Module("threading");
  module->add_function("Thread", make_thread);
  module->add_function("Lock", make_lock);
  module->add_function("RLock", make_lock);
  module->add_function("current_thread", current_thread);
  module->add_function("active_count", active_count);
  return Value::object(module);
}

}  // namespace gilvm
