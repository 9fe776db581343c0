// Latency statistics over every recorded sample: exact, not estimated from a histogram.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <span>
#include <stdexcept>
#include <vector>

namespace gilbench {

using FractionalNanoseconds = std::chrono::duration<double, std::nano>;

struct LatencyStats {
  std::size_t count = 0;
  std::chrono::nanoseconds min{};
  FractionalNanoseconds mean{};
  FractionalNanoseconds stddev{};  // sample standard deviation (n - 1), 0 for one sample
  std::chrono::nanoseconds p50{};
  std::chrono::nanoseconds p90{};
  std::chrono::nanoseconds p99{};
  std::chrono::nanoseconds p99_9{};
  std::chrono::nanoseconds max{};
};

// The nearest rank of `percent` among `count` ordered values (count > 0): the 1-based rank of
// the smallest value with at least `percent` % of the values at or below it. `percent` is
// clamped to [0, 100]; rank 1 at 0. The one percentile rule of the project: sample sets,
// histograms (histogram.h) and weighted samples (the harness) all rank with it.
inline std::uint64_t nearest_rank(std::uint64_t count, double percent) {
  // Whole parts per million keep the ceiling exact: 99.9 % of 1000 samples is rank 999, whereas
  // 0.999 * 1000 in floating point can land just above 999 and round up to 1000.
  const auto per_million =
      static_cast<std::uint64_t>(std::llround(std::clamp(percent, 0.0, 100.0) * 10'000.0));
  const auto rank = (per_million * count + 999'999) / 1'000'000;
  return std::clamp<std::uint64_t>(rank, 1, std::max<std::uint64_t>(count, 1));
}

// Nearest-rank percentile of samples sorted ascending; `percent` in (0, 100].
inline std::chrono::nanoseconds nearest_rank_percentile(
    std::span<const std::chrono::nanoseconds> sorted, double percent) {
  if (sorted.empty()) throw std::invalid_argument("percentile of no samples");
  if (!(percent > 0.0 && percent <= 100.0))
    throw std::invalid_argument("percentile outside (0, 100]");
  return sorted[nearest_rank(sorted.size(), percent) - 1];
}

inline FractionalNanoseconds sample_stddev(std::span<const std::chrono::nanoseconds> samples,
                                           FractionalNanoseconds mean) {
  if (samples.size() < 2) return FractionalNanoseconds{0.0};
  double sum_of_squares = 0.0;
  for (const auto sample : samples) {
    const double deviation = static_cast<double>(sample.count()) - mean.count();
    sum_of_squares += deviation * deviation;
  }
  return FractionalNanoseconds{std::sqrt(sum_of_squares / static_cast<double>(samples.size() - 1))};
}

// Throws std::invalid_argument when there are no samples.
inline LatencyStats summarize_latencies(std::vector<std::chrono::nanoseconds> samples) {
  if (samples.empty()) throw std::invalid_argument("latency statistics of no samples");
  std::ranges::sort(samples);
  const double total = std::accumulate(
      samples.begin(), samples.end(), 0.0,
      [](double sum, auto sample) { return sum + static_cast<double>(sample.count()); });
  const FractionalNanoseconds mean{total / static_cast<double>(samples.size())};
  return LatencyStats{
      .count = samples.size(),
      .min = samples.front(),
      .mean = mean,
      .stddev = sample_stddev(samples, mean),
      .p50 = nearest_rank_percentile(samples, 50.0),
      .p90 = nearest_rank_percentile(samples, 90.0),
      .p99 = nearest_rank_percentile(samples, 99.0),
      .p99_9 = nearest_rank_percentile(samples, 99.9),
      .max = samples.back(),
  };
}

}  // namespace gilbench
