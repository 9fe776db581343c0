// The one log-linear histogram: the client's latency histogram for long runs, where storing every
// sample would bloat a report, and the GIL's wait-time histogram (vm/gil/gil.h), which records
// every wait of every thread.
#pragma once

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

#include "common/stats.h"

namespace gilbench {

struct HistogramBucket {
  std::chrono::nanoseconds lower;  // inclusive
  std::chrono::nanoseconds upper;  // exclusive
  std::uint64_t count = 0;
};

// Counts of non-negative nanosecond values in log-linear buckets: every value below
// 2^(SubBucketBits + 1) has a bucket of its own; above, a bucket keeps the top SubBucketBits + 1
// significant bits, so its width is at most 1/2^SubBucketBits of its lower bound (the relative
// error of a value known only by its bucket). Negative values count as 0.
template <int SubBucketBits>
class LogLinearHistogram {
 public:
  static constexpr int kSubBuckets = 1 << SubBucketBits;
  static constexpr int kBuckets = (64 - SubBucketBits) * kSubBuckets;  // up to INT64_MAX
  static constexpr double kRelativeError = 1.0 / kSubBuckets;

  static int bucket_of(std::int64_t ns) {
    const auto value = static_cast<std::uint64_t>(std::max<std::int64_t>(ns, 0));
    if (value < std::uint64_t{2} * kSubBuckets) return static_cast<int>(value);
    const int shift = static_cast<int>(std::bit_width(value)) - (SubBucketBits + 1);
    return shift * kSubBuckets + static_cast<int>(value >> shift);
  }
  static std::int64_t lower_bound_of(int bucket) {
    if (bucket < 2 * kSubBuckets) return bucket;
    const int shift = bucket / kSubBuckets - 1;
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(bucket - shift * kSubBuckets)
                                     << shift);
  }
  // The largest value the bucket holds (inclusive).
  static std::int64_t upper_bound_of(int bucket) {
    if (bucket < 2 * kSubBuckets) return bucket;
    const int shift = bucket / kSubBuckets - 1;
    // Unsigned: the top bucket's end, 2^63, does not fit in int64_t but end - 1 does.
    const std::uint64_t end = static_cast<std::uint64_t>(bucket - shift * kSubBuckets + 1) << shift;
    return static_cast<std::int64_t>(end - 1);
  }

  void record(std::int64_t ns) {
    ns = std::max<std::int64_t>(ns, 0);  // a clock that steps back must not index below 0
    ++counts_[bucket_of(ns)];
    ++count_;
    max_ = std::max(max_, ns);
  }
  void merge(const LogLinearHistogram& other) {
    for (int bucket = 0; bucket < kBuckets; ++bucket) counts_[bucket] += other.counts_[bucket];
    count_ += other.count_;
    max_ = std::max(max_, other.max_);
  }
  std::uint64_t count() const { return count_; }
  std::int64_t max_ns() const { return max_; }  // exact largest value recorded, 0 when empty

  // p in [0, 100]: the upper bound of the bucket holding the nearest-rank percentile, clamped
  // to the largest recorded value (so p100 is exact); 0 when empty.
  std::int64_t percentile(double p) const {
    if (count_ == 0) return 0;
    const std::uint64_t rank = nearest_rank(count_, p);
    std::uint64_t seen = 0;
    for (int bucket = 0; bucket < kBuckets; ++bucket) {
      seen += counts_[bucket];
      if (seen >= rank) return std::min(upper_bound_of(bucket), max_);
    }
    return max_;  // not reached: the buckets add up to count_
  }

  // The non-empty buckets, ascending.
  std::vector<HistogramBucket> buckets() const {
    std::vector<HistogramBucket> out;
    for (int bucket = 0; bucket < kBuckets; ++bucket) {
      if (counts_[bucket] == 0) continue;
      out.push_back({std::chrono::nanoseconds(lower_bound_of(bucket)),
                     std::chrono::nanoseconds(upper_bound_of(bucket)) + std::chrono::nanoseconds(1),
                     counts_[bucket]});
    }
    return out;
  }

 private:
  std::vector<std::uint64_t> counts_ = std::vector<std::uint64_t>(kBuckets, 0);
  std::uint64_t count_ = 0;
  std::int64_t max_ = 0;
};

// The client's histogram: 128 buckets per power of two, every value below 256 ns exact.
using LatencyHistogram = LogLinearHistogram<7>;
inline constexpr double kHistogramRelativeError = LatencyHistogram::kRelativeError;

// The bucket `sample` falls in (its count 0). Throws std::invalid_argument for a negative one.
inline HistogramBucket histogram_bucket_of(std::chrono::nanoseconds sample) {
  if (sample.count() < 0) throw std::invalid_argument("negative latency sample");
  const int bucket = LatencyHistogram::bucket_of(sample.count());
  return {std::chrono::nanoseconds(LatencyHistogram::lower_bound_of(bucket)),
          std::chrono::nanoseconds(LatencyHistogram::upper_bound_of(bucket)) +
              std::chrono::nanoseconds(1),
          0};
}

// The non-empty buckets of `samples`, ascending. Throws std::invalid_argument for a negative one.
inline std::vector<HistogramBucket> log_linear_histogram(
    std::span<const std::chrono::nanoseconds> samples) {
  LatencyHistogram histogram;
  for (const auto sample : samples) {
    if (sample.count() < 0) throw std::invalid_argument("negative latency sample");
    histogram.record(sample.count());
  }
  return histogram.buckets();
}

}  // namespace gilbench
