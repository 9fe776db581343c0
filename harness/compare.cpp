#include "harness/compare.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "common/input_file.h"
#include "common/output_file.h"
#include "harness/context.h"
#include "harness/metric_kinds.h"
#include "harness/report.h"
#include "harness/statistics.h"
#include "harness/table.h"

namespace gilbench::harness {

using Json = nlohmann::ordered_json;

namespace {

const char* const kEchoMetrics[] = {"total_s", "rtt_p50_us", "rtt_p99_us", "fib_calls_per_s"};

void require_report(const Json& report, const std::string& name) {
  if (!report.is_object() || !report.contains("context") ||
      report["context"].value("tool", "") != "gilbench" || !report.contains("cells") ||
      !report["cells"].is_array()) {
    throw CompareInputError(
        name + ": not a gilbench report (no context.tool \"gilbench\" and cells array)");
  }
  const int version = report["context"].value("schema_version", 0);
  if (version != kReportSchemaVersion) {
    throw CompareInputError(name + ": report schema_version " + std::to_string(version) +
                            ", this gilbench reads " + std::to_string(kReportSchemaVersion));
  }
}

std::vector<double> metric_values(const Json& cell, const std::string& metric) {
  const Json& aggregates = cell.value("aggregates", Json());
  if (!aggregates.is_object() || !aggregates.contains("metrics") ||
      !aggregates["metrics"].contains(metric))
    return {};
  return aggregates["metrics"][metric].at("values").get<std::vector<double>>();
}

// The metrics named by --metrics or the gate (`wanted`, in that order) that the cell has; with
// none named, the default set.
std::vector<std::string> metrics_to_compare(const Json& cell,
                                            const std::vector<std::string>& wanted) {
  const Json& aggregates = cell.value("aggregates", Json());
  if (!aggregates.is_object() || !aggregates.contains("metrics")) return {};
  const Json& metrics = aggregates["metrics"];
  std::vector<std::string> names;
  if (!wanted.empty()) {
    for (const auto& name : wanted) {
      if (metrics.contains(name)) names.push_back(name);
    }
    return names;
  }
  if (metrics.contains("total_s") && metrics.contains("rtt_p50_us")) {  // echo cell
    for (const char* name : kEchoMetrics) {
      if (metrics.contains(name)) names.emplace_back(name);
    }
    return names;
  }
  for (const auto& [name, ignored] :
       metrics.items()) {  // script cell: its own figures, not the /proc ones
    if (!name.starts_with("process_")) names.push_back(name);
  }
  return names;
}

// Two cells with the same parameters on one host (a sweep that repeated a cell, before configs
// refused that) cannot be paired with the other report's cells: refused rather than paired at
// random.
void require_distinct_cells(const Json& report, const std::string& name) {
  const Json& cells = report["cells"];
  for (std::size_t i = 0; i < cells.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (cells[i].value("parameters", Json()) == cells[j].value("parameters", Json()) &&
          cells[i].value("host_label", Json()) == cells[j].value("host_label", Json())) {
        throw CompareInputError(name + ": cells " + std::to_string(j + 1) + " and " +
                                std::to_string(i + 1) + " (" + cells[i].value("id", "?") +
                                ") have the same parameters: they cannot be paired");
      }
    }
  }
}

// Every --metrics name must be a metric some cell of either report has: a typo would otherwise
// compare nothing and pass the gate.
void require_known_metrics(const Json& base, const Json& current,
                           const std::vector<std::string>& wanted, const std::string& option) {
  std::vector<std::string> known;
  for (const Json* report : {&base, &current}) {
    for (const auto& cell : (*report)["cells"]) {
      const Json& aggregates = cell.value("aggregates", Json());
      if (!aggregates.is_object() || !aggregates.contains("metrics")) continue;
      for (const auto& [name, ignored] : aggregates["metrics"].items()) {
        if (std::find(known.begin(), known.end(), name) == known.end()) known.push_back(name);
      }
    }
  }
  for (const auto& name : wanted) {
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string listed;
    for (const auto& k : known) listed += (listed.empty() ? "" : ", ") + k;
    throw CompareInputError(option + " " + (name.empty() ? "\"\"" : name) +
                            ": no cell of either report has this metric (they have: " +
                            (listed.empty() ? "none" : listed) + ")");
  }
}

// The cell of `report` with these parameters; when the reports hold several hosts (merged), on
// the same host label too.
const Json* find_cell(const Json& report, const Json& parameters,
                      const std::optional<std::string>& host_label) {
  for (const auto& cell : report["cells"]) {
    if (cell.at("parameters") == parameters &&
        (!host_label || host_label_of(report, cell) == *host_label))
      return &cell;
  }
  return nullptr;
}

// The gate's entry for `metric`, if compare runs with --gate and has one.
const GateMetric* gate_entry(const CompareOptions& options, const std::string& metric) {
  for (const auto& entry : options.gate) {
    if (entry.name == metric) return &entry;
  }
  return nullptr;
}

std::optional<MetricComparison> compare_metric(const std::string& id, const std::string& metric,
                                               const std::vector<double>& before,
                                               const std::vector<double>& after,
                                               const CompareOptions& options) {
  if (before.empty() || after.empty()) return std::nullopt;
  const MetricInfo info = metric_info(metric);
  const GateMetric* gate = gate_entry(options, metric);
  MetricComparison row;
  row.cell = id;
  row.metric = metric;
  row.kind = info.kind;
  row.unit = info.unit;
  row.threshold = gate ? gate->threshold : options.threshold;
  row.absolute = gate ? gate->absolute : 0;
  row.base_median = median(before);
  row.new_median = median(after);
  row.base_n = before.size();
  row.new_n = after.size();
  if (row.base_median == 0 && row.new_median == 0)
    return std::nullopt;  // no CPU thread: nothing to compare
  row.change = row.base_median != 0 ? row.new_median / row.base_median - 1.0 : INFINITY;
  row.p_value = mann_whitney_u(before, after).p_value;
  const bool worse = info.higher_is_worse ? row.change > 0 : row.change < 0;
  const bool beyond =
      beyond_threshold(row.base_median, row.new_median, row.threshold, row.absolute);
  const bool reachable = smallest_p_value(row.base_n, row.new_n) <= options.alpha;
  if (gate && (!gate->report_only.empty() || !gate->paired_only.empty())) {
    row.verdict = Verdict::report_only;
  } else if (!beyond) {
    row.verdict = Verdict::within_threshold;
  } else if (info.kind == MetricKind::count) {  // deterministic: beyond the tolerance is a change,
                                                // no test needed
    row.verdict = worse ? Verdict::regression : Verdict::improvement;
  } else if (!reachable) {
    row.verdict = Verdict::untestable;
  } else if (row.p_value > options.alpha) {
    row.verdict = Verdict::not_significant;
  } else {
    row.verdict = worse ? Verdict::regression : Verdict::improvement;
  }
  return row;
}

std::string p_text(double p) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", p);
  return text;
}

void note_differences(const Json& base, const Json& current, Comparison& comparison) {
  const Json& before = base.value("run", Json::object());
  const Json& after = current.value("run", Json::object());
  if (before.value("client", Json()) != after.value("client", Json())) {
    comparison.notes.push_back(
        "the reports' client settings differ (" + before.value("client", Json()).dump() + " vs " +
        after.value("client", Json()).dump() + "): total times are not comparable");
  }
  if (before.value("quick", false) || after.value("quick", false))
    comparison.notes.push_back("a --quick report is not a measurement");
  const Json& a = base["context"];
  const Json& b = current["context"];
  // A report merged from several hosts has its machines in merged_from: cells are matched by host.
  if (a.contains("cpu_model") && b.contains("cpu_model") &&
      (a.value("cpu_model", "") != b.value("cpu_model", "") ||
       a.value("online_cpus", 0) != b.value("online_cpus", 0))) {
    comparison.notes.push_back("different machines: " + a.value("cpu_model", "?") + " (" +
                               std::to_string(a.value("online_cpus", 0)) + " CPUs) vs " +
                               b.value("cpu_model", "?") + " (" +
                               std::to_string(b.value("online_cpus", 0)) + " CPUs)");
  }
}

// An interpreter spec ("python3") may reach another version on another machine or day: the
// cells still match, but say so.
void note_interpreter_versions(const Json& base, const Json& current, Comparison& comparison) {
  auto versions = [](const Json& report) {
    std::map<std::string, std::string> found;
    for (const auto& cell : report["cells"]) {
      if (cell.contains("interpreter"))
        found[cell["interpreter"].value("spec", "")] = cell["interpreter"].value("version", "");
    }
    return found;
  };
  const auto before = versions(base), after = versions(current);
  for (const auto& [spec, version] : before) {
    const auto other = after.find(spec);
    if (other != after.end() && other->second != version) {
      comparison.notes.push_back("interpreter " + spec + " is " + version + " in BASE and " +
                                 other->second + " in NEW");
    }
  }
}

void note_power(const Comparison& comparison, const CompareOptions& options,
                std::vector<std::string>& notes) {
  for (const auto& row : comparison.rows) {
    if (smallest_p_value(row.base_n, row.new_n) <= options.alpha) continue;
    notes.push_back("with " + std::to_string(row.base_n) + " vs " + std::to_string(row.new_n) +
                    " repetitions the smallest possible two-sided p is " +
                    p_text(smallest_p_value(row.base_n, row.new_n)) + " > alpha " +
                    p_text(options.alpha) + ": no change can be significant; " +
                    std::to_string(repetitions_needed(options.alpha)) +
                    " repetitions on each side would allow it");
    return;  // once is enough
  }
}

}  // namespace

std::string format_change(double fraction) {
  if (!std::isfinite(fraction)) return "n/a";
  char text[32];
  std::snprintf(text, sizeof text, "%+.1f%%", fraction * 100.0);
  return text;
}

bool beyond_threshold(double base, double current, double threshold, double absolute) {
  // Symmetric in the ratio: a threshold of 300% means a factor of 4 either way, so a throughput
  // that falls to a quarter counts as much as a time that grows fourfold.
  if (base == current || std::abs(current - base) <= absolute) return false;
  const double factor = std::max(current / base, base / current);
  return !(factor - 1.0 <= threshold * (1 + 1e-12));  // also true for a zero on one side
}

double parse_threshold(const std::string& text) {
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    throw std::invalid_argument(
        "--threshold \"" + text +
        "\": expected a percentage such as 10% (or a fraction such as 0.1)");
  }
  const std::string rest = text.substr(used);
  if (rest == "%")
    value /= 100.0;
  else if (!rest.empty())
    throw std::invalid_argument("--threshold \"" + text + "\": expected a percentage such as 10%");
  if (!(value >= 0) || !std::isfinite(value))
    throw std::invalid_argument("--threshold must be 0 or more");
  return value;
}

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::unchanged: return "unchanged";
    case Verdict::regression: return "REGRESSION";
    case Verdict::improvement: return "improvement";
    case Verdict::not_significant: return "not significant";
    case Verdict::untestable: return "beyond threshold, too few reps to test";
    case Verdict::within_threshold: return "within threshold";
    case Verdict::report_only: return "report only";
  }
  return "?";
}

bool Comparison::has_regression() const {
  if (!broken.empty()) return true;
  for (const auto& row : rows) {
    if (row.verdict == Verdict::regression) return true;
  }
  return false;
}

Json read_report(const std::filesystem::path& path) {
  std::string text;
  try {
    text = read_input_file(path, kMaxReportBytes);
  } catch (const InputFileError& error) {
    throw CompareInputError(path.string() + ": cannot read the file: " + error.reason());
  }
  try {
    Json report = Json::parse(text);
    require_report(report, path.string());
    return report;
  } catch (const nlohmann::json::exception& error) {
    throw CompareInputError(path.string() + ": not valid JSON: " + error.what());
  }
}

Comparison compare_reports(const Json& base, const Json& current, const CompareOptions& options) {
  require_report(base, "BASE");
  require_report(current, "NEW");
  require_distinct_cells(base, "BASE");
  require_distinct_cells(current, "NEW");
  std::vector<std::string> wanted = options.metrics;
  if (!options.gate.empty()) {
    wanted.clear();
    for (const auto& entry : options.gate) wanted.push_back(entry.name);
  }
  require_known_metrics(base, current, wanted, options.gate.empty() ? "--metrics" : "gate metric");
  Comparison comparison;
  note_differences(base, current, comparison);
  note_interpreter_versions(base, current, comparison);
  std::size_t matched = 0;
  const bool by_host = host_labels(base).size() > 1 || host_labels(current).size() > 1;
  const auto label_of = [&](const Json& report, const Json& cell) {
    return by_host ? std::optional(host_label_of(report, cell)) : std::nullopt;
  };
  for (const auto& cell : current["cells"]) {
    const auto label = label_of(current, cell);
    const std::string id = (label ? *label + ": " : "") + cell.value("id", "?");
    const Json* before = find_cell(base, cell.at("parameters"), label);
    if (!before) {
      comparison.notes.push_back(id + ": only in NEW");
      continue;
    }
    ++matched;
    const std::string was = before->value("status", ""), now = cell.value("status", "");
    if (was == "ok" && now == "failed") {
      comparison.broken.push_back(id + ": ok in BASE, failed in NEW: " + cell.value("reason", ""));
      continue;
    }
    if (was != "ok" || now != "ok") {
      if (was != "skipped" || now != "skipped")
        comparison.notes.push_back(id + ": " + was + " in BASE, " + now + " in NEW: not compared");
      continue;
    }
    for (const auto& metric : metrics_to_compare(cell, wanted)) {
      if (auto row = compare_metric(id, metric, metric_values(*before, metric),
                                    metric_values(cell, metric), options)) {
        comparison.rows.push_back(*row);
      }
    }
  }
  for (const auto& cell : base["cells"]) {
    const auto label = label_of(base, cell);
    if (!find_cell(current, cell.at("parameters"), label))
      comparison.notes.push_back((label ? *label + ": " : "") + cell.value("id", "?") +
                                 ": only in BASE");
  }
  if (matched == 0)
    throw CompareInputError("the reports have no cell in common (different configs?)");
  for (const auto& entry : options.gate) {
    if (!entry.report_only.empty())
      comparison.notes.push_back(entry.name + " is report only: " + entry.report_only);
    if (!entry.paired_only.empty()) {
      comparison.notes.push_back(
          entry.name + " fails the gate only in paired runs (gilbench ab), here it is shown: " +
          entry.paired_only);
    }
  }
  note_power(comparison, options, comparison.notes);
  return comparison;
}

// The rules applied, in one sentence.
std::string rules_text(const CompareOptions& options) {
  std::ostringstream out;
  out << "Medians across repetitions. Counts: beyond the threshold is a change, no test (noise "
         "does not move them). "
      << "Times: a change beyond the threshold must also be significant (two-sided Mann-Whitney U, "
         "alpha "
      << p_text(options.alpha) << "). ";
  if (options.gate.empty()) {
    out << "Threshold " << format_change(options.threshold).substr(1) << " (a factor of "
        << format_figure(1.0 + options.threshold) << " either way).";
  } else {
    out << "Thresholds per metric from the gate (a factor of 1 + threshold either way).";
  }
  return out.str();
}

std::string threshold_text(double threshold, double absolute) {
  std::string text = format_change(threshold).substr(1);
  if (absolute > 0) text += " and " + format_figure(absolute);
  return text;
}

std::string render_comparison(const Comparison& comparison, const CompareOptions& options) {
  std::vector<std::vector<std::string>> rows{
      {"cell", "metric", "kind", "base", "new", "unit", "change", "threshold", "p", "verdict"}};
  for (const auto& row : comparison.rows) {
    rows.push_back({row.cell, row.metric, to_string(row.kind), format_figure(row.base_median),
                    format_figure(row.new_median), row.unit, format_change(row.change),
                    threshold_text(row.threshold, row.absolute), p_text(row.p_value),
                    to_string(row.verdict)});
  }
  std::ostringstream out;
  out << rules_text(options) << "\n\n"
      << format_columns(rows, {false, false, false, true, true, false, true, true, true, false});
  for (const auto& broken : comparison.broken) out << "\nBROKEN: " << broken;
  if (!comparison.broken.empty()) out << "\n";
  if (!comparison.notes.empty()) out << "\nnotes:\n";
  for (const auto& note : comparison.notes) out << "  - " << note << "\n";
  out << "\n"
      << (comparison.has_regression()
              ? "REGRESSION: a change beyond the threshold and significant, or a broken cell\n"
              : "no significant regression beyond the threshold\n");
  return out.str();
}

std::string render_comparison_markdown(const Comparison& comparison, const CompareOptions& options,
                                       const std::string& base_name, const std::string& new_name) {
  std::ostringstream out;
  out << "### gilbench compare: " << (comparison.has_regression() ? "regression" : "no regression")
      << "\n\n"
      << "`" << base_name << "` → `" << new_name << "`. " << rules_text(options) << "\n\n"
      << "| cell | metric | kind | base | new | unit | change | threshold | p | verdict "
         "|\n|---|---|---|---:|---:|---|---:|---:|---:|---|\n";
  for (const auto& row : comparison.rows) {
    out << "| `" << row.cell << "` | " << row.metric << " | " << to_string(row.kind) << " | "
        << format_figure(row.base_median) << " | " << format_figure(row.new_median) << " | "
        << row.unit << " | " << format_change(row.change) << " | "
        << threshold_text(row.threshold, row.absolute) << " | " << p_text(row.p_value) << " | "
        << (row.verdict == Verdict::regression ? "**REGRESSION**" : to_string(row.verdict))
        << " |\n";
  }
  for (const auto& broken : comparison.broken) out << "\n**BROKEN**: " << broken << "\n";
  if (!comparison.notes.empty()) out << "\nNotes:\n\n";
  for (const auto& note : comparison.notes) out << "- " << note << "\n";
  return out.str();
}

int compare_command(const std::filesystem::path& base, const std::filesystem::path& current,
                    const CompareOptions& options, std::ostream& out, std::ostream& err) {
  try {
    if (options.markdown_path)
      check_output_file(*options.markdown_path);  // before the work, not after
    const Comparison comparison = compare_reports(read_report(base), read_report(current), options);
    out << render_comparison(comparison, options);
    if (options.markdown_path) {
      write_output_file(*options.markdown_path,
                        render_comparison_markdown(comparison, options, base.filename().string(),
                                                   current.filename().string()));
      out << "markdown: " << options.markdown_path->string() << "\n";
    }
    return comparison.has_regression() ? 1 : 0;
  } catch (const OutputFileError& error) {
    err << "error: " << error.what() << "\n";
    return 2;
  } catch (const CompareInputError& error) {
    err << "error: " << error.what() << "\n";
    return 2;
  } catch (const nlohmann::json::exception& error) {
    err << "error: malformed gilbench report: " << error.what() << "\n";
    return 2;
  }
}

}  // namespace gilbench::harness
