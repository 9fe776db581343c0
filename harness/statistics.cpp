#include "harness/statistics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <stdexcept>

#include "common/stats.h"

namespace gilbench::harness {

namespace {

// P(Binomial(n, 1/2) <= k).
double binomial_half_cdf(std::size_t n, std::size_t k) {
  double total = 0.0;
  double coefficient = 1.0;  // C(n, i)
  for (std::size_t i = 0; i <= k && i <= n; ++i) {
    total += coefficient;
    coefficient = coefficient * static_cast<double>(n - i) / static_cast<double>(i + 1);
  }
  return total / std::pow(2.0, static_cast<double>(n));
}

std::string percent_text(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", fraction * 100.0);
  return text;
}

// Twice the mid-ranks of the pooled values, so that ties stay integers.
std::vector<long> doubled_midranks(const std::vector<double>& pooled) {
  std::vector<std::size_t> order(pooled.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return pooled[a] < pooled[b]; });
  std::vector<long> ranks(pooled.size());
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start;
    while (end + 1 < order.size() && pooled[order[end + 1]] == pooled[order[start]]) ++end;
    const long doubled =
        static_cast<long>(start + end + 2);  // (start+1 + end+1), i.e. 2 × mid-rank
    for (std::size_t i = start; i <= end; ++i) ranks[order[i]] = doubled;
    start = end + 1;
  }
  return ranks;
}

// Two-sided exact p: how many of the C(N, n1) ways of drawing n1 ranks give a rank sum at
// least as far out as the observed one, on either side.
double exact_p_value(const std::vector<long>& ranks, std::size_t n1, long observed_sum) {
  const long max_sum = std::accumulate(ranks.begin(), ranks.end(), 0L);
  // ways[j][s]: subsets of j ranks (among those seen so far) summing to s.
  std::vector<std::vector<double>> ways(
      n1 + 1, std::vector<double>(static_cast<std::size_t>(max_sum) + 1, 0.0));
  ways[0][0] = 1.0;
  for (const long rank : ranks) {
    for (std::size_t j = n1; j >= 1; --j) {
      for (long s = max_sum; s >= rank; --s)
        ways[j][static_cast<std::size_t>(s)] += ways[j - 1][static_cast<std::size_t>(s - rank)];
    }
  }
  double total = 0, at_most = 0, at_least = 0;
  for (long s = 0; s <= max_sum; ++s) {
    const double count = ways[n1][static_cast<std::size_t>(s)];
    total += count;
    if (s <= observed_sum) at_most += count;
    if (s >= observed_sum) at_least += count;
  }
  return std::min(1.0, 2.0 * std::min(at_most, at_least) / total);
}

double normal_p_value(const std::vector<long>& ranks, std::size_t n1, std::size_t n2, double u) {
  const double n = static_cast<double>(n1 + n2);
  // Tie correction: sum of t^3 - t over groups of equal ranks.
  std::vector<long> sorted = ranks;
  std::sort(sorted.begin(), sorted.end());
  double ties = 0;
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    const double t = static_cast<double>(j - i);
    ties += t * t * t - t;
    i = j;
  }
  const double a = static_cast<double>(n1), b = static_cast<double>(n2);
  const double variance = a * b / 12.0 * ((n + 1.0) - ties / (n * (n - 1.0)));
  if (variance <= 0) return 1.0;
  const double z = (std::abs(u - a * b / 2.0) - 0.5) / std::sqrt(variance);
  return std::min(1.0, std::erfc(std::max(z, 0.0) / std::sqrt(2.0)));
}

}  // namespace

double median(std::vector<double> values) {
  if (values.empty()) throw std::invalid_argument("median of no values");
  std::sort(values.begin(), values.end());
  const std::size_t half = values.size() / 2;
  return values.size() % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2.0;
}

Summary summarize(const std::vector<double>& values) {
  if (values.empty()) throw std::invalid_argument("summary of no values");
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  Summary summary;
  summary.n = sorted.size();
  summary.median = median(sorted);
  summary.min = sorted.front();
  summary.max = sorted.back();
  const std::size_t n = sorted.size();
  // The largest k with P(Binomial(n, 1/2) < k) <= 2.5 %: then [x(k), x(n+1-k)] covers the
  // median with probability 1 - 2 P(B <= k - 1) >= 95 %.
  std::size_t k = 0;
  while (k + 1 <= n / 2 && binomial_half_cdf(n, k) <= 0.025) ++k;
  if (k == 0) {
    summary.interval_low = summary.min;
    summary.interval_high = summary.max;
    summary.interval_coverage = n == 1 ? 0.0 : 1.0 - 2.0 * binomial_half_cdf(n, 0);
    summary.interval_method =
        n == 1 ? "a single repetition: no interval"
               : "min-max range: fewer than 6 repetitions allow no 95% interval for the median; "
                 "this range covers it with probability " +
                     percent_text(summary.interval_coverage);
    return summary;
  }
  summary.interval_low = sorted[k - 1];
  summary.interval_high = sorted[n - k];
  summary.interval_coverage = 1.0 - 2.0 * binomial_half_cdf(n, k - 1);
  summary.interval_method =
      "distribution-free order-statistic interval for the median (binomial), coverage " +
      percent_text(summary.interval_coverage);
  return summary;
}

BootstrapInterval bootstrap_median_interval(const std::vector<double>& values, double confidence,
                                            std::uint64_t seed, std::size_t resamples) {
  if (values.empty()) throw std::invalid_argument("bootstrap of no values");
  if (!(confidence > 0 && confidence < 1) || resamples == 0)
    throw std::invalid_argument("bootstrap: confidence in (0, 1), resamples > 0");
  std::mt19937_64 generator(seed);
  std::uniform_int_distribution<std::size_t> pick(0, values.size() - 1);
  std::vector<double> medians(resamples), sample(values.size());
  for (double& resampled : medians) {
    for (double& value : sample) value = values[pick(generator)];
    resampled = median(sample);
  }
  std::sort(medians.begin(), medians.end());
  const double tail = (1.0 - confidence) / 2.0 * 100.0;
  BootstrapInterval interval;
  interval.median = median(values);
  interval.low = medians[nearest_rank(resamples, tail) - 1];
  interval.high = medians[nearest_rank(resamples, 100.0 - tail) - 1];
  interval.confidence = confidence;
  interval.resamples = resamples;
  return interval;
}

MannWhitneyResult mann_whitney_u(const std::vector<double>& first,
                                 const std::vector<double>& second) {
  if (first.empty() || second.empty())
    throw std::invalid_argument("Mann-Whitney U needs two non-empty samples");
  std::vector<double> pooled = first;
  pooled.insert(pooled.end(), second.begin(), second.end());
  const std::vector<long> ranks = doubled_midranks(pooled);
  const long doubled_sum =
      std::accumulate(ranks.begin(), ranks.begin() + static_cast<long>(first.size()), 0L);
  const double n1 = static_cast<double>(first.size());
  MannWhitneyResult result;
  result.u = static_cast<double>(doubled_sum) / 2.0 - n1 * (n1 + 1.0) / 2.0;
  if (pooled.size() <= kMannWhitneyExactLimit) {
    result.p_value = exact_p_value(ranks, first.size(), doubled_sum);
    result.exact = true;
  } else {
    result.p_value = normal_p_value(ranks, first.size(), second.size(), result.u);
    result.exact = false;
  }
  return result;
}

double smallest_p_value(std::size_t n1, std::size_t n2) {
  double combinations = 1.0;  // C(n1 + n2, n1)
  for (std::size_t i = 1; i <= n1; ++i)
    combinations = combinations * static_cast<double>(n2 + i) / static_cast<double>(i);
  return std::min(1.0, 2.0 / combinations);
}

std::size_t repetitions_needed(double alpha) {
  std::size_t n = 1;
  while (smallest_p_value(n, n) > alpha && n < 1000) ++n;
  return n;
}

std::vector<Mode> find_modes(std::vector<double> values) {
  if (values.empty()) return {};
  std::sort(values.begin(), values.end());
  auto mode_of = [](std::vector<double> part) {
    return Mode{part.size(), median(part), part.front(), part.back()};
  };
  std::size_t split = 0;
  double widest = kModeGap;
  for (std::size_t i = 1; i < values.size() && values.front() > 0; ++i) {
    const double ratio = values[i] / values[i - 1];
    if (ratio >= widest) {
      widest = ratio;
      split = i;
    }
  }
  if (split == 0) return {mode_of(values)};
  return {mode_of({values.begin(), values.begin() + static_cast<std::ptrdiff_t>(split)}),
          mode_of({values.begin() + static_cast<std::ptrdiff_t>(split), values.end()})};
}

}  // namespace gilbench::harness
