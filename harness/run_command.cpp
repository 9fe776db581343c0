#include "harness/run_command.h"

#include <algorithm>
#include <csignal>

#include "common/duration.h"
#include "harness/build_info.h"
#include "harness/compare.h"
#include "harness/context.h"
#include "harness/interrupt.h"
#include "harness/merge.h"
#include "harness/plots.h"
#include "harness/table.h"

namespace gilbench::harness {

namespace {

std::string detail_of(const RepetitionOutcome& outcome) {
  if (outcome.status != Status::ok) return outcome.reason;
  const auto& record = outcome.record;
  if (record.contains("client"))
    return format_figure(record["client"].value("total_s", 0.0)) + " s";
  return format_figure(record.value("duration_s", 0.0)) + " s";
}

}  // namespace

bool run_cell(Report& report, const Cell& cell, int repetitions, const RunSettings& settings,
              Progress& progress) {
  const std::string label = cell_label(cell.parameters);
  for (int repetition = 1; repetition <= repetitions; ++repetition) {
    progress.starting(cell.index, label, repetition, repetitions);
    RepetitionOutcome outcome = run_repetition(cell, repetition, settings);
    const Status status = outcome.status;
    const std::string reason = outcome.reason;
    progress.finished(cell.index, label, repetition, repetitions, to_string(status),
                      detail_of(outcome));
    report.add_repetition(cell.index, std::move(outcome));
    if (status == Status::interrupted) return false;
    if (status == Status::failed) {
      progress.cancelled(static_cast<std::size_t>(repetitions - repetition));
      report.finish_cell(
          cell.index, Status::failed,
          repetition == 1 ? reason : "repetition " + std::to_string(repetition) + ": " + reason);
      return true;
    }
  }
  report.finish_cell(cell.index, Status::ok);
  return true;
}

namespace {

void describe_plan(const std::vector<Cell>& cells, int repetitions, std::ostream& out) {
  std::size_t runnable = 0;
  for (const auto& cell : cells) {
    out << "  [" << cell.index + 1 << "] " << cell_label(cell.parameters);
    if (cell.skip) {
      out << ": skipped (" << *cell.skip << ")\n";
      continue;
    }
    ++runnable;
    out << ": server on CPUs " << format_cpu_list(cell.server_cpus);
    if (!cell.client_cpus.empty()) out << ", client on CPUs " << format_cpu_list(cell.client_cpus);
    out << (cell.is_baseline ? " (baseline)" : "") << "\n";
  }
  out << cells.size() << " cells, " << runnable << " to run, " << repetitions
      << " repetition(s) each\n";
}

}  // namespace

void require_binaries(const RunSettings& settings, const std::vector<Cell>& cells) {
  const auto& binaries = settings.binaries;
  auto runs = [&](const char* server) {
    return std::any_of(cells.begin(), cells.end(),
                       [&](const Cell& c) { return !c.skip && c.parameters.server == server; });
  };
  const bool vm = runs("vm");
  if (settings.workload.kind == WorkloadKind::script) {
    if (vm) require_executable(binaries.vm, "gilvm");
    return;
  }
  const bool floor = runs("floor");
  if (std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.skip.has_value(); }))
    return;
  require_executable(binaries.echo_client, "gil-echo-client");
  if (vm) require_executable(binaries.echo_server, "gil-echo-server");
  if (floor) require_executable(binaries.floor_server, "floor-echo-server");
}

namespace {

// -o FILE, which must not exist; else OUT/NAME-TIME.json or OUT/NAME-shardKofN-TIME.json. The
// directory is created.
std::filesystem::path new_report_path(const RunRequest& request, const std::string& config_name,
                                      std::chrono::system_clock::time_point started) {
  if (request.report_file) {
    if (std::filesystem::exists(*request.report_file)) {
      throw std::invalid_argument("-o " + request.report_file->string() +
                                  ": the file exists; gilbench writes a new report (remove it, or "
                                  "--resume it into another)");
    }
    if (request.report_file->has_parent_path())
      std::filesystem::create_directories(request.report_file->parent_path());
    return *request.report_file;
  }
  std::filesystem::create_directories(request.out_directory);
  const std::string stem = request.shard
                               ? config_name + "-shard" + std::to_string(request.shard->index) +
                                     "of" + std::to_string(request.shard->count)
                               : config_name;
  return report_path_for(request.out_directory, stem, started);
}

}  // namespace

void apply_quick(RunSettings& settings, int& repetitions) {
  repetitions = 1;
  settings.client.messages = std::max(20, settings.client.messages / 10);
}

std::filesystem::path report_path_for(const std::filesystem::path& directory,
                                      const std::string& config_name,
                                      std::chrono::system_clock::time_point started) {
  const std::string stem = config_name + "-" + utc_compact(started);
  auto path = directory / (stem + ".json");
  for (int suffix = 2; std::filesystem::exists(path); ++suffix)
    path = directory / (stem + "-" + std::to_string(suffix) + ".json");
  return path;
}

bool run_cells(Report& report, int repetitions, const RunSettings& settings,
               const std::filesystem::path& report_path, Progress& progress) {
  report.write(
      report_path);  // from the start, so that even a crash in the first cell leaves a file
  for (const auto& cell : report.cells()) {
    if (!report.needs_run(cell.index)) {
      if (cell.skip && !report.left_out(cell.index))
        progress.skipped(cell.index, cell_label(cell.parameters), *cell.skip);
      continue;
    }
    if (!run_cell(report, cell, repetitions, settings, progress)) {
      report.mark_interrupted("interrupted by signal " + std::to_string(interrupt_signal()) + " (" +
                              (interrupt_signal() == SIGINT ? "Ctrl-C" : "terminated") + ")");
      report.write(report_path);
      return false;
    }
    report.write(report_path);
  }
  return true;
}

std::filesystem::path default_workload_config() {
  return source_directory() / "configs" / "own-server.json";
}

Config load_run_config(const RunRequest& request) {
  const auto config_path = request.config_path.empty() && request.workload
                               ? default_workload_config()
                               : request.config_path;
  Config config = load_config(config_path, source_directory());
  if (request.workload) {
    if (!std::filesystem::is_regular_file(*request.workload)) {
      throw ConfigError("--workload", "", "no such file \"" + request.workload->string() + "\"");
    }
    config.workload.script = std::filesystem::absolute(*request.workload);
    config.workload.script_as_written = request.workload->string();
  }
  return config;
}

PreparedSweep prepare_sweep(const Config& config, const RunRequest& request) {
  PreparedSweep sweep{config, {}, 0, {}};
  sweep.repetitions = request.repetitions.value_or(config.repetitions);
  sweep.settings = run_settings(
      config, request.bin_directory ? binaries_in(*request.bin_directory) : built_binaries());
  if (request.quick) {
    apply_quick(sweep.settings, sweep.repetitions);
    if (request.repetitions)
      sweep.repetitions = *request.repetitions;  // an explicit --reps still wins
  }
  sweep.cells = expand_cells(config, request.selection, this_machine());
  attach_interpreters(sweep.cells, InterpreterSearch::from_environment());
  return sweep;
}

int plan_command(const RunRequest& request, int shards, std::ostream& out) {
  const PreparedSweep sweep = prepare_sweep(load_run_config(request), request);
  const ShardPlan plan = plan_shards(sweep.cells, sweep.settings, sweep.repetitions, shards);
  out << render_plan(sweep.config.name, sweep.cells, plan, sweep.repetitions);
  return 0;
}

SweepResult run_sweep(const Config& loaded, const RunRequest& request, std::ostream& out,
                      std::ostream& err) {
  const PreparedSweep sweep = prepare_sweep(loaded, request);
  const Config& config = sweep.config;
  const int repetitions = sweep.repetitions;
  const RunSettings& settings = sweep.settings;
  RunScope scope{request.host_label, request.shard, 0,
                 request.resume_from ? request.resume_from->string() : ""};
  std::optional<ShardPlan> plan;
  if (request.shard) {
    plan = plan_shards(sweep.cells, settings, repetitions, request.shard->count);
    scope.shard_expected_s = plan->shard_expected_s[static_cast<std::size_t>(request.shard->index)];
  }
  const auto started = std::chrono::system_clock::now();
  Report report(config, sweep.cells,
                {request.command_line, repetitions, request.quick, request.selection, settings},
                started, scope);
  for (const auto& cell : sweep.cells) {
    if (plan && plan->shard_of_cell[cell.index] != request.shard->index)
      report.leave_out(cell.index);
  }
  std::size_t carried = 0;
  if (request.resume_from)
    carried = carry_finished_cells(report, read_report(*request.resume_from),
                                   request.resume_from->string());
  std::vector<Cell> mine,
      to_run;  // this shard's cells less the carried ones; those that can run here
  for (const auto& cell : sweep.cells) {
    if (!report.left_out(cell.index) && !report.is_carried(cell.index)) mine.push_back(cell);
    if (report.needs_run(cell.index)) to_run.push_back(cell);
  }
  std::string summary = config.name + ": " + std::to_string(sweep.cells.size()) + " cells";
  if (request.shard) {
    summary = "shard " + request.shard->text() + " of " + summary + ", " +
              std::to_string(mine.size() + carried) + " in it";
  }
  if (request.resume_from)
    summary += ", " + std::to_string(carried) + " finished in " + request.resume_from->string();
  if (request.dry_run) {
    if (request.shard || request.resume_from) out << summary << "\n";
    describe_plan(mine, repetitions, out);
    return {};
  }
  summary += ", " + std::to_string(to_run.size()) + " to run";
  require_binaries(settings, to_run);
  const std::filesystem::path report_path = new_report_path(request, config.name, started);
  RunSettings run_settings = settings;
  if (request.trace) {
    run_settings.trace_directory =
        report_path.parent_path() / (report_path.stem().string() + "-traces");
    std::filesystem::create_directories(*run_settings.trace_directory);
    summary += "; GIL traces in " + run_settings.trace_directory->string();
  }

  err << "gilbench: " << summary << " x " << repetitions
      << " repetition(s); report: " << report_path.string() << "\n";
  bool completed = false;
  {
    InterruptHandler interrupts;
    Progress progress(err, Progress::stderr_is_terminal(), sweep.cells.size(),
                      to_run.size() * static_cast<std::size_t>(repetitions));
    completed = run_cells(report, repetitions, run_settings, report_path, progress);
    progress.done();
  }
  report.set_finished(std::chrono::system_clock::now());
  report.write(report_path);
  SweepResult result{0, report_path, report.to_json()};
  print_summary_and_plots(result.report, report_path, request.plots && completed, out);
  if (!completed) {
    err << "gilbench: interrupted; children stopped, unfinished cells marked \"interrupted\" in "
        << report_path.string() << "\n";
    result.status = 128 + interrupt_signal();
  }
  return result;
}

int run_command(const RunRequest& request, std::ostream& out, std::ostream& err) {
  return run_sweep(load_run_config(request), request, out, err)
      .status;  // ConfigError: caller exits 2
}

}  // namespace gilbench::harness
