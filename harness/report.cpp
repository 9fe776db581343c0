#include "harness/report.h"

#include <algorithm>
#include <cmath>

#include "common/duration.h"
#include "common/output_file.h"
#include "common/stats.h"
#include "harness/build_info.h"
#include "harness/context.h"
#include "harness/metric_kinds.h"
#include "harness/statistics.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

double seconds_between(std::chrono::system_clock::time_point from,
                       std::chrono::system_clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

Json summary_json(const std::string& name, const Summary& summary,
                  const std::vector<double>& values) {
  const MetricInfo info = metric_info(name);
  return {{"kind", to_string(info.kind)},
          {"unit", info.unit},
          {"median", summary.median},
          {"min", summary.min},
          {"max", summary.max},
          {"interval_95_low", summary.interval_low},
          {"interval_95_high", summary.interval_high},
          {"values", values}};
}

// Metric names in the order they first appear.
std::vector<std::string> metric_names(
    const std::vector<std::vector<std::pair<std::string, double>>>& repetitions) {
  std::vector<std::string> names;
  for (const auto& metrics : repetitions) {
    for (const auto& [name, value] : metrics) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  return names;
}

}  // namespace

std::string cell_id(const CellParameters& parameters) {
  std::string id = (parameters.series.empty() ? "" : parameters.series + ":") + parameters.server;
  if (parameters.has_gil_axes()) {
    id += "/" + parameters.design() + "/" + format_duration(parameters.switch_interval) + "/" +
          std::to_string(parameters.check_interval) + "/t" + std::to_string(parameters.cpu_threads);
  }
  id += "/k" + std::to_string(parameters.cores);
  if (parameters.placement) id += std::string("/") + to_string(*parameters.placement);
  return id;
}

double weighted_percentile(WeightedSamples samples, double percent) {
  if (samples.empty()) throw std::invalid_argument("percentile of no samples");
  std::sort(samples.begin(), samples.end());
  std::uint64_t total = 0;
  for (const auto& [value, count] : samples) total += count;
  const std::uint64_t rank = nearest_rank(total, percent);
  std::uint64_t seen = 0;
  for (const auto& [value, count] : samples) {
    seen += count;
    if (seen >= rank) return value;
  }
  return samples.back().first;
}

std::optional<double> metric_median(const Json& cell, const std::string& metric) {
  if (!cell.contains("aggregates") || !cell["aggregates"].is_object() ||
      !cell["aggregates"].contains("metrics"))
    return std::nullopt;
  const Json& metrics = cell["aggregates"]["metrics"];
  if (!metrics.contains(metric)) return std::nullopt;
  return metrics[metric].at("median").get<double>();
}

Json versus_baseline(const std::string& baseline_id, const Json& aggregates,
                     const Json& baseline_aggregates) {
  Json comparison{{"baseline_cell", baseline_id}};
  if (!aggregates.is_object() || !baseline_aggregates.is_object()) return comparison;
  const Json& mine = aggregates.at("metrics");
  const Json& theirs = baseline_aggregates.at("metrics");
  for (const char* metric : {"total_s", "rtt_p50_us", "rtt_p99_us"}) {
    if (!mine.contains(metric) || !theirs.contains(metric)) continue;
    const double reference = theirs[metric]["median"].get<double>();
    if (reference > 0)
      comparison[std::string(metric) + "_ratio"] = mine[metric]["median"].get<double>() / reference;
  }
  return comparison;
}

std::string host_label_of(const Json& report, const Json& cell) {
  if (cell.contains("host_label")) return cell["host_label"].get<std::string>();
  const Json& context = report.at("context");
  return context.value("host_label",
                       context.value("host", "?"));  // reports before labels: the host name
}

std::vector<std::string> host_labels(const Json& report) {
  std::vector<std::string> labels;
  for (const auto& cell : report.at("cells")) {
    std::string label = host_label_of(report, cell);
    if (std::find(labels.begin(), labels.end(), label) == labels.end())
      labels.push_back(std::move(label));
  }
  return labels;
}

Report::Report(const Config& config, std::vector<Cell> cells, RunDescription run,
               std::chrono::system_clock::time_point started, RunScope scope)
    : config_(config),
      cells_(std::move(cells)),
      states_(cells_.size()),
      run_(std::move(run)),
      scope_(std::move(scope)),
      started_(started),
      machine_(machine_context(started)) {
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (cells_[i].skip) {
      states_[i].status = Status::skipped;
      states_[i].reason = *cells_[i].skip;
    }
  }
}

void Report::leave_out(std::size_t cell) { states_.at(cell).left_out = true; }

void Report::carry(std::size_t cell, Json finished) {
  auto& state = states_.at(cell);
  state.status = Status::ok;
  state.reason.clear();
  state.carried = std::move(finished);
}

bool Report::needs_run(std::size_t cell) const {
  const auto& state = states_.at(cell);
  return !cells_[cell].skip && !state.left_out && !is_carried(cell);
}

void Report::add_repetition(std::size_t cell, RepetitionOutcome outcome) {
  auto& state = states_.at(cell);
  if (outcome.status == Status::ok) {
    state.metrics.push_back(repetition_metrics(outcome.record));
    state.samples.push_back(std::move(outcome.rtt_samples_us));
  }
  state.repetitions.push_back(std::move(outcome.record));
}

void Report::finish_cell(std::size_t cell, Status status, std::string reason) {
  states_.at(cell).status = status;
  states_.at(cell).reason = std::move(reason);
}

void Report::mark_interrupted(const std::string& reason) {
  interrupted_ = true;
  interrupt_reason_ = reason;
  for (auto& state : states_) {
    if (state.status == Status::pending) {
      state.status = Status::interrupted;
      state.reason = reason;
    }
  }
}

void Report::set_finished(std::chrono::system_clock::time_point finished) { finished_ = finished; }

Json Report::aggregates_json(const CellState& state) const {
  if (!state.carried.is_null()) return state.carried.value("aggregates", Json());
  if (state.metrics.empty()) return nullptr;
  Json aggregates;
  aggregates["repetitions"] = state.metrics.size();
  const std::vector<std::string> names = metric_names(state.metrics);
  Json metrics = Json::object();
  for (const auto& name : names) {
    std::vector<double> values;
    for (const auto& repetition : state.metrics) {
      for (const auto& [metric, value] : repetition) {
        if (metric == name) values.push_back(value);
      }
    }
    const Summary summary = summarize(values);
    if (!aggregates.contains("interval_95_method")) {
      aggregates["interval_95_method"] = summary.interval_method;
      aggregates["interval_95_coverage"] = summary.interval_coverage;
    }
    metrics[name] = summary_json(name, summary, values);
  }
  aggregates["metrics"] = std::move(metrics);
  WeightedSamples pooled;
  for (const auto& samples : state.samples)
    pooled.insert(pooled.end(), samples.begin(), samples.end());
  if (!pooled.empty()) {
    Json curve = Json::array();
    for (const double percent : kCurvePercentiles)
      curve.push_back({{"percentile", percent}, {"rtt_us", weighted_percentile(pooled, percent)}});
    aggregates["rtt_percentile_curve_us"] = std::move(curve);
  }
  return aggregates;
}

Json Report::versus_baseline_json(std::size_t index) const {
  const auto& cell = cells_[index];
  if (!cell.baseline_index) return nullptr;
  const auto baseline = *cell.baseline_index;
  return versus_baseline(cell_id(cells_[baseline].parameters), aggregates_json(states_[index]),
                         aggregates_json(states_[baseline]));
}

Json Report::cell_json(std::size_t index) const {
  const auto& cell = cells_[index];
  const auto& state = states_[index];
  if (!state.carried.is_null()) {  // as measured then; only the slowdown follows today's baseline
    Json json = state.carried;
    json["index"] = index;
    json["versus_baseline"] = versus_baseline_json(index);
    return json;
  }
  Json json;
  json["index"] = index;
  json["id"] = cell_id(cell.parameters);
  json["parameters"] = parameters_json(cell.parameters);
  json["status"] = to_string(state.status);
  if (!state.reason.empty()) json["reason"] = state.reason;
  json["is_baseline"] = cell.is_baseline;
  json["cpus"] = {{"server", cell.server_cpus}, {"client", cell.client_cpus}};
  if (cell.interpreter) json["interpreter"] = cell.interpreter->to_json();
  json["repetitions"] = state.repetitions;
  json["aggregates"] = aggregates_json(state);
  json["versus_baseline"] = versus_baseline_json(index);
  return json;
}

Json Report::run_json() const {
  std::size_t counts[5] = {};
  std::size_t total = 0, carried = 0;
  for (const auto& state : states_) {
    if (state.left_out) continue;
    ++counts[static_cast<int>(state.status)];
    ++total;
    carried += state.carried.is_null() ? 0 : 1;
  }
  const auto& settings = run_.settings;
  Json run;
  run["status"] = interrupted_ ? "interrupted" : finished_ ? "complete" : "running";
  if (interrupted_) run["reason"] = interrupt_reason_;
  run["command_line"] = run_.command_line;
  run["started"] = utc_iso8601(started_);
  run["finished"] = finished_ ? Json(utc_iso8601(*finished_)) : Json(nullptr);
  run["wall_s"] = seconds_between(started_, finished_.value_or(std::chrono::system_clock::now()));
  run["repetitions"] = run_.repetitions;
  run["quick"] = run_.quick;
  run["selected_designs"] = run_.selection.designs;
  run["selected_cores"] = run_.selection.cores;
  run["workload"] = {
      {"kind", to_string(settings.workload.kind)},
      {"cpu_threads_default", settings.workload.cpu_threads},
      {"script",
       settings.workload.script.empty() ? Json(nullptr) : Json(settings.workload.script.string())},
      {"args", settings.workload.args}};
  if (settings.workload.kind == WorkloadKind::echo) {
    run["client"] = {{"messages", settings.client.messages},
                     {"size_bytes", settings.client.size_bytes},
                     {"warmup_messages", settings.client.warmup_messages},
                     {"rate_per_s", settings.client.rate_per_s ? Json(*settings.client.rate_per_s)
                                                               : Json(nullptr)}};
  }
  run["timeouts"] = {{"cell_s", std::chrono::duration<double>(settings.cell_timeout).count()},
                     {"listen_s", std::chrono::duration<double>(settings.listen_timeout).count()}};
  run["binaries"] = {{"echo_server", settings.binaries.echo_server.string()},
                     {"echo_client", settings.binaries.echo_client.string()},
                     {"floor_server", settings.binaries.floor_server.string()},
                     {"vm", settings.binaries.vm.string()}};
  run["shard"] = scope_.shard ? Json{{"index", scope_.shard->index},
                                     {"count", scope_.shard->count},
                                     {"cells_in_sweep", cells_.size()},
                                     {"expected_s", scope_.shard_expected_s}}
                              : Json(nullptr);
  run["resumed_from"] = scope_.resumed_from.empty()
                            ? Json(nullptr)
                            : Json{{"report", scope_.resumed_from}, {"cells_carried", carried}};
  run["cells"] = {{"total", total},
                  {"ok", counts[static_cast<int>(Status::ok)]},
                  {"failed", counts[static_cast<int>(Status::failed)]},
                  {"skipped", counts[static_cast<int>(Status::skipped)]},
                  {"interrupted", counts[static_cast<int>(Status::interrupted)]},
                  {"pending", counts[static_cast<int>(Status::pending)]}};
  return run;
}

Json Report::to_json() const {
  Json report;
  for (const auto& [key, value] :
       machine_.items()) {  // the label right after the host name it defaults to
    report["context"][key] = value;
    if (key == "host")
      report["context"]["host_label"] = scope_.host_label.empty() ? value : Json(scope_.host_label);
  }
  report["context"]["config_file"] = config_.file;
  report["context"]["config"] = config_.source;
  report["run"] = run_json();
  Json cells = Json::array();
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (!states_[i].left_out) cells.push_back(cell_json(i));
  }
  report["cells"] = std::move(cells);
  return report;
}

void Report::write(const std::filesystem::path& path) const {
  write_output_file(path, to_json().dump(2) + "\n");
}

}  // namespace gilbench::harness
