// The runtime: the object types beyond the basic containers, script exceptions, VM threads and
// the VM itself. The interpreter loop lives in interpreter.cpp, the operators in operations.cpp,
// the builtins and builtin modules in builtins.cpp and module_*.cpp.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler.h"
#include "gil.h"
#include "object.h"

namespace gilvm {

class VM;
struct ThreadState;

// ---------------------------------------------------------------------------------------------
// Exceptions

struct ExceptionClass : Object {
  std::string name;
  ExceptionClass* base;  // nullptr for BaseException; classes are immortal
  ExceptionClass(std::string n, ExceptionClass* b)
      : Object(Kind::ExceptionClass), name(std::move(n)), base(b) {
    immortalize(Value::object(this));
  }
  bool is_subclass_of(const ExceptionClass* other) const;
};

struct TracebackEntry {
  std::string filename;
  std::string function;
  int line;
};

struct ExceptionObject : Object {
  ExceptionClass* cls;
  Value args;  // owned tuple
  std::vector<TracebackEntry> traceback;  // innermost first
  ExceptionObject(ExceptionClass* c, Value owned_args)
      : Object(Kind::Exception), cls(c), args(owned_args) {}
  ~ExceptionObject() override { decref(args); }
  std::string message() const;  // str(e)
};

// The builtin exception classes.
namespace exc {
extern ExceptionClass* const BaseException;
extern ExceptionClass* const Exception;
extern ExceptionClass* const ArithmeticError;
extern ExceptionClass* const ZeroDivisionError;
extern ExceptionClass* const OverflowError;
extern ExceptionClass* const AssertionError;
extern ExceptionClass* const AttributeError;
extern ExceptionClass* const ImportError;
extern ExceptionClass* const ModuleNotFoundError;
extern ExceptionClass* const LookupError;
extern ExceptionClass* const IndexError;
extern ExceptionClass* const KeyError;
extern ExceptionClass* const NameError;
extern ExceptionClass* const UnboundLocalError;
extern ExceptionClass* const OSError;
extern ExceptionClass* const ConnectionError;
extern ExceptionClass* const ConnectionResetError;
extern ExceptionClass* const ConnectionRefusedError;
extern ExceptionClass* const BrokenPipeError;
extern ExceptionClass* const TimeoutError;
extern ExceptionClass* const RuntimeError;
extern ExceptionClass* const RecursionError;
extern ExceptionClass* const NotImplementedError;
extern ExceptionClass* const StopIteration;
extern ExceptionClass* const TypeError;
extern ExceptionClass* const ValueError;
extern ExceptionClass* const KeyboardInterrupt;
extern ExceptionClass* const SystemExit;
const std::vector<ExceptionClass*>& all();
}  // namespace exc

// A script-level exception travelling through C++ code (native functions throw it; the
// interpreter catches it at the call and unwinds script frames).
struct ScriptException {
  Ref exception;               // an ExceptionObject
  bool add_traceback = true;   // false when re-raising: the raising frame is already recorded
};

Value new_exception(ExceptionClass* cls, std::string message);
[[noreturn]] void raise(ExceptionClass* cls, std::string message);
[[noreturn]] void raise_key_error(Value key);  // KeyError(key): str() shows repr(key)

// ---------------------------------------------------------------------------------------------
// Functions, natives, modules, builtin instances

// The values of one module's globals, indexed like its GlobalNames. The slots are fixed once
// the module is compiled (resize_to_names), before any thread runs its code.
//
// Under a GIL the interpreter reads and writes `values` directly. Free-threaded, load() and
// store() make the slots safe without a lock on the read side, which every function call
// takes (LOAD_GLOBAL): a seqlock. Writers serialise on `write_mutex_`, make `sequence_` odd,
// write, make it even again; readers retry while it was odd or changed under them. A value a
// store displaces may still be in the hands of a reader that has not yet counted its
// reference, so it is retired instead of released, and freed when no other thread can be
// reading (a store made with one VM thread left, release_retired, clear()).
struct Globals {
  GlobalNames names;
  std::vector<Value> values;  // owned; Undefined = never assigned
  void resize_to_names() { values.resize(names.size(), Value::undefined()); }
  void clear();

  Value load(size_t slot) const;              // free-threaded read; borrowed
  // Free-threaded write; takes the reference. `alone`: no other thread can be reading, so what
  // the store displaces (and whatever was retired before) is released at once.
  void store(size_t slot, Value owned, bool alone);
  void release_retired();                     // only while no other thread may read

 private:
  void write_locked(size_t slot, Value owned);  // the seqlock write; retires the old value
  mutable std::atomic<uint64_t> sequence_{0};
  std::mutex write_mutex_;
  std::vector<Value> retired_;  // owned; guarded by write_mutex_
};

struct Function : Object {
  Code* code;                 // owned reference
  std::vector<Value> defaults;  // owned, for the last parameters
  Globals* globals;
  Function(Code* c, std::vector<Value> d, Globals* g)
      : Object(Kind::Function), code(c), defaults(std::move(d)), globals(g) {
    incref(Value::object(c));
  }
  ~Function() override {
    for (Value v : defaults) decref(v);
    decref(Value::object(code));
  }
};

// Arguments of a native call: borrowed positional values and keyword (name, value) pairs.
struct Args {
  const Value* positional = nullptr;
  size_t count = 0;
  const Value* keyword_values = nullptr;
  const Tuple* keyword_names = nullptr;  // nullptr when there are none

  size_t keyword_count() const { return keyword_names ? keyword_names->items.size() : 0; }
  // Matches positional and keyword arguments against parameter names; missing ones come back
  // Undefined. Raises TypeError for too many, unknown or duplicate arguments, or a missing
  // one among the first `required`.
  std::vector<Value> bind(std::string_view function, std::initializer_list<std::string_view> parameters,
                          size_t required = 0) const;
  // Positional only: raises TypeError unless min <= count <= max and no keywords.
  void expect(std::string_view function, size_t min, size_t max) const;
};

using NativeFn = Value (*)(ThreadState& thread, Value self, const Args& args);

struct Native : Object {
  std::string name;
  NativeFn fn;
  Value self;  // owned; None for plain functions, the receiver for bound methods
  Native(std::string n, NativeFn f, Value s = Value::none())
      : Object(Kind::Native), name(std::move(n)), fn(f), self(s) {
    incref(self);
  }
  ~Native() override { decref(self); }
};

// A builtin module. Its attributes change only through add() (setattr on the module), so they
// are read and changed under ContainerLock.
struct Module : Object {
  std::string name;
  std::unordered_map<std::string, Value> attributes;  // owned
  std::mutex mutex;
  explicit Module(std::string n) : Object(Kind::Module), name(std::move(n)) {}
  ~Module() override {
    for (auto& entry : attributes) decref(entry.second);
  }
  void add(const std::string& key, Value owned);
  void add_function(const std::string& key, NativeFn fn);
  Value get(const std::string& key);  // new reference; Undefined if absent
};

struct Instance;
struct TypeInfo {
  std::string name;
  std::vector<std::pair<std::string, NativeFn>> methods;
  // Data attributes: return Undefined when `name` is not one of them.
  Value (*get)(ThreadState&, Instance&, std::string_view name) = nullptr;
  // Returns false when `name` cannot be set.
  bool (*set)(ThreadState&, Instance&, std::string_view name, Value value) = nullptr;
  // Calling the type itself, e.g. threading.Lock(): registered as a Native elsewhere.
};

// A builtin object with methods (threads, locks, sockets, ...).
struct Instance : Object {
  const TypeInfo* type;
  explicit Instance(const TypeInfo* t) : Object(Kind::Instance), type(t) {}
};

// Iterators over ranges, sequences and dict keys.
struct Iterator : Object {
  enum class Source { Range, Sequence } source;
  int64_t next_value = 0, stop = 0, step = 1;  // Range
  Value sequence;                              // Sequence: owned list/tuple/str/bytes
  size_t index = 0;
  Iterator() : Object(Kind::Iterator), source(Source::Range) {}
  ~Iterator() override { decref(sequence); }
};

struct Slice : Object {
  Value start, stop;  // ints or None
  Slice(Value a, Value b) : Object(Kind::Slice), start(a), stop(b) {}  // takes both references
  ~Slice() override {
    decref(start);
    decref(stop);
  }
};

// An insertion-ordered hash map of hashable values (int, float, bool, None, str, bytes, tuple).
// Every member function takes the dict's ContainerLock itself; `entries` and `index` are read
// directly only by code that owns the dict alone (a dict being built or destroyed).
struct Dict : Object {
  std::vector<std::pair<Value, Value>> entries;  // owned keys and values
  std::unordered_multimap<size_t, size_t> index;  // hash -> position in entries
  std::mutex mutex;
  Dict() : Object(Kind::Dict) {}
  ~Dict() override {
    for (auto& [k, v] : entries) {
      decref(k);
      decref(v);
    }
  }
  Value get(Value key);              // new reference; Undefined if absent
  void set(Value key, Value value);  // takes new references to both
  Value pop(Value key);              // the removed value (a reference for the caller); Undefined if absent
  // Inserts (key, value) unless key is present; returns the value now under key (new reference).
  Value set_default(Value key, Value value);
  size_t size();
  std::vector<std::pair<Value, Value>> snapshot();  // owned references to every key and value

 private:
  Value* find_locked(Value key);  // the caller holds the lock; nullptr if absent
};

// ---------------------------------------------------------------------------------------------
// Operations on values (operations.cpp). Results are new references.

bool truthy(Value v);
bool values_equal(Value a, Value b);
size_t hash_value(Value v);  // raises TypeError for unhashable values
std::string type_name(Value v);
std::string repr(Value v);
std::string to_str(Value v);
Value binary_op(Op op, Value a, Value b);  // ADD .. BIT_XOR
Value compare_op(Op op, Value a, Value b);
bool less_than(Value a, Value b);
Value unary_op(Op op, Value v);
bool contains(Value container, Value item);
Value get_item(Value container, Value index);
void set_item(Value container, Value index, Value value);
Value get_iterator(Value iterable);
bool iterator_next(Value iterator, Value& out);  // false when exhausted
Value get_attribute(ThreadState& thread, Value object, const Str& name);
void set_attribute(ThreadState& thread, Value object, const Str& name, Value value);
int64_t length(Value v);
Value percent_format(Value format, Value args);  // str % args, bytes % args
std::vector<Value> sequence_items(Value v);  // new references to the items of a list/tuple (raises otherwise)

// ---------------------------------------------------------------------------------------------
// Threads

struct Frame {
  Function* function;
  const Instruction* ip;
  Value* locals;          // first local; the callee sits just below
  size_t handler_base;    // handlers below this index belong to callers
  size_t handled_base;    // likewise for handled_exceptions
};

struct HandlerBlock {
  uint32_t target;
  uint32_t stack_depth;     // values above `locals` of the owning frame
  uint32_t handled_depth;   // size of handled_exceptions when the block was set up
  uint32_t unused = 0;      // 16 bytes: size() of a vector of these is a shift, not a division
};

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

// What the VM keeps of a thread after it ends, for the statistics.
struct ThreadRecord {
  GilThread gil;
  std::atomic<uint64_t> instructions{0};  // ticked (non-fast) instructions executed
  std::atomic<int64_t> cpu_ns{0};         // thread CPU time, recorded when the thread ends
  std::atomic<bool> running{false};       // cpu_clock may be read (the thread has not ended)
  clockid_t cpu_clock{};                  // the thread's CPU-time clock, set before `running`
};

// What the interpreter keeps per VM thread.
struct ThreadState {
  VM& vm;
  ThreadRecord& record;
  GilThread& gil_thread;
  ThreadObject* thread_object;  // owned reference
  std::vector<Value> stack;
  Value* stack_top;             // next free slot
  Value* stack_end;             // one past the last slot
  std::vector<Frame> frames;
  std::vector<HandlerBlock> handlers;
  std::vector<Value> handled_exceptions;  // owned; the exception each active except clause handles
  int ticks = 0;  // countdown to the next handle_tick_expired (saved while not interpreting)
  int tick_budget = 0;  // what `ticks` was last refilled with

  ThreadState(VM& vm, ThreadRecord& record, ThreadObject* thread_object);
  ~ThreadState();
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;
};

// Releases the GIL for the lifetime of the guard, around a blocking call that touches no VM
// object (Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS).
class AllowThreads {
 public:
  explicit AllowThreads(ThreadState& thread);
  ~AllowThreads();
  AllowThreads(const AllowThreads&) = delete;
  AllowThreads& operator=(const AllowThreads&) = delete;

 private:
  ThreadState& thread_;
};

// ---------------------------------------------------------------------------------------------
// The VM

struct VmOptions {
  std::string gil_design = "newgil";
  GilConfig gil_config;
  std::vector<std::string> argv;  // sys.argv: script path first
  std::FILE* output = stdout;     // where print() writes
};

class VM {
 public:
  explicit VM(VmOptions options);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Compiles and runs `source` as the main module on the calling thread, then waits for the
  // non-daemon threads. Returns the process exit status: 0, or 1 after printing the traceback
  // of an uncaught exception. Throws SyntaxError.
  int run_main(std::string_view source, const std::string& filename);

  // Whether daemon threads are still running: then run_main() has returned holding the GIL and
  // the VM must not be destroyed; the host exits the process instead.
  bool daemon_threads_alive() const;
  size_t live_thread_count() const;  // started, not yet finished (main thread excluded)
  // VM threads running script code now, the main thread included (lock-free, for hot paths).
  size_t running_thread_count() const { return running_threads_.load(std::memory_order_acquire); }
  bool holds_gil_at_exit() const { return holds_gil_at_exit_; }

  Gil& gil() { return *gil_; }
  Globals& globals() { return globals_; }
  const VmOptions& options() const { return options_; }
  std::FILE* out() const { return options_.output; }

  Value builtin(std::string_view name) const;  // borrowed, Undefined if none
  // A global of the main module (borrowed, Undefined if unset). Call with the GIL held.
  Value global_value(std::string_view name) const;
  Value import_module(ThreadState& thread, std::string_view name);  // new reference
  // Free-threaded mode: makes `v` immortal (see object.h) for the VM's lifetime; the VM frees
  // it when it is destroyed, after every thread is gone.
  void make_immortal(Value v);
  nlohmann::json stats_json() const;

  // Thread bookkeeping (module_threading.cpp).
  ThreadRecord& register_thread(const std::string& name);
  void start_thread(ThreadState& caller, ThreadObject& thread);
  void join_thread(ThreadState& caller, ThreadObject& thread);
  void join_non_daemon_threads(ThreadState& main);
  void join_os_threads();  // only once no VM thread can be running script code
  std::string next_thread_name();

 private:
  void print_uncaught(const ExceptionObject& exception) const;
  void immortalize_code(Code& code);      // with its constants and nested code
  void immortalize_module(Module& module);  // with its attributes
  int exit_status_of(const ExceptionObject& exception) const;  // prints a traceback unless SystemExit

  VmOptions options_;
  std::unique_ptr<Gil> gil_;
  std::optional<FreeThreadedScope> free_threaded_;  // engaged when the design is not exclusive
  Globals globals_;
  std::unordered_map<std::string, Value> builtins_;  // owned
  std::unordered_map<std::string, Value> modules_;   // owned, created on first import
  std::mutex modules_mutex_;                          // threads may import at the same time

  mutable std::mutex threads_mutex_;
  std::condition_variable threads_cv_;
  std::deque<ThreadRecord> thread_records_;  // stable addresses, kept for stats
  std::vector<ThreadObject*> live_threads_;             // owned references; started, not finished
  std::vector<std::thread> os_threads_;
  int thread_counter_ = 0;
  bool holds_gil_at_exit_ = false;
  std::atomic<uint64_t> ids_{0};
  std::atomic<size_t> running_threads_{0};
  std::mutex immortals_mutex_;
  std::vector<Object*> immortals_;  // made immortal by make_immortal, freed by ~VM
  friend struct ThreadState;
  friend void thread_main(VM& vm, ThreadObject* thread, ThreadRecord* record);
};

// Calls a script or native callable with positional arguments; returns a new reference.
// Raises ScriptException on an uncaught script exception.
Value call_value(ThreadState& thread, Value callee, const Value* args, size_t count);

// Adds the instructions counted since the last tick refill to the thread's record.
void flush_instruction_count(ThreadState& thread);

// The threading.Thread object standing for the main thread (new reference).
ThreadObject* new_main_thread_object(VM& vm, uint64_t ident);

// Builtin modules (module_*.cpp): create a fresh module object (new reference).
Value make_threading_module(VM& vm);
Value make_time_module(VM& vm);
Value make_sys_module(VM& vm);
Value make_socket_module(VM& vm);
void install_builtin_functions(std::unordered_map<std::string, Value>& builtins);

ThreadState& current_thread_state();

}  // namespace gilvm
