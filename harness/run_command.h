// `gilbench run`: expand the config's cells, run every repetition in fresh processes, rewrite
// the report after each cell, then print the table and draw the plots.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "harness/cells.h"
#include "harness/config.h"
#include "harness/progress.h"
#include "harness/repetition.h"
#include "harness/report.h"
#include "harness/shards.h"

namespace gilbench::harness {

struct RunRequest {
  std::filesystem::path config_path;  // empty with --workload: configs/own-server.json
  std::filesystem::path out_directory = "results";
  std::optional<int> repetitions;                      // --reps
  SweepSelection selection;                            // --gil, --cores
  bool quick = false;                                  // --quick
  std::optional<std::filesystem::path> bin_directory;  // --bin-dir
  bool plots = true;                                   // --no-plots turns them off
  bool dry_run = false;                                // --dry-run: list the cells, run nothing
  std::optional<ShardSpec> shard;                      // --shard K/N: only this shard's cells
  std::string host_label;                              // --host-label; empty: the host name
  std::optional<std::filesystem::path> resume_from;    // --resume REPORT
  std::optional<std::filesystem::path> report_file;    // -o FILE instead of OUT/<name>-<time>.json
  std::optional<std::filesystem::path> workload;       // --workload: replaces workload.script
  bool trace =
      false;  // --trace: every VM repetition writes its GIL trace and profile beside the report
  std::vector<std::string> command_line;
};

// What a sweep left: the exit status run_command returns, the report written (empty path for a
// dry run) and its JSON.
struct SweepResult {
  int status = 0;
  std::filesystem::path report_path;
  nlohmann::ordered_json report;
};

// The config `run` and `plan` use: CONFIG (configs/own-server.json when only --workload is
// given) with --workload's script in place of workload.script. Throws ConfigError.
Config load_run_config(const RunRequest& request);

// What `run` and `plan` both start from: the config, the settings and repetitions after --reps
// and --quick, and the cells (interpreter rows resolved). Throws ConfigError.
struct PreparedSweep {
  Config config;
  RunSettings settings;
  int repetitions = 0;
  std::vector<Cell> cells;
};
PreparedSweep prepare_sweep(const Config& config, const RunRequest& request);

// Runs an already loaded config as `request` says (`request.config_path` is not read), the
// shard, resume and host label included: run_command after reading the file, and calibrate with
// the sweeps it generates. Throws ConfigError for a bad selection, MergeError for a bad --resume.
SweepResult run_sweep(const Config& config, const RunRequest& request, std::ostream& out,
                      std::ostream& err);

// Throws std::runtime_error naming the first program the cells need that is not an executable.
void require_binaries(const RunSettings& settings, const std::vector<Cell>& cells);

// The config `run` uses when given --workload and no CONFIG.
std::filesystem::path default_workload_config();

// `gilbench plan CONFIG --shards N`: prints the plan. Exit status 0; ConfigError for the caller.
int plan_command(const RunRequest& request, int shards, std::ostream& out);

// Exit status: 0 the run completed (failed cells are recorded, not fatal), 1 gilbench itself
// failed (binaries missing, report not writable), 2 a bad config or option, 128 + the signal
// when interrupted (130 for Ctrl-C).
int run_command(const RunRequest& request, std::ostream& out, std::ostream& err);

// --quick: one repetition (unless --reps says otherwise), a tenth of the messages (at least 20).
void apply_quick(RunSettings& settings, int& repetitions);

// The loop itself, for run_command and tests: runs the cells of `report` that need a run (not
// skipped, left out or carried over), rewriting `report_path` after each. Returns false when
// interrupted. Stops a cell at its first failed repetition: the next ones would fail alike (an
// unknown design, a hang).
bool run_cells(Report& report, int repetitions, const RunSettings& settings,
               const std::filesystem::path& report_path, Progress& progress);

// One cell's repetitions, recorded in `report`; returns false when interrupted. Stops at the
// first failed repetition.
bool run_cell(Report& report, const Cell& cell, int repetitions, const RunSettings& settings,
              Progress& progress);

// results/<config-name>-<UTC timestamp>.json, made unique if that exists.
std::filesystem::path report_path_for(const std::filesystem::path& directory,
                                      const std::string& config_name,
                                      std::chrono::system_clock::time_point started);

}  // namespace gilbench::harness
