// The `multiprocessing` module: Process (a fork of the VM: start, join(timeout), is_alive,
// exitcode, pid, name, daemon, terminate, kill), Pool (process_pool.h), Queue and Pipe between
// processes, cpu_count, current_process. Values cross processes in serialization.h's encoding;
// a target needs none: the forked child has the same objects.
//
// A child's exit code is its target's outcome: 0, 1 after an uncaught exception (its traceback
// on stderr, after "Process NAME:"), sys.exit's code, or minus the signal that killed it. When
// the main module ends, the parent terminates its daemon children and waits for the others,
// as CPython's multiprocessing does at exit.
#include "modules/module_multiprocessing.h"

#include <poll.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <thread>

#include "modules/blocking.h"
#include "modules/future.h"
#include "modules/module_os.h"
#include "modules/module_queue.h"
#include "modules/module_threading.h"
#include "modules/process_fork.h"
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

ExceptionClass* eof_error() {
  static auto* cls = new ExceptionClass("EOFError", exc::Exception);
  return cls;
}

// ---- Process
// -------------------------------------------------------------------------------------
struct ProcessObject : Instance {
  Value target = Value::none(), args = Value::none();  // owned
  std::string name;
  bool daemon = false;
  pid_t pid = 0;  // 0 before start
  std::mutex mutex;
  std::optional<int> exitcode;  // guarded by mutex: set once reaped
  explicit ProcessObject(const TypeInfo* t) : Instance(t) {}
  ~ProcessObject() override {
    decref(target);
    decref(args);
  }
};

ProcessObject& process_of(Value self) { return *static_cast<ProcessObject*>(self.obj); }

// The children started and not yet known to have ended (owned references), for the exit hook.
std::mutex children_mutex;
std::vector<Value> children;

int process_counter = 0;  // changed with the GIL held, or by the only thread of a fresh child
std::string this_process_name = "MainProcess";  // current_process().name; set by each child

// Reaps the child if it has ended (or waits for it when `block`); returns its exit code if known.
std::optional<int> reap(ThreadState& thread, ProcessObject& process, bool block) {
  {
    std::lock_guard<std::mutex> lock(process.mutex);
    if (process.exitcode) return process.exitcode;
  }
  int status = 0;
  pid_t r;
  {
    AllowThreads allow(thread);
    do r = waitpid(process.pid, &status, block ? 0 : WNOHANG);
    while (r < 0 && errno == EINTR && !interrupt_pending(thread));
  }
  raise_if_interrupted(thread);  // a Ctrl-C cut the wait short (interrupts.h)
  std::lock_guard<std::mutex> lock(process.mutex);
  if (r == process.pid) process.exitcode = exitcode_of(status);
  return process.exitcode;  // ECHILD: another thread reaped it and has stored the code, or will
}

Value process_start(ThreadState& thread, Value self, const Args& args) {
  args.expect("start", 0, 0);
  ProcessObject& process = process_of(self);
  if (process.pid != 0) raise(exc::AssertionError, "cannot start a process twice");
  pid_t pid = fork_vm_process(thread);
  if (pid == 0) {
    {
      std::lock_guard<std::mutex> lock(children_mutex);
      children.clear();  // the parent's children are not this process's (their references leak)
    }
    this_process_name = process.name;
    int status = 0;
    try {
      const auto& items = as_tuple(process.args)->items;
      if (!process.target.is_none())
        decref(call_value(thread, process.target, items.data(), items.size()));
    } catch (ScriptException& error) {
      auto& exception = *static_cast<ExceptionObject*>(error.exception.get().obj);
      if (!exception.cls->is_subclass_of(exc::SystemExit)) {
        std::fflush(thread.vm.out());
        std::fprintf(stderr, "Process %s:\n", process.name.c_str());
      }
      status = thread.vm.exit_status_of(exception);
    }
    thread.vm.finish_threads(thread);
    exit_child(status);
  }
  process.pid = pid;
  incref(self);
  std::lock_guard<std::mutex> lock(children_mutex);
  children.push_back(self);
  return Value::none();
}

Value process_join(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("join", {"timeout"});
  ProcessObject& process = process_of(self);
  if (process.pid == 0) raise(exc::AssertionError, "can only join a started process");
  std::optional<double> timeout = timeout_argument(bound[0], false);
  if (!timeout) {
    while (!reap(thread, process, true)) {
      AllowThreads allow(
          thread);  // another thread is reaping it: give it a moment to store the code
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return Value::none();
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(*timeout);
  auto pause = std::chrono::microseconds(100);
  while (!reap(thread, process, false) && std::chrono::steady_clock::now() < deadline) {
    AllowThreads allow(thread);
    std::this_thread::sleep_for(pause);
    pause = std::min<std::chrono::microseconds>(pause * 2, std::chrono::milliseconds(10));
  }
  return Value::none();
}

Value process_is_alive(ThreadState& thread, Value self, const Args& args) {
  args.expect("is_alive", 0, 0);
  ProcessObject& process = process_of(self);
  if (process.pid == 0) return Value::boolean(false);
  return Value::boolean(!reap(thread, process, false));
}

Value signal_process(Value self, int signal_number) {
  ProcessObject& process = process_of(self);
  std::lock_guard<std::mutex> lock(process.mutex);
  if (process.pid != 0 && !process.exitcode) kill(process.pid, signal_number);
  return Value::none();
}

Value process_terminate(ThreadState&, Value self, const Args& args) {
  args.expect("terminate", 0, 0);
  return signal_process(self, SIGTERM);
}

Value process_kill(ThreadState&, Value self, const Args& args) {
  args.expect("kill", 0, 0);
  return signal_process(self, SIGKILL);
}

Value process_get(ThreadState& thread, Instance& instance, std::string_view name) {
  auto& process = static_cast<ProcessObject&>(instance);
  if (name == "name") return make_str(process.name);
  if (name == "daemon") return Value::boolean(process.daemon);
  if (name == "pid") return process.pid ? Value::integer(process.pid) : Value::none();
  if (name == "exitcode") {
    if (process.pid == 0) return Value::none();
    std::optional<int> code = reap(thread, process, false);
    return code ? Value::integer(*code) : Value::none();
  }
  return Value::undefined();
}

bool process_set(ThreadState&, Instance& instance, std::string_view name, Value value) {
  auto& process = static_cast<ProcessObject&>(instance);
  if (name == "daemon") {
    if (process.pid != 0) raise(exc::AssertionError, "process has already started");
    process.daemon = truthy(value);
    return true;
  }
  if (name == "name") {
    process.name = to_str(value);
    return true;
  }
  return false;
}

const TypeInfo& process_type() {
  static const TypeInfo type{"Process",
                             {{"start", process_start},
                              {"join", process_join},
                              {"is_alive", process_is_alive},
                              {"terminate", process_terminate},
                              {"kill", process_kill}},
                             process_get,
                             process_set};
  return type;
}

Value make_process(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("Process", {"group", "target", "name", "args", "kwargs", "daemon"});
  reject_kwargs(bound[4], "Process(kwargs=...)");
  auto* process = new ProcessObject(&process_type());
  Ref owned = Ref::steal(Value::object(process));
  process->target = bound[1].is_undefined() ? Value::none() : bound[1];
  incref(process->target);
  process->args = bound[3].is_undefined() || bound[3].is_none()
                      ? make_tuple({})
                      : make_tuple(sequence_items(bound[3]));
  process->name = "Process-" + std::to_string(++process_counter);
  if (!bound[2].is_undefined() && !bound[2].is_none()) process->name = to_str(bound[2]);
  process->daemon = !bound[5].is_undefined() && !bound[5].is_none() && truthy(bound[5]);
  return owned.release();
}

// At the end of the main module: daemon children are terminated, then every child is waited for.
void finish_children(ThreadState& thread) {
  std::vector<Value> mine;
  {
    std::lock_guard<std::mutex> lock(children_mutex);
    mine.swap(children);
  }
  for (Value child : mine) {
    if (process_of(child).daemon) signal_process(child, SIGTERM);
  }
  for (Value child : mine) {
    reap(thread, process_of(child), true);
    decref(child);
  }
}

// ---- Connection (Pipe)
// ---------------------------------------------------------------------------
struct ConnectionObject : Instance {
  int fd;
  const bool readable, writable;
  std::mutex mutex;  // one message at a time per end
  ConnectionObject(const TypeInfo* t, int f, bool r, bool w)
      : Instance(t), fd(f), readable(r), writable(w) {}
  ~ConnectionObject() override {
    if (fd >= 0) close(fd);
  }
};

ConnectionObject& connection_of(Value self) {
  auto& c = *static_cast<ConnectionObject*>(self.obj);
  if (c.fd < 0) raise(exc::OSError, "handle is closed");
  return c;
}

void send_encoded(ThreadState& thread, ConnectionObject& c, const std::string& payload) {
  if (!c.writable) raise(exc::OSError, "connection is read-only");
  bool sent;
  {
    AllowThreads allow(thread);
    std::lock_guard<std::mutex> lock(c.mutex);
    sent = write_message(c.fd, payload);
  }
  if (!sent) raise(exc::BrokenPipeError, "[Errno 32] Broken pipe");
}

std::string receive_encoded(ThreadState& thread, ConnectionObject& c) {
  if (!c.readable) raise(exc::OSError, "connection is write-only");
  std::optional<std::string> message;
  {
    AllowThreads allow(thread);
    std::lock_guard<std::mutex> lock(c.mutex);
    message = read_message(c.fd);
  }
  if (!message) raise(eof_error(), "");
  return *message;
}

Value connection_send(ThreadState& thread, Value self, const Args& args) {
  args.expect("send", 1, 1);
  send_encoded(thread, connection_of(self), encode_value(args.positional[0]));
  return Value::none();
}

Value connection_recv(ThreadState& thread, Value self, const Args& args) {
  args.expect("recv", 0, 0);
  return decode_value(thread, receive_encoded(thread, connection_of(self)));
}

Value connection_send_bytes(ThreadState& thread, Value self, const Args& args) {
  args.expect("send_bytes", 1, 1);
  if (!is_bytes_like(args.positional[0]))
    raise(exc::TypeError,
          "a bytes-like object is required, not '" + type_name(args.positional[0]) + "'");
  send_encoded(thread, connection_of(self), std::string(BytesView(args.positional[0]).data()));
  return Value::none();
}

Value connection_recv_bytes(ThreadState& thread, Value self, const Args& args) {
  args.expect("recv_bytes", 0, 0);
  return make_bytes(receive_encoded(thread, connection_of(self)));
}

// poll(timeout=0): whether there is something to read (or the other end closed).
Value connection_poll(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("poll", {"timeout"});
  ConnectionObject& c = connection_of(self);
  double timeout = 0;
  if (!bound[0].is_undefined()) {
    std::optional<double> t = timeout_argument(bound[0], false);
    timeout = t ? *t : -1;
  }
  pollfd pfd{c.fd, POLLIN, 0};
  int r;
  {
    AllowThreads allow(thread);
    do r = poll(&pfd, 1, timeout < 0 ? -1 : static_cast<int>(std::ceil(timeout * 1000)));
    while (r < 0 && errno == EINTR);
  }
  return Value::boolean(r > 0);
}

Value connection_close(ThreadState&, Value self, const Args& args) {
  args.expect("close", 0, 0);
  auto& c = *static_cast<ConnectionObject*>(self.obj);
  if (c.fd >= 0) close(c.fd);
  c.fd = -1;
  return Value::none();
}

Value connection_fileno(ThreadState&, Value self, const Args& args) {
  args.expect("fileno", 0, 0);
  return Value::integer(connection_of(self).fd);
}

const TypeInfo& connection_type() {
  static const TypeInfo type{"Connection",
                             {{"send", connection_send},
                              {"recv", connection_recv},
                              {"send_bytes", connection_send_bytes},
                              {"recv_bytes", connection_recv_bytes},
                              {"poll", connection_poll},
                              {"close", connection_close},
                              {"fileno", connection_fileno}},
                             nullptr,
                             nullptr};
  return type;
}

// Pipe(duplex=True): two connected Connections; with duplex=False, (reader, writer).
Value make_pipe(ThreadState&, Value, const Args& args) {
  auto bound = args.bind("Pipe", {"duplex"});
  bool duplex = bound[0].is_undefined() || truthy(bound[0]);
  int fds[2];
  if ((duplex ? socketpair(AF_UNIX, SOCK_STREAM, 0, fds) : pipe(fds)) != 0) {
    raise(exc::OSError, std::string("cannot make a pipe: ") + std::strerror(errno));
  }
  Value a = Value::object(new ConnectionObject(&connection_type(), fds[0], true, duplex));
  Value b = Value::object(new ConnectionObject(&connection_type(), fds[1], duplex, true));
  return make_tuple({a, b});
}

// ---- Queue between processes
// --------------------------------------------------------------------- A pipe, and two
// process-shared semaphores in memory shared with every child forked after it: one lets one writer
// at a time put a whole message, the other one reader take one.
struct ProcessQueueObject : Instance {
  int read_fd = -1, write_fd = -1;
  sem_t* locks = nullptr;  // [0]: readers, [1]: writers
  explicit ProcessQueueObject(const TypeInfo* t) : Instance(t) {}
  ~ProcessQueueObject() override {
    if (read_fd >= 0) close(read_fd);
    if (write_fd >= 0) close(write_fd);
    if (locks) munmap(locks, 2 * sizeof(sem_t));
  }
};

ProcessQueueObject& process_queue_of(Value self) {
  return *static_cast<ProcessQueueObject*>(self.obj);
}

// Takes a semaphore by `deadline` (none: wait as long as it takes); without the GIL.
bool take_semaphore(sem_t* semaphore,
                    std::optional<std::chrono::system_clock::time_point> deadline) {
  int r;
  if (!deadline) {
    do r = sem_wait(semaphore);
    while (r < 0 && errno == EINTR);
    return r == 0;
  }
  auto since_epoch = deadline->time_since_epoch();
  timespec ts{};
  ts.tv_sec = std::chrono::duration_cast<std::chrono::seconds>(since_epoch).count();
  ts.tv_nsec =
      std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count() % 1'000'000'000;
  do r = sem_timedwait(semaphore, &ts);
  while (r < 0 && errno == EINTR);
  return r == 0;
}

Value process_queue_put(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("put", {"obj", "block", "timeout"}, 1);
  ProcessQueueObject& queue = process_queue_of(self);
  std::string payload = encode_value(bound[0]);
  bool sent;
  {
    AllowThreads allow(thread);
    take_semaphore(&queue.locks[1], std::nullopt);
    sent = write_message(queue.write_fd, payload);
    sem_post(&queue.locks[1]);
  }
  if (!sent) raise(exc::BrokenPipeError, "[Errno 32] Broken pipe");
  return Value::none();
}

Value process_queue_get_with(ThreadState& thread, ProcessQueueObject& queue, bool block,
                             std::optional<double> timeout) {
  if (!block) timeout = 0.0;
  std::optional<std::chrono::system_clock::time_point> deadline;
  if (timeout)
    deadline = std::chrono::system_clock::now() +
               std::chrono::duration_cast<std::chrono::system_clock::duration>(
                   std::chrono::duration<double>(*timeout));
  std::optional<std::string> message;
  bool empty = false;
  {
    AllowThreads allow(thread);
    if (!take_semaphore(&queue.locks[0], deadline)) {
      empty = true;
    } else {
      pollfd pfd{queue.read_fd, POLLIN, 0};
      int wait_ms = -1;
      if (deadline) {
        int64_t left_us = std::chrono::duration_cast<std::chrono::microseconds>(
                              *deadline - std::chrono::system_clock::now())
                              .count();
        wait_ms = static_cast<int>(std::max<int64_t>(
            0, (left_us + 999) / 1000));  // rounded up: never short of the timeout
      }
      int r;
      do r = poll(&pfd, 1, wait_ms);
      while (r < 0 && errno == EINTR);
      if (r > 0)
        message = read_message(queue.read_fd);
      else
        empty = true;
      sem_post(&queue.locks[0]);
    }
  }
  if (empty)
    throw ScriptException{
        Ref::steal(Value::object(new ExceptionObject(queue_empty_error(), make_tuple({}))))};
  if (!message) raise(eof_error(), "");
  return decode_value(thread, *message);
}

Value process_queue_get(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("get", {"block", "timeout"});
  bool block = bound[0].is_undefined() || truthy(bound[0]);
  return process_queue_get_with(thread, process_queue_of(self), block,
                                timeout_argument(bound[1], true));
}

Value process_queue_get_nowait(ThreadState& thread, Value self, const Args& args) {
  args.expect("get_nowait", 0, 0);
  return process_queue_get_with(thread, process_queue_of(self), false, 0.0);
}

Value process_queue_put_nowait(ThreadState& thread, Value self, const Args& args) {
  return process_queue_put(thread, self, args);
}

Value process_queue_empty(ThreadState&, Value self, const Args& args) {
  args.expect("empty", 0, 0);
  pollfd pfd{process_queue_of(self).read_fd, POLLIN, 0};
  return Value::boolean(poll(&pfd, 1, 0) <= 0);
}

Value process_queue_nothing(ThreadState&, Value, const Args&) { return Value::none(); }

const TypeInfo& process_queue_type() {
  static const TypeInfo type{"Queue",
                             {{"put", process_queue_put},
                              {"get", process_queue_get},
                              {"put_nowait", process_queue_put_nowait},
                              {"get_nowait", process_queue_get_nowait},
                              {"empty", process_queue_empty},
                              {"close", process_queue_nothing},
                              {"join_thread", process_queue_nothing},
                              {"cancel_join_thread", process_queue_nothing}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_process_queue(ThreadState&, Value, const Args& args) {
  args.bind("Queue", {"maxsize"});
  auto* queue = new ProcessQueueObject(&process_queue_type());
  Ref owned = Ref::steal(Value::object(queue));
  int fds[2];
  if (pipe(fds) != 0)
    raise(exc::OSError, std::string("cannot make a pipe: ") + std::strerror(errno));
  queue->read_fd = fds[0];
  queue->write_fd = fds[1];
  void* shared =
      mmap(nullptr, 2 * sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared == MAP_FAILED)
    raise(exc::OSError, std::string("cannot map shared memory: ") + std::strerror(errno));
  queue->locks = static_cast<sem_t*>(shared);
  sem_init(&queue->locks[0], 1, 1);
  sem_init(&queue->locks[1], 1, 1);
  return owned.release();
}

// ---- Pool
// ----------------------------------------------------------------------------------------
struct PoolObject : Instance {
  std::shared_ptr<ProcessPool> pool;
  explicit PoolObject(const TypeInfo* t) : Instance(t) {}
};

ProcessPool& pool_of(Value self) { return *static_cast<PoolObject*>(self.obj)->pool; }

Value none_if_absent(Value v) { return v.is_undefined() ? Value::none() : v; }

// The callback of apply_async: callback(value) on success, error_callback(exception) on failure.
Value dispatch_callbacks(ThreadState& thread, Value self, const Args& args) {
  auto& future = *static_cast<FutureObject*>(args.positional[0].obj);
  Value value;
  bool failed;
  {
    std::lock_guard<std::mutex> lock(future.mutex);
    value = future.result;
    failed = future.failed;
    incref(value);
  }
  Ref owned = Ref::steal(value);
  Value callback = as_tuple(self)->items[failed ? 1 : 0];
  if (!callback.is_none()) decref(call_value(thread, callback, &value, 1));
  return Value::none();
}

FutureObject* submit_task(ThreadState& thread, ProcessPool& pool, Value fn, Value call_args) {
  FutureObject* future = new_async_result();
  Ref owned = Ref::steal(Value::object(future));
  pool.submit(thread, *future, fn, call_args);
  owned.release();
  return future;
}

Value pool_apply_async(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("apply_async", {"func", "args", "kwds", "callback", "error_callback"}, 1);
  reject_kwargs(bound[2], "kwds for pool tasks");
  Ref call_args =
      Ref::steal(bound[1].is_undefined() ? make_tuple({}) : (incref(bound[1]), bound[1]));
  ProcessPool& pool = pool_of(self);
  pool.settle_finished(thread);
  Ref future = Ref::steal(Value::object(submit_task(thread, pool, bound[0], call_args.get())));
  Value callback = none_if_absent(bound[3]), error_callback = none_if_absent(bound[4]);
  if (!callback.is_none() || !error_callback.is_none()) {
    incref(callback);
    incref(error_callback);
    Ref both = Ref::steal(make_tuple({callback, error_callback}));
    Ref dispatcher =
        Ref::steal(Value::object(new Native("callback", dispatch_callbacks, both.get())));
    auto& f = *static_cast<FutureObject*>(future.get().obj);
    {
      std::lock_guard<std::mutex> lock(f.mutex);
      f.callbacks.push_back(dispatcher.release());
    }
    if (future_done(f)) settle_future(thread, f);
  }
  return future.release();
}

Value pool_outcome(ThreadState& thread, FutureObject& future) {
  return future_result_value(thread, future, std::nullopt);
}

Value pool_apply(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("apply", {"func", "args", "kwds"}, 1);
  reject_kwargs(bound[2], "kwds for pool tasks");
  Ref call_args =
      Ref::steal(bound[1].is_undefined() ? make_tuple({}) : (incref(bound[1]), bound[1]));
  Ref future =
      Ref::steal(Value::object(submit_task(thread, pool_of(self), bound[0], call_args.get())));
  return pool_outcome(thread, *static_cast<FutureObject*>(future.get().obj));
}

// map and starmap: every item is its own task; the results come back in order, and the first
// failed task (in order) raises its exception, as in CPython.
Value map_items(ThreadState& thread, Value self, Value fn, Value iterable, bool star) {
  ProcessPool& pool = pool_of(self);
  pool.settle_finished(thread);
  std::vector<Ref> futures;
  Ref iterator = Ref::steal(get_iterator(iterable));
  Value item;
  while (iterator_next(iterator.get(), item)) {
    Ref owned = Ref::steal(item);
    Ref call_args =
        Ref::steal(star ? make_tuple(sequence_items(item)) : make_tuple({(incref(item), item)}));
    futures.push_back(Ref::steal(Value::object(submit_task(thread, pool, fn, call_args.get()))));
  }
  std::vector<Value> results;
  try {
    for (Ref& future : futures)
      results.push_back(pool_outcome(thread, *static_cast<FutureObject*>(future.get().obj)));
  } catch (...) {
    for (Value v : results) decref(v);
    throw;
  }
  return make_list(std::move(results));
}

Value pool_map(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("map", {"func", "iterable", "chunksize"}, 2);
  return map_items(thread, self, bound[0], bound[1], false);
}

Value pool_starmap(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("starmap", {"func", "iterable", "chunksize"}, 2);
  return map_items(thread, self, bound[0], bound[1], true);
}

// imap and imap_unordered: here they gather every result first (in order), then iterate.
Value pool_imap(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("imap", {"func", "iterable", "chunksize"}, 2);
  Ref results = Ref::steal(map_items(thread, self, bound[0], bound[1], false));
  return get_iterator(results.get());
}

Value pool_close(ThreadState&, Value self, const Args& args) {
  args.expect("close", 0, 0);
  pool_of(self).close();
  return Value::none();
}

Value pool_terminate(ThreadState& thread, Value self, const Args& args) {
  args.expect("terminate", 0, 0);
  pool_of(self).terminate();
  pool_of(self).join(thread);
  return Value::none();
}

Value pool_join(ThreadState& thread, Value self, const Args& args) {
  args.expect("join", 0, 0);
  if (pool_of(self).accepting()) raise(exc::ValueError, "Pool is still running");
  pool_of(self).join(thread);
  return Value::none();
}

Value pool_enter(ThreadState&, Value self, const Args& args) {
  args.expect("__enter__", 0, 0);
  incref(self);
  return self;
}

// As CPython's, leaving the with block terminates the pool (it does not wait for queued tasks).
Value pool_exit(ThreadState& thread, Value self, const Args&) {
  pool_terminate(thread, self, Args{});
  return Value::boolean(false);
}

const TypeInfo& pool_type() {
  static const TypeInfo type{"Pool",
                             {{"apply", pool_apply},
                              {"apply_async", pool_apply_async},
                              {"map", pool_map},
                              {"starmap", pool_starmap},
                              {"imap", pool_imap},
                              {"imap_unordered", pool_imap},
                              {"close", pool_close},
                              {"terminate", pool_terminate},
                              {"join", pool_join},
                              {"__enter__", pool_enter},
                              {"__exit__", pool_exit}},
                             nullptr,
                             nullptr};
  return type;
}

Value make_pool(ThreadState& thread, Value, const Args& args) {
  auto bound = args.bind("Pool", {"processes", "initializer", "initargs", "maxtasksperchild"});
  int processes = online_cpu_count();
  if (!bound[0].is_undefined() && !bound[0].is_none()) {
    if (!bound[0].is_int())
      raise(exc::TypeError, "Pool() processes must be an integer, not " + type_name(bound[0]));
    if (bound[0].i < 1) raise(exc::ValueError, "Number of processes must be at least 1");
    processes = static_cast<int>(std::min<int64_t>(bound[0].i, 1024));
  }
  Value initializer = none_if_absent(bound[1]);
  Ref initargs = Ref::steal(bound[2].is_undefined() || bound[2].is_none()
                                ? make_tuple({})
                                : make_tuple(sequence_items(bound[2])));
  auto* object = new PoolObject(&pool_type());
  Ref owned = Ref::steal(Value::object(object));
  object->pool =
      ProcessPool::start(thread, processes, false, exc::RuntimeError, initializer, initargs.get());
  // A pool still running when the main module ends is terminated, as CPython's finalizer does.
  std::weak_ptr<ProcessPool> weak = object->pool;
  thread.vm.add_exit_hook([weak](ThreadState& main) {
    if (auto pool = weak.lock()) {
      pool->terminate();
      pool->join(main);
    }
  });
  return owned.release();
}

Value cpu_count(ThreadState&, Value, const Args& args) {
  args.expect("cpu_count", 0, 0);
  return Value::integer(online_cpu_count());
}

// current_process(): an object standing for this process, for its .name ("MainProcess", or the
// name of the Process this child runs).
Value current_process(ThreadState&, Value, const Args& args) {
  args.expect("current_process", 0, 0);
  auto* process = new ProcessObject(&process_type());
  process->name = this_process_name;
  process->args = make_tuple({});
  return Value::object(process);
}

}  // namespace

Value make_multiprocessing_module(VM& vm) {
  signal(SIGPIPE, SIG_IGN);  // a reader gone is an error, not the end of the process: as CPython
  auto* module = new Module("multiprocessing");
  module->add_function("Process", make_process);
  module->add_function("Pool", make_pool);
  module->add_function("Queue", make_process_queue);
  module->add_function("SimpleQueue", make_process_queue);
  module->add_function("Pipe", make_pipe);
  module->add_function("cpu_count", cpu_count);
  module->add_function("current_process", current_process);
  module->add("TimeoutError", Value::object(process_timeout_error()));
  module->add("ProcessError", Value::object(process_error()));
  vm.add_exit_hook(finish_children);
  return Value::object(module);
}

}  // namespace gilvm
