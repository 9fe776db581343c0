// `gilbench calibrate`: is the model true to real CPython? Each GIL design runs beside the
// interpreters whose lock it models (legacy and CPython 2.7, newgil and each CPython 3, nogil and
// a free-threaded 3.13t) on the same cells: echo and the two-thread count-down, core counts, CPU
// threads and intervals from configs/calibration.json. Both workloads run as ordinary sweeps
// (two reports, compare and show read them); calibrate then pairs every model cell with the same
// cell of each interpreter and prints one row per pair: real figure, model figure, their ratio,
// how often each mode occurred, and a flag when the ratio leaves the config's band.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/interpreters.h"
#include "harness/run_command.h"

namespace gilbench::harness {

// Which interpreters a design is calibrated against.
enum class InterpreterFamily { cpython2, cpython3, free_threaded };
const char* to_string(InterpreterFamily family);
bool belongs_to(const InterpreterInfo& info, InterpreterFamily family);

struct CalibrationPair {
  std::string gil;
  InterpreterFamily family = InterpreterFamily::cpython3;
  std::vector<std::chrono::nanoseconds> switch_intervals;  // empty: the sweep's default
  std::vector<int> check_intervals;                        // empty: the sweep's default
};

// A figure and the band model/real must stay inside.
struct Yardstick {
  std::string metric;
  double band_low = 0.5, band_high = 2.0;
};

struct CalibrationConfig {
  std::string file;
  std::string name;
  std::string description;
  std::vector<CalibrationPair> pairs;
  std::vector<int> cores;
  int repetitions = 5;
  // echo: the sweep's workload/client/placement/timeouts, as JSON for the generated config
  std::vector<int> echo_cpu_threads;
  nlohmann::ordered_json echo_client, echo_placements, echo_timeouts;
  Yardstick echo_yardstick;
  // count-down: a script workload
  std::string countdown_script;
  int countdown_threads = 2;
  std::vector<std::string> countdown_args;
  nlohmann::ordered_json countdown_timeouts;
  Yardstick countdown_yardstick;
};

// Throws ConfigError naming the file and field; also checks the sweeps it generates.
CalibrationConfig load_calibration_config(const std::filesystem::path& path);
// A calibration config (it has "pairs"), not a sweep config: for `validate`.
bool is_calibration_config(const std::filesystem::path& path);
CalibrationConfig parse_calibration_config(const std::string& text, const std::string& file_name);

// The interpreters each family is calibrated against: one per implementation and X.Y (the
// first found: --interpreter ones, then PATH, then pyenv), named by their most specific spec.
struct FamilyMembers {
  InterpreterFamily family;
  std::vector<InterpreterInfo> members;
};
std::vector<FamilyMembers> calibration_targets(const std::vector<DiscoveredInterpreter>& found);

// The sweep configs (as config JSON, validated by parse_config like any config file) for the
// echo and count-down workloads: each pair's design and every member of its family.
nlohmann::ordered_json echo_sweep_json(const CalibrationConfig& config,
                                       const std::vector<FamilyMembers>& targets);
nlohmann::ordered_json countdown_sweep_json(const CalibrationConfig& config,
                                            const std::vector<FamilyMembers>& targets);

// One row of the calibration table: a model cell beside one interpreter's same cell, or beside
// nothing with the reason.
nlohmann::ordered_json pair_cells(const CalibrationConfig& config, const std::string& workload,
                                  const Yardstick& yardstick, const nlohmann::ordered_json& report,
                                  const std::vector<FamilyMembers>& targets,
                                  const InterpreterSearch& search);

// The table, its footnotes (why rows have no figure) and the model cells this machine could not
// run (by reason: they have no rows).
std::string render_calibration(const nlohmann::ordered_json& rows,
                               const std::map<std::string, std::size_t>& machine_skips);

struct CalibrateRequest {
  std::filesystem::path config_path;      // default: configs/calibration.json
  std::vector<std::string> interpreters;  // --interpreter: also calibrate these
  RunRequest run;                         // --out, --reps, --quick, --cores, --bin-dir, --no-plots
};

// Exit status as `run`: 0 done, 1 gilbench failed, 2 bad config, 128 + signal when interrupted.
int calibrate_command(const CalibrateRequest& request, std::ostream& out, std::ostream& err);

}  // namespace gilbench::harness
