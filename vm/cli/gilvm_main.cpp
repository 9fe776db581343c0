// gilvm: runs a Python-subset script under a chosen GIL design.
//   gilvm [--gil DESIGN] [--switch-interval 5ms] [--check-interval 100] [--slice 10ms]
//         [--stats FILE] [--trace FILE] [--trace-format chrome|jsonl] [--gil-profile FILE]
//         [--trace-max-events N] [--dis] SCRIPT [ARGS...]
// Exit status: the script's (0, or 1 after an uncaught exception; 1 also when --stats, --trace
// or --gil-profile could not be written at the end), 2 for a syntax error, a bad command line
// or an unwritable output path (found before the script runs). SIGINT raises KeyboardInterrupt
// in the main thread; uncaught, it ends the process by SIGINT as in CPython. SIGTERM and SIGHUP
// end it by that signal. Either way the output files are written first.
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>

#include "cli/gil_command_line.h"
#include "cli/trace_command_line.h"
#include "common/output_file.h"
#include "common/report_context.h"
#include "common/usage_error.h"
#include "frontend/compiler.h"
#include "frontend/source_file.h"
#include "runtime/exit_signals.h"
#include "runtime/gil_recorder.h"
#include "runtime/vm.h"

namespace {

struct Options {
  gilvm::VmOptions vm;
  gilvm::GilCommandLine gil;
  std::string script;
  std::string stats_file;
  gilvm::TraceOptions trace;
  bool disassemble = false;
};

nlohmann::ordered_json context_of(const Options& options) {
  nlohmann::ordered_json context = gilbench::report_context("gilvm", GILBENCH_VERSION);
  context["script"] = options.script;
  return context;
}

// Writes --stats once, whoever asks first: the main thread when the script ends, or the signal
// watcher when SIGTERM/SIGINT/SIGHUP ends it. A failed write is reported on stderr.
class Reports {
 public:
  explicit Reports(const Options& options) : options_(options) {}

  // False if a file could not be written.
  bool write_stats(const gilvm::VM& vm) {
    std::lock_guard lock(mutex_);
    if (stats_written_ || options_.stats_file.empty()) return stats_ok_;
    stats_written_ = true;
    nlohmann::json report = {{"context", context_of(options_)}};
    report.update(vm.stats_json());
    stats_ok_ = write(options_.stats_file, report.dump(2) + "\n");
    return stats_ok_;
  }

 private:
  static bool write(const std::string& path, std::string_view content) {
    try {
      gilbench::write_output_file(path, content);
      return true;
    } catch (const gilbench::OutputFileError& error) {
      std::fprintf(stderr, "gilvm: %s\n", error.what());
      return false;
    }
  }

  const Options& options_;
  std::mutex mutex_;
  bool stats_written_ = false;
  bool stats_ok_ = true;
};

// The script's status, or 1 if it succeeded but a report could not be written.
int with_reports(int status, bool written) { return status == 0 && !written ? 1 : status; }

// Ends the process as the script did: by SIGINT after an uncaught KeyboardInterrupt (CPython's
// exit status for it, 130 in a shell), otherwise with `status`.
[[noreturn]] void exit_as_script(const gilvm::VM& vm, int status) {
  if (vm.ended_by_keyboard_interrupt()) gilvm::die_by_signal(SIGINT);
  std::fflush(nullptr);
  std::_Exit(status);
}

int run(const Options& options) {
  std::string source = gilvm::read_source_file(options.script);
  if (options.disassemble) {
    gilvm::GlobalNames names;
    gilvm::Ref code = gilvm::compile_module(source, options.script, names);
    std::cout << gilvm::disassemble(*gilvm::as_code(code.get()), names);
    return 0;
  }
  // Found now, not after a long run: a report path that cannot be written.
  if (!options.stats_file.empty()) gilbench::check_output_file(options.stats_file);
  gilvm::TraceOutputs trace(
      options.trace, "gilvm",
      context_of(options));  // outlives the VM: its threads report until joined
  trace.check_paths();
  Reports reports(options);
  auto vm = std::make_unique<gilvm::VM>(options.vm);
  trace.attach(*vm);
  int status = 0;
  {
    gilvm::ExitSignalWatcher watcher(*vm, [&](int signal_number) {
      reports.write_stats(*vm);
      trace.remember(*vm, options.script);
      trace.write();
      gilvm::die_by_signal(signal_number);
    });
    status = vm->run_main(source, options.script);
    const bool stats_written = reports.write_stats(*vm);
    trace.remember(*vm, options.script);
    if (vm->holds_gil_at_exit()) {
      // Daemon threads still use the VM: end the process without tearing it down, as CPython does.
      const bool trace_written = trace.write();
      exit_as_script(*vm, with_reports(status, stats_written && trace_written));
    }
    status = with_reports(status, stats_written);
  }
  const bool interrupted = vm->ended_by_keyboard_interrupt();
  vm.reset();  // joins the threads, so their last events are in the trace
  status = with_reports(status, trace.write());
  if (interrupted) gilvm::die_by_signal(SIGINT);
  return status;
}

// Index of SCRIPT in argv: the first argument that is neither an option nor an option's value.
// Everything after it belongs to the script, even arguments that look like options.
int script_index(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") return i + 1;
    if (!arg.starts_with("-")) return i;
    const CLI::Option* option = app.get_option_no_throw(std::string(arg));
    if (option && option->get_type_size() > 0 && arg.find('=') == std::string_view::npos)
      ++i;  // skip its value
  }
  return argc;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"gilvm: a Python-subset VM with pluggable GIL designs"};
  gilvm::add_gil_options(app, options.gil);
  app.add_option("--stats", options.stats_file, "write GIL and VM statistics as JSON to FILE");
  gilvm::add_trace_options(app, options.trace);
  app.add_flag("--dis", options.disassemble, "print the bytecode instead of running");
  app.add_option("script", options.script, "script to run, followed by its arguments")->required();
  int split = std::min(script_index(app, argc, argv) + 1, argc);
  std::vector<std::string> script_args(argv + split, argv + argc);
  try {
    app.parse(split, argv);
    options.vm.gil_design = options.gil.design;
    options.vm.gil_config = gilvm::gil_config_of(options.gil);
  } catch (const CLI::ParseError& error) {
    return gilbench::command_line_exit(app, error);
  } catch (const std::exception& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  }
  options.vm.keyboard_interrupt = true;
  options.vm.argv.push_back(options.script);
  options.vm.argv.insert(options.vm.argv.end(), script_args.begin(), script_args.end());
  try {
    return run(options);
  } catch (const gilvm::SyntaxError& error) {
    std::fprintf(stderr, "%s\n", error.formatted().c_str());
    return 2;
  } catch (const std::exception& error) {  // an unwritable output path too
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  }
}
