// The run's JSON report: `context` first (machine, build, the config itself), then `run` (what
// was asked, how it went), then one entry per cell with its repetitions, aggregates across them
// and its slowdown against the baseline cell. Rewritten atomically after every cell, so a crash
// keeps what finished. The layout is documented in harness/README.md.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/cells.h"
#include "harness/config.h"
#include "harness/repetition.h"

namespace gilbench::harness {

// Run-level facts recorded in the report's "run" block.
struct RunDescription {
  std::vector<std::string> command_line;
  int repetitions = 0;
  bool quick = false;
  SweepSelection selection;
  RunSettings settings;
};

// Percentiles of the pooled round trips drawn as the latency curve.
inline constexpr double kCurvePercentiles[] = {10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.99};

class Report {
 public:
  Report(const Config& config, std::vector<Cell> cells, RunDescription run,
         std::chrono::system_clock::time_point started);

  const std::vector<Cell>& cells() const { return cells_; }
  void add_repetition(std::size_t cell, RepetitionOutcome outcome);
  void finish_cell(std::size_t cell, Status status, std::string reason = "");
  // Marks every cell that has not finished "interrupted" and the run as interrupted.
  void mark_interrupted(const std::string& reason);
  void set_finished(std::chrono::system_clock::time_point finished);

  nlohmann::ordered_json to_json() const;
  // Throws std::runtime_error naming the file.
  void write(const std::filesystem::path& path) const;

 private:
  struct CellState {
    Status status = Status::pending;
    std::string reason;
    std::vector<nlohmann::ordered_json> repetitions;
    std::vector<WeightedSamples> samples;  // per successful repetition
    std::vector<std::vector<std::pair<std::string, double>>> metrics;  // per successful repetition
  };

  nlohmann::ordered_json cell_json(std::size_t index) const;
  nlohmann::ordered_json aggregates_json(const CellState& state) const;
  nlohmann::ordered_json versus_baseline_json(std::size_t index) const;
  nlohmann::ordered_json run_json() const;

  const Config& config_;
  std::vector<Cell> cells_;
  std::vector<CellState> states_;
  RunDescription run_;
  std::chrono::system_clock::time_point started_;
  std::optional<std::chrono::system_clock::time_point> finished_;
  bool interrupted_ = false;
  std::string interrupt_reason_;
  nlohmann::ordered_json machine_;
};

// A stable, readable identity: "vm/newgil/5ms/100/t1/k1/separate" ("convoy/legacy:vm/..." with a series).
std::string cell_id(const CellParameters& parameters);

// Median of a metric in a report's cell, if the cell has it.
std::optional<double> metric_median(const nlohmann::ordered_json& cell, const std::string& metric);

// Percentile `percent` (0..100] of weighted samples, nearest rank.
double weighted_percentile(WeightedSamples samples, double percent);

}  // namespace gilbench::harness
