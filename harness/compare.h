// `gilbench compare BASE NEW`: matches cells by their parameters and, per cell, tests the
// relative change of median total time, RTT p50/p99 and CPU-thread throughput with a two-sided
// Mann–Whitney U test across repetitions. A regression is a change in the worse direction that
// is both beyond the threshold and significant; a cell that was ok and now fails is one too.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/config.h"
#include "harness/metric_kinds.h"

namespace gilbench::harness {

// Unreadable or not a gilbench report: exit status 2.
class CompareInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CompareOptions {
  // The smallest factor between the medians that counts, less 1, either way: 0.10 = a factor
  // of 1.1 (+10 % for a time, -9.1 % for a throughput); 3.0 = a factor of 4.
  double threshold = 0.10;
  double alpha = 0.05;
  std::vector<std::string> metrics;  // --metrics: compare only these; empty: the default set
  std::optional<std::filesystem::path> markdown_path;
  // --gate CONFIG: compare exactly these metrics, each with its own threshold (then `threshold`
  // and `metrics` are not used).
  std::vector<GateMetric> gate;
};

// "10%" -> 0.10; a bare number is a fraction ("0.1"). Throws std::invalid_argument.
double parse_threshold(const std::string& text);

// A count (metric_kinds.h) beyond its tolerance is a regression or an improvement outright: noise
// does not move it. report_only: a gate metric shown but never failing (GateMetric::report_only).
// A relative change as a signed percentage with one decimal: "+10.0%", "-3.2%"; "n/a" when not
// finite.
std::string format_change(double fraction);

// Whether `current` differs from `base` by more than a factor of 1 + threshold either way (a
// zero on one side only always does) and by more than `absolute` (GateMetric::absolute).
bool beyond_threshold(double base, double current, double threshold, double absolute = 0);

// "10.0%", or "10.0% and 0.5" when a change must also exceed an absolute difference.
std::string threshold_text(double threshold, double absolute = 0);

enum class Verdict {
  unchanged,
  regression,
  improvement,
  not_significant,
  untestable,
  within_threshold,
  report_only
};
const char* to_string(Verdict verdict);

struct MetricComparison {
  std::string cell;    // the cell's id
  std::string metric;  // total_s, rtt_p50_us, rtt_p99_us, fib_calls_per_s, or a script's figure
  MetricKind kind = MetricKind::other;
  std::string unit;
  double threshold = 0;  // the one applied
  double absolute = 0;   // GateMetric::absolute, when the gate gives one
  double base_median = 0, new_median = 0;
  double change = 0;  // new / base - 1
  double p_value = 1;
  std::size_t base_n = 0, new_n = 0;
  Verdict verdict = Verdict::unchanged;
};

struct Comparison {
  std::vector<MetricComparison> rows;
  std::vector<std::string> broken;  // cells ok in BASE that failed in NEW
  std::vector<std::string> notes;
  bool has_regression() const;
};

// Throws CompareInputError for input that is not a gilbench report.
Comparison compare_reports(const nlohmann::ordered_json& base,
                           const nlohmann::ordered_json& current, const CompareOptions& options);
// Reads a report file; throws CompareInputError naming it (also for a directory, a device or a
// file over kMaxReportBytes).
inline constexpr std::size_t kMaxReportBytes = std::size_t{256} << 20;
nlohmann::ordered_json read_report(const std::filesystem::path& path);

std::string render_comparison(const Comparison& comparison, const CompareOptions& options);
std::string render_comparison_markdown(const Comparison& comparison, const CompareOptions& options,
                                       const std::string& base_name, const std::string& new_name);

// Exit status: 1 for a regression, 0 otherwise, 2 for bad input.
int compare_command(const std::filesystem::path& base, const std::filesystem::path& current,
                    const CompareOptions& options, std::ostream& out, std::ostream& err);

}  // namespace gilbench::harness
