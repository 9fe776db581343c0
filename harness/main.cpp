// gilbench: sweeps GIL designs and real Python interpreters, switch intervals and core counts
// over the echo experiment, calibrates the model against CPython, writes JSON reports, prints
// tables, draws plots and compares reports for CI.
//
//   gilbench run [CONFIG] [--workload FILE] [--out DIR | -o FILE] [--reps N] [--gil LIST] [--cores
//   LIST] [--quick]
//                         [--bin-dir DIR] [--no-plots] [--dry-run] [--shard K/N] [--host-label
//                         NAME] [--resume REPORT]
//   gilbench plan [CONFIG] [--workload FILE] --shards N [--reps N] [--gil LIST] [--cores LIST]
//   [--quick] gilbench merge REPORT... -o REPORT [--no-plots] gilbench calibrate [--config FILE]
//   [--interpreter LIST] [--out DIR] [--reps N] [--cores LIST] [--quick]
//                      [--bin-dir DIR] [--dry-run]
//   gilbench interpreters [--interpreter LIST] [--json]
//   gilbench compare BASE.json NEW.json [--threshold 10%] [--alpha 0.05] [--metrics LIST | --gate
//   CONFIG] [--markdown FILE] gilbench ab --base DIR --new DIR CONFIG [--pairs N] [--seed N]
//   [--markdown FILE] [--json FILE] gilbench tune [--gil DESIGN] [--cpu-threads N] [--cores K]
//   [--client same|separate] --p99 D | --p50 D | --rps N
//                 [--min-cpu 80%] [--budget 3m] [--messages N] [--script FILE] [--out DIR]
//                 [--bin-dir DIR] [--no-plots]
//   gilbench reproduce [--quick] [--only ROW,...] [--out DIR] [--bin-dir DIR]
//   gilbench show REPORT.json
//   gilbench timeline REPORT_OR_TRACE [--cell N] [--rep R] [--window 20ms] [--start D] [--out
//   F.svg] gilbench validate CONFIG...
#include <iostream>
#include <optional>

#include <CLI/CLI.hpp>

#include "common/duration.h"
#include "common/usage_error.h"
#include "harness/ab_command.h"
#include "harness/build_info.h"
#include "harness/calibration.h"
#include "harness/compare.h"
#include "harness/config.h"
#include "harness/merge.h"
#include "harness/reproduce.h"
#include "harness/run_command.h"
#include "harness/table.h"
#include "harness/timeline.h"
#include "harness/tune_command.h"

namespace {

using namespace gilbench::harness;

// run's and plan's options as typed; complete_run_request() fills `request` once parsed.
struct RunArguments {
  RunRequest request;
  int repetitions = 0;
  std::string bin_directory, workload, shard, resume, report_file;
  bool no_plots = false;
  int shards = 0;  // plan
};

struct CompareArguments {
  std::string base, current, threshold = "10%", markdown, gate;
  std::vector<std::string> metrics;
  double alpha = 0.05;
};

struct MergeArguments {
  std::vector<std::string> reports;
  std::string output;
  bool no_plots = false;
};

// A host label names a machine (type) in reports and tables: short and printable.
std::string check_host_label(const std::string& label) {
  const bool good =
      !label.empty() && label.size() <= 64 && std::all_of(label.begin(), label.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' ||
               c == ':' || c == '@' || c == '+';
      });
  return good ? "" : "\"" + label + "\": 1 to 64 letters, digits and . _ - : @ +";
}

// Options `run`, `plan` and `calibrate` share: which cells, how many repetitions.
void add_sweep_options(CLI::App* command, RunRequest& request, int& repetitions) {
  command->add_option("--reps", repetitions, "repetitions per cell (default: the config's)")
      ->check(CLI::Range(1, 1000));
  command
      ->add_option("--cores", request.selection.cores,
                   "core counts, comma-separated, replacing the config's")
      ->delimiter(',')
      ->check(CLI::Range(1, 4096));
  command->add_flag("--quick", request.quick,
                    "one repetition, a tenth of the messages: a look, not a measurement");
}

// Options `run` and `calibrate` share: where the programs are, where the report goes.
void add_output_options(CLI::App* command, RunRequest& request, std::string& bin_directory) {
  command->add_option("--out", request.out_directory, "directory for the report and plots")
      ->capture_default_str();
  command->add_option("--bin-dir", bin_directory,
                      "where gil-echo-server, gil-echo-client, floor-echo-server and gilvm are "
                      "(default: gilbench's own build tree)");
  command->add_flag("--dry-run", request.dry_run, "list the cells and their CPU sets, run nothing");
}

// Options `run` and `plan` share: the sweep and its rows.
void add_config_options(CLI::App* command, RunArguments& arguments) {
  RunRequest& request = arguments.request;
  command->add_option("config", request.config_path,
                      "sweep configuration (configs/*.json); with --workload, default "
                      "configs/own-server.json");
  command->add_option("--workload", arguments.workload,
                      "the workload script instead of the config's workload.script: your own "
                      "echo server (README: 'Bring your own server')");
  add_sweep_options(command, request, arguments.repetitions);
  command
      ->add_option("--gil", request.selection.designs,
                   "only these design rows (GIL designs, interpreters, floor), "
                   "comma-separated (baseline cells stay)")
      ->delimiter(',');
}

void add_run(CLI::App& app, RunArguments& arguments) {
  RunRequest& request = arguments.request;
  auto* run = app.add_subcommand("run", "Run the sweep in CONFIG and write a report");
  add_config_options(run, arguments);
  add_output_options(run, request, arguments.bin_directory);
  run->add_option(
      "-o,--output", arguments.report_file,
      "write the report to this file (it must not exist) instead of OUT/NAME-TIME.json");
  run->add_flag("--no-plots", arguments.no_plots, "draw no plots");
  run->add_option(
      "--shard", arguments.shard,
      "run only shard K of N (K from 0), balanced by expected time: see `gilbench plan`");
  run->add_option("--host-label", request.host_label,
                  "name this machine in the report (default: the host name); merge groups by it")
      ->check([](const std::string& label) { return check_host_label(label); });
  run->add_option("--resume", arguments.resume,
                  "keep the cells this earlier report finished, run the missing and failed ones");
  run->add_flag(
      "--trace", request.trace,
      "write every VM repetition's GIL trace (Perfetto) and GIL profile beside the report; "
      "`gilbench timeline REPORT --cell N` draws one");
}

void add_plan(CLI::App& app, RunArguments& arguments) {
  auto* plan =
      app.add_subcommand("plan", "Print which cells each of N shards runs and its expected time");
  add_config_options(plan, arguments);
  plan->add_option("--shards", arguments.shards, "number of shards")
      ->required()
      ->check(CLI::Range(1, 10000));
}

void add_merge(CLI::App& app, MergeArguments& arguments) {
  auto* merge = app.add_subcommand(
      "merge", "Merge the reports of shards and hosts of one sweep into one report");
  merge->add_option("reports", arguments.reports, "reports of one config (shards, hosts)")
      ->required();
  merge->add_option("-o,--output", arguments.output, "the merged report (must not exist)")
      ->required();
  merge->add_flag("--no-plots", arguments.no_plots, "draw no plots");
}

void add_calibrate(CLI::App& app, CalibrateRequest& request, int& repetitions,
                   std::string& bin_directory) {
  auto* calibrate =
      app.add_subcommand("calibrate",
                         "Run the model beside real CPython (configs/calibration.json) and print "
                         "real, model and their ratio per cell");
  calibrate->add_option("--config", request.config_path,
                        "calibration config (default: configs/calibration.json)");
  calibrate
      ->add_option("--interpreter", request.interpreters,
                   "also calibrate these interpreters (paths, names, pyenv:X)")
      ->delimiter(',');
  add_sweep_options(calibrate, request.run, repetitions);
  add_output_options(calibrate, request.run, bin_directory);
}

// A command's exit status; an exception it did not expect (a full disk) is exit status 1.
template <typename Command>
int status_of(const Command& command) {
  try {
    return command();
  } catch (const std::exception& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 1;
  }
}

// tune's options as typed, converted by tune_request() once parsed.
struct TuneArguments {
  std::string design = "newgil", interpreter, client = "separate", p99, p50, min_cpu, budget = "3m",
              bin_directory;
  std::optional<double> rps;
  bool no_plots = false;
};

void add_tune(CLI::App& app, TuneRequest& request, TuneArguments& arguments) {
  auto* tune =
      app.add_subcommand("tune", "Recommend the longest switch interval that meets an I/O SLO");
  tune->add_option("--gil", arguments.design, "the design to tune: newgil, fifo or priority")
      ->capture_default_str();
  tune->add_option("--interpreter", arguments.interpreter,
                   "a real CPython 3 instead of a gilvm design: python3.11, pyenv:3.9.18, a path");
  tune->add_option("--cpu-threads", request.cpu_threads,
                   "CPU-bound fib threads beside the echo thread")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  tune->add_option("--cores", request.cores, "the server's CPU set: the first K usable CPUs")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  tune->add_option("--client", arguments.client,
                   "the client on the server's CPUs (same) or the others (separate)")
      ->capture_default_str()
      ->check(CLI::IsMember({"same", "separate"}));
  tune->add_option("--p99", arguments.p99, "SLO: echo round trip p99 at most this (e.g. 2ms)");
  tune->add_option("--p50", arguments.p50, "SLO: echo round trip p50 at most this");
  tune->add_option("--rps", arguments.rps, "SLO: at least this many round trips per second")
      ->check(CLI::PositiveNumber);
  tune->add_option(
      "--min-cpu", arguments.min_cpu,
      "floor: CPU threads keep this share of their throughput at the longest interval (e.g. 80%)");
  tune->add_option("--budget", arguments.budget, "time the measurements may take (e.g. 3m, 90s)")
      ->capture_default_str();
  tune->add_option("--messages", request.messages, "round trips per repetition")
      ->capture_default_str()
      ->check(CLI::Range(20, 1000000));
  tune->add_option("--script", request.script,
                   "the server's echo workload script (default: its built-in echo_fib.py)")
      ->check(CLI::ExistingFile);
  tune->add_option("--out", request.out_directory, "directory for the report and plot")
      ->capture_default_str();
  tune->add_option(
      "--bin-dir", arguments.bin_directory,
      "where gil-echo-server and gil-echo-client are (default: gilbench's build tree)");
  tune->add_flag("--no-plots", arguments.no_plots, "draw no plot");
}

// Throws std::invalid_argument naming the option.
void complete_tune_request(TuneRequest& request, const TuneArguments& arguments) {
  auto microseconds_of = [](const std::string& option, const std::string& text) {
    try {
      return std::chrono::duration<double, std::micro>(gilbench::parse_duration(text)).count();
    } catch (const std::invalid_argument& error) {
      throw std::invalid_argument(option + ": " + error.what());
    }
  };
  request.target = arguments.interpreter.empty() ? Target::design(arguments.design)
                                                 : Target::interpreter(arguments.interpreter);
  request.placement = arguments.client == "same" ? Placement::same : Placement::separate;
  if (!arguments.p99.empty()) request.slo.rtt_p99_us = microseconds_of("--p99", arguments.p99);
  if (!arguments.p50.empty()) request.slo.rtt_p50_us = microseconds_of("--p50", arguments.p50);
  request.slo.min_requests_per_s = arguments.rps;
  if (!arguments.min_cpu.empty()) {
    try {
      request.slo.min_cpu_fraction = parse_threshold(arguments.min_cpu);
    } catch (const std::invalid_argument&) {
      throw std::invalid_argument("--min-cpu \"" + arguments.min_cpu +
                                  "\": expected a percentage such as 80%");
    }
  }
  try {
    request.search.budget_s = std::chrono::duration<double>(parse_budget(arguments.budget)).count();
  } catch (const std::invalid_argument& error) {
    throw std::invalid_argument(std::string("--budget: ") + error.what() + " (or minutes: 3m)");
  }
  if (!arguments.bin_directory.empty()) request.bin_directory = arguments.bin_directory;
  request.plots = !arguments.no_plots;
}

void add_compare(CLI::App& app, CompareArguments& arguments) {
  auto* compare = app.add_subcommand(
      "compare", "Compare two reports; exit 1 on a significant regression beyond the threshold");
  compare->add_option("base", arguments.base, "the reference report")->required();
  compare->add_option("new", arguments.current, "the report to judge")->required();
  compare
      ->add_option("--threshold", arguments.threshold,
                   "smallest relative change that counts, e.g. 10%")
      ->capture_default_str();
  compare
      ->add_option("--alpha", arguments.alpha,
                   "significance level of the two-sided Mann-Whitney U test")
      ->capture_default_str()
      ->check(CLI::Range(1e-9, 0.999999));
  compare
      ->add_option("--metrics", arguments.metrics,
                   "compare only these metrics, comma-separated (default: total_s, rtt_p50_us, "
                   "rtt_p99_us, fib_calls_per_s)")
      ->delimiter(',');
  compare->add_option("--markdown", arguments.markdown,
                      "also write a markdown summary to FILE (for CI logs)");
  compare->add_option("--gate", arguments.gate,
                      "judge the metrics of CONFIG's \"gate\" block, each with its own threshold "
                      "(instead of --threshold and --metrics)");
}

void add_ab(CLI::App& app, AbRequest& request, std::string& base, std::string& current,
            std::string& config) {
  auto* ab = app.add_subcommand(
      "ab",
      "Paired, interleaved A/B runs of two builds; exit 1 on a regression beyond the thresholds");
  ab->add_option("config", config,
                 "the sweep config (its \"gate\" block gives the metrics and thresholds)")
      ->required();
  ab->add_option("--base", base,
                 "the reference build: a build tree or a folder holding its binaries")
      ->required();
  ab->add_option("--new", current,
                 "the build to judge: a build tree or a folder holding its binaries")
      ->required();
  ab->add_option("--pairs", request.pairs, "pairs per cell (default: the config's repetitions)")
      ->check(CLI::Range(1, 1000));
  ab->add_option(
      "--seed", request.seed,
      "seed of the order within each pair and of the bootstrap (default: drawn and printed)");
  ab->add_option("--markdown", request.markdown_path,
                 "also write a markdown summary to FILE (for CI logs)");
  ab->add_option("--json", request.json_path, "also write the results as JSON to FILE");
}

int show(const std::string& path) {
  try {
    const auto report = read_report(path);
    std::cout << render_summary(report);
    if (report.contains("tune")) std::cout << "\n" << render_tune(report);
    if (report.contains("reproduce")) std::cout << "\n" << render_reproduce(report);
    if (report.contains("calibration"))
      std::cout << "\n"
                << render_calibration(
                       report["calibration"].value("pairs", nlohmann::ordered_json::array()), {});
    return 0;
  } catch (const CompareInputError& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  }
}

int validate(const std::vector<std::string>& paths) {
  int status = 0;
  for (const auto& path : paths) {
    try {
      const std::string name = is_calibration_config(path)
                                   ? load_calibration_config(path).name
                                   : load_config(path, source_directory()).name;
      std::cout << path << ": ok (" << name << ")\n";
    } catch (const ConfigError& error) {
      status = gilbench::report_error(error, gilbench::kUsageExitStatus);
    }
  }
  return status;
}

int compare(const CompareArguments& arguments) {
  CompareOptions options;
  try {
    options.threshold = parse_threshold(arguments.threshold);
  } catch (const std::invalid_argument& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  }
  options.alpha = arguments.alpha;
  options.metrics = arguments.metrics;
  if (!arguments.gate.empty()) {
    if (!arguments.metrics.empty()) {
      std::cerr << "error: --gate and --metrics: give one (the gate names its metrics)\n";
      return gilbench::kUsageExitStatus;
    }
    try {
      options.gate = load_config(arguments.gate, source_directory()).gate;
    } catch (const ConfigError& error) {
      return gilbench::report_error(error, gilbench::kUsageExitStatus);
    }
    if (options.gate.empty()) {
      std::cerr << "error: --gate " << arguments.gate << ": the config has no \"gate\" block\n";
      return gilbench::kUsageExitStatus;
    }
  }
  if (!arguments.markdown.empty()) options.markdown_path = arguments.markdown;
  return compare_command(arguments.base, arguments.current, options, std::cout, std::cerr);
}

int merge(const MergeArguments& arguments, const std::vector<std::string>& command_line) {
  const std::vector<std::filesystem::path> reports(arguments.reports.begin(),
                                                   arguments.reports.end());
  return merge_command(reports, arguments.output, !arguments.no_plots, command_line, std::cout,
                       std::cerr);
}

// The exit status of run, plan or calibrate: 2 for what the user gave (the config, --shard, -o,
// --resume), 1 for gilbench's own failures.
template <typename Command>
int sweep_status_of(const Command& command) {
  try {
    return command();
  } catch (const std::exception& error) {
    const bool bad_input = dynamic_cast<const std::invalid_argument*>(&error) ||
                           dynamic_cast<const ConfigError*>(&error) ||
                           dynamic_cast<const gilbench::UsageError*>(&error) ||
                           dynamic_cast<const CompareInputError*>(&error);
    return gilbench::report_error(
        error, bad_input ? gilbench::kUsageExitStatus : gilbench::kFailureExitStatus);
  }
}

}  // namespace

int interpreters(const std::vector<std::string>& extra, bool json) {
  const InterpreterSearch search = InterpreterSearch::from_environment();
  const auto found = discover_interpreters(search, extra);
  if (json) {
    std::cout << interpreters_json(found).dump(2) << "\n";
  } else {
    std::cout << render_interpreters(found, search);
  }
  return 0;
}

int main(int argc, char** argv) {
  CLI::App app{"gilbench: the GIL convoy-effect benchmark harness"};
  app.require_subcommand(1);
  app.set_version_flag("--version", tool_version());
  RunArguments run_arguments, plan_arguments;
  add_run(app, run_arguments);
  add_plan(app, plan_arguments);
  MergeArguments merge_arguments;
  add_merge(app, merge_arguments);
  CalibrateRequest calibrate;
  int calibrate_repetitions = 0;
  std::string calibrate_bin_directory;
  add_calibrate(app, calibrate, calibrate_repetitions, calibrate_bin_directory);
  CompareArguments compare_arguments;
  add_compare(app, compare_arguments);
  AbRequest ab_request;
  std::string ab_base, ab_new, ab_config;
  add_ab(app, ab_request, ab_base, ab_new, ab_config);
  ReproduceRequest reproduce_request;
  std::string reproduce_bin_directory;
  auto* reproduce = app.add_subcommand(
      "reproduce", "Re-measure the published figures (design.md section 6) and judge their shape");
  reproduce->add_flag("--quick", reproduce_request.quick,
                      "one repetition, less work: a look, not a measurement");
  reproduce
      ->add_option("--only", reproduce_request.only,
                   "only these rows, comma-separated (e.g. convoy,race)")
      ->delimiter(',');
  reproduce
      ->add_option("--out", reproduce_request.out_directory,
                   "directory for the report, markdown and HTML")
      ->capture_default_str();
  reproduce->add_option(
      "--bin-dir", reproduce_bin_directory,
      "where gil-echo-server, gil-echo-client and gilvm are (default: gilbench's build tree)");
  TuneRequest tune_request;
  TuneArguments tune_arguments;
  add_tune(app, tune_request, tune_arguments);
  std::string report_path;
  app.add_subcommand("show", "Print the summary table of a report")
      ->add_option("report", report_path, "a gilbench report")
      ->required();
  TimelineRequest timeline_request;
  auto* timeline = app.add_subcommand(
      "timeline", "Draw a GIL trace (gilvm --trace, or a cell of `gilbench run --trace`) as SVG");
  timeline
      ->add_option("input", timeline_request.input,
                   "a trace file, or a report of `gilbench run --trace`")
      ->required();
  timeline->add_option("--cell", timeline_request.cell, "the report's cell, by its # in the table")
      ->check(CLI::PositiveNumber);
  timeline
      ->add_option("--rep", timeline_request.repetition,
                   "its repetition (default: the first traced one)")
      ->check(CLI::PositiveNumber);
  timeline->add_option("--window", timeline_request.window, "the time shown, e.g. 20ms")
      ->capture_default_str();
  timeline->add_option("--start", timeline_request.start,
                       "the window's left edge, from the trace's start (default: around the "
                       "echo thread's median wait for the GIL)");
  timeline->add_option("--out", timeline_request.out, "the SVG file (default: beside the input)");
  std::vector<std::string> configs;
  app.add_subcommand("validate", "Check configs without running them")
      ->add_option("configs", configs, "config files")
      ->required();
  auto* list = app.add_subcommand(
      "interpreters", "List the Python interpreters found (PATH, pyenv, --interpreter)");
  std::vector<std::string> extra_interpreters;
  bool json = false;
  list->add_option("--interpreter", extra_interpreters,
                   "also these (paths, names, pyenv:X), comma-separated")
      ->delimiter(',');
  list->add_flag("--json", json, "print JSON instead of a table");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return gilbench::command_line_exit(app, error);
  }

  const std::string command = app.get_subcommands().front()->get_name();
  const std::vector<std::string> command_line(argv, argv + argc);
  try {
    if (command == "compare") return compare(compare_arguments);
    if (command == "ab") {
      ab_request.config_path = ab_config;
      ab_request.base_directory = ab_base;
      ab_request.new_directory = ab_new;
      ab_request.command_line = command_line;
      return ab_command(ab_request, std::cout, std::cerr);
    }
    if (command == "show") return show(report_path);
    if (command == "timeline") return timeline_command(timeline_request, std::cout, std::cerr);
    if (command == "validate") return validate(configs);
  } catch (
      const std::exception& error) {  // whatever the input, an error message, never `terminate`
    std::cerr << "error: " << error.what() << "\n";
    return 2;
  }
  if (command == "reproduce") {
    if (!reproduce_bin_directory.empty()) reproduce_request.bin_directory = reproduce_bin_directory;
    reproduce_request.command_line.assign(argv, argv + argc);
    return status_of([&] { return reproduce_command(reproduce_request, std::cout, std::cerr); });
  }
  if (command == "tune") {
    try {
      complete_tune_request(tune_request, tune_arguments);
    } catch (const std::invalid_argument& error) {
      std::cerr << "error: " << error.what() << "\n";
      return 2;
    }
    tune_request.command_line.assign(argv, argv + argc);
    return status_of([&] { return tune_command(tune_request, std::cout, std::cerr); });
  }
  if (command == "interpreters") return interpreters(extra_interpreters, json);
  if (command == "merge") return merge(merge_arguments, command_line);
  if (command == "calibrate") {
    RunRequest& sweep = calibrate.run;
    if (calibrate_repetitions > 0) sweep.repetitions = calibrate_repetitions;
    if (!calibrate_bin_directory.empty()) sweep.bin_directory = calibrate_bin_directory;
    sweep.command_line = command_line;
    return sweep_status_of([&] { return calibrate_command(calibrate, std::cout, std::cerr); });
  }
  RunArguments& arguments = command == "plan" ? plan_arguments : run_arguments;
  RunRequest& request = arguments.request;
  if (arguments.repetitions > 0) request.repetitions = arguments.repetitions;
  if (!arguments.bin_directory.empty()) request.bin_directory = arguments.bin_directory;
  if (!arguments.workload.empty()) request.workload = arguments.workload;
  if (!arguments.resume.empty()) request.resume_from = arguments.resume;
  if (!arguments.report_file.empty()) request.report_file = arguments.report_file;
  request.plots = !arguments.no_plots;
  request.command_line = command_line;
  if (request.config_path.empty() && !request.workload) {
    std::cerr << "error: " << command
              << ": give a CONFIG, or --workload FILE for the default configs/own-server.json\n";
    return gilbench::kUsageExitStatus;
  }
  return sweep_status_of([&] {
    if (!arguments.shard.empty()) request.shard = parse_shard_spec(arguments.shard);
    if (command == "plan") return plan_command(request, arguments.shards, std::cout);
    return run_command(request, std::cout, std::cerr);
  });
}
