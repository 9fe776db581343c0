// Reports of one sweep put back together. `gilbench merge` combines the partial reports of
// shards, and the reports of different hosts (each keeping its machine's context, each cell its
// host label), into one report that show, compare and the plots read like any other.
// `gilbench run --resume REPORT` keeps the cells an earlier report finished and runs the rest.
// Both first check that the reports belong together: same config, tool version, repetitions,
// --quick, client and workload settings and --gil/--cores selection.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/usage_error.h"
#include "harness/report.h"

namespace gilbench::harness {

// Reports that do not belong together, or a bad --resume: exit status 2.
class MergeError : public UsageError {
 public:
  using UsageError::UsageError;
};

// The first field in which two reports' sweeps differ, with both values, e.g.
// "run.repetitions (3 vs 1)"; nullopt when they are the same sweep.
std::optional<std::string> sweep_difference(const nlohmann::ordered_json& a,
                                            const nlohmann::ordered_json& b);

struct NamedReport {
  std::string name;  // the file, for messages and context.merged_from
  nlohmann::ordered_json report;
};

struct MergeResult {
  nlohmann::ordered_json report;
  std::vector<std::string> warnings;  // missing shards, different commits
};

// Throws MergeError: reports of different sweeps, a cell in two reports of one host label,
// shards of different plans under one label.
MergeResult merge_reports(const std::vector<NamedReport>& inputs,
                          const std::vector<std::string>& command_line);

// `gilbench merge REPORTS... -o OUTPUT`: 0 merged (warnings on stderr), 1 OUTPUT not
// writable, 2 unreadable or mismatched reports, or OUTPUT already exists.
int merge_command(const std::vector<std::filesystem::path>& inputs,
                  const std::filesystem::path& output, bool plots,
                  const std::vector<std::string>& command_line, std::ostream& out,
                  std::ostream& err);

// --resume: carries `earlier`'s ok cells into `report` (matched by id), so that only the
// missing, failed and interrupted ones run. `earlier` must be the same sweep and measured
// under the same host label. Returns how many cells were carried; throws MergeError.
std::size_t carry_finished_cells(Report& report, const nlohmann::ordered_json& earlier,
                                 const std::string& earlier_name);

}  // namespace gilbench::harness
