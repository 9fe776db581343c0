// The VM (vm.cpp): builtins, module imports, the main thread, VM threads and their shutdown.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
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
#include "runtime/globals.h"
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

  // Thread bookkeeping (here, in vm.cpp; the threading module calls start and join).
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


}  // namespace gilvm
