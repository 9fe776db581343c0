// A compact stand-in for very long runs, where storing every sample would bloat a report.
#pragma once

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdint>
#include <map>
#include <span>
#include <stdexcept>
#include <vector>

namespace gilbench {

struct HistogramBucket {
  std::chrono::nanoseconds lower;  // inclusive
  std::chrono::nanoseconds upper;  // exclusive
  std::uint64_t count = 0;
};

// Log-linear buckets: 128 per power of two, every value below 256 ns exact. A bucket's width is
// at most 1/128 of its lower bound, so any sample is known within this relative error.
inline constexpr int kHistogramSubBucketBits = 7;
inline constexpr double kHistogramRelativeError = 1.0 / (1 << kHistogramSubBucketBits);

inline HistogramBucket histogram_bucket_of(std::chrono::nanoseconds sample) {
  if (sample.count() < 0) throw std::invalid_argument("negative latency sample");
  const auto value = static_cast<std::uint64_t>(sample.count());
  const int significant_bits = std::bit_width(value);
  const int shift = std::max(0, significant_bits - (kHistogramSubBucketBits + 1));
  const auto lower = (value >> shift) << shift;
  const auto upper = lower + (std::uint64_t{1} << shift);
  return {std::chrono::nanoseconds(lower), std::chrono::nanoseconds(upper), 0};
}

// The non-empty buckets, ascending.
inline std::vector<HistogramBucket> log_linear_histogram(std::span<const std::chrono::nanoseconds> samples) {
  std::map<std::int64_t, HistogramBucket> buckets_by_lower;
  for (const auto sample : samples) {
    const auto bucket = histogram_bucket_of(sample);
    ++buckets_by_lower.try_emplace(bucket.lower.count(), bucket).first->second.count;
  }
  std::vector<HistogramBucket> buckets;
  buckets.reserve(buckets_by_lower.size());
  for (const auto& [lower, bucket] : buckets_by_lower) buckets.push_back(bucket);
  return buckets;
}

}  // namespace gilbench
