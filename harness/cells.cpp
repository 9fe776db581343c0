#include "harness/cells.h"

#include <algorithm>
#include <map>

#include "common/duration.h"

namespace gilbench::harness {

namespace {

bool matches(const BaselineSelector& selector, const CellParameters& cell) {
  if (selector.design && *selector.design != cell.design()) return false;
  if (selector.switch_interval &&
      (!cell.has_gil_axes() || *selector.switch_interval != cell.switch_interval))
    return false;
  if (selector.check_interval &&
      (!cell.has_gil_axes() || *selector.check_interval != cell.check_interval))
    return false;
  return !selector.cpu_threads || *selector.cpu_threads == cell.cpu_threads;
}

bool is_baseline_candidate(const Config& config, const CellParameters& cell) {
  if (config.baseline_disabled) return false;
  if (config.baseline) return matches(*config.baseline, cell);
  // Default: the no-CPU-thread cell of the VM or of an interpreter, the echo server alone (the
  // floor is another reference).
  return cell.has_gil_axes() && cell.cpu_threads == 0;
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
        parameters.server = row.server;
        parameters.gil = row.gil;
        parameters.interpreter = row.interpreter;
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
    if (std::any_of(config.designs.begin(), config.designs.end(),
                    [&](const DesignRow& row) { return row.name() == name; }))
      continue;
    std::string known;
    for (const auto& row : config.designs) known += (known.empty() ? "" : ", ") + row.name();
    throw ConfigError(config.file, "sweep.designs",
                      "--gil " + name + ": no such design row (the config has: " + known + ")");
  }
}

// Each cell's baseline: among the baseline cells with the same core count and placement, the
// first of the same target (an interpreter's own no-CPU-thread cell), else the first VM cell,
// else the first.
void link_baselines(std::vector<Cell>& cells) {
  for (auto& cell : cells) {
    int best_rank = 3;
    for (const auto& candidate : cells) {
      if (!candidate.is_baseline || candidate.parameters.cores != cell.parameters.cores ||
          candidate.parameters.placement != cell.parameters.placement) {
        continue;
      }
      const bool same_target = candidate.parameters.server == cell.parameters.server &&
                               candidate.parameters.interpreter == cell.parameters.interpreter;
      const int rank = same_target ? 0 : candidate.parameters.server == "vm" ? 1 : 2;
      if (rank < best_rank) {
        best_rank = rank;
        cell.baseline_index = candidate.index;
      }
    }
  }
}

// --cores 1,1 would run every cell twice under one id: refused, like a repeated sweep.cores.
void check_core_selection(const Config& config, const std::vector<int>& cores) {
  for (std::size_t i = 0; i < cores.size(); ++i) {
    if (std::find(cores.begin(), cores.begin() + static_cast<std::ptrdiff_t>(i), cores[i]) !=
        cores.begin() + static_cast<std::ptrdiff_t>(i)) {
      throw ConfigError(
          config.file, "sweep.cores",
          "--cores repeats " + std::to_string(cores[i]) + ": give each core count once");
    }
  }
}

}  // namespace

MachineCpus this_machine() { return {usable_cpus(), online_cpu_count()}; }

void place_cell(Cell& cell, const MachineCpus& machine) {
  const int cores = cell.parameters.cores;
  const int usable = static_cast<int>(machine.usable.size());
  if (cores > usable) {
    cell.skip = "needs " + std::to_string(cores) + " cores; this machine has " +
                std::to_string(machine.online) + " online, " + std::to_string(usable) +
                " usable by gilbench";
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

std::vector<Cell> expand_cells(const Config& config, const SweepSelection& selection,
                               const MachineCpus& machine) {
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
                              std::find(selection.designs.begin(), selection.designs.end(),
                                        row.name()) != selection.designs.end();
          if (!wanted) continue;
          Cell cell;
          cell.index = cells.size();
          cell.parameters = parameters;
          cell.is_baseline = baseline;
          place_cell(cell, machine);
          cells.push_back(std::move(cell));
        }
      }
    }
  }
  link_baselines(cells);
  return cells;
}

void attach_interpreters(std::vector<Cell>& cells, const InterpreterSearch& search) {
  std::map<std::string, InterpreterLookup> lookups;
  for (auto& cell : cells) {
    if (cell.parameters.server != "interpreter" || cell.skip) continue;
    const std::string& spec = cell.parameters.interpreter;
    auto known = lookups.find(spec);
    if (known == lookups.end())
      known = lookups.emplace(spec, look_up_interpreter(spec, search)).first;
    if (known->second.info) {
      cell.interpreter = known->second.info;
    } else {
      cell.skip = "interpreter " + known->second.reason;
    }
  }
}

nlohmann::ordered_json parameters_json(const CellParameters& parameters) {
  using Json = nlohmann::ordered_json;
  const bool axes = parameters.has_gil_axes();
  Json json{{"server", parameters.server},
            {"gil", parameters.server == "vm" ? Json(parameters.gil) : Json(nullptr)}};
  // Only interpreter cells have the key, so VM cells match reports written before it existed.
  if (parameters.server == "interpreter") json["interpreter"] = parameters.interpreter;
  json["switch_interval"] =
      axes ? Json(format_duration(parameters.switch_interval)) : Json(nullptr);
  json["switch_interval_us"] =
      axes ? Json(std::chrono::duration<double, std::micro>(parameters.switch_interval).count())
           : Json(nullptr);
  json["check_interval_ticks"] = axes ? Json(parameters.check_interval) : Json(nullptr);
  json["cpu_threads"] = parameters.cpu_threads;
  json["cores"] = parameters.cores;
  json["client_placement"] =
      parameters.placement ? Json(to_string(*parameters.placement)) : Json(nullptr);
  if (!parameters.series.empty()) json["series"] = parameters.series;
  return json;
}

std::string design_of(const nlohmann::ordered_json& parameters) {
  const std::string server = parameters.value("server", "vm");
  if (server == "floor") return "floor";
  const auto& name =
      parameters.value(server == "interpreter" ? "interpreter" : "gil", nlohmann::ordered_json());
  return name.is_string() ? name.get<std::string>() : "-";
}

std::string cell_label(const CellParameters& parameters) {
  std::string label =
      (parameters.series.empty() ? "" : parameters.series + ": ") + parameters.design();
  if (parameters.has_gil_axes()) {
    label += " " + format_duration(parameters.switch_interval) + "/" +
             std::to_string(parameters.check_interval) +
             " t=" + std::to_string(parameters.cpu_threads);
  }
  label += " k=" + std::to_string(parameters.cores);
  if (parameters.placement) label += std::string(" ") + to_string(*parameters.placement);
  return label;
}

}  // namespace gilbench::harness
