// The echo server host. The workload script prints "listening HOST:PORT" itself, so the line
// appears only once the socket really listens.
//
// Ending: the script returns when the client closes the echo connection; its fib threads are
// daemons, so the VM keeps them parked on the GIL and this host writes the statistics and ends
// the process. SIGTERM/SIGINT/SIGHUP are taken by the ExitSignalWatcher (exit_signals.h): it
// takes the GIL like any VM thread, which stops the script at its next switch, writes the
// statistics and exits 0 (1 if they could not be written). Either way the statistics are written
// once, while holding the GIL.
#include "echo_server.h"

#include <signal.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>

#include "common/output_file.h"
#include "common/report_context.h"
#include "common/server_stats.h"
#include "embedded_workload.h"
#include "frontend/source_file.h"
#include "runtime/exit_signals.h"
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

  // Call with the GIL held (or with every VM thread finished). Writes at most once. False when
  // the file could not be written (the reason is on stderr).
  bool write(const std::string& ended_by) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (written_ || options_.stats_path.empty()) return ok_;
    written_ = true;
    namespace keys = gilbench::server_stats;
    nlohmann::json report = {
        {"context", gilbench::report_context("gil-echo-server", GILBENCH_VERSION)},
        {"parameters",
         {{"gil", options_.gil_design},
          {"switch_interval_us",
           std::chrono::duration<double, std::micro>(options_.gil_config.switch_interval).count()},
          {"check_interval_ticks", options_.gil_config.check_interval},
          {"cpu_threads", options_.cpu_threads},
          {"script", options_.script_path.empty() ? kDefaultWorkloadName : options_.script_path}}},
        {keys::kEndedBy, ended_by},
        {keys::kWallSeconds, seconds_since(started_)},
        {keys::kWorkload, workload_json()},
    };
    report.update(vm_.stats_json());
    try {
      gilbench::write_output_file(options_.stats_path, report.dump(2) + "\n");
    } catch (const gilbench::OutputFileError& error) {
      std::fprintf(stderr, "gil-echo-server: %s\n", error.what());
      ok_ = false;
    }
    return ok_;
  }

 private:
  nlohmann::json workload_json() const {
    namespace keys = gilbench::server_stats;
    gilvm::Value calls = vm_.global_value(keys::kFibCalls);
    if (!calls.is_int()) return nlohmann::json::object();
    nlohmann::json workload = {{keys::kFibCalls, calls.i}};
    const gilvm::Value phase_calls = vm_.global_value(keys::kEchoPhaseFibCalls);
    const gilvm::Value phase_s = vm_.global_value(keys::kEchoPhaseSeconds);
    if (phase_calls.is_int() && phase_s.is_float() && phase_s.f > 0) {
      workload[keys::kEchoPhaseFibCalls] = phase_calls.i;
      workload[keys::kEchoPhaseSeconds] = phase_s.f;
      workload[keys::kFibCallsPerSecond] = static_cast<double>(phase_calls.i) / phase_s.f;
    } else {
      const double wall = seconds_since(started_);
      workload[keys::kFibCallsPerSecond] = wall > 0 ? static_cast<double>(calls.i) / wall : 0.0;
    }
    return workload;
  }

  const ServerOptions& options_;
  gilvm::VM& vm_;
  std::chrono::steady_clock::time_point started_;
  std::mutex mutex_;
  bool written_ = false;
  bool ok_ = true;
};

}  // namespace

int run_echo_server(const ServerOptions& options) {
  std::string source =
      options.script_path.empty() ? kDefaultWorkload : gilvm::read_source_file(options.script_path);
  std::string script_name =
      options.script_path.empty() ? kDefaultWorkloadName : options.script_path;
  if (!options.stats_path.empty())
    gilbench::check_output_file(options.stats_path);  // before the run, not after
  // Outlives the VM (which this host never destroys while daemons use it).
  gilvm::TraceOutputs trace(options.trace, "gil-echo-server",
                            gilbench::report_context("gil-echo-server", GILBENCH_VERSION));
  trace.check_paths();

  gilvm::VmOptions vm_options;
  vm_options.gil_design = options.gil_design;
  vm_options.gil_config = options.gil_config;
  vm_options.argv = {script_name, options.host, std::to_string(options.port),
                     std::to_string(options.cpu_threads)};
  auto vm = std::make_unique<gilvm::VM>(vm_options);  // never destroyed while daemons use it
  StatisticsWriter writer(options, *vm);
  trace.attach(*vm);

  gilvm::ExitSignalWatcher watcher(*vm, [&](int signal_number) {
    bool written = writer.write(signal_number == SIGTERM  ? "SIGTERM"
                                : signal_number == SIGINT ? "SIGINT"
                                                          : "SIGHUP");
    trace.remember(*vm, script_name);
    written = trace.write() && written;
    std::fflush(nullptr);
    std::_Exit(written ? 0 : 1);
  });

  int status = vm->run_main(source, script_name);
  if (!writer.write("echo connection closed") && status == 0) status = 1;
  trace.remember(*vm, script_name);
  if (!trace.write() && status == 0) status = 1;
  std::fflush(nullptr);
  if (vm->holds_gil_at_exit()) std::_Exit(status);
  return status;
}

}  // namespace gilbench::server
