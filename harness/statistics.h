// Statistics across repetitions: medians with a distribution-free interval, and the two-sided
// Mann–Whitney U test that `compare` uses (exact for small samples, ties included).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gilbench::harness {

double median(std::vector<double> values);  // throws std::invalid_argument when empty

// The median of repetitions and an interval that covers the population median with at least
// 95 % probability, from order statistics (binomial, distribution-free). With fewer than 6
// values no such interval exists: it is then the min–max range, whose coverage 1 - 2^(1-n)
// is stated (75 % for 3 values).
struct Summary {
  std::size_t n = 0;
  double median = 0, min = 0, max = 0;
  double interval_low = 0, interval_high = 0;
  double interval_coverage = 0;  // the interval's actual coverage probability, 0..1
  std::string interval_method;
};
Summary summarize(const std::vector<double>& values);  // throws std::invalid_argument when empty

// A percentile bootstrap interval for the median: `resamples` samples of the values drawn with
// replacement, each's median, and the nearest-rank percentiles (common/stats.h) of those at
// (1 - confidence)/2 and (1 + confidence)/2. The generator is seeded with `seed`, so that a
// verdict can be reproduced. Throws std::invalid_argument when `values` is empty.
struct BootstrapInterval {
  double median = 0;  // of the values themselves
  double low = 0, high = 0;
  double confidence = 0;
  std::size_t resamples = 0;
};
inline constexpr std::size_t kBootstrapResamples = 2000;
BootstrapInterval bootstrap_median_interval(const std::vector<double>& values, double confidence,
                                            std::uint64_t seed,
                                            std::size_t resamples = kBootstrapResamples);

struct MannWhitneyResult {
  double u = 0;        // U of the first sample: pairs (x, y) with x > y, ties counting 1/2
  double p_value = 1;  // two-sided
  bool exact = true;   // false: normal approximation (large samples)
};

// Two-sided test of "the samples come from the same distribution". Exact permutation
// distribution of the rank sum (mid-ranks for ties) while n1 + n2 <= kExactLimit, normal
// approximation with tie and continuity corrections beyond. Throws on an empty sample.
inline constexpr std::size_t kMannWhitneyExactLimit = 80;
MannWhitneyResult mann_whitney_u(const std::vector<double>& first,
                                 const std::vector<double>& second);

// The smallest two-sided p-value any data can give with samples of these sizes (no ties):
// 2 / C(n1 + n2, n1). With 3 and 3 it is 0.1, so nothing is significant at 0.05.
double smallest_p_value(std::size_t n1, std::size_t n2);

// The fewest repetitions per side (equal sizes) for which smallest_p_value <= alpha.
std::size_t repetitions_needed(double alpha);

// The modes of a bimodal figure: the 2-core convoy forms in some runs and not in others, so
// repetitions of an RTT cluster around two values orders of magnitude apart. The sorted values
// split at the widest ratio between neighbours when it is at least kModeGap; otherwise (or with
// a value <= 0) they are one mode. Lowest mode first.
inline constexpr double kModeGap = 3.0;
struct Mode {
  std::size_t count = 0;
  double median = 0, min = 0, max = 0;
};
std::vector<Mode> find_modes(std::vector<double> values);  // empty for no values

}  // namespace gilbench::harness
