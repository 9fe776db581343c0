// gil-echo-server: hosts the VM and runs the echo workload (an echo thread beside CPU-bound fib
// threads, all VM code) under the chosen GIL, then reports GIL and VM statistics.
#pragma once

#include <string>

#include "gil/gil.h"
#include "runtime/gil_recorder.h"

namespace gilbench::server {

struct ServerOptions {
  std::string gil_design = "newgil";
  gilvm::GilConfig gil_config;
  int cpu_threads = 1;
  std::string host = "127.0.0.1";
  int port = 0;
  std::string script_path;    // empty: the built-in echo_fib.py
  std::string stats_path;     // empty: no statistics file
  gilvm::TraceOptions trace;  // --trace, --gil-profile: none by default
};

// Runs the workload until its echo connection closes (or SIGTERM/SIGINT arrives) and returns
// the process exit status. Does not return when daemon threads are still running: it then ends
// the process itself, after writing the statistics.
int run_echo_server(const ServerOptions& options);

}  // namespace gilbench::server
