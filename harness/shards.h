// Shards: a sweep split into N parts that run on N machines (`gilbench run --shard K/N`), and
// the plan that says which cell goes where (`gilbench plan --shards N`). The assignment depends
// only on the config and the run options (repetitions, --quick, --gil, --cores), never on the
// machine, so every host computes the same plan; a cell the host cannot run is recorded there as
// skipped. Cells are balanced by expected time, not count: a convoyed cell takes seconds, the
// others milliseconds. The cost model is described in harness/README.md ("Shards").
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "harness/cells.h"
#include "harness/repetition.h"

namespace gilbench::harness {

// --shard K/N: shard K (0-based, like Slurm array and Kubernetes completion indexes) of N.
struct ShardSpec {
  int index = 0;
  int count = 1;
  std::string text() const { return std::to_string(index) + "/" + std::to_string(count); }
};

// "2/3" -> {2, 3}. Throws std::invalid_argument saying what is wrong.
ShardSpec parse_shard_spec(const std::string& text);

// Expected seconds of one repetition of a cell: the model of harness/README.md ("Shards").
double expected_repetition_seconds(const CellParameters& cell, const RunSettings& settings);

struct ShardPlan {
  int count = 1;
  std::vector<int> shard_of_cell;        // by cell index
  std::vector<double> cell_expected_s;   // by cell index, all repetitions
  std::vector<double> shard_expected_s;  // by shard
  std::vector<std::size_t> cells_of(int shard) const;
};

// Longest expected time first, each cell to the least loaded shard (ties: the lower index), so
// the plan is deterministic. Skipped cells count as if they ran: another host may run them.
ShardPlan plan_shards(const std::vector<Cell>& cells, const RunSettings& settings, int repetitions,
                      int count);

// `gilbench plan`: every shard's cells with their expected times, and each shard's total.
std::string render_plan(const std::string& config_name, const std::vector<Cell>& cells,
                        const ShardPlan& plan, int repetitions);

}  // namespace gilbench::harness
