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
#include "harness/report.h"
#include "harness/repetition.h"

namespace gilbench::harness {

struct RunRequest {
  std::filesystem::path config_path;               // empty with --workload: configs/own-server.json
  std::filesystem::path out_directory = "results";
  std::optional<int> repetitions;                  // --reps
  SweepSelection selection;                        // --gil, --cores
  bool quick = false;                              // --quick
  std::optional<std::filesystem::path> bin_directory;  // --bin-dir
  bool plots = true;                               // --no-plots turns them off
  bool dry_run = false;                            // --dry-run: list the cells, run nothing
  std::optional<std::filesystem::path> workload;   // --workload: replaces workload.script
  std::vector<std::string> command_line;
};

// What a sweep left: the exit status run_command returns, the report written (empty path for a
// dry run) and its JSON.
struct SweepResult {
  int status = 0;
  std::filesystem::path report_path;
  nlohmann::ordered_json report;
};

// Runs an already loaded config as `request` says (`request.config_path` is not read):
// run_command after reading the file, and calibrate with the sweeps it generates. Throws
// ConfigError for a bad selection.
SweepResult run_sweep(const Config& config, const RunRequest& request, std::ostream& out, std::ostream& err);

// The config `run` uses when given --workload and no CONFIG.
std::filesystem::path default_workload_config();

// Exit status: 0 the run completed (failed cells are recorded, not fatal), 1 gilbench itself
// failed (binaries missing, report not writable), 2 a bad config or option, 128 + the signal
// when interrupted (130 for Ctrl-C).
int run_command(const RunRequest& request, std::ostream& out, std::ostream& err);

// --quick: one repetition (unless --reps says otherwise), a tenth of the messages (at least 20).
void apply_quick(RunSettings& settings, int& repetitions);

// The loop itself, for run_command and tests: runs every cell of `report` (its skipped cells
// excepted), rewriting `report_path` after each. Returns false when interrupted. Stops a cell
// at its first failed repetition: the next ones would fail alike (an unknown design, a hang).
bool run_cells(Report& report, int repetitions, const RunSettings& settings, const std::filesystem::path& report_path,
               Progress& progress);

// results/<config-name>-<UTC timestamp>.json, made unique if that exists.
std::filesystem::path report_path_for(const std::filesystem::path& directory, const std::string& config_name,
                                      std::chrono::system_clock::time_point started);

}  // namespace gilbench::harness
