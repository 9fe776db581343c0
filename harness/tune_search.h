// The switch-interval search behind `gilbench tune`, free of processes: it asks a measuring
// callback for repetitions at the intervals it chooses and decides which one to recommend, so
// tests drive it with synthetic curves.
//
// The search: a coarse log-spaced pass (1, 3, 10, 30 ... from 1 µs to 100 ms, one repetition each,
// ascending, stopping once two intervals in a row past the latency limit miss it by more than
// 2x: latency only grows from there), then bisection on a finer grid (1, 1.5, 2, 3, 5, 7 per
// decade) between the longest interval that meets the SLO and the next one that does not, adding
// repetitions to those two until a sign test makes each decision clear (p <= alpha) or the budget
// is spent.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gilbench::harness {

// What the I/O side must achieve, and optionally the CPU side; unset limits are not checked.
struct Slo {
  std::optional<double> rtt_p99_us;
  std::optional<double> rtt_p50_us;
  std::optional<double> min_requests_per_s;
  // A floor on the CPU threads' throughput, as a fraction of what they reach at the longest
  // interval.
  std::optional<double> min_cpu_fraction;
  bool empty() const { return !rtt_p99_us && !rtt_p50_us && !min_requests_per_s; }
};

// One repetition's figures at one interval.
struct TuneSample {
  double rtt_p50_us = 0;
  double rtt_p99_us = 0;
  double requests_per_s = 0;
  double cpu_calls_per_s = 0;  // the CPU threads' throughput (fib calls/s)
  double cost_s = 0;           // what the repetition took: the budget is spent in these
};

struct SearchOptions {
  std::chrono::nanoseconds shortest = std::chrono::microseconds(1);
  std::chrono::nanoseconds longest = std::chrono::milliseconds(100);
  int decision_repetitions = 3;  // the fewest at an interval the decision rests on
  int max_repetitions = 9;       // at one interval
  double alpha = 0.05;           // a decision is clear when the sign test's one-sided p <= alpha
  double budget_s = 180;         // stop adding repetitions once the measurements took this long
  double far_miss =
      2.0;  // a score beyond this "misses by far": two past the limit end the coarse pass
};

// Why a measurement is asked for: the CPU reference runs at the longest interval only for its
// throughput, so the caller may send fewer messages.
enum class MeasurePurpose { curve, cpu_reference };

// Returns one repetition's figures, or nullopt when it failed (the interval then counts as missing
// the SLO). May throw to abandon the search (an interrupt): the search holds no resources.
using MeasureFunction =
    std::function<std::optional<TuneSample>(std::chrono::nanoseconds, MeasurePurpose)>;

// The SLO judged on one interval's repetitions. A repetition's score is its worst ratio to a
// limit (p99/limit, p50/limit, rps-floor/rps, cpu-floor/cpu): it meets the SLO at <= 1.
struct Judgement {
  int repetitions = 0;
  int meeting = 0;          // repetitions with score <= 1
  double median_score = 0;  // the point meets the SLO when this is <= 1
  bool meets = false;
  double p_value = 1;   // one-sided sign test of the median score against 1
  bool clear = false;   // p_value <= alpha
  std::string binding;  // the limit that sets the median score: "p99", "p50", "rps", "cpu"
};

// `cpu_reference_per_s`: the CPU throughput at the longest interval, when the SLO has a floor.
Judgement judge(const std::vector<TuneSample>& samples, const Slo& slo,
                std::optional<double> cpu_reference_per_s, double alpha);

// P(X >= k) for X ~ Binomial(n, 1/2).
double binomial_upper_tail(int n, int k);

struct TunePoint {
  std::chrono::nanoseconds interval{};
  std::vector<TuneSample> samples;
  int failures = 0;
  Judgement judgement;
};

struct TuneOutcome {
  std::vector<TunePoint> points;  // by interval, ascending; the CPU reference excluded
  std::optional<double> cpu_reference_per_s;
  std::vector<TuneSample> cpu_reference_samples;
  std::vector<std::chrono::nanoseconds> not_measured;  // coarse intervals past two far misses
  std::optional<std::chrono::nanoseconds> recommended;
  bool recommendation_clear = false;
  double confidence = 0;  // 1 - p of the recommended interval's sign test
  std::optional<std::chrono::nanoseconds>
      first_missing;        // the next measured interval up, which misses
  std::string stop_reason;  // "decided", "budget spent", "SLO never met", "SLO met everywhere"
  double spent_s = 0;
  int measurements = 0;

  const TunePoint* point(std::chrono::nanoseconds interval) const;
};

// 1, 3, 10, 30, ... (µs) between the bounds; and the finer 1, 1.5, 2, 3, 5, 7 grid.
std::vector<std::chrono::nanoseconds> coarse_grid(const SearchOptions& options);
std::vector<std::chrono::nanoseconds> fine_grid(const SearchOptions& options);

TuneOutcome search_interval(const Slo& slo, const SearchOptions& options,
                            const MeasureFunction& measure);

}  // namespace gilbench::harness
