// gilbench: sweeps GIL designs, switch intervals and core counts over the echo experiment,
// writes JSON reports, prints tables, draws plots and compares reports for CI.
//
//   gilbench run CONFIG [--out DIR] [--reps N] [--gil LIST] [--cores LIST] [--quick] [--bin-dir DIR]
//                       [--no-plots] [--dry-run]
//   gilbench compare BASE.json NEW.json [--threshold 10%] [--alpha 0.05] [--metrics LIST] [--markdown FILE]
//   gilbench show REPORT.json
//   gilbench validate CONFIG...
#include <iostream>

#include <CLI/CLI.hpp>

#include "harness/build_info.h"
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

void add_run(CLI::App& app, RunRequest& request, int& repetitions, std::string& bin_directory, bool& no_plots) {
  auto* run = app.add_subcommand("run", "Run the sweep in CONFIG and write a report");
  run->add_option("config", request.config_path, "sweep configuration (configs/*.json)")->required();
  run->add_option("--out", request.out_directory, "directory for the report and plots")->capture_default_str();
  run->add_option("--reps", repetitions, "repetitions per cell (default: the config's)")->check(CLI::Range(1, 1000));
  run->add_option("--gil", request.selection.designs, "only these designs, comma-separated (baseline cells stay)")->delimiter(',');
  run->add_option("--cores", request.selection.cores, "core counts, comma-separated, replacing the config's")
      ->delimiter(',')
      ->check(CLI::Range(1, 4096));
  run->add_flag("--quick", request.quick, "one repetition, a tenth of the messages: a look, not a measurement");
  run->add_option("--bin-dir", bin_directory, "where gil-echo-server, gil-echo-client, floor-echo-server and gilvm are "
                                              "(default: gilbench's own build tree)");
  run->add_flag("--no-plots", no_plots, "draw no plots");
  run->add_flag("--dry-run", request.dry_run, "list the cells and their CPU sets, run nothing");
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
    std::cout << render_summary(read_report(path));
    return 0;
  } catch (const CompareInputError& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 2;
  }
}

int validate(const std::vector<std::string>& paths) {
  int status = 0;
  for (const auto& path : paths) {
    try {
      const Config config = load_config(path, source_directory());
      std::cout << path << ": ok (" << config.name << ")\n";
    } catch (const ConfigError& error) {
      std::cerr << "error: " << error.what() << "\n";
      status = 2;
    }
  }
  return status;
}

int compare(const CompareArguments& arguments) {
  CompareOptions options;
  try {
    options.threshold = parse_threshold(arguments.threshold);
  } catch (const std::invalid_argument& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 2;
  }
  options.alpha = arguments.alpha;
  options.metrics = arguments.metrics;
  if (!arguments.markdown.empty()) options.markdown_path = arguments.markdown;
  return compare_command(arguments.base, arguments.current, options, std::cout, std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gilbench: the GIL convoy-effect benchmark harness"};
  app.require_subcommand(1);
  app.set_version_flag("--version", tool_version());
  RunRequest request;
  int repetitions = 0;
  std::string bin_directory;
  bool no_plots = false;
  add_run(app, request, repetitions, bin_directory, no_plots);
  CompareArguments compare_arguments;
  add_compare(app, compare_arguments);
  std::string report_path;
  app.add_subcommand("show", "Print the summary table of a report")->add_option("report", report_path, "a gilbench report")->required();
  std::vector<std::string> configs;
  app.add_subcommand("validate", "Check configs without running them")->add_option("configs", configs, "config files")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? 0 : 2;
  }

  const std::string command = app.get_subcommands().front()->get_name();
  try {
    if (command == "compare") return compare(compare_arguments);
    if (command == "show") return show(report_path);
    if (command == "validate") return validate(configs);
  } catch (const std::exception& error) {  // whatever the input, an error message, never `terminate`
    std::cerr << "error: " << error.what() << "\n";
    return 2;
  }
  if (repetitions > 0) request.repetitions = repetitions;
  if (!bin_directory.empty()) request.bin_directory = bin_directory;
  request.plots = !no_plots;
  request.command_line.assign(argv, argv + argc);
  try {
    return run_command(request, std::cout, std::cerr);
  } catch (const ConfigError& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "error: " << error.what() << "\n";
    return 1;
  }
}
