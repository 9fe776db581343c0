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
  std::filesystem::path config_path;
  std::filesystem::path out_directory = "results";
  std::optional<int> repetitions;                  // --reps
  SweepSelection selection;                        // --gil, --cores
  bool quick = false;                              // --quick
  std::optional<std::filesystem::path> bin_directory;  // --bin-dir
  bool plots = true;                               // --no-plots turns them off
  bool dry_run = false;                            // --dry-run: list the cells, run nothing
  std::vector<std::string> command_line;
};

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

// One cell's repetitions, recorded in `report`; returns false when interrupted. Stops at the
// first failed repetition.
bool run_cell(Report& report, const Cell& cell, int repetitions, const RunSettings& settings, Progress& progress);

// results/<config-name>-<UTC timestamp>.json, made unique if that exists.
std::filesystem::path report_path_for(const std::filesystem::path& directory, const std::string& config_name,
                                      std::chrono::system_clock::time_point started);

}  // namespace gilbench::harness
