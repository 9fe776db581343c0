#include "harness/tune_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "harness/statistics.h"

namespace gilbench::harness {

using std::chrono::nanoseconds;

namespace {

constexpr double kMissed = std::numeric_limits<double>::infinity();  // a failed repetition's score

struct Scored {
  double score;
  std::string binding;
};

Scored score_of(const TuneSample& sample, const Slo& slo, std::optional<double> cpu_reference) {
  Scored worst{0, ""};
  auto consider = [&](double ratio, const char* name) {
    if (!(ratio <= worst.score) || worst.binding.empty())
      worst = {std::isnan(ratio) ? kMissed : ratio, name};
  };
  if (slo.rtt_p99_us) consider(sample.rtt_p99_us / *slo.rtt_p99_us, "p99");
  if (slo.rtt_p50_us) consider(sample.rtt_p50_us / *slo.rtt_p50_us, "p50");
  if (slo.min_requests_per_s)
    consider(sample.requests_per_s > 0 ? *slo.min_requests_per_s / sample.requests_per_s : kMissed,
             "rps");
  if (slo.min_cpu_fraction && cpu_reference && *cpu_reference > 0) {
    const double floor = *slo.min_cpu_fraction * *cpu_reference;
    consider(sample.cpu_calls_per_s > 0 ? floor / sample.cpu_calls_per_s : kMissed, "cpu");
  }
  return worst;
}

// The search's working state: the points measured so far and the budget.
class Search {
 public:
  Search(const Slo& slo, const SearchOptions& options, const MeasureFunction& measure)
      : slo_(slo), options_(options), measure_(measure), fine_(fine_grid(options)) {}

  TuneOutcome run();

 private:
  bool budget_left() const { return outcome_.spent_s < options_.budget_s; }
  TunePoint& point(nanoseconds interval) {
    auto& p = points_[interval];
    p.interval = interval;
    return p;
  }
  // One more repetition at `interval`; false when the budget is spent.
  bool measure_once(nanoseconds interval);
  // Repetitions until the point's decision is clear, max_repetitions or the budget.
  void settle(nanoseconds interval);
  Judgement judged(const TunePoint& p) const;
  void rejudge_all();
  void coarse_pass();
  // The longest meeting interval and the next measured one above it (which misses).
  std::pair<std::optional<nanoseconds>, std::optional<nanoseconds>> bracket() const;
  std::optional<nanoseconds> fine_point_between(nanoseconds low, nanoseconds high) const;
  void finish(std::string stop_reason);

  const Slo& slo_;
  const SearchOptions& options_;
  const MeasureFunction& measure_;
  std::vector<nanoseconds> fine_;
  std::map<nanoseconds, TunePoint> points_;
  TuneOutcome outcome_;
};

bool Search::measure_once(nanoseconds interval) {
  if (!budget_left()) return false;
  auto sample = measure_(interval, MeasurePurpose::curve);
  ++outcome_.measurements;
  TunePoint& p = point(interval);
  if (sample) {
    outcome_.spent_s += sample->cost_s;
    p.samples.push_back(*sample);
  } else {
    ++p.failures;
  }
  p.judgement = judged(p);
  return true;
}

Judgement Search::judged(const TunePoint& p) const {
  std::vector<TuneSample> samples = p.samples;
  Judgement judgement = judge(samples, slo_, outcome_.cpu_reference_per_s, options_.alpha);
  if (p.failures > 0) {  // a failed repetition misses the SLO
    judgement.repetitions += p.failures;
    if (judgement.meeting * 2 <= judgement.repetitions) {
      judgement.meets = false;
      judgement.median_score = std::max(judgement.median_score, 1.0 + 1e-9);
    }
    const int agreeing =
        judgement.meets ? judgement.meeting : judgement.repetitions - judgement.meeting;
    judgement.p_value = binomial_upper_tail(judgement.repetitions, agreeing);
    judgement.clear = judgement.p_value <= options_.alpha;
    if (samples.empty()) judgement.binding = "failed";
  }
  return judgement;
}

void Search::rejudge_all() {
  for (auto& [interval, p] : points_) p.judgement = judged(p);
}

void Search::settle(nanoseconds interval) {
  for (;;) {
    const TunePoint& p = point(interval);
    const int n = p.judgement.repetitions;
    const bool enough = n >= options_.decision_repetitions && p.judgement.clear;
    if (enough || n >= options_.max_repetitions) return;
    if (!measure_once(interval)) return;
  }
}

void Search::coarse_pass() {
  // Far misses only end the pass at intervals past the tightest latency limit: a round trip
  // that meets the convoy waits about one interval, so from there latency can only grow, while
  // below it a miss may be noise.
  double stop_from_us = std::numeric_limits<double>::infinity();
  if (slo_.rtt_p99_us) stop_from_us = std::min(stop_from_us, *slo_.rtt_p99_us);
  if (slo_.rtt_p50_us) stop_from_us = std::min(stop_from_us, *slo_.rtt_p50_us);
  if (slo_.min_requests_per_s)
    stop_from_us = std::min(stop_from_us, 1e6 / *slo_.min_requests_per_s);
  int far_misses = 0;
  for (const auto interval : coarse_grid(options_)) {
    if (far_misses >= 2) {
      outcome_.not_measured.push_back(interval);
      continue;
    }
    if (!measure_once(interval)) return;
    const Judgement& judgement = points_[interval].judgement;
    const bool past_limit =
        std::chrono::duration<double, std::micro>(interval).count() >= stop_from_us;
    far_misses = past_limit && !judgement.meets && judgement.median_score > options_.far_miss
                     ? far_misses + 1
                     : 0;
  }
}

std::pair<std::optional<nanoseconds>, std::optional<nanoseconds>> Search::bracket() const {
  std::optional<nanoseconds> low, high;
  for (const auto& [interval, p] : points_) {
    if (p.judgement.meets) low = interval;
  }
  if (!low) return {low, high};
  for (const auto& [interval, p] : points_) {
    if (interval > *low) return {low, interval};
  }
  return {low, high};
}

std::optional<nanoseconds> Search::fine_point_between(nanoseconds low, nanoseconds high) const {
  std::vector<nanoseconds> inside;
  for (const auto value : fine_) {
    if (value > low && value < high) inside.push_back(value);
  }
  if (inside.empty()) return std::nullopt;
  return inside[(inside.size() - 1) / 2];  // the lower middle: bisection on the log grid
}

void Search::finish(std::string stop_reason) {
  rejudge_all();
  outcome_.stop_reason = std::move(stop_reason);
  // The longest interval that meets the SLO clearly; failing that, the longest that meets it at
  // all.
  const TunePoint* chosen = nullptr;
  for (const auto& [interval, p] : points_) {
    if (p.judgement.meets && p.judgement.clear) chosen = &p;
  }
  outcome_.recommendation_clear = chosen != nullptr;
  if (!chosen) {
    for (const auto& [interval, p] : points_) {
      if (p.judgement.meets) chosen = &p;
    }
  }
  if (chosen) {
    outcome_.recommended = chosen->interval;
    outcome_.confidence = 1.0 - chosen->judgement.p_value;
    for (const auto& [interval, p] : points_) {
      if (interval > chosen->interval) {
        outcome_.first_missing = interval;
        break;
      }
    }
  }
  for (auto& [interval, p] : points_) outcome_.points.push_back(p);
}

TuneOutcome Search::run() {
  if (slo_.min_cpu_fraction) {
    for (int i = 0; i < options_.decision_repetitions && budget_left(); ++i) {
      auto sample = measure_(options_.longest, MeasurePurpose::cpu_reference);
      ++outcome_.measurements;
      if (!sample) continue;
      outcome_.spent_s += sample->cost_s;
      outcome_.cpu_reference_samples.push_back(*sample);
    }
    std::vector<double> cpu;
    for (const auto& s : outcome_.cpu_reference_samples) cpu.push_back(s.cpu_calls_per_s);
    if (!cpu.empty()) outcome_.cpu_reference_per_s = median(cpu);
  }
  coarse_pass();
  for (;;) {
    if (!budget_left()) {
      finish("budget spent");
      break;
    }
    const auto [low, high] = bracket();
    if (!low) {
      // Nothing meets the SLO: make sure of the closest miss before saying so.
      const TunePoint* best = nullptr;
      for (const auto& [interval, p] : points_) {
        if (!best || p.judgement.median_score < best->judgement.median_score) best = &p;
      }
      if (!best) {
        finish("SLO never met");
        break;
      }
      const int before = best->judgement.repetitions;
      settle(best->interval);
      if (points_[best->interval].judgement.meets) continue;
      if (points_[best->interval].judgement.repetitions == before || !budget_left()) {
        finish(budget_left() ? "SLO never met" : "budget spent");
        break;
      }
      continue;
    }
    const int low_before = points_[*low].judgement.repetitions;
    settle(*low);
    if (!points_[*low].judgement.meets)
      continue;  // it flipped with more repetitions: bracket again
    if (!high) {
      if (points_[*low].judgement.repetitions == low_before || !budget_left()) {
        finish(*low == coarse_grid(options_).back() ? "SLO met everywhere" : "decided");
        break;
      }
      continue;
    }
    if (const auto middle = fine_point_between(*low, *high)) {
      for (int i = 0; i < options_.decision_repetitions; ++i) {
        if (!measure_once(*middle)) break;
      }
      continue;
    }
    const int high_before = points_[*high].judgement.repetitions;
    settle(*high);
    if (points_[*high].judgement.meets) continue;  // it flipped: the bracket moves up
    const bool settled = points_[*low].judgement.repetitions == low_before &&
                         points_[*high].judgement.repetitions == high_before;
    if (settled) {
      finish("decided");
      break;
    }
  }
  return outcome_;
}

}  // namespace

const TunePoint* TuneOutcome::point(nanoseconds interval) const {
  for (const auto& p : points) {
    if (p.interval == interval) return &p;
  }
  return nullptr;
}

double binomial_upper_tail(int n, int k) {
  if (k <= 0) return 1.0;
  if (k > n) return 0.0;
  double total = 0;
  for (int i = k; i <= n; ++i)
    total += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) -
                      n * std::log(2.0));
  return std::min(1.0, total);
}

Judgement judge(const std::vector<TuneSample>& samples, const Slo& slo,
                std::optional<double> cpu_reference_per_s, double alpha) {
  Judgement judgement;
  judgement.repetitions = static_cast<int>(samples.size());
  if (samples.empty()) {
    judgement.median_score = kMissed;
    return judgement;
  }
  std::vector<double> scores;
  std::map<std::string, int> bindings;
  for (const auto& sample : samples) {
    const Scored scored = score_of(sample, slo, cpu_reference_per_s);
    scores.push_back(scored.score);
    ++bindings[scored.binding];
    if (scored.score <= 1.0) ++judgement.meeting;
  }
  judgement.median_score = median(scores);
  judgement.meets = judgement.median_score <= 1.0;
  judgement.binding =
      std::max_element(bindings.begin(), bindings.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;
      })->first;
  const int agreeing =
      judgement.meets ? judgement.meeting : judgement.repetitions - judgement.meeting;
  judgement.p_value = binomial_upper_tail(judgement.repetitions, agreeing);
  judgement.clear = judgement.p_value <= alpha;
  return judgement;
}

namespace {

std::vector<nanoseconds> grid(const SearchOptions& options,
                              std::initializer_list<double> mantissas) {
  std::vector<nanoseconds> values;
  for (double decade = 1; decade <= 1e12; decade *= 10) {
    for (const double mantissa : mantissas) {
      const nanoseconds value(static_cast<std::int64_t>(std::llround(mantissa * decade)));
      if (value >= options.shortest && value <= options.longest) values.push_back(value);
    }
  }
  return values;
}

}  // namespace

std::vector<nanoseconds> coarse_grid(const SearchOptions& options) { return grid(options, {1, 3}); }
std::vector<nanoseconds> fine_grid(const SearchOptions& options) {
  return grid(options, {1, 1.5, 2, 3, 5, 7});
}

TuneOutcome search_interval(const Slo& slo, const SearchOptions& options,
                            const MeasureFunction& measure) {
  return Search(slo, options, measure).run();
}

}  // namespace gilbench::harness
