// Medians, intervals and the Mann–Whitney U test against known values (scipy.stats.mannwhitneyu
// with method="exact" gives the same p-values for the tie-free cases).
#include <catch2/catch.hpp>

#include "harness/statistics.h"

using namespace gilbench::harness;
using Catch::Matchers::Contains;

TEST_CASE("Mann-Whitney U: completely separated samples of 3 and 3 give p = 0.1",
          "[harness][statistics]") {
  const auto result = mann_whitney_u({1, 2, 3}, {4, 5, 6});
  CHECK(result.u == 0);
  CHECK(result.p_value == Approx(0.1));
  CHECK(result.exact);
}

TEST_CASE("Mann-Whitney U: known exact p-values", "[harness][statistics]") {
  CHECK(mann_whitney_u({1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}).p_value == Approx(2.0 / 252.0));
  CHECK(mann_whitney_u({1, 3, 5}, {2, 4, 6}).p_value == Approx(0.7));
  // scipy's documentation example: U = 17, p = 0.1111.
  const auto example = mann_whitney_u({19, 22, 16, 29, 24}, {20, 11, 17, 12});
  CHECK(example.u == 17);
  CHECK(example.p_value == Approx(1.0 / 9.0).epsilon(1e-9));
  // Symmetric in the order of the samples.
  CHECK(mann_whitney_u({20, 11, 17, 12}, {19, 22, 16, 29, 24}).p_value == Approx(example.p_value));
}

TEST_CASE("Mann-Whitney U: identical samples are not different and ties use mid-ranks",
          "[harness][statistics]") {
  CHECK(mann_whitney_u({1, 2, 3, 4}, {1, 2, 3, 4}).p_value == Approx(1.0));
  CHECK(mann_whitney_u({5, 5, 5}, {5, 5, 5}).p_value == Approx(1.0));
  const auto tied = mann_whitney_u({1, 2, 2, 3}, {2, 4, 5, 6});
  CHECK(tied.u == Approx(2.0));                     // 3 > 2, and the two tied 2s count 1/2 each
  CHECK(tied.p_value == Approx(2.0 * 4.0 / 70.0));  // 4 of the C(8, 4) = 70 draws are as extreme
  CHECK(tied.p_value > 0.05);
  CHECK(tied.p_value < 0.2);
}

TEST_CASE("Mann-Whitney U: large samples use the normal approximation", "[harness][statistics]") {
  std::vector<double> low, high;
  for (int i = 0; i < 50; ++i) {
    low.push_back(i);
    high.push_back(i + 30);
  }
  const auto result = mann_whitney_u(low, high);
  CHECK(!result.exact);
  CHECK(result.p_value < 1e-6);
  CHECK(mann_whitney_u(low, low).p_value > 0.9);
}

TEST_CASE("the smallest reachable p and the repetitions it takes", "[harness][statistics]") {
  CHECK(smallest_p_value(3, 3) == Approx(0.1));
  CHECK(smallest_p_value(4, 4) == Approx(2.0 / 70.0));
  CHECK(smallest_p_value(5, 5) == Approx(2.0 / 252.0));
  CHECK(repetitions_needed(0.05) == 4);
  CHECK(repetitions_needed(0.01) == 5);
}

TEST_CASE("summaries: median and range and a stated interval method", "[harness][statistics]") {
  CHECK(median({3, 1, 2}) == 2);
  CHECK(median({4, 1, 3, 2}) == 2.5);
  const auto three = summarize({3, 1, 2});
  CHECK(three.median == 2);
  CHECK(three.interval_low == 1);
  CHECK(three.interval_high == 3);
  CHECK(three.interval_coverage == Approx(0.75));
  CHECK_THAT(three.interval_method, Contains("min-max range"));
  const auto eight = summarize({8, 1, 7, 2, 6, 3, 5, 4});
  CHECK(eight.interval_low == 1);  // n = 8: [x(1), x(8)], coverage 99.2 %
  CHECK(eight.interval_coverage >= 0.95);
  CHECK_THAT(eight.interval_method, Contains("order-statistic"));
  std::vector<double> many;
  for (int i = 1; i <= 20; ++i) many.push_back(i);
  const auto twenty = summarize(many);
  CHECK(twenty.interval_low == 6);  // n = 20: [x(6), x(15)], coverage 95.9 %
  CHECK(twenty.interval_high == 15);
  CHECK(twenty.interval_coverage == Approx(0.9586).margin(1e-3));
  CHECK_THROWS(summarize({}));
}
