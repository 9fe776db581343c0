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
#include <mutex>
#include <thread>

#include "common/atomic_file.h"
#include "embedded_workload.h"

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
    nlohmann::json report = {
        {"context", {{"schema_version", 1}, {"tool", "gil-echo-server"}, {"version", GILBENCH_VERSION}}},
        {"parameters",
         {{"gil", options_.gil_design},
          {"switch_interval_us", std::chrono::duration<double, std::micro>(options_.gil_config.switch_interval).count()},
          {"check_interval_ticks", options_.gil_config.check_interval},
          {"cpu_threads", options_.cpu_threads},
          {"script", options_.script_path.empty() ? kDefaultWorkloadName : options_.script_path}}},
        {"ended_by", ended_by},
        {"wall_s", seconds_since(started_)},
        {"workload", workload_json()},
    };
    report.update(vm_.stats_json());
    gilbench::write_file_atomically(options_.stats_path, report.dump(2) + "\n");
  }

 private:
  nlohmann::json workload_json() const {
    gilvm::Value calls = vm_.global_value("fib_calls");
    double wall = seconds_since(started_);
    if (!calls.is_int()) return nlohmann::json::object();
    return {{"fib_calls", calls.i}, {"fib_calls_per_s", wall > 0 ? static_cast<double>(calls.i) / wall : 0.0}};
  }

  const ServerOptions& options_;
  gilvm::VM& vm_;
  std::chrono::steady_clock::time_point started_;
  std::mutex mutex_;
  bool written_ = false;
};

sigset_t termination_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  return signals;
}

// Waits for SIGTERM/SIGINT (or a wake-up from the main thread at its own exit).
void watch_signals(gilvm::VM& vm, StatisticsWriter& writer) {
  sigset_t signals = termination_signals();
  sigaddset(&signals, SIGUSR1);
  int signal_number = 0;
  sigwait(&signals, &signal_number);
  if (signal_number == SIGUSR1) return;
  gilvm::ThreadRecord& record = vm.register_thread("signal-watcher");
  vm.gil().take(record.gil);
  writer.write(signal_number == SIGTERM ? "SIGTERM" : "SIGINT");
  std::fflush(nullptr);
  std::_Exit(0);
}

}  // namespace

int run_echo_server(const ServerOptions& options) {
  std::string source = options.script_path.empty() ? kDefaultWorkload : gilvm::read_source_file(options.script_path);
  std::string script_name = options.script_path.empty() ? kDefaultWorkloadName : options.script_path;

  gilvm::VmOptions vm_options;
  vm_options.gil_design = options.gil_design;
  vm_options.gil_config = options.gil_config;
  vm_options.argv = {script_name, options.host, std::to_string(options.port), std::to_string(options.cpu_threads)};
  auto* vm = new gilvm::VM(vm_options);  // not deleted if daemon threads still use it
  StatisticsWriter writer(options, *vm);

  // Block the termination signals in every thread but the watcher: VM threads inherit the mask.
  sigset_t signals = termination_signals();
  sigaddset(&signals, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread watcher(watch_signals, std::ref(*vm), std::ref(writer));

  int status = vm->run_main(source, script_name);
  writer.write("echo connection closed");
  std::fflush(nullptr);
  if (vm->holds_gil_at_exit()) std::_Exit(status);
  pthread_kill(watcher.native_handle(), SIGUSR1);
  watcher.join();
  delete vm;
  return status;
}

}  // namespace gilbench::server
