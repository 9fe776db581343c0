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
#include "harness/shards.h"

namespace gilbench::harness {

// Run-level facts recorded in the report's "run" block.
struct RunDescription {
  std::vector<std::string> command_line;
  int repetitions = 0;
  bool quick = false;
  SweepSelection selection;
  RunSettings settings;
};

// Which part of a sweep the report holds and where it was measured.
struct RunScope {
  std::string host_label;          // context.host_label: --host-label, or the host name when empty
  std::optional<ShardSpec> shard;  // --shard K/N
  double shard_expected_s = 0;     // what the plan expects this shard to take
  std::string resumed_from;        // --resume REPORT
};

// Percentiles of the pooled round trips drawn as the latency curve.
inline constexpr double kCurvePercentiles[] = {10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.99};

class Report {
 public:
  Report(const Config& config, std::vector<Cell> cells, RunDescription run,
         std::chrono::system_clock::time_point started, RunScope scope = {});

  const std::vector<Cell>& cells() const { return cells_; }
  // A cell of another shard: not run, not in the JSON (its index stays its place in the sweep).
  void leave_out(std::size_t cell);
  // A cell finished in an earlier report (--resume): its JSON is kept, not run again.
  void carry(std::size_t cell, nlohmann::ordered_json finished);
  bool left_out(std::size_t cell) const { return states_.at(cell).left_out; }
  bool is_carried(std::size_t cell) const { return !states_.at(cell).carried.is_null(); }
  // Neither skipped, left out nor carried.
  bool needs_run(std::size_t cell) const;
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
    std::vector<WeightedSamples> samples;                              // per successful repetition
    std::vector<std::vector<std::pair<std::string, double>>> metrics;  // per successful repetition
    bool left_out = false;
    nlohmann::ordered_json carried;  // the earlier report's cell, or null
  };

  nlohmann::ordered_json cell_json(std::size_t index) const;
  nlohmann::ordered_json aggregates_json(const CellState& state) const;
  nlohmann::ordered_json versus_baseline_json(std::size_t index) const;
  nlohmann::ordered_json run_json() const;

  const Config& config_;
  std::vector<Cell> cells_;
  std::vector<CellState> states_;
  RunDescription run_;
  RunScope scope_;
  std::chrono::system_clock::time_point started_;
  std::optional<std::chrono::system_clock::time_point> finished_;
  bool interrupted_ = false;
  std::string interrupt_reason_;
  nlohmann::ordered_json machine_;
};

// A stable, readable identity: "vm/newgil/5ms/100/t1/k1/separate" ("convoy/legacy:vm/..." with a
// series).
std::string cell_id(const CellParameters& parameters);

// A cell's `versus_baseline`: the baseline's id and the ratios of the medians of total_s,
// rtt_p50_us and rtt_p99_us, from the two cells' aggregates (either may be null).
nlohmann::ordered_json versus_baseline(const std::string& baseline_id,
                                       const nlohmann::ordered_json& aggregates,
                                       const nlohmann::ordered_json& baseline_aggregates);

// The host label a cell was measured under: its own (merged reports) or the report's.
std::string host_label_of(const nlohmann::ordered_json& report, const nlohmann::ordered_json& cell);
// The distinct host labels of a report's cells, in order of appearance: more than one only in
// a report merged from several hosts.
std::vector<std::string> host_labels(const nlohmann::ordered_json& report);

// Median of a metric in a report's cell, if the cell has it.
std::optional<double> metric_median(const nlohmann::ordered_json& cell, const std::string& metric);

// Percentile `percent` (0..100] of weighted samples, nearest rank.
double weighted_percentile(WeightedSamples samples, double percent);

}  // namespace gilbench::harness
