// A sweep's cells: design × switch interval × check interval × CPU threads × cores × client
// placement, each with the CPU sets its processes are pinned to, or the reason it is skipped.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/config.h"
#include "harness/cpu_set.h"

namespace gilbench::harness {

struct CellParameters {
  std::string server = "vm";  // "vm" | "floor"
  std::string gil;            // empty for the floor
  std::chrono::nanoseconds switch_interval{};  // vm only
  int check_interval = 0;                      // vm only
  int cpu_threads = 0;
  int cores = 1;
  std::optional<Placement> placement;  // echo workloads only

  std::string design() const { return server == "floor" ? "floor" : gil; }
  bool operator==(const CellParameters&) const = default;
};

struct Cell {
  std::size_t index = 0;  // 0-based position in the run
  CellParameters parameters;
  CpuList server_cpus;
  CpuList client_cpus;               // echo only
  std::optional<std::string> skip;   // why it cannot run on this machine
  bool is_baseline = false;
  std::optional<std::size_t> baseline_index;  // the cell its slowdown is measured against
};

// What the machine offers: the CPUs the harness may use and how many are online.
struct MachineCpus {
  CpuList usable;
  int online = 1;
};
MachineCpus this_machine();

// Narrowing and overrides from the command line.
struct SweepSelection {
  std::vector<std::string> designs;  // --gil: keep rows of these designs (baseline cells stay); empty: all
  std::vector<int> cores;            // --cores: replaces sweep.cores; empty: the config's
};

// Throws ConfigError for a --gil name that no row has and for a core count --cores repeats.
std::vector<Cell> expand_cells(const Config& config, const SweepSelection& selection, const MachineCpus& machine);

// The stable identity of a cell across reports: compare matches on it.
nlohmann::ordered_json parameters_json(const CellParameters& parameters);
// "newgil 5ms/100 t=1 k=1 separate": short, for progress lines.
std::string cell_label(const CellParameters& parameters);

}  // namespace gilbench::harness
