// gilbench: sweeps GIL designs, switch intervals and core counts over the echo experiment,
// writes JSON reports, prints tables, draws plots and compares reports for CI.
//
//   gilbench run CONFIG [--out DIR | -o FILE] [--reps N] [--gil LIST] [--cores LIST] [--quick] [--bin-dir DIR]
//                       [--no-plots] [--dry-run] [--shard K/N] [--host-label NAME] [--resume REPORT]
//   gilbench plan CONFIG --shards N [--reps N] [--gil LIST] [--cores LIST] [--quick]
//   gilbench merge REPORT... -o REPORT [--no-plots]
//   gilbench compare BASE.json NEW.json [--threshold 10%] [--alpha 0.05] [--metrics LIST] [--markdown FILE]
//   gilbench show REPORT.json
//   gilbench validate CONFIG...
#include <iostream>

#include <CLI/CLI.hpp>

#include "harness/build_info.h"
#include "harness/compare.h"
#include "harness/config.h"
#include "harness/merge.h"
#include "harness/run_command.h"
#include "harness/table.h"

namespace {

using namespace gilbench::harness;

struct RunArguments {
  RunRequest request;
  int repetitions = 0;
  std::string bin_directory, shard, resume, report_file;
  bool no_plots = false;
  int shards = 0;  // plan
};

struct CompareArguments {
  std::string base, current, threshold = "10%", markdown;
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
  const bool good = !label.empty() && label.size() <= 64 && std::all_of(label.begin(), label.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == ':' || c == '@' || c == '+';
  });
  return good ? "" : "\"" + label + "\": 1 to 64 letters, digits and . _ - : @ +";
}

// The options `run` and `plan` share: which cells, how many repetitions.
void add_sweep_options(CLI::App* command, RunArguments& arguments) {
  RunRequest& request = arguments.request;
  command->add_option("config", request.config_path, "sweep configuration (configs/*.json)")->required();
  command->add_option("--reps", arguments.repetitions, "repetitions per cell (default: the config's)")->check(CLI::Range(1, 1000));
  command->add_option("--gil", request.selection.designs, "only these designs, comma-separated (baseline cells stay)")->delimiter(',');
  command->add_option("--cores", request.selection.cores, "core counts, comma-separated, replacing the config's")
      ->delimiter(',')
      ->check(CLI::Range(1, 4096));
  command->add_flag("--quick", request.quick, "one repetition, a tenth of the messages: a look, not a measurement");
}

void add_run(CLI::App& app, RunArguments& arguments) {
  RunRequest& request = arguments.request;
  auto* run = app.add_subcommand("run", "Run the sweep in CONFIG and write a report");
  add_sweep_options(run, arguments);
  run->add_option("--out", request.out_directory, "directory for the report and plots")->capture_default_str();
  run->add_option("-o,--output", arguments.report_file, "write the report to this file (it must not exist) instead of OUT/NAME-TIME.json");
  run->add_option("--bin-dir", arguments.bin_directory, "where gil-echo-server, gil-echo-client, floor-echo-server and gilvm are "
                                                        "(default: gilbench's own build tree)");
  run->add_flag("--no-plots", arguments.no_plots, "draw no plots");
  run->add_flag("--dry-run", request.dry_run, "list the cells and their CPU sets, run nothing");
  run->add_option("--shard", arguments.shard, "run only shard K of N (K from 0), balanced by expected time: see `gilbench plan`");
  run->add_option("--host-label", request.host_label, "name this machine in the report (default: the host name); merge groups by it")
      ->check([](const std::string& label) { return check_host_label(label); });
  run->add_option("--resume", arguments.resume, "keep the cells this earlier report finished, run the missing and failed ones");
}

void add_plan(CLI::App& app, RunArguments& arguments) {
  auto* plan = app.add_subcommand("plan", "Print which cells each of N shards runs and its expected time");
  add_sweep_options(plan, arguments);
  plan->add_option("--shards", arguments.shards, "number of shards")->required()->check(CLI::Range(1, 10000));
}

void add_merge(CLI::App& app, MergeArguments& arguments) {
  auto* merge = app.add_subcommand("merge", "Merge the reports of shards and hosts of one sweep into one report");
  merge->add_option("reports", arguments.reports, "reports of one config (shards, hosts)")->required();
  merge->add_option("-o,--output", arguments.output, "the merged report (must not exist)")->required();
  merge->add_flag("--no-plots", arguments.no_plots, "draw no plots");
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

int merge(const MergeArguments& arguments, const std::vector<std::string>& command_line) {
  const std::vector<std::filesystem::path> reports(arguments.reports.begin(), arguments.reports.end());
  return merge_command(reports, arguments.output, !arguments.no_plots, command_line, std::cout, std::cerr);
}

// run and plan; exit statuses as run_command's.
int run_or_plan(const std::string& command, RunArguments& arguments, const std::vector<std::string>& command_line) {
  RunRequest& request = arguments.request;
  if (arguments.repetitions > 0) request.repetitions = arguments.repetitions;
  if (!arguments.bin_directory.empty()) request.bin_directory = arguments.bin_directory;
  if (!arguments.resume.empty()) request.resume_from = arguments.resume;
  if (!arguments.report_file.empty()) request.report_file = arguments.report_file;
  request.plots = !arguments.no_plots;
  request.command_line = command_line;
  try {
    if (!arguments.shard.empty()) request.shard = parse_shard_spec(arguments.shard);
    if (command == "plan") return plan_command(request, arguments.shards, std::cout);
    return run_command(request, std::cout, std::cerr);
  } catch (const std::exception& error) {
    std::cerr << "error: " << error.what() << "\n";
    // 2 for what the user gave: the config, --shard, -o, --resume; 1 for gilbench's own failures.
    const bool bad_input = dynamic_cast<const std::invalid_argument*>(&error) || dynamic_cast<const ConfigError*>(&error) ||
                           dynamic_cast<const MergeError*>(&error) || dynamic_cast<const CompareInputError*>(&error);
    return bad_input ? 2 : 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gilbench: the GIL convoy-effect benchmark harness"};
  app.require_subcommand(1);
  app.set_version_flag("--version", tool_version());
  RunArguments run_arguments, plan_arguments;
  add_run(app, run_arguments);
  add_plan(app, plan_arguments);
  MergeArguments merge_arguments;
  add_merge(app, merge_arguments);
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
  const std::vector<std::string> command_line(argv, argv + argc);
  if (command == "compare") return compare(compare_arguments);
  if (command == "show") return show(report_path);
  if (command == "validate") return validate(configs);
  if (command == "merge") return merge(merge_arguments, command_line);
  return run_or_plan(command, command == "plan" ? plan_arguments : run_arguments, command_line);
}
