// gil-echo-server [--gil IMPL] [--switch-interval DUR] [--check-interval N] [--slice DUR]
// [--cpu-threads N]
//                 [--host 127.0.0.1] [--port 0] [--script FILE] [--stats FILE]
//                 [--trace FILE] [--trace-format chrome|jsonl] [--gil-profile FILE]
//                 [--trace-max-events N]
// Exit status: 0 after the echo connection closed or on SIGTERM/SIGINT/SIGHUP, 1 for an error in
// the workload or output files that could not be written, 2 for a bad command line, a syntax
// error in --script or an output path that cannot be written (checked before the run).
#include <cstdio>

#include "cli/gil_command_line.h"
#include "cli/trace_command_line.h"
#include "common/output_file.h"
#include "common/usage_error.h"
#include "echo_server.h"
#include "frontend/compiler.h"

int main(int argc, char** argv) {
  gilbench::server::ServerOptions options;
  gilvm::GilCommandLine gil;
  CLI::App app{
      "gil-echo-server: an echo server beside CPU-bound threads, all VM code, under a chosen GIL"};
  gilvm::add_gil_options(app, gil);
  app.add_option("--cpu-threads", options.cpu_threads, "CPU-bound fib threads (0 = no contention)")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  app.add_option("--host", options.host, "address to listen on")->capture_default_str();
  app.add_option("--port", options.port, "port to listen on (0 = pick a free one)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  app.add_option("--script", options.script_path,
                 "workload script (default: the built-in echo_fib.py)")
      ->check(CLI::ExistingFile);
  app.add_option("--stats", options.stats_path,
                 "write GIL and VM statistics as JSON to FILE on exit");
  gilvm::add_trace_options(app, options.trace);
  try {
    app.parse(argc, argv);
    options.gil_design = gil.design;
    options.gil_config = gilvm::gil_config_of(gil);
  } catch (const CLI::ParseError& error) {
    return gilbench::command_line_exit(app, error);
  } catch (const std::exception& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  }
  try {
    return gilbench::server::run_echo_server(options);
  } catch (const gilvm::SyntaxError& error) {
    std::fprintf(stderr, "%s\n", error.formatted().c_str());
    return 2;
  } catch (const gilbench::OutputFileError& error) {  // found before the run: a usage error
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  } catch (const std::exception& error) {
    return gilbench::report_error(error, gilbench::kFailureExitStatus);
  }
}
