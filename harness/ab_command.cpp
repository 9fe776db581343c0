#include "harness/ab_command.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <sstream>

#include "common/output_file.h"
#include "harness/build_info.h"
#include "harness/compare.h"
#include "harness/context.h"
#include "harness/interrupt.h"
#include "harness/repetition.h"
#include "harness/report.h"
#include "harness/run_command.h"
#include "harness/statistics.h"
#include "harness/table.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

// What a cell's pairs gave: per pair, each build's figures.
struct CellPairs {
  const Cell* cell = nullptr;
  std::vector<std::vector<std::pair<std::string, double>>> base, current;
  std::vector<std::string> order;  // "AB" or "BA" per pair, A the base build
  std::string failure;             // non-empty: the cell stopped here
};

std::optional<double> figure(const std::vector<std::pair<std::string, double>>& figures,
                             const std::string& name) {
  for (const auto& [key, value] : figures) {
    if (key == name) return value;
  }
  return std::nullopt;
}

// The metrics to judge: the gate's (those the cell has), else every figure of its first pair.
std::vector<std::string> metric_names(const Config& config, const CellPairs& pairs) {
  std::vector<std::string> names;
  if (pairs.base.empty()) return names;
  const auto& first = pairs.base.front();
  if (!config.gate.empty()) {
    for (const auto& entry : config.gate) {
      if (figure(first, entry.name)) names.push_back(entry.name);
    }
    return names;
  }
  for (const auto& [name, value] : first) names.push_back(name);
  return names;
}

std::string interval_text(const AbMetric& row) {
  if (row.info.kind == MetricKind::count) return "exact";
  return "[" + format_change(row.low - 1.0) + ", " + format_change(row.high - 1.0) + "]";
}

std::string gate_text(const AbMetric& row) {
  if (!row.report_only.empty()) return "report only";
  return row.regression ? "FAIL" : "pass";
}

// One repetition of `cell` with `settings`; the failure's reason, if it failed twice. A single
// failure is retried once (and noted): on a shared machine a server may miss its listen timeout
// under load, whereas a defect fails again.
std::optional<std::string> run_side(const Cell& cell, int pair, const RunSettings& settings,
                                    const char* build,
                                    std::vector<std::vector<std::pair<std::string, double>>>& into,
                                    std::vector<std::string>& notes) {
  RepetitionOutcome outcome = run_repetition(cell, pair, settings);
  if (outcome.status == Status::failed && !interrupt_requested()) {
    notes.push_back(cell_id(cell.parameters) + ": pair " + std::to_string(pair) +
                    " failed once with the " + build +
                    " build and was run again: " + outcome.reason);
    outcome = run_repetition(cell, pair, settings);
  }
  if (outcome.status != Status::ok)
    return std::string("with the ") + build + " build: " + outcome.reason;
  into.push_back(repetition_metrics(outcome.record));
  return std::nullopt;
}

Json row_json(const AbMetric& row) {
  return {{"cell", row.cell},
          {"metric", row.metric},
          {"kind", to_string(row.info.kind)},
          {"unit", row.info.unit},
          {"pairs", row.pairs},
          {"base_median", row.base_median},
          {"new_median", row.new_median},
          {"ratio", row.ratio},
          {"ratio_interval_low", row.low},
          {"ratio_interval_high", row.high},
          {"threshold_fraction", row.threshold},
          {"report_only", row.report_only.empty() ? Json(nullptr) : Json(row.report_only)},
          {"verdict", to_string(row.verdict)},
          {"regression", row.regression}};
}

}  // namespace

const char* to_string(AbVerdict verdict) {
  switch (verdict) {
    case AbVerdict::no_change: return "no change";
    case AbVerdict::slower: return "slower";
    case AbVerdict::faster: return "faster";
  }
  return "?";
}

GateMetric rule_for(const Config& config, const std::string& metric) {
  for (const auto& entry : config.gate) {
    if (entry.name == metric) return entry;
  }
  const bool count = metric_info(metric).kind == MetricKind::count;
  GateMetric rule;
  rule.name = metric;
  rule.threshold = count ? kDefaultCountTolerance : kDefaultTimeThreshold;
  return rule;
}

AbMetric judge_pairs(const std::string& cell, const std::string& metric,
                     const std::vector<double>& base, const std::vector<double>& current,
                     const GateMetric& rule, double confidence, std::uint64_t seed) {
  if (base.empty() || base.size() != current.size())
    throw std::invalid_argument("judge_pairs: no pairs, or unequal sides");
  AbMetric row;
  row.cell = cell;
  row.metric = metric;
  row.info = metric_info(metric);
  row.threshold = rule.threshold;
  row.absolute = rule.absolute;
  row.report_only = rule.report_only;
  row.pairs = base.size();
  row.base_median = median(base);
  row.new_median = median(current);
  std::vector<double> ratios;
  for (std::size_t i = 0; i < base.size(); ++i) {
    if (base[i] != 0) ratios.push_back(current[i] / base[i]);
  }
  bool beyond = false, worse = false, changed = false;
  if (row.info.kind == MetricKind::count || ratios.empty()) {
    // The same in every run, so the medians say it all; 0/0 is no change.
    row.ratio = row.base_median != 0 ? row.new_median / row.base_median
                                     : (row.new_median == 0 ? 1.0 : INFINITY);
    row.low = row.high = row.ratio;
    beyond = beyond_threshold(row.base_median, row.new_median, row.threshold, row.absolute);
    changed = beyond;
    worse = row.info.higher_is_worse ? row.new_median > row.base_median
                                     : row.new_median < row.base_median;
  } else {
    const BootstrapInterval interval = bootstrap_median_interval(ratios, confidence, seed);
    row.ratio = interval.median;
    row.low = interval.low;
    row.high = interval.high;
    changed = row.low > 1.0 || row.high < 1.0;  // the interval excludes "no change"
    worse = row.info.higher_is_worse ? row.low > 1.0 : row.high < 1.0;
    beyond = beyond_threshold(1.0, row.ratio, row.threshold) &&
             std::abs(row.new_median - row.base_median) > row.absolute;
  }
  if (changed) row.verdict = worse ? AbVerdict::slower : AbVerdict::faster;
  row.regression = row.verdict == AbVerdict::slower && beyond && row.report_only.empty();
  return row;
}

std::string render_ab(const std::vector<AbMetric>& rows) {
  std::vector<std::vector<std::string>> table{{"cell", "metric", "kind", "base", "new", "unit",
                                               "change", "95% interval", "threshold", "verdict",
                                               "gate"}};
  for (const auto& row : rows) {
    table.push_back({row.cell, row.metric, to_string(row.info.kind), format_figure(row.base_median),
                     format_figure(row.new_median), row.info.unit, format_change(row.ratio - 1.0),
                     interval_text(row), threshold_text(row.threshold, row.absolute),
                     to_string(row.verdict), gate_text(row)});
  }
  return format_columns(table,
                        {false, false, false, true, true, false, true, true, true, false, false});
}

std::string render_ab_markdown(const std::vector<AbMetric>& rows,
                               const std::vector<std::string>& notes, const std::string& title) {
  std::ostringstream out;
  const bool failed =
      std::any_of(rows.begin(), rows.end(), [](const AbMetric& row) { return row.regression; });
  out << "### " << title << ": " << (failed ? "regression" : "no regression") << "\n\n"
      << "change: new/base - 1, the median of the pairs' ratios (of the medians, for a count). A "
         "time fails the gate when it is "
         "slower beyond its threshold and its bootstrap interval excludes no change; a count when "
         "it moved beyond its tolerance "
         "in the worse direction.\n\n"
      << "| cell | metric | kind | base | new | unit | change | 95% interval | threshold | verdict "
         "| gate |\n"
      << "|---|---|---|---:|---:|---|---:|---|---:|---|---|\n";
  for (const auto& row : rows) {
    out << "| `" << row.cell << "` | " << row.metric << " | " << to_string(row.info.kind) << " | "
        << format_figure(row.base_median) << " | " << format_figure(row.new_median) << " | "
        << row.info.unit << " | " << format_change(row.ratio - 1.0) << " | " << interval_text(row)
        << " | " << threshold_text(row.threshold, row.absolute) << " | " << to_string(row.verdict)
        << " | " << (row.regression ? "**FAIL**" : gate_text(row)) << " |\n";
  }
  if (!notes.empty()) out << "\nNotes:\n\n";
  for (const auto& note : notes) out << "- " << note << "\n";
  return out.str();
}

int ab_command(const AbRequest& request, std::ostream& out, std::ostream& err) {
  Config config;
  PreparedSweep sweep;
  RunSettings base_settings, new_settings;
  int pairs = 0;
  try {
    for (const auto& path : {request.markdown_path, request.json_path}) {
      if (path) check_output_file(*path);  // before the work, not after
    }
    config = load_config(request.config_path, source_directory());
    RunRequest run_request;
    run_request.bin_directory = request.base_directory;
    sweep = prepare_sweep(config, run_request);
    base_settings = sweep.settings;
    new_settings = sweep.settings;
    new_settings.binaries = binaries_in(request.new_directory);
    pairs = request.pairs.value_or(config.repetitions);
    for (const auto& [settings, option] :
         {std::pair{&base_settings, "--base"}, std::pair{&new_settings, "--new"}}) {
      try {
        require_binaries(*settings, sweep.cells);
      } catch (const std::runtime_error& error) {
        throw std::invalid_argument(std::string(option) + ": " + error.what());
      }
    }
  } catch (const std::exception& error) {
    err << "error: " << error.what() << "\n";
    return 2;
  }
  const std::uint64_t seed = request.seed.value_or(std::random_device{}());
  std::mt19937_64 order_generator(seed);
  std::bernoulli_distribution base_first(0.5);
  std::vector<CellPairs> cells;
  for (const auto& cell : sweep.cells) {
    if (!cell.skip) cells.push_back({&cell, {}, {}, {}, ""});
  }
  const double load_at_start = load_average_1min();
  const auto started = std::chrono::system_clock::now();
  out << "ab: " << config.name << ", " << cells.size() << " cells x " << pairs << " pairs, base "
      << request.base_directory.string() << ", new " << request.new_directory.string() << ", seed "
      << seed << "\n";
  bool interrupted = false;
  std::vector<std::string> retries;
  {
    InterruptHandler interrupts;
    for (int pair = 1; pair <= pairs && !interrupted; ++pair) {
      for (auto& cell : cells) {
        if (!cell.failure.empty()) continue;
        const bool a_first = base_first(order_generator);
        cell.order.push_back(a_first ? "AB" : "BA");
        for (const bool base_side : {a_first, !a_first}) {
          const auto failure =
              base_side ? run_side(*cell.cell, pair, base_settings, "base", cell.base, retries)
                        : run_side(*cell.cell, pair, new_settings, "new", cell.current, retries);
          if (interrupt_requested()) interrupted = true;
          if (failure && !interrupted) cell.failure = *failure;
          if (failure || interrupted) break;
        }
        // A pair counts only whole.
        const std::size_t whole = std::min(cell.base.size(), cell.current.size());
        cell.base.resize(whole);
        cell.current.resize(whole);
        if (interrupted) break;
      }
      err << "\rab: pair " << pair << "/" << pairs << std::flush;
    }
    err << "\n";
  }
  std::vector<AbMetric> rows;
  std::vector<std::string> notes = retries;
  std::uint64_t metric_seed = seed;
  for (const auto& cell : cells) {
    const std::string id = cell_id(cell.cell->parameters);
    if (!cell.failure.empty()) notes.push_back(id + ": FAILED " + cell.failure);
    for (const auto& metric : metric_names(config, cell)) {
      std::vector<double> base, current;
      for (std::size_t i = 0; i < cell.base.size(); ++i) {
        const auto before = figure(cell.base[i], metric), after = figure(cell.current[i], metric);
        if (before && after) {
          base.push_back(*before);
          current.push_back(*after);
        }
      }
      if (base.empty()) continue;
      rows.push_back(judge_pairs(id, metric, base, current, rule_for(config, metric),
                                 request.confidence, ++metric_seed));
    }
  }
  for (const auto& entry : config.gate) {
    if (!entry.report_only.empty())
      notes.push_back(entry.name + " is report only: " + entry.report_only);
  }
  const double load_at_end = load_average_1min();
  char load[96];
  std::snprintf(load, sizeof load,
                "load average (1 min) %.2f at the start, %.2f at the end, on %d online CPUs",
                load_at_start, load_at_end, this_machine().online);
  notes.push_back(load);
  notes.push_back("seed " + std::to_string(seed) + " (--seed replays the order of each pair)");
  if (interrupted)
    notes.push_back("interrupted by signal " + std::to_string(interrupt_signal()) +
                    ": the pairs done so far are judged");
  const bool regression =
      std::any_of(rows.begin(), rows.end(), [](const AbMetric& row) { return row.regression; });
  const bool failed = std::any_of(cells.begin(), cells.end(),
                                  [](const CellPairs& cell) { return !cell.failure.empty(); });
  out << render_ab(rows);
  for (const auto& note : notes) out << "  - " << note << "\n";
  out << (regression ? "REGRESSION: slower beyond a threshold, the interval excluding no change\n"
          : failed   ? "FAILED: a cell failed with one of the builds\n"
                     : "no regression\n");
  try {
    if (request.markdown_path) {
      write_output_file(*request.markdown_path,
                        render_ab_markdown(rows, notes, "gilbench ab " + config.name));
      out << "markdown: " << request.markdown_path->string() << "\n";
    }
    if (request.json_path) {
      Json report;
      report["context"] = machine_context(started);
      report["context"]["config_file"] = config.file;
      report["context"]["config"] = config.source;
      Json cells_json = Json::array();
      for (const auto& cell : cells) {
        cells_json.push_back(
            {{"id", cell_id(cell.cell->parameters)},
             {"pairs", cell.base.size()},
             {"order", cell.order},
             {"failure", cell.failure.empty() ? Json(nullptr) : Json(cell.failure)}});
      }
      Json metrics = Json::array();
      for (const auto& row : rows) metrics.push_back(row_json(row));
      report["ab"] = {
          {"command_line", request.command_line},
          {"base_directory", request.base_directory.string()},
          {"new_directory", request.new_directory.string()},
          {"pairs_asked", pairs},
          {"seed", seed},
          {"confidence", request.confidence},
          {"load_average_1min",
           {{"start", std::isfinite(load_at_start) ? Json(load_at_start) : Json(nullptr)},
            {"end", std::isfinite(load_at_end) ? Json(load_at_end) : Json(nullptr)}}},
          {"cells", cells_json},
          {"metrics", metrics},
          {"regression", regression}};
      write_output_file(*request.json_path, report.dump(2) + "\n");
      out << "json: " << request.json_path->string() << "\n";
    }
  } catch (const OutputFileError& error) {
    err << "error: " << error.what() << "\n";
    return 1;
  }
  if (interrupted) return 128 + interrupt_signal();
  return regression || failed ? 1 : 0;
}

}  // namespace gilbench::harness
