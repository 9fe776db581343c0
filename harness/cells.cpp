#include "harness/cells.h"

#include <algorithm>

#include "common/duration.h"

namespace gilbench::harness {

namespace {

bool matches(const BaselineSelector& selector, const CellParameters& cell) {
  if (selector.design && *selector.design != cell.design()) return false;
  if (selector.switch_interval && (cell.server == "floor" || *selector.switch_interval != cell.switch_interval)) return false;
  if (selector.check_interval && (cell.server == "floor" || *selector.check_interval != cell.check_interval)) return false;
  return !selector.cpu_threads || *selector.cpu_threads == cell.cpu_threads;
}

bool is_baseline_candidate(const Config& config, const CellParameters& cell) {
  if (config.baseline_disabled) return false;
  if (config.baseline) return matches(*config.baseline, cell);
  // Default: the VM's no-CPU-thread cell, the echo server alone (the floor is another reference).
  return cell.server == "vm" && cell.cpu_threads == 0;
}

// The rows' parameter combinations, in the config's order.
std::vector<CellParameters> row_combinations(const DesignRow& row) {
  std::vector<CellParameters> combinations;
  if (row.server == "floor") {
    CellParameters floor;
    floor.server = "floor";
    combinations.push_back(floor);
    return combinations;
  }
  for (const int threads : row.cpu_threads) {
    for (const auto interval : row.switch_intervals) {
      for (const int ticks : row.check_intervals) {
        CellParameters parameters;
        parameters.gil = row.gil;
        parameters.switch_interval = interval;
        parameters.check_interval = ticks;
        parameters.cpu_threads = threads;
        combinations.push_back(parameters);
      }
    }
  }
  return combinations;
}

void check_design_selection(const Config& config, const std::vector<std::string>& wanted) {
  for (const auto& name : wanted) {
    if (std::any_of(config.designs.begin(), config.designs.end(), [&](const DesignRow& row) { return row.name() == name; })) continue;
    std::string known;
    for (const auto& row : config.designs) known += (known.empty() ? "" : ", ") + row.name();
    throw ConfigError(config.file, "sweep.designs", "--gil " + name + ": no such design row (the config has: " + known + ")");
  }
}

// --cores 1,1 would run every cell twice under one id: refused, like a repeated sweep.cores.
void check_core_selection(const Config& config, const std::vector<int>& cores) {
  for (std::size_t i = 0; i < cores.size(); ++i) {
    if (std::find(cores.begin(), cores.begin() + static_cast<std::ptrdiff_t>(i), cores[i]) != cores.begin() + static_cast<std::ptrdiff_t>(i)) {
      throw ConfigError(config.file, "sweep.cores", "--cores repeats " + std::to_string(cores[i]) + ": give each core count once");
    }
  }
}

// The CPU sets for one cell, or why it cannot run here. The server takes the first k usable
// CPUs; a "separate" client takes all the others.
void place(Cell& cell, const MachineCpus& machine) {
  const int cores = cell.parameters.cores;
  const int usable = static_cast<int>(machine.usable.size());
  if (cores > usable) {
    cell.skip = "needs " + std::to_string(cores) + " cores; this machine has " + std::to_string(machine.online) +
                " online, " + std::to_string(usable) + " usable by gilbench";
    return;
  }
  cell.server_cpus.assign(machine.usable.begin(), machine.usable.begin() + cores);
  if (!cell.parameters.placement) return;
  if (*cell.parameters.placement == Placement::same) {
    cell.client_cpus = cell.server_cpus;
    return;
  }
  if (cores == usable) {
    cell.skip = "separate placement needs a core outside the server's " + std::to_string(cores) +
                " for the client; this machine has only " + std::to_string(usable) + " usable";
    return;
  }
  cell.client_cpus.assign(machine.usable.begin() + cores, machine.usable.end());
}

// Each cell's baseline: the first baseline cell with the same core count and placement.
void link_baselines(std::vector<Cell>& cells) {
  for (auto& cell : cells) {
    for (const auto& candidate : cells) {
      if (candidate.is_baseline && candidate.parameters.cores == cell.parameters.cores &&
          candidate.parameters.placement == cell.parameters.placement) {
        cell.baseline_index = candidate.index;
        break;
      }
    }
  }
}

}  // namespace

MachineCpus this_machine() { return {usable_cpus(), online_cpu_count()}; }

std::vector<Cell> expand_cells(const Config& config, const SweepSelection& selection, const MachineCpus& machine) {
  check_design_selection(config, selection.designs);
  check_core_selection(config, selection.cores);
  const auto& core_counts = selection.cores.empty() ? config.cores : selection.cores;
  std::vector<std::optional<Placement>> placements;
  for (const auto placement : config.placements) placements.emplace_back(placement);
  if (placements.empty()) placements.emplace_back(std::nullopt);  // script workloads: no client

  std::vector<Cell> cells;
  for (const int cores : core_counts) {
    for (const auto& placement : placements) {
      for (const auto& row : config.designs) {
        for (auto parameters : row_combinations(row)) {
          parameters.cores = cores;
          parameters.placement = placement;
          const bool baseline = is_baseline_candidate(config, parameters);
          const bool wanted = selection.designs.empty() || baseline ||
                              std::find(selection.designs.begin(), selection.designs.end(), row.name()) != selection.designs.end();
          if (!wanted) continue;
          Cell cell;
          cell.index = cells.size();
          cell.parameters = parameters;
          cell.is_baseline = baseline;
          place(cell, machine);
          cells.push_back(std::move(cell));
        }
      }
    }
  }
  link_baselines(cells);
  return cells;
}

nlohmann::ordered_json parameters_json(const CellParameters& parameters) {
  using Json = nlohmann::ordered_json;
  const bool vm = parameters.server == "vm";
  return Json{
      {"server", parameters.server},
      {"gil", vm ? Json(parameters.gil) : Json(nullptr)},
      {"switch_interval", vm ? Json(format_duration(parameters.switch_interval)) : Json(nullptr)},
      {"switch_interval_us", vm ? Json(std::chrono::duration<double, std::micro>(parameters.switch_interval).count()) : Json(nullptr)},
      {"check_interval_ticks", vm ? Json(parameters.check_interval) : Json(nullptr)},
      {"cpu_threads", parameters.cpu_threads},
      {"cores", parameters.cores},
      {"client_placement", parameters.placement ? Json(to_string(*parameters.placement)) : Json(nullptr)},
  };
}

std::string cell_label(const CellParameters& parameters) {
  std::string label = parameters.design();
  if (parameters.server == "vm") {
    label += " " + format_duration(parameters.switch_interval) + "/" + std::to_string(parameters.check_interval) +
             " t=" + std::to_string(parameters.cpu_threads);
  }
  label += " k=" + std::to_string(parameters.cores);
  if (parameters.placement) label += std::string(" ") + to_string(*parameters.placement);
  return label;
}

}  // namespace gilbench::harness
