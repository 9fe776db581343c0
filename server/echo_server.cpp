// The echo server host. The workload script prints "listening HOST:PORT" itself, so the line
// appears only once the socket really listens.
//
// Ending: the script returns when the client closes the echo connection; its fib threads are
// daemons, so the VM keeps them parked on the GIL and this host writes the statistics and ends
// the process. SIGTERM/SIGINT are taken by a watcher thread (blocked everywhere else): it takes
// the GIL like any VM thread, which stops the script at its next switch, writes the statistics
// and exits 0. Either way the statistics are written once, while holding the GIL.
#include "echo_server.h"

#include <signal.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>

#include "common/atomic_file.h"
#include "common/report_context.h"
#include "common/server_stats.h"
#include "embedded_workload.h"
#include "frontend/source_file.h"
#include "runtime/thread_state.h"
#include "runtime/vm.h"

namespace gilbench::server {

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

class StatisticsWriter {
 public:
  StatisticsWriter(const ServerOptions& options, gilvm::VM& vm)
      : options_(options), vm_(vm), started_(std::chrono::steady_clock::now()) {}

  // Call with the GIL held (or with every VM thread finished). Writes at most once.
  void write(const std::string& ended_by) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (written_ || options_.stats_path.empty()) return;
    written_ = true;
    namespace keys = gilbench::server_stats;
    nlohmann::json report = {
        {"context", gilbench::report_context("gil-echo-server", GILBENCH_VERSION)},
        {"parameters",
         {{"gil", options_.gil_design},
          {"switch_interval_us", std::chrono::duration<double, std::micro>(options_.gil_config.switch_interval).count()},
          {"check_interval_ticks", options_.gil_config.check_interval},
          {"cpu_threads", options_.cpu_threads},
          {"script", options_.script_path.empty() ? kDefaultWorkloadName : options_.script_path}}},
        {keys::kEndedBy, ended_by},
        {keys::kWallSeconds, seconds_since(started_)},
        {keys::kWorkload, workload_json()},
    };
    report.update(vm_.stats_json());
    gilbench::write_file_atomically(options_.stats_path, report.dump(2) + "\n");
  }

 private:
  nlohmann::json workload_json() const {
    namespace keys = gilbench::server_stats;
    gilvm::Value calls = vm_.global_value(keys::kFibCalls);
    double wall = seconds_since(started_);
    if (!calls.is_int()) return nlohmann::json::object();
    return {{keys::kFibCalls, calls.i},
            {keys::kFibCallsPerSecond, wall > 0 ? static_cast<double>(calls.i) / wall : 0.0}};
  }

  const ServerOptions& options_;
  gilvm::VM& vm_;
  std::chrono::steady_clock::time_point started_;
  std::mutex mutex_;
  bool written_ = false;
};

// Waits on its own thread for SIGTERM/SIGINT. The constructor blocks those signals in the
// calling thread first, so every thread started after it (the VM's) inherits the mask and the
// watcher is the only one to receive them. The destructor wakes it with SIGUSR1 and joins it.
class SignalWatcher {
 public:
  SignalWatcher(gilvm::VM& vm, StatisticsWriter& writer) {
    sigset_t signals = watched_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    thread_ = std::thread(watch, std::ref(vm), std::ref(writer));
  }
  ~SignalWatcher() {
    pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
  }
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  static sigset_t watched_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGUSR1);  // the destructor's wake-up
    return signals;
  }

  static void watch(gilvm::VM& vm, StatisticsWriter& writer) {
    sigset_t signals = watched_signals();
    int signal_number = 0;
    sigwait(&signals, &signal_number);
    if (signal_number == SIGUSR1) return;
    gilvm::ThreadRecord& record = vm.register_thread("signal-watcher");
    vm.gil().take(record.gil);  // stops the script at its next switch
    writer.write(signal_number == SIGTERM ? "SIGTERM" : "SIGINT");
    std::fflush(nullptr);
    std::_Exit(0);
  }

  std::thread thread_;
};

}  // namespace

int run_echo_server(const ServerOptions& options) {
  std::string source = options.script_path.empty() ? kDefaultWorkload : gilvm::read_source_file(options.script_path);
  std::string script_name = options.script_path.empty() ? kDefaultWorkloadName : options.script_path;

  gilvm::VmOptions vm_options;
  vm_options.gil_design = options.gil_design;
  vm_options.gil_config = options.gil_config;
  vm_options.argv = {script_name, options.host, std::to_string(options.port), std::to_string(options.cpu_threads)};
  auto vm = std::make_unique<gilvm::VM>(vm_options);  // never destroyed while daemons use it
  StatisticsWriter writer(options, *vm);

  SignalWatcher watcher(*vm, writer);

  int status = vm->run_main(source, script_name);
  writer.write("echo connection closed");
  std::fflush(nullptr);
  if (vm->holds_gil_at_exit()) std::_Exit(status);
  return status;
}

}  // namespace gilbench::server
