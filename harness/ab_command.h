// `gilbench ab --base DIR --new DIR CONFIG`: the paired, interleaved A/B comparison of two
// builds. Each pair runs one repetition of a cell with each build, back to back, in an order
// drawn at random per pair (so that neither build always runs first, warm or cold), and the
// pairs of all cells alternate, so that whatever the shared machine does meanwhile falls on
// both builds alike. Per cell and metric: the ratio new/base (the median of the pairs' ratios)
// with a bootstrap confidence interval, and a verdict. A count (metric_kinds.h) is judged
// against its tolerance alone: noise does not move it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "harness/config.h"
#include "harness/metric_kinds.h"

namespace gilbench::harness {

struct AbRequest {
  std::filesystem::path config_path;
  std::filesystem::path base_directory, new_directory;  // build trees or folders of the binaries
  std::optional<int> pairs;           // --pairs; default: the config's repetitions
  std::optional<std::uint64_t> seed;  // --seed; default: drawn, and printed
  double confidence = 0.95;
  std::optional<std::filesystem::path> markdown_path;  // --markdown FILE
  std::optional<std::filesystem::path> json_path;      // --json FILE
  std::vector<std::string> command_line;
};

// Without a "gate" block in the config, every metric is judged with these.
inline constexpr double kDefaultCountTolerance = 0.0;
inline constexpr double kDefaultTimeThreshold = 0.10;

enum class AbVerdict { no_change, slower, faster };
const char* to_string(AbVerdict verdict);  // "no change", "slower", "faster"

struct AbMetric {
  std::string cell, metric;
  MetricInfo info;
  double threshold = 0;
  double absolute = 0;      // GateMetric::absolute
  std::string report_only;  // the gate's reason, when shown only
  std::size_t pairs = 0;
  double base_median = 0, new_median = 0;
  double ratio = 1;  // new / base: the median of the pairs' ratios (of the medians, for a count)
  double low = 1,
         high = 1;  // the bootstrap interval of the ratio (a count has none: low = high = ratio)
  AbVerdict verdict = AbVerdict::no_change;
  bool regression =
      false;  // slower, beyond the threshold, the interval excluding 1, not report only
};

// Judges one metric of one cell from the paired values (base[i] and current[i] ran as pair i).
// A time: slower or faster when the interval excludes 1 (whatever the threshold), a regression
// when slower and the ratio is beyond the threshold. A count: slower or faster when the
// medians differ beyond the tolerance, a regression when slower. Pairs with a zero base value
// are left out of the ratios; a metric with none left is judged on its medians.
AbMetric judge_pairs(const std::string& cell, const std::string& metric,
                     const std::vector<double>& base, const std::vector<double>& current,
                     const GateMetric& rule, double confidence, std::uint64_t seed);

// The rule for `metric`: the gate's entry, or the defaults above by kind.
GateMetric rule_for(const Config& config, const std::string& metric);

std::string render_ab(const std::vector<AbMetric>& rows);
std::string render_ab_markdown(const std::vector<AbMetric>& rows,
                               const std::vector<std::string>& notes, const std::string& title);

// Exit status: 0 no regression; 1 a regression, or a cell that failed with either build;
// 2 a bad config, option or build directory; 128 + the signal when interrupted.
int ab_command(const AbRequest& request, std::ostream& out, std::ostream& err);

}  // namespace gilbench::harness
