// gilbench: sweeps GIL designs and real Python interpreters, switch intervals and core counts
// over the echo experiment, calibrates the model against CPython, writes JSON reports, prints
// tables, draws plots and compares reports for CI.
//
//   gilbench run [CONFIG] [--workload FILE] [--out DIR] [--reps N] [--gil LIST] [--cores LIST] [--quick]
//                         [--bin-dir DIR] [--no-plots] [--dry-run]
//   gilbench calibrate [--config FILE] [--interpreter LIST] [--out DIR] [--reps N] [--cores LIST] [--quick]
//                      [--bin-dir DIR] [--dry-run]
//   gilbench interpreters [--interpreter LIST] [--json]
//   gilbench compare BASE.json NEW.json [--threshold 10%] [--alpha 0.05] [--metrics LIST] [--markdown FILE]
//   gilbench show REPORT.json
//   gilbench validate CONFIG...
#include <iostream>

#include <CLI/CLI.hpp>

#include "common/usage_error.h"
#include "harness/build_info.h"
#include "harness/calibration.h"
#include "harness/compare.h"
#include "harness/config.h"
#include "harness/run_command.h"
#include "harness/table.h"

namespace {

using namespace gilbench::harness;

struct CompareArguments {
  std::string base, current, threshold = "10%", markdown;
  std::vector<std::string> metrics;
  double alpha = 0.05;
};

// Options `run` and `calibrate` share.
void add_sweep_options(CLI::App* command, RunRequest& request, int& repetitions, std::string& bin_directory) {
  command->add_option("--out", request.out_directory, "directory for the report and plots")->capture_default_str();
  command->add_option("--reps", repetitions, "repetitions per cell (default: the config's)")->check(CLI::Range(1, 1000));
  command->add_option("--cores", request.selection.cores, "core counts, comma-separated, replacing the config's")
      ->delimiter(',')
      ->check(CLI::Range(1, 4096));
  command->add_flag("--quick", request.quick, "one repetition, a tenth of the messages: a look, not a measurement");
  command->add_option("--bin-dir", bin_directory, "where gil-echo-server, gil-echo-client, floor-echo-server and gilvm are "
                                                  "(default: gilbench's own build tree)");
  command->add_flag("--dry-run", request.dry_run, "list the cells and their CPU sets, run nothing");
}

void add_run(CLI::App& app, RunRequest& request, int& repetitions, std::string& bin_directory, bool& no_plots,
             std::string& workload) {
  auto* run = app.add_subcommand("run", "Run the sweep in CONFIG and write a report");
  run->add_option("config", request.config_path, "sweep configuration (configs/*.json); with --workload, default "
                                                 "configs/own-server.json");
  run->add_option("--workload", workload, "the workload script instead of the config's workload.script: your own "
                                          "echo server (README: 'Bring your own server')");
  add_sweep_options(run, request, repetitions, bin_directory);
  run->add_option("--gil", request.selection.designs, "only these design rows (GIL designs, interpreters, floor), "
                                                      "comma-separated (baseline cells stay)")
      ->delimiter(',');
  run->add_flag("--no-plots", no_plots, "draw no plots");
}

void add_calibrate(CLI::App& app, CalibrateRequest& request, int& repetitions, std::string& bin_directory) {
  auto* calibrate = app.add_subcommand("calibrate", "Run the model beside real CPython (configs/calibration.json) and print "
                                                    "real, model and their ratio per cell");
  calibrate->add_option("--config", request.config_path, "calibration config (default: configs/calibration.json)");
  calibrate->add_option("--interpreter", request.interpreters, "also calibrate these interpreters (paths, names, pyenv:X)")
      ->delimiter(',');
  add_sweep_options(calibrate, request.run, repetitions, bin_directory);
}

void add_compare(CLI::App& app, CompareArguments& arguments) {
  auto* compare = app.add_subcommand("compare", "Compare two reports; exit 1 on a significant regression beyond the threshold");
  compare->add_option("base", arguments.base, "the reference report")->required();
  compare->add_option("new", arguments.current, "the report to judge")->required();
  compare->add_option("--threshold", arguments.threshold, "smallest relative change that counts, e.g. 10%")->capture_default_str();
  compare->add_option("--alpha", arguments.alpha, "significance level of the two-sided Mann-Whitney U test")
      ->capture_default_str()
      ->check(CLI::Range(1e-9, 0.999999));
  compare->add_option("--metrics", arguments.metrics,
                      "compare only these metrics, comma-separated (default: total_s, rtt_p50_us, rtt_p99_us, fib_calls_per_s)")
      ->delimiter(',');
  compare->add_option("--markdown", arguments.markdown, "also write a markdown summary to FILE (for CI logs)");
}

int show(const std::string& path) {
  try {
    const auto report = read_report(path);
    std::cout << render_summary(report);
    if (report.contains("calibration")) std::cout << "\n" << render_calibration(report["calibration"].value("pairs", nlohmann::ordered_json::array()), {});
    return 0;
  } catch (const CompareInputError& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  }
}

int validate(const std::vector<std::string>& paths) {
  int status = 0;
  for (const auto& path : paths) {
    try {
      const std::string name = is_calibration_config(path) ? load_calibration_config(path).name
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
  if (!arguments.markdown.empty()) options.markdown_path = arguments.markdown;
  return compare_command(arguments.base, arguments.current, options, std::cout, std::cerr);
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
  RunRequest request;
  int repetitions = 0;
  std::string bin_directory, workload;
  bool no_plots = false;
  add_run(app, request, repetitions, bin_directory, no_plots, workload);
  CalibrateRequest calibrate;
  add_calibrate(app, calibrate, repetitions, bin_directory);
  CompareArguments compare_arguments;
  add_compare(app, compare_arguments);
  std::string report_path;
  app.add_subcommand("show", "Print the summary table of a report")->add_option("report", report_path, "a gilbench report")->required();
  std::vector<std::string> configs;
  app.add_subcommand("validate", "Check configs without running them")->add_option("configs", configs, "config files")->required();
  auto* list = app.add_subcommand("interpreters", "List the Python interpreters found (PATH, pyenv, --interpreter)");
  std::vector<std::string> extra_interpreters;
  bool json = false;
  list->add_option("--interpreter", extra_interpreters, "also these (paths, names, pyenv:X), comma-separated")->delimiter(',');
  list->add_flag("--json", json, "print JSON instead of a table");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return gilbench::command_line_exit(app, error);
  }

  const std::string command = app.get_subcommands().front()->get_name();
  if (command == "compare") return compare(compare_arguments);
  if (command == "show") return show(report_path);
  if (command == "validate") return validate(configs);
  if (command == "interpreters") return interpreters(extra_interpreters, json);
  RunRequest& sweep = command == "calibrate" ? calibrate.run : request;
  if (repetitions > 0) sweep.repetitions = repetitions;
  if (!bin_directory.empty()) sweep.bin_directory = bin_directory;
  sweep.plots = !no_plots;
  sweep.command_line.assign(argv, argv + argc);
  if (!workload.empty()) sweep.workload = workload;
  if (command == "run" && sweep.config_path.empty() && !sweep.workload) {
    std::cerr << "error: run: give a CONFIG, or --workload FILE for the default configs/own-server.json\n";
    return 2;
  }
  try {
    return command == "calibrate" ? calibrate_command(calibrate, std::cout, std::cerr) : run_command(request, std::cout, std::cerr);
  } catch (const ConfigError& error) {
    return gilbench::report_error(error, gilbench::kUsageExitStatus);
  } catch (const std::exception& error) {
    return gilbench::report_error(error, gilbench::kFailureExitStatus);
  }
}
