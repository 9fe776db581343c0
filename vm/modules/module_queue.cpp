// The `queue` module: Queue (FIFO), LifoQueue, PriorityQueue (heapq's order, so ties come out as
// in CPython), SimpleQueue; put/get with block and timeout, put_nowait/get_nowait, qsize, empty,
// full, task_done, join; the exceptions Empty and Full.
//
// Items are moved in and out under the queue's mutex without the GIL, so that a blocked get()
// takes its item the moment it wakes. A put() that must wait for room reserves a place first and
// inserts after taking the GIL back: a PriorityQueue compares items, which needs the GIL.
#include "modules/module_queue.h"

#include <deque>
#include <vector>

#include "modules/blocking.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/module.h"
#include "runtime/operations.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilvm {

namespace {

enum class Order { Fifo, Lifo, Priority };

struct QueueObject : Instance {
  const Order order;
  const int64_t maxsize;  // <= 0: unbounded
  std::mutex mutex;
  std::condition_variable changed;  // an item came or went, or the last task was done
  std::vector<Value> items;         // guarded by mutex; owned. FIFO reads from `head`
  size_t head = 0;                  // FIFO: items before it are gone
  int64_t reserved = 0;             // places promised to put()s about to insert
  int64_t unfinished = 0;           // task_done() bookkeeping
  QueueObject(const TypeInfo* t, Order o, int64_t m) : Instance(t), order(o), maxsize(m) {}
  ~QueueObject() override {
    for (size_t i = head; i < items.size(); ++i) decref(items[i]);
  }
  int64_t size() const { return static_cast<int64_t>(items.size() - head); }
  bool has_room() const { return maxsize <= 0 || size() + reserved < maxsize; }

  // heapq._siftdown / _siftup, so a PriorityQueue pops in CPython's order. Need the GIL.
  void sift_down(size_t start, size_t pos) {
    Value item = items[pos];
    try {
      while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (!less_than(item, items[parent])) break;
        items[pos] = items[parent];
        pos = parent;
      }
    } catch (...) {
      items[pos] = item;  // incomparable items: every item stays in the heap once
      throw;
    }
    items[pos] = item;
  }
  void sift_up(size_t pos) {
    size_t end = items.size(), start = pos, child = 2 * pos + 1;
    Value item = items[pos];
    while (child < end) {
      size_t right = child + 1;
      if (right < end && !less_than(items[child], items[right])) child = right;
      items[pos] = items[child];
      pos = child;
      child = 2 * pos + 1;
    }
    items[pos] = item;
    sift_down(start, pos);
  }
  // Under mutex. Takes the reference.
  // A PriorityQueue item that cannot be compared raises TypeError and stays queued, as with
  // CPython's heappush.
  void insert(Value item) {
    items.push_back(item);
    ++unfinished;
    if (order == Order::Priority) sift_down(0, items.size() - 1);
  }
  // Under mutex; the queue is not empty. Gives the reference away; compares nothing for FIFO
  // and LIFO, so it may run without the GIL.
  Value remove_unordered() {
    if (order == Order::Fifo) {
      Value v = items[head++];
      if (head == items.size()) {
        items.clear();
        head = 0;
      }
      return v;
    }
    Value v = items.back();
    items.pop_back();
    return v;
  }
};

QueueObject& queue_of(Value self) { return *static_cast<QueueObject*>(self.obj); }

[[noreturn]] void raise_plain(ExceptionClass* cls) {
  throw ScriptException{Ref::steal(Value::object(new ExceptionObject(cls, make_tuple({}))))};
}

// put(item, block=True, timeout=None)
Value queue_put_with(ThreadState& thread, QueueObject& queue, Value item, bool block,
                     std::optional<double> timeout) {
  if (!block) timeout = 0.0;
  bool got_room = wait_without_gil(
      thread, queue.mutex, queue.changed, timeout, [&] { return queue.has_room(); },
      [&] { ++queue.reserved; });
  if (!got_room) raise_plain(queue_full_error());
  incref(item);
  {
    std::lock_guard<std::mutex> guard(queue.mutex);  // with the GIL: a priority insert compares
    --queue.reserved;
    queue.insert(item);
  }
  queue.changed.notify_all();
  return Value::none();
}

Value queue_put(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("put", {"item", "block", "timeout"}, 1);
  bool block = bound[1].is_undefined() || truthy(bound[1]);
  return queue_put_with(thread, queue_of(self), bound[0], block, timeout_argument(bound[2], true));
}

Value queue_put_nowait(ThreadState& thread, Value self, const Args& args) {
  args.expect("put_nowait", 1, 1);
  return queue_put_with(thread, queue_of(self), args.positional[0], false, 0.0);
}

Value queue_get_with(ThreadState& thread, QueueObject& queue, bool block,
                     std::optional<double> timeout) {
  if (!block) timeout = 0.0;
  Value item = Value::undefined();
  bool priority = queue.order == Order::Priority;
  bool got = wait_without_gil(
      thread, queue.mutex, queue.changed, timeout, [&] { return queue.size() > 0; },
      [&] {
        if (!priority) item = queue.remove_unordered();
      });
  if (!got) raise_plain(queue_empty_error());
  if (priority) {  // heappop compares: with the GIL, and the queue may have emptied meanwhile
    std::lock_guard<std::mutex> guard(queue.mutex);
    if (queue.items.empty()) return queue_get_with(thread, queue, block, timeout);
    Value last = queue.items.back();
    queue.items.pop_back();
    if (queue.items.empty()) {
      item = last;
    } else {
      item = queue.items[0];
      queue.items[0] = last;
      queue.sift_up(0);
    }
  }
  queue.changed.notify_all();
  return item;
}

Value queue_get(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("get", {"block", "timeout"});
  bool block = bound[0].is_undefined() || truthy(bound[0]);
  return queue_get_with(thread, queue_of(self), block, timeout_argument(bound[1], true));
}

Value queue_get_nowait(ThreadState& thread, Value self, const Args& args) {
  args.expect("get_nowait", 0, 0);
  return queue_get_with(thread, queue_of(self), false, 0.0);
}

Value queue_qsize(ThreadState&, Value self, const Args& args) {
  args.expect("qsize", 0, 0);
  std::lock_guard<std::mutex> guard(queue_of(self).mutex);
  return Value::integer(queue_of(self).size());
}

Value queue_empty(ThreadState&, Value self, const Args& args) {
  args.expect("empty", 0, 0);
  std::lock_guard<std::mutex> guard(queue_of(self).mutex);
  return Value::boolean(queue_of(self).size() == 0);
}

Value queue_full(ThreadState&, Value self, const Args& args) {
  args.expect("full", 0, 0);
  QueueObject& queue = queue_of(self);
  std::lock_guard<std::mutex> guard(queue.mutex);
  return Value::boolean(queue.maxsize > 0 && queue.size() >= queue.maxsize);
}

Value queue_task_done(ThreadState&, Value self, const Args& args) {
  args.expect("task_done", 0, 0);
  QueueObject& queue = queue_of(self);
  {
    std::lock_guard<std::mutex> guard(queue.mutex);
    if (queue.unfinished <= 0) raise(exc::ValueError, "task_done() called too many times");
    --queue.unfinished;
  }
  queue.changed.notify_all();
  return Value::none();
}

Value queue_join(ThreadState& thread, Value self, const Args& args) {
  args.expect("join", 0, 0);
  QueueObject& queue = queue_of(self);
  wait_without_gil(thread, queue.mutex, queue.changed, std::nullopt,
                   [&] { return queue.unfinished == 0; });
  return Value::none();
}

Value queue_get_attribute(ThreadState&, Instance& instance, std::string_view name) {
  if (name == "maxsize") return Value::integer(static_cast<QueueObject&>(instance).maxsize);
  return Value::undefined();
}

const std::vector<std::pair<std::string, NativeFn>>& queue_methods() {
  static const std::vector<std::pair<std::string, NativeFn>> methods{
      {"put", queue_put},
      {"get", queue_get},
      {"put_nowait", queue_put_nowait},
      {"get_nowait", queue_get_nowait},
      {"qsize", queue_qsize},
      {"empty", queue_empty},
      {"full", queue_full},
      {"task_done", queue_task_done},
      {"join", queue_join}};
  return methods;
}

const TypeInfo& queue_type(Order order) {
  static const TypeInfo fifo{"Queue", queue_methods(), queue_get_attribute, nullptr};
  static const TypeInfo lifo{"LifoQueue", queue_methods(), queue_get_attribute, nullptr};
  static const TypeInfo priority{"PriorityQueue", queue_methods(), queue_get_attribute, nullptr};
  return order == Order::Fifo ? fifo : order == Order::Lifo ? lifo : priority;
}

// SimpleQueue: unbounded FIFO without task tracking.
const TypeInfo& simple_queue_type() {
  static const TypeInfo type{"SimpleQueue",
                             {{"put", queue_put},
                              {"get", queue_get},
                              {"put_nowait", queue_put_nowait},
                              {"get_nowait", queue_get_nowait},
                              {"qsize", queue_qsize},
                              {"empty", queue_empty}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_queue_of(const Args& args, Order order, const char* name) {
  auto bound = args.bind(name, {"maxsize"});
  int64_t maxsize = 0;
  if (!bound[0].is_undefined()) {
    if (!bound[0].is_int())
      raise(exc::TypeError,
            std::string(name) + "() maxsize must be an integer, not " + type_name(bound[0]));
    maxsize = bound[0].i;
  }
  return Value::object(new QueueObject(&queue_type(order), order, maxsize));
}

Value make_fifo(ThreadState&, Value, const Args& args) {
  return make_queue_of(args, Order::Fifo, "Queue");
}
Value make_lifo(ThreadState&, Value, const Args& args) {
  return make_queue_of(args, Order::Lifo, "LifoQueue");
}
Value make_priority(ThreadState&, Value, const Args& args) {
  return make_queue_of(args, Order::Priority, "PriorityQueue");
}
Value make_simple(ThreadState&, Value, const Args& args) {
  args.expect("SimpleQueue", 0, 0);
  return Value::object(new QueueObject(&simple_queue_type(), Order::Fifo, 0));
}

}  // namespace

ExceptionClass* queue_empty_error() {
  static auto* cls = new ExceptionClass("Empty", exc::Exception);
  return cls;
}

ExceptionClass* queue_full_error() {
  static auto* cls = new ExceptionClass("Full", exc::Exception);
  return cls;
}

Value make_queue_module(VM&) {
  auto* module = new Module("queue");
  module->add_function("Queue", make_fifo);
  module->add_function("LifoQueue", make_lifo);
  module->add_function("PriorityQueue", make_priority);
  module->add_function("SimpleQueue", make_simple);
  module->add("Empty", Value::object(queue_empty_error()));
  module->add("Full", Value::object(queue_full_error()));
  return Value::object(module);
}

}  // namespace gilvm
