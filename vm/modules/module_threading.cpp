// The `threading` module: Thread (target, args, name, daemon, ident, native_id; start, run,
// join(timeout), is_alive), Timer, local, current_thread, main_thread, enumerate, active_count,
// get_ident, get_native_id, excepthook, and the primitives of threading_sync.cpp.
// Every blocking wait (join, a contended acquire) releases the GIL, as CPython's does.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <unordered_map>

#include "modules/blocking.h"
#include "modules/module_threading.h"
#include "modules/threading_sync.h"
#include "runtime/class.h"
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

ThreadObject& thread_of(Value self) { return *static_cast<ThreadObject*>(self.obj); }

Value thread_start(ThreadState& thread, Value self, const Args& args) {
  args.expect("start", 0, 0);
  ThreadObject& target = thread_of(self);
  if (!target.initialized) raise(exc::RuntimeError, "thread.__init__() not called");
  if (target.started) raise(exc::RuntimeError, "threads can only be started once");
  thread.vm.start_thread(thread, target);
  return Value::none();
}

// Thread.run(): calls the target, as the started thread does.
Value thread_run(ThreadState& thread, Value self, const Args& args) {
  args.expect("run", 0, 0);
  ThreadObject& target = thread_of(self);
  if (target.target.is_none()) return Value::none();
  decref(call_unpacked(thread, target.target, target.args, target.kwargs));
  return Value::none();
}

Value thread_join(ThreadState& thread, Value self, const Args& args) {
  auto bound = args.bind("join", {"timeout"});
  ThreadObject& target = thread_of(self);
  if (!target.started) raise(exc::RuntimeError, "cannot join thread before it is started");
  if (&target == thread.thread_object) raise(exc::RuntimeError, "cannot join current thread");
  std::optional<double> timeout = timeout_argument(bound[0], false);
  wait_without_gil(thread, target.mutex, target.finished_cv, timeout,
                   [&] { return target.finished; });
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
  if (name == "ident")
    return thread.started ? Value::integer(static_cast<int64_t>(thread.ident)) : Value::none();
  if (name == "native_id") {
    int64_t id = thread.native_id.load(std::memory_order_relaxed);
    return id ? Value::integer(id) : Value::none();
  }
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

const std::vector<std::pair<std::string, NativeFn>>& thread_methods() {
  static const std::vector<std::pair<std::string, NativeFn>> methods{{"start", thread_start},
                                                                     {"run", thread_run},
                                                                     {"join", thread_join},
                                                                     {"is_alive", thread_is_alive}};
  return methods;
}

const TypeInfo& thread_type() {
  static const TypeInfo type{"Thread", thread_methods(), thread_get, thread_set};
  return type;
}

const TypeInfo& main_thread_type() {
  static const TypeInfo type{"_MainThread", thread_methods(), thread_get, thread_set};
  return type;
}

// Fills a new Thread-like object from Thread()'s or Timer()'s arguments.
// A thread named by its creator takes no number: "Thread-N" counts the unnamed ones, as CPython.
void init_thread(ThreadState& thread, ThreadObject& object, Value target, Value name,
                 Value call_args, Value call_kwargs, Value daemon) {
  object.target = target.is_undefined() ? Value::none() : target;
  incref(object.target);
  object.args = call_args.is_undefined() || call_args.is_none()
                    ? make_tuple({})
                    : make_tuple(sequence_items(call_args));
  object.kwargs = call_kwargs.is_undefined() ? Value::none() : call_kwargs;
  incref(object.kwargs);
  if (!name.is_undefined() && !name.is_none()) {
    object.name = to_str(name);
  } else {
    object.name = thread.vm.next_thread_name();
    if (is_kind(object.target, Kind::Function))  // as CPython 3.10+
      object.name += " (" + static_cast<Function*>(object.target.obj)->code->name + ")";
  }
  // A new thread inherits the daemon flag of the thread that creates it, as in CPython.
  object.daemon =
      daemon.is_undefined() || daemon.is_none() ? thread.thread_object->daemon : truthy(daemon);
  object.initialized = true;
}

// ---- the class threading.Thread, which scripts subclass (overriding run, calling __init__)
// ----------
bool is_thread_object(Value v) {
  return is_kind(v, Kind::Instance) &&
         dynamic_cast<ThreadObject*>(static_cast<Instance*>(v.obj)) != nullptr;
}

// A method as the class holds it: the instance is the first argument.
template <NativeFn Method>
Value unbound(ThreadState& thread, Value, const Args& args) {
  if (args.count == 0 || !is_thread_object(args.positional[0])) {
    raise(exc::TypeError, "descriptor requires a 'Thread' object but received " +
                              (args.count == 0 ? std::string("no arguments")
                                               : "a '" + type_name(args.positional[0]) + "'"));
  }
  Args rest = args;
  ++rest.positional;
  --rest.count;
  return Method(thread, args.positional[0], rest);
}

Value thread_init(ThreadState& thread, Value self, const Args& args) {
  auto bound =
      args.bind("Thread.__init__", {"group", "target", "name", "args", "kwargs", "daemon"});
  ThreadObject& object = thread_of(self);
  if (object.started) raise(exc::RuntimeError, "cannot call Thread.__init__() on a started thread");
  decref(object.target);
  decref(object.args);
  decref(object.kwargs);
  init_thread(thread, object, bound[1], bound[2], bound[3], bound[4], bound[5]);
  return Value::none();
}

Value new_thread_instance(Value cls) {
  auto* object = new ThreadObject(&thread_type());
  object->cls = cls;
  object->attributes =
      Value::object(new Dict());  // made now: threads may set attributes at once under nogil
  return Value::object(object);
}

Value make_thread_class(VM& vm) {
  auto* dict = new Dict();
  auto add = [dict](const char* name, NativeFn fn) {
    Ref key = Ref::steal(make_str(name));
    Ref method = Ref::steal(Value::object(new Native(std::string("Thread.") + name, fn)));
    dict->set(key.get(), method.get());
  };
  add("__init__", unbound<thread_init>);
  add("start", unbound<thread_start>);
  add("run", unbound<thread_run>);
  add("join", unbound<thread_join>);
  add("is_alive", unbound<thread_is_alive>);
  incref(object_class());
  auto* cls = new Class("Thread", object_class(), Value::object(dict));
  cls->module = "threading";
  cls->make_instance = new_thread_instance;
  cls->is_native_instance = is_thread_object;
  Value v = Value::object(cls);
  vm.make_immortal(v);
  return v;
}

// ---- Timer: a thread that waits `interval` seconds on its cancel event, then calls the function.
struct TimerObject : ThreadObject {
  Value cancelled;  // owned Event
  explicit TimerObject(const TypeInfo* t) : ThreadObject(t), cancelled(new_event()) {}
  ~TimerObject() override { decref(cancelled); }
};

// The timer thread's target, bound to (event, interval, function, args).
Value timer_body(ThreadState& thread, Value self, const Args&) {
  const auto& parts = as_tuple(self)->items;
  if (wait_event(thread, parts[0], parts[1].f)) return Value::none();  // cancelled
  decref(call_unpacked(thread, parts[2], parts[3], parts[4]));
  set_event(parts[0]);
  return Value::none();
}

Value timer_cancel(ThreadState&, Value self, const Args& args) {
  args.expect("cancel", 0, 0);
  set_event(static_cast<TimerObject*>(self.obj)->cancelled);
  return Value::none();
}

const TypeInfo& timer_type() {
  static const TypeInfo type{"Timer",
                             {{"start", thread_start},
                              {"run", thread_run},
                              {"join", thread_join},
                              {"is_alive", thread_is_alive},
                              {"cancel", timer_cancel}},
                             thread_get,
                             thread_set};
  return type;
}

Value make_timer(ThreadState& thread, Value, const Args& args) {
  auto bound = args.bind("Timer", {"interval", "function", "args", "kwargs"}, 2);
  Value interval = bound[0];
  if (!interval.is_int() && !interval.is_float())
    raise(exc::TypeError, "Timer() interval must be a number, not " + type_name(interval));
  auto* timer = new TimerObject(&timer_type());
  Ref owned = Ref::steal(Value::object(timer));
  Ref call_args = Ref::steal(bound[2].is_undefined() || bound[2].is_none()
                                 ? make_tuple({})
                                 : make_tuple(sequence_items(bound[2])));
  incref(timer->cancelled);
  incref(bound[1]);
  incref(call_args.get());
  Value call_kwargs = bound[3].is_undefined() ? Value::none() : bound[3];
  incref(call_kwargs);
  Value parts =
      make_tuple({timer->cancelled,
                  Value::floating(interval.is_int() ? static_cast<double>(interval.i) : interval.f),
                  bound[1], call_args.get(), call_kwargs});
  Ref body = Ref::steal(Value::object(new Native("Timer.run", timer_body, parts)));
  decref(parts);  // the Native holds it
  init_thread(thread, *timer, body.get(), Value::undefined(), Value::undefined(),
              Value::undefined(), Value::undefined());
  return owned.release();
}

// ---- local: one attribute dict per thread ident
// ---------------------------------------------------
struct LocalObject : Instance {
  std::mutex mutex;
  std::unordered_map<uint64_t, Value> dicts;  // owned Dicts, guarded by mutex
  explicit LocalObject(const TypeInfo* t) : Instance(t) {}
  ~LocalObject() override {
    for (auto& [ident, dict] : dicts) decref(dict);
  }
};

Value local_get(ThreadState& thread, Instance& instance, std::string_view name) {
  auto& local = static_cast<LocalObject&>(instance);
  Value dict;
  {
    std::lock_guard<std::mutex> guard(local.mutex);
    auto it = local.dicts.find(thread.thread_object->ident);
    if (it == local.dicts.end()) return Value::undefined();
    dict = it->second;
    incref(dict);
  }
  Ref owned = Ref::steal(dict);
  Ref key = Ref::steal(make_str(std::string(name)));
  return static_cast<Dict*>(dict.obj)->get(key.get());
}

bool local_set(ThreadState& thread, Instance& instance, std::string_view name, Value value) {
  auto& local = static_cast<LocalObject&>(instance);
  Value dict;
  {
    std::lock_guard<std::mutex> guard(local.mutex);
    Value& slot = local.dicts[thread.thread_object->ident];
    if (!slot.is_obj()) slot = Value::object(new Dict());
    dict = slot;
    incref(dict);
  }
  Ref owned = Ref::steal(dict);
  Ref key = Ref::steal(make_str(std::string(name)));
  static_cast<Dict*>(dict.obj)->set(key.get(), value);
  return true;
}

const TypeInfo& local_type() {
  static const TypeInfo type{"_thread._local", {}, local_get, local_set};
  return type;
}

Value make_local(ThreadState&, Value, const Args& args) {
  args.expect("local", 0, 0);
  return Value::object(new LocalObject(&local_type()));
}

// ---- module functions
// -----------------------------------------------------------------------------
Value current_thread(ThreadState& thread, Value, const Args& args) {
  args.expect("current_thread", 0, 0);
  Value v = Value::object(thread.thread_object);
  incref(v);
  return v;
}

Value main_thread(ThreadState& thread, Value, const Args& args) {
  args.expect("main_thread", 0, 0);
  ThreadObject* main = thread.vm.main_thread_object();
  Value v = main ? Value::object(main) : Value::none();
  incref(v);
  return v;
}

Value enumerate_threads(ThreadState& thread, Value, const Args& args) {
  args.expect("enumerate", 0, 0);
  return make_list(thread.vm.thread_objects());
}

Value active_count(ThreadState& thread, Value, const Args& args) {
  args.expect("active_count", 0, 0);
  return Value::integer(static_cast<int64_t>(thread.vm.live_thread_count()) + 1);
}

Value get_ident(ThreadState& thread, Value, const Args& args) {
  args.expect("get_ident", 0, 0);
  return Value::integer(static_cast<int64_t>(thread.thread_object->ident));
}

Value get_native_id(ThreadState&, Value, const Args& args) {
  args.expect("get_native_id", 0, 0);
  return Value::integer(gettid());
}

// threading.ExceptHookArgs: exc_type, exc_value, exc_traceback (None here), thread.
struct ExceptHookArgs : Instance {
  Value exception, thread;  // owned
  ExceptHookArgs(const TypeInfo* t, Value e, Value th) : Instance(t), exception(e), thread(th) {
    incref(exception);
    incref(thread);
  }
  ~ExceptHookArgs() override {
    decref(exception);
    decref(thread);
  }
};

Value hook_args_get(ThreadState&, Instance& instance, std::string_view name) {
  auto& args = static_cast<ExceptHookArgs&>(instance);
  Value v = Value::undefined();
  if (name == "exc_type") v = Value::object(static_cast<ExceptionObject*>(args.exception.obj)->cls);
  if (name == "exc_value") v = args.exception;
  if (name == "exc_traceback") v = Value::none();
  if (name == "thread") v = args.thread;
  incref(v);
  return v;
}

const TypeInfo& hook_args_type() {
  static const TypeInfo type{"ExceptHookArgs", {}, hook_args_get, nullptr};
  return type;
}

// The default threading.excepthook: "Exception in thread NAME:" and the traceback, on stderr.
Value default_excepthook(ThreadState& thread, Value, const Args& args) {
  args.expect("excepthook", 1, 1);
  Value hook_args = args.positional[0];
  if (!is_kind(hook_args, Kind::Instance) ||
      static_cast<Instance*>(hook_args.obj)->type != &hook_args_type()) {
    raise(exc::TypeError,
          "excepthook() argument must be threading.ExceptHookArgs, not " + type_name(hook_args));
  }
  auto& hook = static_cast<ExceptHookArgs&>(*static_cast<Instance*>(hook_args.obj));
  auto& exception = *static_cast<ExceptionObject*>(hook.exception.obj);
  if (exception.cls->is_subclass_of(exc::SystemExit))
    return Value::none();  // silently ignored, as in CPython
  std::fflush(thread.vm.out());
  std::string name = hook.thread.is_none() ? std::to_string(thread.thread_object->ident)
                                           : thread_of(hook.thread).name;
  std::fprintf(stderr, "Exception in thread %s:\n", name.c_str());
  thread.vm.print_uncaught(exception);
  return Value::none();
}

}  // namespace

void reject_kwargs(Value kwargs, const char* what) {
  if (kwargs.is_undefined() || kwargs.is_none()) return;
  if (is_kind(kwargs, Kind::Dict) && static_cast<Dict*>(kwargs.obj)->size() == 0) return;
  raise(exc::TypeError, std::string(what) + " is not supported: pass the arguments positionally");
}

Value new_thread_object(ThreadState& state, Value target, const std::string& name) {
  Ref owned = Ref::steal(Value::object(new ThreadObject(&thread_type())));
  Ref thread_name = Ref::steal(make_str(name));
  init_thread(state, thread_of(owned.get()), target, thread_name.get(), Value::undefined(),
              Value::undefined(), Value::undefined());
  return owned.release();
}

void report_thread_exception(ThreadState& state, ThreadObject& thread, Value exception) {
  Ref hook_args = Ref::steal(
      Value::object(new ExceptHookArgs(&hook_args_type(), exception, Value::object(&thread))));
  try {
    Ref module = Ref::steal(state.vm.import_module(state, "threading"));
    Ref hook = Ref::steal(static_cast<Module*>(module.get().obj)->get("excepthook"));
    if (hook.get().is_undefined())
      hook = Ref::steal(Value::object(new Native("excepthook", default_excepthook)));
    decref(call_value(state, hook.get(), &hook_args.get(), 1));
  } catch (ScriptException&
               error) {  // the hook itself failed: CPython reports that through sys.excepthook
    std::fflush(state.vm.out());
    std::fputs("Exception in threading.excepthook:\n", stderr);
    state.vm.print_uncaught(*static_cast<ExceptionObject*>(error.exception.get().obj));
  }
}

ThreadObject* new_main_thread_object(VM&, uint64_t ident) {
  auto* object = new ThreadObject(&main_thread_type());
  object->name = "MainThread";
  object->started = true;
  object->ident = ident;
  object->native_id.store(gettid(), std::memory_order_relaxed);
  object->args = make_tuple({});
  return object;
}

Value make_threading_module(VM& vm) {
  auto* module = new Module("threading");
  module->add("Thread", make_thread_class(vm));
  module->add_function("Timer", make_timer);
  module->add_function("local", make_local);
  module->add_function("current_thread", current_thread);
  module->add_function("main_thread", main_thread);
  module->add_function("enumerate", enumerate_threads);
  module->add_function("active_count", active_count);
  module->add_function("get_ident", get_ident);
  module->add_function("get_native_id", get_native_id);
  module->add_function("excepthook", default_excepthook);
  module->add_function("__excepthook__", default_excepthook);
  module->add("TIMEOUT_MAX", Value::floating(1e9));
  add_sync_primitives(*module);
  return Value::object(module);
}

}  // namespace gilvm
