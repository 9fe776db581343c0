#include "harness/run_command.h"

#include <algorithm>
#include <csignal>

#include "common/duration.h"
#include "harness/build_info.h"
#include "harness/context.h"
#include "harness/interrupt.h"
#include "harness/plots.h"
#include "harness/table.h"

namespace gilbench::harness {

namespace {

std::string detail_of(const RepetitionOutcome& outcome) {
  if (outcome.status != Status::ok) return outcome.reason;
  const auto& record = outcome.record;
  if (record.contains("client")) return format_figure(record["client"].value("total_s", 0.0)) + " s";
  return format_figure(record.value("duration_s", 0.0)) + " s";
}

// Runs one cell's repetitions; returns false when interrupted.
bool run_cell(Report& report, const Cell& cell, int repetitions, const RunSettings& settings, Progress& progress) {
  const std::string label = cell_label(cell.parameters);
  for (int repetition = 1; repetition <= repetitions; ++repetition) {
    progress.starting(cell.index, label, repetition, repetitions);
    RepetitionOutcome outcome = run_repetition(cell, repetition, settings);
    const Status status = outcome.status;
    const std::string reason = outcome.reason;
    progress.finished(cell.index, label, repetition, repetitions, to_string(status), detail_of(outcome));
    report.add_repetition(cell.index, std::move(outcome));
    if (status == Status::interrupted) return false;
    if (status == Status::failed) {
      progress.cancelled(static_cast<std::size_t>(repetitions - repetition));
      report.finish_cell(cell.index, Status::failed,
                         repetition == 1 ? reason : "repetition " + std::to_string(repetition) + ": " + reason);
      return true;
    }
  }
  report.finish_cell(cell.index, Status::ok);
  return true;
}

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
  out << cells.size() << " cells, " << runnable << " to run, " << repetitions << " repetition(s) each\n";
}

void require_binaries(const RunSettings& settings, const std::vector<Cell>& cells) {
  const auto& binaries = settings.binaries;
  auto runs = [&](const char* server) {
    return std::any_of(cells.begin(), cells.end(), [&](const Cell& c) { return !c.skip && c.parameters.server == server; });
  };
  const bool vm = runs("vm");
  if (settings.workload.kind == WorkloadKind::script) {
    if (vm) require_executable(binaries.vm, "gilvm");
    return;
  }
  const bool floor = runs("floor");
  if (std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.skip.has_value(); })) return;
  require_executable(binaries.echo_client, "gil-echo-client");
  if (vm) require_executable(binaries.echo_server, "gil-echo-server");
  if (floor) require_executable(binaries.floor_server, "floor-echo-server");
}

void print_outputs(const nlohmann::ordered_json& json, const std::filesystem::path& report_path, bool plots,
                   std::ostream& out) {
  out << "\n" << render_summary(json) << "\nreport: " << report_path.string() << "\n";
  if (!plots) return;
  try {
    const PlotResult drawn = draw_plots(json, report_path);
    for (const auto& file : drawn.files) out << "plot:   " << file.string() << "\n";
    for (const auto& note : drawn.notes) out << "plots:  " << note << "\n";
  } catch (const std::exception& error) {  // the report is written: a plot problem must not fail the run
    out << "plots:  not drawn: " << error.what() << "\n";
  }
}

}  // namespace

void apply_quick(RunSettings& settings, int& repetitions) {
  repetitions = 1;
  settings.client.messages = std::max(20, settings.client.messages / 10);
}

std::filesystem::path report_path_for(const std::filesystem::path& directory, const std::string& config_name,
                                      std::chrono::system_clock::time_point started) {
  const std::string stem = config_name + "-" + compact_utc(started);
  auto path = directory / (stem + ".json");
  for (int suffix = 2; std::filesystem::exists(path); ++suffix) path = directory / (stem + "-" + std::to_string(suffix) + ".json");
  return path;
}

bool run_cells(Report& report, int repetitions, const RunSettings& settings, const std::filesystem::path& report_path,
               Progress& progress) {
  report.write(report_path);  // from the start, so that even a crash in the first cell leaves a file
  for (const auto& cell : report.cells()) {
    if (cell.skip) {
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

std::filesystem::path default_workload_config() { return source_directory() / "configs" / "own-server.json"; }

SweepResult run_sweep(const Config& config, const RunRequest& request, std::ostream& out, std::ostream& err) {
  int repetitions = request.repetitions.value_or(config.repetitions);
  RunSettings settings = run_settings(config, request.bin_directory ? binaries_in(*request.bin_directory) : built_binaries());
  if (request.quick) {
    apply_quick(settings, repetitions);
    if (request.repetitions) repetitions = *request.repetitions;  // an explicit --reps still wins
  }
  auto cells = expand_cells(config, request.selection, this_machine());
  attach_interpreters(cells, InterpreterSearch::from_environment());

  if (request.dry_run) {
    describe_plan(cells, repetitions, out);
    return {};
  }
  require_binaries(settings, cells);
  const auto started = std::chrono::system_clock::now();
  std::filesystem::create_directories(request.out_directory);
  const auto report_path = report_path_for(request.out_directory, config.name, started);
  const std::size_t runnable = static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](const Cell& c) { return !c.skip; }));
  Report report(config, cells, {request.command_line, repetitions, request.quick, request.selection, settings}, started);

  err << "gilbench: " << config.name << ": " << cells.size() << " cells (" << runnable << " to run) x " << repetitions
      << " repetition(s); report: " << report_path.string() << "\n";
  bool completed = false;
  {
    InterruptHandler interrupts;
    Progress progress(err, Progress::stderr_is_terminal(), cells.size(), runnable * static_cast<std::size_t>(repetitions));
    completed = run_cells(report, repetitions, settings, report_path, progress);
    progress.done();
  }
  report.set_finished(std::chrono::system_clock::now());
  report.write(report_path);
  SweepResult result{0, report_path, report.to_json()};
  print_outputs(result.report, report_path, request.plots && completed, out);
  if (!completed) {
    err << "gilbench: interrupted; children stopped, unfinished cells marked \"interrupted\" in " << report_path.string() << "\n";
    result.status = 128 + interrupt_signal();
  }
  return result;
}

int run_command(const RunRequest& request, std::ostream& out, std::ostream& err) {
  const auto config_path = request.config_path.empty() && request.workload ? default_workload_config() : request.config_path;
  Config config = load_config(config_path, source_directory());  // ConfigError: caller exits 2
  if (request.workload) {
    if (!std::filesystem::is_regular_file(*request.workload)) {
      throw ConfigError("--workload", "", "no such file \"" + request.workload->string() + "\"");
    }
    config.workload.script = std::filesystem::absolute(*request.workload);
    config.workload.script_as_written = request.workload->string();
  }
  return run_sweep(config, request, out, err).status;
}

}  // namespace gilbench::harness
