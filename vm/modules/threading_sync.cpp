// The synchronisation primitives of `threading`. Each keeps its state under its own mutex,
// which is never held while the GIL is taken (blocking.h), so they are safe under every design,
// nogil included. A lock's owner is the owning VM thread's ident.
#include "modules/threading_sync.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <deque>
#include <limits>

#include "modules/blocking.h"
#include "modules/module_threading.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/interpreter.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

uint64_t ident_of(ThreadState& thread) { return thread.thread_object->ident; }

// Lock and RLock share one object: an RLock counts its owner's acquisitions.
struct LockObject : Instance {
  std::mutex mutex;
  std::condition_variable released;
  const bool reentrant;
  uint64_t owner = 0;  // guarded by mutex; 0 = unlocked
  int64_t count = 0;   // guarded by mutex; RLock: acquisitions by `owner`
  LockObject(const TypeInfo* t, bool r) : Instance(t), reentrant(r) {}
};

LockObject& lock_of(Value self) { return *static_cast<LockObject*>(self.obj); }

// Lock.acquire(blocking=True, timeout=-1): -1 waits forever, as in CPython.
std::optional<double> lock_timeout(const std::array<Value, 2>& bound) {
  bool blocking = bound[0].is_undefined() || truthy(bound[0]);
  if (bound[1].is_undefined()) return blocking ? std::nullopt : std::optional<double>(0);
  Value t = bound[1];
  if (!t.is_int() && !t.is_float())
    raise(exc::TypeError, "'" + type_name(t) + "' object cannot be interpreted as a number");
  double timeout = t.is_int() ? static_cast<double>(t.i) : t.f;
  if (!blocking && timeout != -1)
    raise(exc::ValueError, "can't specify a timeout for a non-blocking call");
  if (!blocking) return 0.0;
  if (timeout == -1) return std::nullopt;
  if (timeout < 0) raise(exc::ValueError, "timeout value must be positive");
  return timeout;
}

bool acquire_lock(ThreadState& thread, LockObject& lock, std::optional<double> timeout) {
  uint64_t me = ident_of(thread);
  if (lock.reentrant) {
    std::lock_guard<std::mutex> guard(lock.mutex);
    if (lock.owner == me) {
      ++lock.count;
      return true;
    }
  }
  return wait_without_gil(
      thread, lock.mutex, lock.released, timeout, [&] { return lock.owner == 0; },
      [&] {
        lock.owner = me;
        lock.count = 1;
      });
}

Value lock_acquire(ThreadState& thread, Value self, const Args& args) {
  return Value::boolean(acquire_lock(thread, lock_of(self),
                                     lock_timeout(args.bind("acquire", {"blocking", "timeout"}))));
}

void release_lock(ThreadState& thread, LockObject& lock) {
  {
    std::lock_guard<std::mutex> guard(lock.mutex);
    if (lock.reentrant) {
      if (lock.owner != ident_of(thread))
        raise(exc::RuntimeError, "cannot release un-acquired lock");
      if (--lock.count > 0) return;
    } else if (lock.owner == 0) {
      raise(exc::RuntimeError, "release unlocked lock");
    }
    lock.owner = 0;
    lock.count = 0;
  }
  lock.released.notify_one();
}

Value lock_release(ThreadState& thread, Value self, const Args& args) {
  args.expect("release", 0, 0);
  release_lock(thread, lock_of(self));
  return Value::none();
}

Value lock_locked(ThreadState&, Value self, const Args& args) {
  args.expect("locked", 0, 0);
  LockObject& lock = lock_of(self);
  std::lock_guard<std::mutex> guard(lock.mutex);
  return Value::boolean(lock.owner != 0);
}

Value lock_enter(ThreadState& thread, Value self, const Args& args) {
  args.expect("__enter__", 0, 0);
  acquire_lock(thread, lock_of(self), std::nullopt);
  return Value::boolean(true);
}

Value lock_exit(ThreadState& thread, Value self, const Args&) {
  release_lock(thread, lock_of(self));
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

const TypeInfo& rlock_type() {
  static const TypeInfo type{"RLock",
                             {{"acquire", lock_acquire},
                              {"release", lock_release},
                              {"__enter__", lock_enter},
                              {"__exit__", lock_exit}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_lock(ThreadState&, Value, const Args& args) {
  args.expect("Lock", 0, 0);
  return Value::object(new LockObject(&lock_type(), false));
}

Value make_rlock(ThreadState&, Value, const Args& args) {
  args.expect("RLock", 0, 0);
  return Value::object(new LockObject(&rlock_type(), true));
}

bool is_lock(Value v) {
  return is_kind(v, Kind::Instance) && (static_cast<Instance*>(v.obj)->type == &lock_type() ||
                                        static_cast<Instance*>(v.obj)->type == &rlock_type());
}

// ---- Condition ---------------------------------------------------------------------------------
// Waiters queue in arrival order; notify(n) wakes the first n, as CPython's does.
struct ConditionObject : Instance {
  Value lock;  // owned Lock or RLock
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<bool*> waiters;  // guarded by mutex: each waiter's "notified" flag
  explicit ConditionObject(const TypeInfo* t, Value l) : Instance(t), lock(l) { incref(lock); }
  ~ConditionObject() override { decref(lock); }
};

ConditionObject& condition_of(Value self) { return *static_cast<ConditionObject*>(self.obj); }

// Whether the calling thread may wait or notify: it owns an RLock, or the Lock is held.
bool owns(ThreadState& thread, LockObject& lock) {
  std::lock_guard<std::mutex> guard(lock.mutex);
  return lock.reentrant ? lock.owner == ident_of(thread) : lock.owner != 0;
}

// Condition.wait: releases the lock completely (all of an RLock's levels), waits, re-acquires.
bool condition_wait(ThreadState& thread, ConditionObject& condition,
                    std::optional<double> timeout) {
  LockObject& lock = lock_of(condition.lock);
  if (!owns(thread, lock)) raise(exc::RuntimeError, "cannot wait on un-acquired lock");
  bool notified = false;
  {
    std::lock_guard<std::mutex> guard(condition.mutex);
    condition.waiters.push_back(&notified);
  }
  int64_t levels;
  {
    std::lock_guard<std::mutex> guard(lock.mutex);
    levels = lock.count;
    lock.owner = 0;
    lock.count = 0;
  }
  lock.released.notify_one();
  auto stop_waiting = [&] {  // also when a KeyboardInterrupt cuts the wait short
    std::lock_guard<std::mutex> guard(condition.mutex);
    auto& w = condition.waiters;
    w.erase(std::remove(w.begin(), w.end(), &notified), w.end());
    return notified;
  };
  auto reacquire = [&] {
    acquire_lock(thread, lock, std::nullopt);
    std::lock_guard<std::mutex> guard(lock.mutex);
    lock.count = levels;
  };
  bool woken;
  try {
    woken = wait_without_gil(thread, condition.mutex, condition.changed, timeout,
                             [&] { return notified; });
  } catch (ScriptException&) {  // as CPython's `finally`: the lock is held again when it raises
    stop_waiting();
    reacquire();
    throw;
  }
  if (!woken) woken = stop_waiting();
  reacquire();
  return woken;
}

Value condition_wait_method(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("wait", {"timeout"});
  return Value::boolean(
      condition_wait(thread, condition_of(self), timeout_argument(bound[0], false)));
}

// wait_for(predicate, timeout=None): as CPython's, the timeout covers all the waits together.
Value condition_wait_for(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("wait_for", {"predicate", "timeout"}, 1);
  std::optional<double> timeout = timeout_argument(bound[1], false);
  auto deadline =
      std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout.value_or(0));
  for (;;) {
    Ref result = Ref::steal(call_value(thread, bound[0], nullptr, 0));
    if (truthy(result.get())) return result.release();
    std::optional<double> left;
    if (timeout) {
      left = std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
      if (*left <= 0) return result.release();
    }
    condition_wait(thread, condition_of(self), left);
  }
}

void condition_notify(ThreadState& thread, ConditionObject& condition, size_t n) {
  if (!owns(thread, lock_of(condition.lock)))
    raise(exc::RuntimeError, "cannot notify on un-acquired lock");
  {
    std::lock_guard<std::mutex> guard(condition.mutex);
    for (; n > 0 && !condition.waiters.empty(); --n) {
      *condition.waiters.front() = true;
      condition.waiters.pop_front();
    }
  }
  condition.changed.notify_all();
}

Value condition_notify_method(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("notify", {"n"});
  int64_t n = 1;
  if (!bound[0].is_undefined()) {
    if (!bound[0].is_int())
      raise(exc::TypeError, "notify() n must be an integer, not " + type_name(bound[0]));
    n = bound[0].i;
  }
  condition_notify(thread, condition_of(self), n < 0 ? 0 : static_cast<size_t>(n));
  return Value::none();
}

Value condition_notify_all(ThreadState& thread, Value self, const Args& args) {
  args.expect("notify_all", 0, 0);
  condition_notify(thread, condition_of(self), std::numeric_limits<size_t>::max());
  return Value::none();
}

Value condition_acquire(ThreadState& thread, Value self, const Args& args) {
  return lock_acquire(thread, condition_of(self).lock, args);
}
Value condition_release(ThreadState& thread, Value self, const Args& args) {
  return lock_release(thread, condition_of(self).lock, args);
}
Value condition_enter(ThreadState& thread, Value self, const Args& args) {
  return lock_enter(thread, condition_of(self).lock, args);
}
Value condition_exit(ThreadState& thread, Value self, const Args& args) {
  return lock_exit(thread, condition_of(self).lock, args);
}

const TypeInfo& condition_type() {
  static const TypeInfo type{"Condition",
                             {{"acquire", condition_acquire},
                              {"release", condition_release},
                              {"__enter__", condition_enter},
                              {"__exit__", condition_exit},
                              {"wait", condition_wait_method},
                              {"wait_for", condition_wait_for},
                              {"notify", condition_notify_method},
                              {"notify_all", condition_notify_all},
                              {"notifyAll", condition_notify_all}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_condition(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("Condition", {"lock"});
  Value lock = bound[0];
  Ref made;
  if (lock.is_undefined() || lock.is_none()) {
    made = Ref::steal(Value::object(new LockObject(&rlock_type(), true)));
    lock = made.get();
  } else if (!is_lock(lock)) {
    raise(exc::TypeError,
          "Condition() lock must be a threading.Lock or RLock, not " + type_name(lock));
  }
  return Value::object(new ConditionObject(&condition_type(), lock));
}

// ---- Semaphore, BoundedSemaphore
// -----------------------------------------------------------------
struct SemaphoreObject : Instance {
  std::mutex mutex;
  std::condition_variable released;
  int64_t value;        // guarded by mutex
  const int64_t bound;  // BoundedSemaphore: the initial value; -1 otherwise
  SemaphoreObject(const TypeInfo* t, int64_t v, int64_t b) : Instance(t), value(v), bound(b) {}
};

SemaphoreObject& semaphore_of(Value self) { return *static_cast<SemaphoreObject*>(self.obj); }

bool acquire_semaphore(ThreadState& thread, SemaphoreObject& semaphore,
                       std::optional<double> timeout) {
  return wait_without_gil(
      thread, semaphore.mutex, semaphore.released, timeout, [&] { return semaphore.value > 0; },
      [&] { --semaphore.value; });
}

// Semaphore.acquire(blocking=True, timeout=None)
Value semaphore_acquire(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("acquire", {"blocking", "timeout"});
  bool blocking = bound[0].is_undefined() || truthy(bound[0]);
  std::optional<double> timeout = timeout_argument(bound[1], false);
  if (!blocking && timeout)
    raise(exc::ValueError, "can't specify timeout for non-blocking acquire");
  if (!blocking) timeout = 0.0;
  return Value::boolean(acquire_semaphore(thread, semaphore_of(self), timeout));
}

Value semaphore_release(ThreadState&, Value self, const Args& args) {
  auto bound = args.bind("release", {"n"});
  int64_t n = 1;
  if (!bound[0].is_undefined()) {
    if (!bound[0].is_int())
      raise(exc::TypeError, "release() n must be an integer, not " + type_name(bound[0]));
    n = bound[0].i;
  }
  if (n < 1) raise(exc::ValueError, "n must be one or more");
  SemaphoreObject& semaphore = semaphore_of(self);
  {
    std::lock_guard<std::mutex> guard(semaphore.mutex);
    if (semaphore.bound >= 0 && semaphore.value + n > semaphore.bound)
      raise(exc::ValueError, "Semaphore released too many times");
    semaphore.value += n;
  }
  semaphore.released.notify_all();
  return Value::none();
}

Value semaphore_enter(ThreadState& thread, Value self, const Args& args) {
  args.expect("__enter__", 0, 0);
  return Value::boolean(acquire_semaphore(thread, semaphore_of(self), std::nullopt));
}

Value semaphore_exit(ThreadState& thread, Value self, const Args&) {
  return semaphore_release(thread, self, Args{}), Value::boolean(false);
}

Value semaphore_get(ThreadState&, Instance& instance, std::string_view name) {
  auto& semaphore = static_cast<SemaphoreObject&>(instance);
  if (name == "_value") {
    std::lock_guard<std::mutex> guard(semaphore.mutex);
    return Value::integer(semaphore.value);
  }
  return Value::undefined();
}

const TypeInfo& semaphore_type(bool bounded) {
  static const std::vector<std::pair<std::string, NativeFn>> methods{{"acquire", semaphore_acquire},
                                                                     {"release", semaphore_release},
                                                                     {"__enter__", semaphore_enter},
                                                                     {"__exit__", semaphore_exit}};
  static const TypeInfo plain{"Semaphore", methods, semaphore_get, nullptr};
  static const TypeInfo with_bound{"BoundedSemaphore", methods, semaphore_get, nullptr};
  return bounded ? with_bound : plain;
}

Value semaphore_with(const Args& args, bool bounded) {
  const char* name = bounded ? "BoundedSemaphore" : "Semaphore";
  auto bound = args.bind(name, {"value"});
  int64_t value = 1;
  if (!bound[0].is_undefined()) {
    if (!bound[0].is_int())
      raise(exc::TypeError,
            std::string(name) + "() value must be an integer, not " + type_name(bound[0]));
    value = bound[0].i;
  }
  if (value < 0) raise(exc::ValueError, "semaphore initial value must be >= 0");
  return Value::object(new SemaphoreObject(&semaphore_type(bounded), value, bounded ? value : -1));
}

Value make_semaphore(ThreadState&, Value, const Args& args) { return semaphore_with(args, false); }
Value make_bounded_semaphore(ThreadState&, Value, const Args& args) {
  return semaphore_with(args, true);
}

// ---- Event
// ---------------------------------------------------------------------------------------
struct EventObject : Instance {
  std::mutex mutex;
  std::condition_variable changed;
  bool flag = false;  // guarded by mutex
  explicit EventObject(const TypeInfo* t) : Instance(t) {}
};

EventObject& event_of(Value self) { return *static_cast<EventObject*>(self.obj); }

Value event_is_set(ThreadState&, Value self, const Args& args) {
  args.expect("is_set", 0, 0);
  std::lock_guard<std::mutex> guard(event_of(self).mutex);
  return Value::boolean(event_of(self).flag);
}

Value event_set(ThreadState&, Value self, const Args& args) {
  args.expect("set", 0, 0);
  set_event(self);
  return Value::none();
}

Value event_clear(ThreadState&, Value self, const Args& args) {
  args.expect("clear", 0, 0);
  std::lock_guard<std::mutex> guard(event_of(self).mutex);
  event_of(self).flag = false;
  return Value::none();
}

Value event_wait(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("wait", {"timeout"});
  std::optional<double> timeout = timeout_argument(bound[0], false);
  EventObject& event = event_of(self);
  return Value::boolean(
      wait_without_gil(thread, event.mutex, event.changed, timeout, [&] { return event.flag; }));
}

const TypeInfo& event_type() {
  static const TypeInfo type{"Event",
                             {{"is_set", event_is_set},
                              {"isSet", event_is_set},
                              {"set", event_set},
                              {"clear", event_clear},
                              {"wait", event_wait}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_event(ThreadState&, Value, const Args& args) {
  args.expect("Event", 0, 0);
  return new_event();
}

// ---- Barrier
// ------------------------------------------------------------------------------------- Threads of
// one round share a generation; the last to arrive runs `action`, starts the next generation and
// wakes the others. abort() and a timed-out wait break the barrier; reset() breaks the current
// round only.
ExceptionClass* broken_barrier_error() {
  static auto* cls = new ExceptionClass("BrokenBarrierError", exc::RuntimeError);
  return cls;
}

struct BarrierObject : Instance {
  const int64_t parties;
  Value action;  // owned; None for no action
  std::optional<double> default_timeout;
  std::mutex mutex;
  std::condition_variable changed;
  int64_t count = 0;                         // guarded by mutex: threads waiting in this generation
  uint64_t generation = 0;                   // guarded by mutex
  uint64_t reset_generation = ~uint64_t{0};  // guarded by mutex: a generation ended by reset()
  bool broken = false;                       // guarded by mutex
  BarrierObject(const TypeInfo* t, int64_t p, Value a, std::optional<double> timeout)
      : Instance(t), parties(p), action(a), default_timeout(timeout) {
    incref(action);
  }
  ~BarrierObject() override { decref(action); }
};

BarrierObject& barrier_of(Value self) { return *static_cast<BarrierObject*>(self.obj); }

[[noreturn]] void raise_broken() {
  throw ScriptException{Ref::steal(new_exception(broken_barrier_error(), ""))};
}

void break_barrier(BarrierObject& barrier) {
  {
    std::lock_guard<std::mutex> guard(barrier.mutex);
    barrier.broken = true;
  }
  barrier.changed.notify_all();
}

Value barrier_wait(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("wait", {"timeout"});
  BarrierObject& barrier = barrier_of(self);
  std::optional<double> timeout = bound[0].is_undefined() || bound[0].is_none()
                                      ? barrier.default_timeout
                                      : timeout_argument(bound[0], false);
  int64_t index;
  uint64_t generation;
  {
    std::lock_guard<std::mutex> guard(barrier.mutex);
    if (barrier.broken) raise_broken();
    index = barrier.count++;
    generation = barrier.generation;
  }
  if (index + 1 == barrier.parties) {
    if (!barrier.action.is_none()) {
      try {
        decref(call_value(thread, barrier.action, nullptr, 0));
      } catch (ScriptException&) {
        break_barrier(barrier);
        throw;
      }
    }
    {
      std::lock_guard<std::mutex> guard(barrier.mutex);
      barrier.count = 0;
      ++barrier.generation;
    }
    barrier.changed.notify_all();
    return Value::integer(index);
  }
  bool passed = false;  // the round completed (not broken, not reset)
  bool woken;
  try {
    woken = wait_without_gil(
        thread, barrier.mutex, barrier.changed, timeout,
        [&] { return barrier.generation != generation || barrier.broken; },
        [&] {
          passed = barrier.generation != generation && barrier.reset_generation != generation;
        });
  } catch (ScriptException&) {  // a KeyboardInterrupt breaks the barrier, as CPython's `except:
                                // self._break()`
    break_barrier(barrier);
    throw;
  }
  if (!woken) break_barrier(barrier);  // a timed-out wait breaks the barrier, as in CPython
  if (!passed) raise_broken();
  return Value::integer(index);
}

Value barrier_abort(ThreadState&, Value self, const Args& args) {
  args.expect("abort", 0, 0);
  break_barrier(barrier_of(self));
  return Value::none();
}

Value barrier_reset(ThreadState&, Value self, const Args& args) {
  args.expect("reset", 0, 0);
  BarrierObject& barrier = barrier_of(self);
  {
    std::lock_guard<std::mutex> guard(barrier.mutex);
    if (barrier.count > 0) barrier.reset_generation = barrier.generation;  // its waiters are broken
    ++barrier.generation;
    barrier.count = 0;
    barrier.broken = false;
  }
  barrier.changed.notify_all();
  return Value::none();
}

Value barrier_get(ThreadState&, Instance& instance, std::string_view name) {
  auto& barrier = static_cast<BarrierObject&>(instance);
  std::lock_guard<std::mutex> guard(barrier.mutex);
  if (name == "parties") return Value::integer(barrier.parties);
  if (name == "n_waiting") return Value::integer(barrier.count);
  if (name == "broken") return Value::boolean(barrier.broken);
  return Value::undefined();
}

const TypeInfo& barrier_type() {
  static const TypeInfo type{
      "Barrier",
      {{"wait", barrier_wait}, {"abort", barrier_abort}, {"reset", barrier_reset}},
      barrier_get,
      nullptr};
  return type;
}

Value make_barrier(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("Barrier", {"parties", "action", "timeout"}, 1);
  if (!bound[0].is_int())
    raise(exc::TypeError, "Barrier() parties must be an integer, not " + type_name(bound[0]));
  if (bound[0].i < 1) raise(exc::ValueError, "parties must be > 0");
  Value action = bound[1].is_undefined() ? Value::none() : bound[1];
  return Value::object(
      new BarrierObject(&barrier_type(), bound[0].i, action, timeout_argument(bound[2], false)));
}

}  // namespace

Value new_event() { return Value::object(new EventObject(&event_type())); }

void set_event(Value event) {
  EventObject& e = event_of(event);
  {
    std::lock_guard<std::mutex> guard(e.mutex);
    e.flag = true;
  }
  e.changed.notify_all();
}

bool wait_event(ThreadState& thread, Value event, double seconds) {
  EventObject& e = event_of(event);
  return wait_without_gil(thread, e.mutex, e.changed, seconds, [&] { return e.flag; });
}

void add_sync_primitives(Module& module) {
  module.add_function("Lock", make_lock);
  module.add_function("RLock", make_rlock);
  module.add_function("Condition", make_condition);
  module.add_function("Semaphore", make_semaphore);
  module.add_function("BoundedSemaphore", make_bounded_semaphore);
  module.add_function("Event", make_event);
  module.add_function("Barrier", make_barrier);
  module.add("BrokenBarrierError", Value::object(broken_barrier_error()));
}

}  // namespace gilvm
