// gilvm: runs a Python-subset script under a chosen GIL design.
//   gilvm [--gil DESIGN] [--switch-interval 5ms] [--check-interval 100] [--slice 10ms]
//         [--stats FILE] [--trace FILE] [--dis] SCRIPT [ARGS...]
// Exit status: the script's (0, or 1 after an uncaught exception), 2 for a syntax error or a
// bad command line.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <iostream>

#include "cli/gil_command_line.h"
#include "common/usage_error.h"
#include "common/atomic_file.h"
#include "common/report_context.h"
#include "frontend/compiler.h"
#include "frontend/source_file.h"
#include "runtime/vm.h"

namespace {

struct Options {
  gilvm::VmOptions vm;
  gilvm::GilCommandLine gil;
  std::string script;
  std::string stats_file;
  std::string trace_file;
  bool disassemble = false;
};

void write_stats(const gilvm::VM& vm, const Options& options) {
  nlohmann::json report = {
      {"context", gilbench::report_context("gilvm", GILBENCH_VERSION)},
  };
  report["context"]["script"] = options.script;
  report.update(vm.stats_json());
  gilbench::write_file_atomically(options.stats_file, report.dump(2) + "\n");
}

// One JSON object per line and event, in the order the threads reported them.
void write_trace(const gilvm::GilEventLog& trace, const Options& options) {
  std::string lines;
  for (const gilvm::GilEvent& event : trace.events()) lines += gilvm::to_json(event).dump() + "\n";
  gilbench::write_file_atomically(options.trace_file, lines);
}

int run(const Options& options) {
  std::string source = gilvm::read_source_file(options.script);
  if (options.disassemble) {
    gilvm::GlobalNames names;
    gilvm::Ref code = gilvm::compile_module(source, options.script, names);
    std::cout << gilvm::disassemble(*gilvm::as_code(code.get()), names);
    return 0;
  }
  gilvm::GilEventLog trace;  // outlives the VM: its threads report until joined
  const bool tracing = !options.trace_file.empty();
  auto vm = std::make_unique<gilvm::VM>(options.vm);
  if (tracing) vm->gil().set_event_listener(&trace);
  int status = vm->run_main(source, options.script);
  if (!options.stats_file.empty()) write_stats(*vm, options);
  if (vm->holds_gil_at_exit()) {
    // Daemon threads still use the VM: end the process without tearing it down, as CPython does.
    if (tracing) write_trace(trace, options);
    std::fflush(nullptr);
    std::_Exit(status);
  }
  vm.reset();  // joins the threads, so their last events are in the trace
  if (tracing) write_trace(trace, options);
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
    if (option && option->get_type_size() > 0 && arg.find('=') == std::string_view::npos) ++i;  // skip its value
  }
  return argc;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"gilvm: a Python-subset VM with pluggable GIL designs"};
  gilvm::add_gil_options(app, options.gil);
  app.add_option("--stats", options.stats_file, "write GIL and VM statistics as JSON to FILE");
  app.add_option("--trace", options.trace_file,
                 "write the GIL events (ready, acquired, released, exited) as JSON lines to FILE");
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
  options.vm.argv.push_back(options.script);
  options.vm.argv.insert(options.vm.argv.end(), script_args.begin(), script_args.end());
  try {
    return run(options);
  } catch (const gilvm::SyntaxError& error) {
    std::fprintf(stderr, "%s\n", error.formatted().c_str());
    return 2;
  } catch (const std::exception& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  }
}
