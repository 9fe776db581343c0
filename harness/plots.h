// Plots with gnuplot, when it is installed: round-trip percentile curves per design (PNG), and
// for switch-interval sweeps the trade-off between RTT p99 and CPU-thread throughput.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gilbench::harness {

struct PlotResult {
  std::vector<std::filesystem::path> files;
  std::vector<std::string> notes;  // what was skipped and why
};

// gnuplot's path, as `command -v gnuplot` finds it.
std::optional<std::filesystem::path> find_gnuplot();

// Writes <stem>-latency-<design>.png and <stem>-tradeoff.png next to the report.
PlotResult draw_plots(const nlohmann::ordered_json& report,
                      const std::filesystem::path& report_path);

// After a run or a merge: the summary table, the report's path and, unless `plots` is false, the
// plots drawn next to it. A plot problem is printed, never thrown: the report is written.
void print_summary_and_plots(const nlohmann::ordered_json& report,
                             const std::filesystem::path& report_path, bool plots,
                             std::ostream& out);

// Writes <stem>-tune.png: a `tune` report's curve with its SLO and recommendation marked.
PlotResult draw_tune_plot(const nlohmann::ordered_json& report,
                          const std::filesystem::path& report_path);

}  // namespace gilbench::harness
