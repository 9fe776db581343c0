// The `concurrent.futures` module: ThreadPoolExecutor (VM threads started on demand, up to
// max_workers), ProcessPoolExecutor (process_pool.h), Future (future.h), as_completed, wait.
// Executors: submit, map, shutdown(wait, cancel_futures), with-statement. An executor still
// open when the main module ends is shut down and waited for, as CPython's atexit hook does.
#include "modules/module_concurrent_futures.h"

#include <algorithm>
#include <deque>
#include <memory>

#include "modules/blocking.h"
#include "modules/future.h"
#include "modules/module_os.h"
#include "modules/module_threading.h"
#include "modules/process_pool.h"
#include "modules/serialization.h"
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

ExceptionClass* broken_process_pool() {
  static auto* cls = [] {
    auto* broken_executor = new ExceptionClass("BrokenExecutor", exc::RuntimeError);
    auto* c = new ExceptionClass("BrokenProcessPool", broken_executor);
    register_exception_class(c);
    return c;
  }();
  return cls;
}

int max_workers_argument(Value v, int fallback) {
  if (v.is_undefined() || v.is_none()) return fallback;
  if (!v.is_int()) raise(exc::TypeError, "max_workers must be an integer, not " + type_name(v));
  if (v.i <= 0) raise(exc::ValueError, "max_workers must be greater than 0");
  return static_cast<int>(std::min<int64_t>(v.i, 1024));
}

// ---- ThreadPoolExecutor
// --------------------------------------------------------------------------
struct WorkItem {
  FutureObject* future;  // owned references, all three
  Value fn, args;
};

// What the executor and its worker threads share; outlives whichever goes first.
struct WorkQueue {
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<WorkItem> items;  // guarded by mutex
  bool shutdown = false;       // guarded by mutex
  int idle = 0;                // guarded by mutex: workers waiting for an item
  size_t started = 0;          // workers started; changed with the GIL held
  size_t max_workers = 1;
  std::string prefix;
  ~WorkQueue() {
    for (WorkItem& w : items) decref(Value::object(w.future)), decref(w.fn), decref(w.args);
  }
};

// The worker threads' target, bound to a handle on the queue.
struct QueueHandle : Instance {
  std::shared_ptr<WorkQueue> queue;
  QueueHandle(const TypeInfo* t, std::shared_ptr<WorkQueue> q) : Instance(t), queue(std::move(q)) {}
};

const TypeInfo& queue_handle_type() {
  static const TypeInfo type{"_WorkQueue", {}, nullptr, nullptr};
  return type;
}

Value worker_body(ThreadState& thread, Value self, const Args&) {
  std::shared_ptr<WorkQueue> queue = static_cast<QueueHandle*>(self.obj)->queue;
  for (;;) {
    std::optional<WorkItem> item;
    {
      std::lock_guard<std::mutex> lock(queue->mutex);
      ++queue->idle;
    }
    wait_without_gil(
        thread, queue->mutex, queue->changed, std::nullopt,
        [&] { return !queue->items.empty() || queue->shutdown; },
        [&] {
          --queue->idle;
          if (!queue->items.empty()) {
            item = queue->items.front();
            queue->items.pop_front();
          }
        });
    if (!item) return Value::none();
    Ref future = Ref::steal(Value::object(item->future)), fn = Ref::steal(item->fn),
        args = Ref::steal(item->args);
    if (!start_future(*item->future)) continue;  // cancelled
    try {
      const auto& items = as_tuple(args.get())->items;
      Ref result = Ref::steal(call_value(thread, fn.get(), items.data(), items.size()));
      finish_future(thread, *item->future, result.get(), false);
    } catch (ScriptException& error) {
      finish_future(thread, *item->future, error.exception.get(), true);
    }
  }
}

// The executor holds its workers; they hold the queue, never the executor: no reference cycle.
struct ThreadExecutorObject : Instance {
  std::shared_ptr<WorkQueue> queue;
  std::vector<Value> threads;  // owned ThreadObjects; changed with the GIL held
  explicit ThreadExecutorObject(const TypeInfo* t) : Instance(t) {}
  ~ThreadExecutorObject() override {
    for (Value t : threads) decref(t);
  }
};

struct ProcessExecutorObject : Instance {
  std::shared_ptr<ProcessPool> pool;
  explicit ProcessExecutorObject(const TypeInfo* t) : Instance(t) {}
};

int executor_counter = 0;  // changed with the GIL held

Value submit_to_threads(ThreadState& thread, ThreadExecutorObject& executor, Value fn,
                        Value call_args) {
  const std::shared_ptr<WorkQueue>& queue = executor.queue;
  FutureObject* future = new_future();
  Ref owned = Ref::steal(Value::object(future));
  bool start_one;
  {
    std::lock_guard<std::mutex> lock(queue->mutex);
    if (queue->shutdown) raise(exc::RuntimeError, "cannot schedule new futures after shutdown");
    incref(owned.get());
    incref(fn);
    incref(call_args);
    queue->items.push_back({future, fn, call_args});
    start_one =
        queue->idle < static_cast<int>(queue->items.size()) && queue->started < queue->max_workers;
  }
  queue->changed.notify_one();
  if (start_one) {  // as CPython's _adjust_thread_count: a new worker while none is idle
    Ref handle = Ref::steal(Value::object(new QueueHandle(&queue_handle_type(), queue)));
    Ref target = Ref::steal(Value::object(new Native("_worker", worker_body, handle.get())));
    std::string name = queue->prefix + "_" + std::to_string(queue->started++);
    Value worker = new_thread_object(thread, target.get(), name);
    executor.threads.push_back(worker);
    thread.vm.start_thread(thread, *static_cast<ThreadObject*>(worker.obj));
  }
  return owned.release();
}

// Takes no more work; the workers leave once the queue is empty. `threads`: those to wait for.
void shut_down_threads(ThreadState& thread, const std::shared_ptr<WorkQueue>& queue,
                       const std::vector<Value>* threads, bool cancel_futures) {
  std::vector<WorkItem> cancelled;
  {
    std::lock_guard<std::mutex> lock(queue->mutex);
    queue->shutdown = true;
    if (cancel_futures) {
      cancelled.assign(queue->items.begin(), queue->items.end());
      queue->items.clear();
    }
  }
  queue->changed.notify_all();
  for (WorkItem& item : cancelled) {
    Ref future = Ref::steal(Value::object(item.future)), fn = Ref::steal(item.fn),
        args = Ref::steal(item.args);
    cancel_future(thread, *item.future);
  }
  if (!threads) return;
  std::vector<Value> waiting = *threads;  // only threads holding the GIL change it
  for (Value t : waiting) incref(t);
  for (Value t : waiting) {
    auto& worker = *static_cast<ThreadObject*>(t.obj);
    if (&worker != thread.thread_object) thread.vm.join_thread(thread, worker);
    decref(t);
  }
}

FutureObject& future_ref(const Ref& r) { return *static_cast<FutureObject*>(r.get().obj); }

// ---- the executors' methods (both kinds)
// ----------------------------------------------------------
const TypeInfo& thread_executor_type();
const TypeInfo& process_executor_type();

bool is_thread_executor(Value self) {
  return static_cast<Instance*>(self.obj)->type == &thread_executor_type();
}
ThreadExecutorObject& thread_executor_of(Value self) {
  return *static_cast<ThreadExecutorObject*>(self.obj);
}
ProcessPool& process_pool_of(Value self) {
  return *static_cast<ProcessExecutorObject*>(self.obj)->pool;
}

// submit(fn, /, *args)
Value executor_submit(ThreadState& thread, Value self, const Args& args) {
  if (args.keyword_count() > 0)
    raise(exc::TypeError, "submit() keyword arguments are not supported: pass them positionally");
  if (args.count < 1)
    raise(exc::TypeError, "submit() missing 1 required positional argument: 'fn'");
  std::vector<Value> rest(args.positional + 1, args.positional + args.count);
  for (Value v : rest) incref(v);
  Ref call_args = Ref::steal(make_tuple(std::move(rest)));
  if (is_thread_executor(self))
    return submit_to_threads(thread, thread_executor_of(self), args.positional[0], call_args.get());
  ProcessPool& pool = process_pool_of(self);
  pool.settle_finished(thread);
  if (!pool.accepting() && !pool.broken())
    raise(exc::RuntimeError, "cannot schedule new futures after shutdown");
  FutureObject* future = new_future();
  Ref owned = Ref::steal(Value::object(future));
  pool.submit(thread, *future, args.positional[0], call_args.get());
  return owned.release();
}

// map(fn, *iterables, timeout=None): here the results are gathered first (in order), so an
// exception is raised by map() itself rather than when iteration reaches it.
Value executor_map(ThreadState& thread, Value self, const Args& args) {
  std::optional<double> timeout;
  for (size_t k = 0; k < args.keyword_count(); ++k) {
    const std::string& name = as_str(args.keyword_names->items[k])->text;
    if (name == "timeout")
      timeout = timeout_argument(args.keyword_values[k], false);
    else if (name != "chunksize")
      raise(exc::TypeError, "map() got an unexpected keyword argument '" + name + "'");
  }
  if (args.count < 2) raise(exc::TypeError, "map() needs a function and at least one iterable");
  std::vector<std::vector<Value>> columns;
  size_t rows = SIZE_MAX;
  for (size_t i = 1; i < args.count; ++i) {
    Ref iterator = Ref::steal(get_iterator(args.positional[i]));
    std::vector<Value> column;
    Value item;
    while (iterator_next(iterator.get(), item)) column.push_back(item);
    rows = std::min(rows, column.size());
    columns.push_back(std::move(column));
  }
  std::vector<Ref> futures;
  std::exception_ptr failure;
  try {
    for (size_t r = 0; r < rows; ++r) {
      std::vector<Value> row;
      for (auto& column : columns) row.push_back((incref(column[r]), column[r]));
      Ref call_args = Ref::steal(make_tuple(std::move(row)));
      Value future;
      if (is_thread_executor(self)) {
        future = submit_to_threads(thread, thread_executor_of(self), args.positional[0],
                                   call_args.get());
      } else {
        auto* f = new_future();
        future = Value::object(f);
        futures.push_back(Ref::steal(future));
        process_pool_of(self).submit(thread, *f, args.positional[0], call_args.get());
        continue;
      }
      futures.push_back(Ref::steal(future));
    }
  } catch (...) {
    failure = std::current_exception();
  }
  for (auto& column : columns) {
    for (Value v : column) decref(v);
  }
  if (failure) std::rethrow_exception(failure);
  auto deadline =
      std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout.value_or(0));
  std::vector<Value> results;
  try {
    for (Ref& future : futures) {
      std::optional<double> left;
      if (timeout)
        left = std::max(
            0.0,
            std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count());
      results.push_back(future_result_value(thread, future_ref(future), left));
    }
  } catch (...) {
    for (Value v : results) decref(v);
    throw;
  }
  Ref list = Ref::steal(make_list(std::move(results)));
  return get_iterator(list.get());
}

// shutdown(wait=True, *, cancel_futures=False)
Value executor_shutdown(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("shutdown", {"wait", "cancel_futures"});
  bool wait = bound[0].is_undefined() || truthy(bound[0]);
  bool cancel = !bound[1].is_undefined() && truthy(bound[1]);
  if (is_thread_executor(self)) {
    ThreadExecutorObject& executor = thread_executor_of(self);
    shut_down_threads(thread, executor.queue, wait ? &executor.threads : nullptr, cancel);
    return Value::none();
  }
  ProcessPool& pool = process_pool_of(self);
  pool.close();
  if (wait) pool.join(thread);
  return Value::none();
}

Value executor_enter(ThreadState&, Value self, const Args& args) {
  args.expect("__enter__", 0, 0);
  incref(self);
  return self;
}

Value executor_exit(ThreadState& thread, Value self, const Args&) {
  executor_shutdown(thread, self, Args{});
  return Value::boolean(false);
}

const std::vector<std::pair<std::string, NativeFn>>& executor_methods() {
  static const std::vector<std::pair<std::string, NativeFn>> methods{
      {"submit", executor_submit},
      {"map", executor_map},
      {"shutdown", executor_shutdown},
      {"__enter__", executor_enter},
      {"__exit__", executor_exit}};
  return methods;
}

const TypeInfo& thread_executor_type() {
  static const TypeInfo type{"ThreadPoolExecutor", executor_methods(), nullptr, nullptr};
  return type;
}

const TypeInfo& process_executor_type() {
  static const TypeInfo type{"ProcessPoolExecutor", executor_methods(), nullptr, nullptr};
  return type;
}

// ThreadPoolExecutor(max_workers=None, thread_name_prefix='', initializer=None, initargs=())
Value make_thread_executor(ThreadState& thread, Value, const Args& args) {
  auto bound = args.bind("ThreadPoolExecutor",
                         {"max_workers", "thread_name_prefix", "initializer", "initargs"});
  if (!bound[2].is_undefined() && !bound[2].is_none())
    raise(exc::TypeError, "ThreadPoolExecutor(initializer=...) is not supported");
  auto* object = new ThreadExecutorObject(&thread_executor_type());
  Ref owned = Ref::steal(Value::object(object));
  object->queue = std::make_shared<WorkQueue>();
  object->queue->max_workers =
      static_cast<size_t>(max_workers_argument(bound[0], std::min(32, online_cpu_count() + 4)));
  std::string prefix = bound[1].is_undefined() ? "" : to_str(bound[1]);
  object->queue->prefix =
      prefix.empty() ? "ThreadPoolExecutor-" + std::to_string(executor_counter++) : prefix;
  // At exit the workers finish the queue and leave; the main thread then waits for them, as for
  // every non-daemon thread.
  std::weak_ptr<WorkQueue> weak = object->queue;
  thread.vm.add_exit_hook([weak](ThreadState& main) {
    if (auto queue = weak.lock()) shut_down_threads(main, queue, nullptr, false);
  });
  return owned.release();
}

// ProcessPoolExecutor(max_workers=None, mp_context=None, initializer=None, initargs=())
Value make_process_executor(ThreadState& thread, Value, const Args& args) {
  auto bound =
      args.bind("ProcessPoolExecutor", {"max_workers", "mp_context", "initializer", "initargs"});
  int workers = max_workers_argument(bound[0], online_cpu_count());
  Value initializer = bound[2].is_undefined() ? Value::none() : bound[2];
  Ref initargs = Ref::steal(bound[3].is_undefined() || bound[3].is_none()
                                ? make_tuple({})
                                : make_tuple(sequence_items(bound[3])));
  auto* object = new ProcessExecutorObject(&process_executor_type());
  Ref owned = Ref::steal(Value::object(object));
  object->pool =
      ProcessPool::start(thread, workers, true, broken_process_pool(), initializer, initargs.get());
  std::weak_ptr<ProcessPool> weak = object->pool;
  thread.vm.add_exit_hook([weak](ThreadState& main) {
    if (auto pool = weak.lock()) {
      pool->close();
      pool->join(main);
    }
  });
  return owned.release();
}

// ---- as_completed, wait
// ---------------------------------------------------------------------------
std::vector<Ref> futures_argument(Value fs, const char* function) {
  std::vector<Ref> futures;
  Ref iterator = Ref::steal(get_iterator(fs));
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    if (!is_kind(item, Kind::Instance) ||
        !dynamic_cast<FutureObject*>(static_cast<Instance*>(item.obj))) {
      raise(exc::TypeError, std::string(function) + "() expects futures, not " + type_name(item));
    }
    bool seen = std::any_of(futures.begin(), futures.end(),
                            [&](const Ref& f) { return f.get().obj == item.obj; });
    if (!seen) futures.push_back(owned);
  }
  return futures;
}

bool failed_future(FutureObject& f) {
  std::lock_guard<std::mutex> lock(f.mutex);
  return f.state == FutureObject::State::Finished && (f.failed || f.encoded);
}

// Waits (GIL released) until `enough` says so about the futures, or the deadline passes.
template <typename Enough>
void wait_for_futures(ThreadState& thread, std::optional<double> timeout, Enough enough) {
  wait_without_gil(thread, any_future_mutex(), any_future_finished(), timeout, enough);
}

// as_completed(fs, timeout=None): the futures in the order they finish. Here the list is
// gathered first: TimeoutError when not all finish in time, as CPython raises at that point.
Value as_completed(ThreadState& thread, Value, const Args& args) {
  auto bound = args.bind("as_completed", {"fs", "timeout"}, 1);
  std::vector<Ref> futures = futures_argument(bound[0], "as_completed");
  std::optional<double> timeout = timeout_argument(bound[1], false);
  auto deadline =
      std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout.value_or(0));
  std::vector<Value> order;
  std::vector<bool> taken(futures.size(), false);
  for (;;) {
    for (size_t i = 0; i < futures.size(); ++i) {
      if (!taken[i] && future_done(future_ref(futures[i]))) {
        taken[i] = true;
        settle_future(thread, future_ref(futures[i]));
        order.push_back(Ref(futures[i]).release());
      }
    }
    if (order.size() == futures.size()) break;
    std::optional<double> left;
    if (timeout) {
      left = std::chrono::duration<double>(deadline - std::chrono::steady_clock::now()).count();
      if (*left <= 0) {
        size_t unfinished = futures.size() - order.size();
        for (Value v : order) decref(v);
        raise(exc::TimeoutError, std::to_string(unfinished) + " (of " +
                                     std::to_string(futures.size()) + ") futures unfinished");
      }
    }
    wait_for_futures(thread, left, [&] {
      for (size_t i = 0; i < futures.size(); ++i) {
        if (!taken[i] && future_done(future_ref(futures[i]))) return true;
      }
      return false;
    });
  }
  Ref list = Ref::steal(make_list(std::move(order)));
  return get_iterator(list.get());
}

// wait(fs, timeout=None, return_when=ALL_COMPLETED): (done, not_done), as two lists here
// (CPython's are sets).
Value wait_futures(ThreadState& thread, Value, const Args& args) {
  auto bound = args.bind("wait", {"fs", "timeout", "return_when"}, 1);
  std::vector<Ref> futures = futures_argument(bound[0], "wait");
  std::optional<double> timeout = timeout_argument(bound[1], false);
  std::string when = bound[2].is_undefined() ? "ALL_COMPLETED" : to_str(bound[2]);
  if (when != "ALL_COMPLETED" && when != "FIRST_COMPLETED" && when != "FIRST_EXCEPTION") {
    raise(exc::ValueError, "Invalid return condition: " + repr(bound[2]));
  }
  auto enough = [&] {
    size_t done = 0;
    for (const Ref& f : futures) {
      if (!future_done(future_ref(f))) continue;
      if (when == "FIRST_COMPLETED") return true;
      if (when == "FIRST_EXCEPTION" && failed_future(future_ref(f))) return true;
      ++done;
    }
    return done == futures.size();
  };
  wait_for_futures(thread, timeout, enough);
  std::vector<Value> done, not_done;
  for (const Ref& f : futures) {
    if (future_done(future_ref(f))) settle_future(thread, future_ref(f));
    (future_done(future_ref(f)) ? done : not_done).push_back(Ref(f).release());
  }
  return make_tuple({make_list(std::move(done)), make_list(std::move(not_done))});
}

}  // namespace

Value make_concurrent_futures_module(VM&) {
  auto* module = new Module("concurrent.futures");
  module->add_function("ThreadPoolExecutor", make_thread_executor);
  module->add_function("ProcessPoolExecutor", make_process_executor);
  module->add_function("as_completed", as_completed);
  module->add_function("wait", wait_futures);
  module->add("FIRST_COMPLETED", make_str("FIRST_COMPLETED"));
  module->add("FIRST_EXCEPTION", make_str("FIRST_EXCEPTION"));
  module->add("ALL_COMPLETED", make_str("ALL_COMPLETED"));
  module->add("CancelledError", Value::object(cancelled_error()));
  module->add("TimeoutError", Value::object(exc::TimeoutError));
  module->add("BrokenExecutor", Value::object(broken_process_pool()->base));
  return Value::object(module);
}

Value make_concurrent_package(VM&, Value futures) {
  auto* package = new Module("concurrent");
  incref(futures);
  package->add("futures", futures);
  return Value::object(package);
}

}  // namespace gilvm
