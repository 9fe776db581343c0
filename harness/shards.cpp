#include "harness/shards.h"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <stdexcept>

#include "harness/table.h"

namespace gilbench::harness {

namespace {

// The cost model (harness/README.md, "Shards"). Starting a server and a client (or gilvm) and
// reading their reports costs about this much per repetition on a loaded 2-core machine.
constexpr double kProcessStartS = 0.3;
// A round trip that waits for no GIL: loopback plus the VM's echo loop.
constexpr double kRoundTripS = 50e-6;
// A script workload prints figures the harness cannot predict: each repetition counts alike.
constexpr double kScriptRepetitionS = 1.0;

// Switch intervals an echo message waits behind one CPU thread. newgil convoys when the client
// runs on other cores (the echo thread releases for I/O and then waits an interval to get the
// GIL back); with the client on the server's cores the OS interleaves them instead. fifo's
// ticket hand-off queues the echo thread behind the CPU thread at every socket call, on any
// placement (2-3 intervals measured). The others hand the GIL back at once or have none. A real
// interpreter row is modelled as newgil (CPython 3's GIL; CPython 2's check interval has no
// switch interval and costs nothing here). A design the model does not know is assumed to convoy
// like newgil: better too long than short.
double convoy_waits_per_cpu_thread(const CellParameters& cell) {
  if (cell.design() == "fifo") return 2.5;
  if (cell.design() == "newgil" || cell.server == "interpreter")
    return cell.placement == Placement::same ? 0.0 : 1.0;
  for (const char* unconvoyed : {"legacy", "priority", "bfs", "iospin", "nogil"}) {
    if (cell.design() == unconvoyed) return 0.0;
  }
  return 1.0;
}

}  // namespace

ShardSpec parse_shard_spec(const std::string& text) {
  const auto slash = text.find('/');
  const auto number = [&](std::string_view part, int& value) {
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    return error == std::errc() && end == part.data() + part.size() && !part.empty();
  };
  ShardSpec spec;
  if (slash == std::string::npos || !number(std::string_view(text).substr(0, slash), spec.index) ||
      !number(std::string_view(text).substr(slash + 1), spec.count)) {
    throw std::invalid_argument("--shard \"" + text +
                                "\": expected K/N, e.g. 0/3 (shard K of N, K from 0 to N-1)");
  }
  if (spec.count < 1 || spec.count > 10000)
    throw std::invalid_argument("--shard \"" + text + "\": N must be 1 to 10000");
  if (spec.index < 0 || spec.index >= spec.count) {
    throw std::invalid_argument(
        "--shard \"" + text + "\": K must be 0 to " + std::to_string(spec.count - 1) +
        " (shards are numbered from 0, like Slurm array and Kubernetes completion indexes)");
  }
  return spec;
}

double expected_repetition_seconds(const CellParameters& cell, const RunSettings& settings) {
  const double timeout = std::chrono::duration<double>(settings.cell_timeout).count();
  if (settings.workload.kind == WorkloadKind::script) return std::min(kScriptRepetitionS, timeout);
  double per_message = kRoundTripS;
  if (cell.has_gil_axes() && cell.cpu_threads > 0) {
    per_message += convoy_waits_per_cpu_thread(cell) * cell.cpu_threads *
                   std::chrono::duration<double>(cell.switch_interval).count();
  }
  if (settings.client.rate_per_s)
    per_message = std::max(per_message, 1.0 / *settings.client.rate_per_s);
  const int messages = settings.client.messages + settings.client.warmup_messages;
  return std::min(kProcessStartS + messages * per_message, timeout);
}

std::vector<std::size_t> ShardPlan::cells_of(int shard) const {
  std::vector<std::size_t> cells;
  for (std::size_t i = 0; i < shard_of_cell.size(); ++i) {
    if (shard_of_cell[i] == shard) cells.push_back(i);
  }
  return cells;
}

ShardPlan plan_shards(const std::vector<Cell>& cells, const RunSettings& settings, int repetitions,
                      int count) {
  ShardPlan plan;
  plan.count = count;
  plan.shard_of_cell.assign(cells.size(), 0);
  plan.shard_expected_s.assign(static_cast<std::size_t>(count), 0.0);
  for (const auto& cell : cells)
    plan.cell_expected_s.push_back(repetitions *
                                   expected_repetition_seconds(cell.parameters, settings));
  std::vector<std::size_t> order(cells.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return plan.cell_expected_s[a] > plan.cell_expected_s[b];
  });
  for (const std::size_t cell : order) {
    const auto lightest =
        std::min_element(plan.shard_expected_s.begin(), plan.shard_expected_s.end());
    plan.shard_of_cell[cell] = static_cast<int>(lightest - plan.shard_expected_s.begin());
    *lightest += plan.cell_expected_s[cell];
  }
  return plan;
}

std::string render_plan(const std::string& config_name, const std::vector<Cell>& cells,
                        const ShardPlan& plan, int repetitions) {
  const double total =
      std::accumulate(plan.shard_expected_s.begin(), plan.shard_expected_s.end(), 0.0);
  std::string text = config_name + ": " + std::to_string(cells.size()) + " cells x " +
                     std::to_string(repetitions) + " repetition(s) in " +
                     std::to_string(plan.count) + " shard(s), balanced by expected time (" +
                     format_figure(total) + " s in all; model: harness/README.md, \"Shards\")\n";
  for (int shard = 0; shard < plan.count; ++shard) {
    const auto members = plan.cells_of(shard);
    double here = 0;  // without the cells this machine skips
    std::size_t skipped = 0;
    for (const std::size_t i : members) {
      if (cells[i].skip)
        ++skipped;
      else
        here += plan.cell_expected_s[i];
    }
    text += "\nshard " + ShardSpec{shard, plan.count}.text() + ": " +
            std::to_string(members.size()) + " cells, expected " +
            format_figure(plan.shard_expected_s[static_cast<std::size_t>(shard)]) + " s" +
            (skipped ? " (" + format_figure(here) + " s here, where " + std::to_string(skipped) +
                           " are skipped)"
                     : "") +
            "\n";
    std::vector<std::vector<std::string>> rows;
    for (const std::size_t i : members) {
      const Cell& cell = cells[i];
      rows.push_back({"  [" + std::to_string(i + 1) + "]", cell_label(cell.parameters),
                      format_figure(plan.cell_expected_s[i]) + " s",
                      cell.skip ? "(skipped on this machine: " + *cell.skip + ")" : ""});
    }
    text += format_columns(rows, {true, false, true, false});
  }
  return text;
}

}  // namespace gilbench::harness
