// A sweep's cells: design × switch interval × check interval × CPU threads × cores × client
// placement, each with the CPU sets its processes are pinned to, or the reason it is skipped.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/cpu_set.h"
#include "harness/config.h"
#include "harness/interpreters.h"

namespace gilbench::harness {

struct CellParameters {
  std::string server = "vm";                   // "vm" | "floor" | "interpreter"
  std::string gil;                             // vm only
  std::string interpreter;                     // interpreter only: the spec as written
  std::chrono::nanoseconds switch_interval{};  // vm and interpreter
  int check_interval = 0;                      // vm and interpreter
  int cpu_threads = 0;
  int cores = 1;
  std::optional<Placement> placement;  // echo workloads only
  // Which measurement of a multi-workload report (reproduce) the cell is: part of its identity,
  // so that compare never pairs cells of different workloads. Empty in `run` reports.
  std::string series;

  std::string design() const {
    return server == "floor" ? "floor" : server == "interpreter" ? interpreter : gil;
  }
  bool has_gil_axes() const { return server != "floor"; }
  bool operator==(const CellParameters&) const = default;
};

struct Cell {
  std::size_t index = 0;  // 0-based position in the run
  CellParameters parameters;
  CpuList server_cpus;
  CpuList client_cpus;              // echo only
  std::optional<std::string> skip;  // why it cannot run on this machine
  bool is_baseline = false;
  std::optional<std::size_t> baseline_index;  // the cell its slowdown is measured against
  std::optional<InterpreterInfo>
      interpreter;  // interpreter cells, once found (attach_interpreters)
};

// What the machine offers: the CPUs the harness may use and how many are online.
struct MachineCpus {
  CpuList usable;
  int online = 1;
};
MachineCpus this_machine();

// Sets the cell's CPU sets from its core count and placement, or its skip reason when this
// machine cannot run it. The server takes the first k usable CPUs; a "separate" client all the
// others.
void place_cell(Cell& cell, const MachineCpus& machine);

// Narrowing and overrides from the command line.
struct SweepSelection {
  std::vector<std::string>
      designs;             // --gil: keep rows of these designs (baseline cells stay); empty: all
  std::vector<int> cores;  // --cores: replaces sweep.cores; empty: the config's
};

// Throws ConfigError for a --gil name that no row has and for a core count --cores repeats.
std::vector<Cell> expand_cells(const Config& config, const SweepSelection& selection,
                               const MachineCpus& machine);

// Looks up every interpreter the cells name (each spec once): a cell gets its interpreter, or
// is skipped with the reason it was not found or did not answer. Never an error.
void attach_interpreters(std::vector<Cell>& cells, const InterpreterSearch& search);

// The stable identity of a cell across reports: compare matches on it.
nlohmann::ordered_json parameters_json(const CellParameters& parameters);
// A report cell's design name from its `parameters`: the GIL design, the interpreter spec, or
// "floor".
std::string design_of(const nlohmann::ordered_json& parameters);
// "newgil 5ms/100 t=1 k=1 separate": short, for progress lines.
std::string cell_label(const CellParameters& parameters);

}  // namespace gilbench::harness
