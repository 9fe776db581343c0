// The VM (vm.cpp): builtins, module imports, the main thread, VM threads and their shutdown.
#pragma once

#include <sys/types.h>

#include <array>
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
#include <vector>

#include <nlohmann/json.hpp>

#include "gil/gil.h"
#include "runtime/bigint.h"
#include "runtime/globals.h"
#include "runtime/interrupts.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace gilvm {

struct ExceptionObject;
struct Module;
struct ThreadObject;

struct VmOptions {
  std::string gil_design = "newgil";
  GilConfig gil_config;
  std::vector<std::string> argv;  // sys.argv: script path first
  std::FILE* output = stdout;     // where print() writes
  // Instructions a thread may run (0: no limit). Past it the script is stopped: a RuntimeError
  // "instruction limit exceeded" that no handler can catch, so the program ends. For fuzzing.
  uint64_t instruction_limit = 0;
  // SIGINT raises KeyboardInterrupt in the main thread (interrupts.h), as in CPython; the host's
  // signal watcher delivers it. Off: SIGINT ends the process like SIGTERM (the echo server).
  bool keyboard_interrupt = false;
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
  // Whether the script ended with an uncaught KeyboardInterrupt: the host then ends the process
  // by SIGINT, as CPython does.
  bool ended_by_keyboard_interrupt() const { return ended_by_keyboard_interrupt_; }
  // sys.set_int_max_str_digits: the most decimal digits int <-> str converts (0: no limit).
  int int_max_str_digits() const { return int_max_str_digits_.load(std::memory_order_relaxed); }
  void set_int_max_str_digits(int digits) {
    int_max_str_digits_.store(digits, std::memory_order_relaxed);
  }
  Interrupts& interrupts() { return interrupts_; }
  const Interrupts& interrupts() const { return interrupts_; }

  Gil& gil() { return *gil_; }
  const Gil& gil() const { return *gil_; }
  Globals& globals() { return globals_; }
  const VmOptions& options() const { return options_; }
  std::FILE* out() const { return options_.output; }

  Value builtin(std::string_view name) const;  // borrowed, Undefined if none
  // The classes type() gives most often (of None, bool, int, float, str, bytes, list, tuple,
  // dict: builtins_classes.cpp's common_class_slot() numbers them), each found by its name the
  // first time it is asked for. Atomic: a free-threaded VM's threads fill them as they ask.
  static constexpr size_t kCommonClasses = 9;
  std::array<std::atomic<Object*>, kCommonClasses> common_classes{};
  // A global of the main module (borrowed, Undefined if unset). Call with the GIL held.
  Value global_value(std::string_view name) const;
  Value import_module(ThreadState& thread, std::string_view name);  // new reference
  // sys.path (a list: the script's folder, then PYTHONPATH's), where import looks for the
  // program's own modules, and sys.modules (a dict: every module imported so far). Borrowed.
  Value sys_path() const { return sys_path_; }
  Value sys_modules() const { return sys_modules_; }
  // Free-threaded mode: makes `v` immortal (see object.h) for the VM's lifetime; the VM frees
  // it when it is destroyed, after every thread is gone. Any thread may call it, for an object
  // other threads count references to (the count only moves within the immortal range then).
  void make_immortal(Value v);
  size_t immortal_count() const;  // how many make_immortal() has listed so far
  nlohmann::json stats_json() const;
  // Every VM thread so far, ended ones too: its GilThread id and name.
  std::vector<std::pair<uint64_t, std::string>> thread_names() const;

  // Thread bookkeeping (here, in vm.cpp; the threading module calls start and join).
  ThreadRecord& register_thread(const std::string& name);
  void start_thread(ThreadState& caller, ThreadObject& thread);
  void join_thread(ThreadState& caller, ThreadObject& thread);
  void join_non_daemon_threads(ThreadState& main);
  // What the main thread does when the main module ends (also a forked child's, when its
  // target returns): runs the exit hooks, then waits for the non-daemon threads.
  void finish_threads(ThreadState& main);
  void join_os_threads();  // only once no VM thread can be running script code
  std::string next_thread_name();
  // threading.enumerate(): the main thread, then the live threads (new references).
  std::vector<Value> thread_objects() const;
  ThreadObject* main_thread_object() const {
    return main_thread_;
  }  // borrowed; null before run_main
  // Forks the process from `caller`, a VM thread holding the GIL (or any thread under nogil).
  // Returns the child's pid in the parent and 0 in the child, where `caller` is then the VM's
  // only and main thread, holding a new GIL, with the VM's own locks usable, as CPython's
  // PyOS_AfterFork_Child leaves it: threads that did not survive the fork read as finished.
  // -1 (errno set) when fork fails. Locks of the script stay as they were, as in CPython.
  pid_t fork_process(ThreadState& caller);
  // Run by the main thread when the main module ends, before it waits for the non-daemon
  // threads (CPython's threading._register_atexit): executors and process pools stop there.
  void add_exit_hook(std::function<void(ThreadState&)> hook);
  // Prints "Traceback (most recent call last): ..." for an uncaught exception to stderr.
  void print_uncaught(const ExceptionObject& exception) const;
  // What print_uncaught prints: the tracebacks of the exception and its causes or contexts.
  std::string exception_text(const ExceptionObject& exception) const;
  // The exit status an uncaught exception gives the process: SystemExit's code (0 for none,
  // 1 after printing a non-int one), otherwise 1 after printing the traceback.
  int exit_status_of(const ExceptionObject& exception) const;

 private:
  void immortalize_code(Code& code);                // with its constants and nested code
  void immortalize_module(Module& module);          // with its attributes
  // A module written in Python: embedded (modules/python_lib.h) or found on sys.path.
  struct PythonModuleSource {
    std::string source;
    std::string file;         // its path; empty for an embedded one
    std::string package_dir;  // a package's folder (its __path__); empty for a plain module
  };
  // The program's own module `name` (dotted: in its package's folder) on sys.path, if any.
  std::optional<PythonModuleSource> find_on_path(ThreadState& thread, const std::string& name);
  // Runs a Python module's code once, however many threads import it at once, and returns the
  // module (new reference). A thread that imports a module whose code it is running (a circular
  // import), or that would deadlock waiting for it, gets the module as far as its code has got.
  Value load_python_module(ThreadState& thread, const std::string& name,
                           const PythonModuleSource& found);
  // Runs the module's code in `globals` and returns the module made of them (new reference);
  // the modules mutex is not held.
  Value run_python_module(ThreadState& thread, const std::string& name,
                          const PythonModuleSource& found, Globals& globals);
  // The module made of `globals` as they are now (new reference).
  Value module_of_globals(const std::string& name, const PythonModuleSource& found,
                          Globals& globals);
  // Keeps a new module (taking the reference) in modules_ and sys.modules; modules mutex held.
  void remember_module(const std::string& name, Value module);
  void after_fork_in_child(ThreadState& survivor);  // threads_mutex_ held

  VmOptions options_;
  std::unique_ptr<Gil> gil_;
  std::optional<FreeThreadedScope> free_threaded_;  // engaged when the design is not exclusive
  Globals globals_;
  std::unordered_map<std::string, Value> builtins_;  // owned
  std::unordered_map<std::string, Value> modules_;   // owned, created on first import
  std::mutex modules_mutex_;                         // threads may import at the same time
  Value sys_path_, sys_modules_;                     // owned
  // The Python modules whose code is running (guarded by modules_mutex_): the thread running
  // each, its globals and where it was found; and the module each importing thread waits for.
  struct ModuleLoad {
    const ThreadState* importer;
    Globals* globals;
    PythonModuleSource found;
  };
  std::unordered_map<std::string, ModuleLoad> loading_;
  std::unordered_map<const ThreadState*, std::string> waiting_for_;
  std::condition_variable module_loaded_;  // a module's code finished, or failed
  bool would_deadlock(const ThreadState& thread, const ThreadState* importer) const;
  // The globals of the modules written in Python, one per run of a module's code (guarded by
  // modules_mutex_; a deque, so that the functions' pointers to them stay valid).
  std::deque<Globals> module_globals_;

  mutable std::mutex threads_mutex_;
  std::condition_variable threads_cv_;
  std::deque<ThreadRecord> thread_records_;  // stable addresses, kept for stats
  std::vector<ThreadObject*> live_threads_;  // owned references; started, not finished
  struct OsThread {
    std::thread thread;
    ThreadRecord* record;
  };
  std::vector<OsThread> os_threads_;  // guarded by threads_mutex_
  void join_done_os_threads();        // with threads_mutex_ held
  int thread_counter_ = 0;
  ThreadObject* main_thread_ = nullptr;  // borrowed: the main ThreadState owns it
  std::vector<std::function<void(ThreadState&)>> exit_hooks_;  // guarded by threads_mutex_
  bool holds_gil_at_exit_ = false;
  bool ended_by_keyboard_interrupt_ = false;
  Interrupts interrupts_;
  std::atomic<uint64_t> ids_{0};
  std::atomic<size_t> running_threads_{0};
  std::atomic<int> int_max_str_digits_{kDefaultIntMaxStrDigits};
  mutable ContainerMutex immortals_mutex_;  // a spin lock: taken for one check and push_back
  std::vector<Object*> immortals_;  // made immortal by make_immortal, freed by ~VM
  friend struct ThreadState;
  friend void thread_main(VM& vm, ThreadObject* thread, ThreadRecord* record);
};

}  // namespace gilvm
