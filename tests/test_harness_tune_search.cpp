// The switch-interval search of `gilbench tune` on synthetic curves: no processes, a fixed seed.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <random>

#include "harness/tune_command.h"
#include "harness/tune_search.h"

using namespace gilbench::harness;
using namespace std::chrono_literals;
using std::chrono::nanoseconds;

namespace {

double microseconds(nanoseconds interval) {
  return std::chrono::duration<double, std::micro>(interval).count();
}

// The convoy's shape: each round trip waits about one interval once it is longer than the echo
// itself; the CPU thread gains throughput as switches get rarer. Noise multiplies by e^N(0, sigma).
struct SyntheticCurve {
  double floor_us = 20;
  double sigma = 0;
  double cost_s = 0.5;
  std::mt19937 random{12345};
  std::map<nanoseconds, int> asked;
  int references = 0;

  std::optional<TuneSample> operator()(nanoseconds interval, MeasurePurpose purpose) {
    if (purpose == MeasurePurpose::cpu_reference)
      ++references;
    else
      ++asked[interval];
    std::normal_distribution<double> noise(0.0, sigma);
    const double us = microseconds(interval);
    TuneSample sample;
    sample.rtt_p50_us = (floor_us + us) * std::exp(noise(random));
    sample.rtt_p99_us = (floor_us + 1.2 * us) * std::exp(noise(random));
    sample.requests_per_s = 1e6 / sample.rtt_p50_us;
    sample.cpu_calls_per_s = 3000.0 * us / (us + 50.0);
    sample.cost_s = cost_s;
    return sample;
  }
};

MeasureFunction measure_with(SyntheticCurve& curve) {
  return
      [&curve](nanoseconds interval, MeasurePurpose purpose) { return curve(interval, purpose); };
}

std::size_t fine_index(nanoseconds interval) {
  const auto grid = fine_grid(SearchOptions{});
  return static_cast<std::size_t>(std::find(grid.begin(), grid.end(), interval) - grid.begin());
}

}  // namespace

TEST_CASE("the grids are log-spaced from 1 us to 100 ms", "[harness][tune]") {
  const auto coarse = coarse_grid(SearchOptions{});
  REQUIRE(coarse.size() == 11);
  CHECK(coarse.front() == 1us);
  CHECK(coarse[1] == 3us);
  CHECK(coarse.back() == 100ms);
  const auto fine = fine_grid(SearchOptions{});
  CHECK(fine[1] == 1500ns);
  CHECK(std::is_sorted(fine.begin(), fine.end()));
  for (const auto value : coarse) CHECK(std::find(fine.begin(), fine.end(), value) != fine.end());
}

TEST_CASE("the sign test's tail", "[harness][tune]") {
  CHECK(binomial_upper_tail(5, 5) == Approx(1.0 / 32));
  CHECK(binomial_upper_tail(3, 3) == Approx(0.125));
  CHECK(binomial_upper_tail(4, 3) == Approx(5.0 / 16));
  CHECK(binomial_upper_tail(4, 0) == 1.0);
}

TEST_CASE("judging an interval: the worst limit binds and the sign test says how clear it is",
          "[harness][tune]") {
  Slo slo;
  slo.rtt_p99_us = 1000;
  slo.rtt_p50_us = 100;
  std::vector<TuneSample> samples(5, TuneSample{90, 500, 10000, 100, 1});
  Judgement judgement = judge(samples, slo, std::nullopt, 0.05);
  CHECK(judgement.meets);
  CHECK(judgement.clear);
  CHECK(judgement.binding == "p50");
  CHECK(judgement.median_score == Approx(0.9));
  samples[0].rtt_p99_us = 5000;  // one repetition misses: 4 of 5 is not clear at 0.05
  judgement = judge(samples, slo, std::nullopt, 0.05);
  CHECK(judgement.meets);
  CHECK_FALSE(judgement.clear);
  slo.min_cpu_fraction = 0.8;  // 100 calls/s against a floor of 0.8 x 1000
  judgement = judge(samples, slo, 1000.0, 0.05);
  CHECK_FALSE(judgement.meets);
  CHECK(judgement.binding == "cpu");
}

TEST_CASE("a monotone curve: the longest interval under the SLO, to the fine grid, clearly",
          "[harness][tune]") {
  SyntheticCurve curve;
  Slo slo;
  slo.rtt_p99_us = 1000;  // 20 + 1.2 x interval <= 1000: up to 816 us; the fine grid has 700 us
  const TuneOutcome outcome = search_interval(slo, SearchOptions{}, measure_with(curve));
  REQUIRE(outcome.recommended);
  CHECK(*outcome.recommended == 700us);
  CHECK(outcome.recommendation_clear);
  CHECK(outcome.confidence >= 0.95);
  REQUIRE(outcome.first_missing);
  CHECK(*outcome.first_missing == 1ms);
  CHECK(outcome.stop_reason == "decided");
  // The coarse pass stopped after two far misses past the limit (3 ms, 10 ms): 30 and 100 ms never
  // ran.
  CHECK(curve.asked.count(30ms) == 0);
  CHECK(curve.asked.count(100ms) == 0);
  CHECK(std::find(outcome.not_measured.begin(), outcome.not_measured.end(), 100ms) !=
        outcome.not_measured.end());
  // Repetitions went where the decision is, not everywhere: one at the far ends, five or more at
  // the crossing.
  CHECK(curve.asked[1us] == 1);
  CHECK(curve.asked[700us] >= 5);
  CHECK(curve.asked[1ms] >= 5);
}

TEST_CASE("misses below the latency limit do not end the coarse pass", "[harness][tune]") {
  SyntheticCurve curve;
  const MeasureFunction noisy_short_intervals = [&](nanoseconds interval, MeasurePurpose purpose) {
    auto sample = curve(interval, purpose);
    if (interval <= 3us)
      sample->rtt_p99_us = 20000;  // a busy machine's scheduler, not the interval
    return sample;
  };
  Slo slo;
  slo.rtt_p99_us = 1000;
  const TuneOutcome outcome = search_interval(slo, SearchOptions{}, noisy_short_intervals);
  REQUIRE(outcome.recommended);
  CHECK(*outcome.recommended == 700us);
}

TEST_CASE("a noisy curve: the choice stays within a grid step of the truth across seeds",
          "[harness][tune]") {
  Slo slo;
  slo.rtt_p99_us = 1000;
  for (const unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
    SyntheticCurve curve;
    curve.sigma = 0.15;
    curve.random.seed(seed);
    const TuneOutcome outcome = search_interval(slo, SearchOptions{}, measure_with(curve));
    REQUIRE(outcome.recommended);
    INFO("seed " << seed << ": " << outcome.recommended->count() << " ns");
    const auto distance =
        static_cast<long>(fine_index(*outcome.recommended)) - static_cast<long>(fine_index(700us));
    CHECK(std::abs(distance) <= 1);
    // Never recommends an interval whose median misses the SLO.
    CHECK(outcome.point(*outcome.recommended)->judgement.meets);
  }
}

TEST_CASE("an SLO never met: no recommendation, the closest interval measured enough to say so",
          "[harness][tune]") {
  SyntheticCurve curve;
  curve.floor_us = 5000;  // even the shortest interval leaves 5 ms round trips
  Slo slo;
  slo.rtt_p99_us = 1000;
  const TuneOutcome outcome = search_interval(slo, SearchOptions{}, measure_with(curve));
  CHECK_FALSE(outcome.recommended);
  CHECK(outcome.stop_reason == "SLO never met");
  const TunePoint* closest = outcome.point(1us);
  REQUIRE(closest);
  CHECK(closest->judgement.repetitions >= 5);
  CHECK(closest->judgement.clear);
  CHECK_FALSE(closest->judgement.meets);
}

TEST_CASE("an SLO always met: the longest interval", "[harness][tune]") {
  SyntheticCurve curve;
  Slo slo;
  slo.rtt_p99_us = 1e6;  // one second
  const TuneOutcome outcome = search_interval(slo, SearchOptions{}, measure_with(curve));
  REQUIRE(outcome.recommended);
  CHECK(*outcome.recommended == 100ms);
  CHECK(outcome.recommendation_clear);
  CHECK(outcome.stop_reason == "SLO met everywhere");
  CHECK_FALSE(outcome.first_missing);
  CHECK(outcome.not_measured.empty());
}

TEST_CASE("a CPU floor excludes the short intervals; with a tight SLO nothing is left",
          "[harness][tune]") {
  Slo slo;
  slo.rtt_p99_us = 1e6;
  slo.min_cpu_fraction = 0.8;  // 3000 us/(us+50) >= 0.8 x ~3000: from about 200 us up
  SyntheticCurve curve;
  TuneOutcome outcome = search_interval(slo, SearchOptions{}, measure_with(curve));
  CHECK(curve.references == 3);
  REQUIRE(outcome.cpu_reference_per_s);
  CHECK(*outcome.cpu_reference_per_s == Approx(3000.0 * 1e5 / (1e5 + 50)));
  REQUIRE(outcome.recommended);
  CHECK(*outcome.recommended == 100ms);
  CHECK_FALSE(outcome.point(10us)->judgement.meets);
  CHECK(outcome.point(10us)->judgement.binding == "cpu");

  slo.rtt_p99_us = 100;  // only intervals up to ~66 us meet the latency: all below the CPU floor
  SyntheticCurve second;
  outcome = search_interval(slo, SearchOptions{}, measure_with(second));
  CHECK_FALSE(outcome.recommended);
}

TEST_CASE("the budget stops the search and says so", "[harness][tune]") {
  SyntheticCurve curve;
  curve.cost_s = 1.0;
  Slo slo;
  slo.rtt_p99_us = 1000;
  SearchOptions options;
  options.budget_s = 4.0;
  const TuneOutcome outcome = search_interval(slo, options, measure_with(curve));
  CHECK(outcome.stop_reason == "budget spent");
  CHECK(outcome.measurements == 4);
  CHECK(outcome.spent_s == Approx(4.0));
  // What was measured (1, 3, 10, 30 us) meets the SLO, but one repetition each is not clear.
  REQUIRE(outcome.recommended);
  CHECK(*outcome.recommended == 30us);
  CHECK_FALSE(outcome.recommendation_clear);
}

TEST_CASE("failed repetitions count as misses", "[harness][tune]") {
  Slo slo;
  slo.rtt_p99_us = 1000;
  SyntheticCurve curve;
  const MeasureFunction failing_above_100us =
      [&](nanoseconds interval, MeasurePurpose purpose) -> std::optional<TuneSample> {
    if (interval > 100us) return std::nullopt;
    return curve(interval, purpose);
  };
  const TuneOutcome outcome = search_interval(slo, SearchOptions{}, failing_above_100us);
  REQUIRE(outcome.recommended);
  CHECK(*outcome.recommended == 100us);
  CHECK(outcome.point(150us)->failures > 0);
}

TEST_CASE("tune's budget and the line to paste", "[harness][tune]") {
  CHECK(parse_budget("3m") == std::chrono::minutes(3));
  CHECK(parse_budget("90s") == 90s);
  CHECK(parse_budget("500ms") == 500ms);
  CHECK_THROWS_AS(parse_budget("soon"), std::invalid_argument);
  CHECK_THROWS_AS(parse_budget("m"), std::invalid_argument);
  CHECK(seconds_for_python(500us) == "0.0005");
  CHECK(seconds_for_python(1500ns) == "0.0000015");
  CHECK(seconds_for_python(100ms) == "0.1");
  CHECK(seconds_for_python(1s) == "1");
}
