// The CI gate's parts, without processes: the per-message figures from fixture statistics, the
// kinds of metrics, the bootstrap interval, the gate block of a config, compare's rule per kind
// and ab's verdict on paired values.
#include <catch2/catch.hpp>

#include <random>

#include "harness/ab_command.h"
#include "harness/compare.h"
#include "harness/statistics.h"
#include "harness/temp_dir.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench::harness;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

namespace {

double figure_of(const std::vector<std::pair<std::string, double>>& figures,
                 const std::string& name) {
  for (const auto& [key, value] : figures) {
    if (key == name) return value;
  }
  FAIL("no figure " << name);
  return 0;
}

const std::string kGateConfig =
    R"({"name": "g", "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]},
  "gate": {"metrics": {"echo_instructions_per_message": {"threshold": "0%"},
                       "fib_cpu_us_per_call": {"threshold": "5%", "paired_only": "the CPU clock moves between days"},
                       "rtt_p99_us": {"threshold": "10%", "report_only": "bimodal"}}}})";

// One cell whose aggregates are the gate's three metrics and `metric`: `values` for `metric`,
// the others the same in every report.
Json cell_with_metric(const std::string& metric, const std::vector<double>& values) {
  Json metrics = Json::object();
  for (const char* name : {"echo_instructions_per_message", "fib_cpu_us_per_call", "rtt_p99_us"}) {
    const std::vector<double> same{1.0, 1.0, 1.0};
    metrics[name] = {{"median", median(same)}, {"values", same}};
  }
  metrics[metric] = {{"median", median(values)}, {"values", values}};
  return {{"id", "vm/newgil/5ms/100/t1/k1/same"},
          {"parameters", {{"server", "vm"}, {"gil", "newgil"}, {"cores", 1}}},
          {"status", "ok"},
          {"aggregates", {{"metrics", metrics}}}};
}

// The comparison's row of `metric`.
const MetricComparison& row_of(const Comparison& comparison, const std::string& metric) {
  for (const auto& row : comparison.rows) {
    if (row.metric == metric) return row;
  }
  FAIL("no row for " << metric);
  return comparison.rows.front();
}

Json report_with(const Json& cell) {
  return {{"context", {{"schema_version", 1}, {"tool", "gilbench"}}},
          {"run", Json::object()},
          {"cells", Json::array({cell})}};
}

}  // namespace

TEST_CASE("per-message figures come from the echo thread, the CPU threads and the GIL",
          "[harness][gate]") {
  const auto client = harness_test::read_json(harness_test::kFixtures / "echo_client_report.json");
  const auto stats = harness_test::read_json(harness_test::kFixtures / "echo_server_stats.json");
  RepetitionOutcome outcome;
  fill_echo_record(outcome, client, stats);
  const auto figures = per_message_figures(outcome.record["client"], outcome.record["server"]);
  // 5 messages and 2 warm-up ones: the echo thread served 7.
  CHECK(figure_of(figures, "echo_instructions_per_message") == Approx(51.0 / 7));
  CHECK(figure_of(figures, "echo_gil_acquisitions_per_message") == Approx(17.0 / 7));
  CHECK(figure_of(figures, "forced_drops_per_message") == Approx(1.0 / 7));
  CHECK(figure_of(figures, "holder_switches_per_message") == Approx(6.0 / 7));
  CHECK(figure_of(figures, "echo_wait_intervals_per_message") ==
        Approx(5.061855 / 1.0 / 7));  // 1 ms interval
  CHECK(figure_of(figures, "fib_instructions_per_call") ==
        Approx(56623104.0 / 473));  // the spin thread only
  CHECK(figure_of(figures, "fib_held_us_per_call") == Approx(7323.105 / 473));
  // The fixture predates drop_requests: the figure is left out, not made up.
  CHECK(std::none_of(figures.begin(), figures.end(),
                     [](const auto& f) { return f.first == "drop_requests_per_message"; }));
  // The floor server writes no statistics: nothing.
  CHECK(per_message_figures(outcome.record["client"], Json::object()).empty());
}

TEST_CASE("every metric has a kind and a unit; throughputs are worse when they fall",
          "[harness][gate]") {
  CHECK(metric_info("echo_instructions_per_message").kind == MetricKind::count);
  CHECK(metric_info("fib_cpu_us_per_call").kind == MetricKind::cpu_time);
  CHECK(metric_info("rtt_p50_us").kind == MetricKind::wall_time);
  CHECK(metric_info("rtt_p50_us").unit == "us");
  CHECK(metric_info("fib_calls_per_s").unit == "calls/s");
  CHECK_FALSE(metric_info("fib_calls_per_s").higher_is_worse);
  CHECK(metric_info("echo_wait_intervals_per_message").unit == "switch intervals/message");
  CHECK(metric_info("a_script_figure").kind == MetricKind::other);
}

TEST_CASE(
    "the bootstrap interval covers the median, is reproducible by seed and shrinks to a point for "
    "equal values",
    "[harness][gate]") {
  std::mt19937_64 generator(7);
  std::normal_distribution<double> noise(1.10, 0.05);
  std::vector<double> ratios(20);
  for (double& ratio : ratios) ratio = noise(generator);
  const auto interval = bootstrap_median_interval(ratios, 0.95, 42);
  CHECK(interval.low <= interval.median);
  CHECK(interval.median <= interval.high);
  CHECK(interval.low > 1.0);  // a 10% shift with 5% noise: 20 values exclude no change
  CHECK(interval.high < 1.2);
  const auto again = bootstrap_median_interval(ratios, 0.95, 42);
  CHECK(again.low == interval.low);
  CHECK(again.high == interval.high);
  const auto flat = bootstrap_median_interval({2.0, 2.0, 2.0}, 0.95, 1);
  CHECK(flat.low == 2.0);
  CHECK(flat.high == 2.0);
  CHECK_THROWS(bootstrap_median_interval({}, 0.95, 1));
}

TEST_CASE("a config's gate block is read, and its mistakes name the field", "[harness][gate]") {
  const Config config = harness_test::config_from(kGateConfig);
  REQUIRE(config.gate.size() == 3);
  CHECK(config.gate[0].name == "echo_instructions_per_message");
  CHECK(config.gate[0].threshold == 0.0);
  CHECK(config.gate[1].threshold == Approx(0.05));
  CHECK(config.gate[1].paired_only == "the CPU clock moves between days");
  CHECK(config.gate[2].report_only == "bimodal");
  const std::string base =
      R"({"name": "g", "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}, "gate": )";
  CHECK_THROWS_WITH(
      harness_test::config_from(base + R"({"metrics": {"x": {"threshold": "ten"}}}})", "c.json"),
      Contains("c.json: gate.metrics.x.threshold: expected a percentage"));
  CHECK_THROWS_WITH(harness_test::config_from(base + R"({"metrics": {"x": {}}}})", "c.json"),
                    Contains("gate.metrics.x: missing \"threshold\""));
  CHECK_THROWS_WITH(
      harness_test::config_from(
          base + R"({"metrics": {"x": {"threshold": "1%", "tolerance": 1}}}})", "c.json"),
      Contains("gate.metrics.x.tolerance: unknown key"));
  CHECK_THROWS_WITH(harness_test::config_from(base + R"({"metrics": {}}})", "c.json"),
                    Contains("gate.metrics: expected a non-empty object"));
}

TEST_CASE(
    "compare --gate: a count beyond its tolerance fails without statistics, a paired-only time is "
    "shown",
    "[harness][gate]") {
  const Config config = harness_test::config_from(kGateConfig);
  CompareOptions options;
  options.gate = config.gate;
  // Three repetitions could never be significant; a count needs no test.
  const auto more = compare_reports(
      report_with(cell_with_metric("echo_instructions_per_message", {6.0, 6.0, 6.0})),
      report_with(cell_with_metric("echo_instructions_per_message", {6.05, 6.05, 6.05})), options);
  REQUIRE(more.rows.size() == 3);  // the gate's metrics, in its order
  CHECK(more.rows[0].metric == "echo_instructions_per_message");
  CHECK(more.rows[0].verdict == Verdict::regression);
  CHECK(more.rows[0].kind == MetricKind::count);
  CHECK(more.rows[1].verdict == Verdict::report_only);  // paired only, changed or not
  const auto same = compare_reports(
      report_with(cell_with_metric("echo_instructions_per_message", {6.0, 6.0, 6.0})),
      report_with(cell_with_metric("echo_instructions_per_message", {6.0, 6.0, 6.0})), options);
  CHECK_FALSE(same.has_regression());
  // Twice the CPU time, significant with 5 against 5, but judged only in paired runs.
  const auto slower = compare_reports(
      report_with(cell_with_metric("fib_cpu_us_per_call", {100, 101, 102, 103, 104})),
      report_with(cell_with_metric("fib_cpu_us_per_call", {200, 201, 202, 203, 204})), options);
  CHECK(row_of(slower, "fib_cpu_us_per_call").verdict == Verdict::report_only);
  CHECK_FALSE(slower.has_regression());
  // Without the gate the same data is a regression: the gate's rule is what spared it.
  CHECK(compare_reports(
            report_with(cell_with_metric("fib_cpu_us_per_call", {100, 101, 102, 103, 104})),
            report_with(cell_with_metric("fib_cpu_us_per_call", {200, 201, 202, 203, 204})),
            [] {
              CompareOptions plain;
              plain.metrics = {"fib_cpu_us_per_call"};
              return plain;
            }())
            .has_regression());
  // A gate metric no report has is an error, not a pass.
  CompareOptions typo;
  typo.gate = {{"fib_cpu_us_per_cal", 0.05, "", ""}};
  CHECK_THROWS_WITH(
      compare_reports(report_with(cell_with_metric("rtt_p99_us", {1, 1, 1})),
                      report_with(cell_with_metric("rtt_p99_us", {1, 1, 1})), typo),
      Contains("gate metric fib_cpu_us_per_cal: no cell of either report has this metric"));
  std::string notes;
  for (const auto& note : slower.notes) notes += note + "\n";
  CHECK_THAT(notes, Contains("fib_cpu_us_per_call fails the gate only in paired runs"));
  // The markdown says which kind and which threshold each row had.
  CHECK_THAT(render_comparison_markdown(more, options, "a", "b"),
             Contains("| count | 6.00 | 6.05 | instructions/message | +0.8% | 0.0% |"));
}

TEST_CASE(
    "a gate rule with an absolute difference: a figure near zero that doubles is no change, one "
    "that moves by whole units is",
    "[harness][gate]") {
  const Config config = harness_test::config_from(
      R"({"name": "g", "sweep": {"designs": [{"gil": "priority"}], "cores": [1]},
    "gate": {"metrics": {"echo_wait_intervals_per_message": {"threshold": "100%", "absolute": 0.5}}}})");
  REQUIRE(config.gate.size() == 1);
  CHECK(config.gate[0].absolute == 0.5);
  CompareOptions options;
  options.gate = config.gate;
  auto cell = [](const std::vector<double>& values) {
    return cell_with_metric("echo_wait_intervals_per_message", values);
  };
  const std::vector<double> priority{0.040, 0.041, 0.042, 0.043, 0.044};
  // Three times the wait, significant, but 0.09 of an interval: noise on a loaded host.
  const auto tripled = compare_reports(
      report_with(cell(priority)), report_with(cell({0.12, 0.121, 0.122, 0.123, 0.124})), options);
  CHECK(row_of(tripled, "echo_wait_intervals_per_message").verdict == Verdict::within_threshold);
  CHECK_FALSE(tripled.has_regression());
  // A convoy: about one interval per wait.
  const auto convoy = compare_reports(report_with(cell(priority)),
                                      report_with(cell({1.17, 1.18, 1.18, 1.19, 1.2})), options);
  CHECK(row_of(convoy, "echo_wait_intervals_per_message").verdict == Verdict::regression);
  CHECK_THAT(render_comparison_markdown(convoy, options, "a", "b"),
             Contains("| 100.0% and 0.500 |"));
  // Paired runs apply it too.
  CHECK_FALSE(judge_pairs("c", "echo_wait_intervals_per_message", priority,
                          {0.12, 0.121, 0.122, 0.123, 0.124}, config.gate[0], 0.95, 1)
                  .regression);
  CHECK(judge_pairs("c", "echo_wait_intervals_per_message", priority, {1.17, 1.18, 1.18, 1.19, 1.2},
                    config.gate[0], 0.95, 1)
            .regression);
  // A bad value names the field.
  CHECK_THROWS_WITH(harness_test::config_from(
                        R"({"name": "g", "sweep": {"designs": [{"gil": "priority"}], "cores": [1]},
    "gate": {"metrics": {"echo_wait_intervals_per_message": {"threshold": "100%", "absolute": "half"}}}})"),
                    Contains("absolute") && Contains("expected a number of 0 or more"));
}

TEST_CASE(
    "ab: paired ratios with a bootstrap interval; a regression needs the threshold and the "
    "interval",
    "[harness][gate]") {
  std::mt19937_64 generator(11);
  std::normal_distribution<double> noise(1.0, 0.04);
  std::vector<double> base, same, slower, slightly;
  for (int i = 0; i < 20; ++i) {
    const double drift = 1.0 + 0.3 * (i % 4);  // the machine's load, shared by both sides of a pair
    base.push_back(500 * drift * noise(generator));
    same.push_back(500 * drift * noise(generator));
    slower.push_back(550 * drift * noise(generator));
    slightly.push_back(510 * drift * noise(generator));
  }
  const GateMetric rule{"fib_cpu_us_per_call", 0.05, "", ""};
  const AbMetric unchanged = judge_pairs("c", rule.name, base, same, rule, 0.95, 1);
  CHECK_FALSE(unchanged.regression);
  CHECK(unchanged.low < 1.05);
  const AbMetric regressed = judge_pairs("c", rule.name, base, slower, rule, 0.95, 1);
  CHECK(regressed.verdict == AbVerdict::slower);
  CHECK(regressed.regression);
  CHECK(regressed.ratio == Approx(1.10).epsilon(0.04));
  CHECK(regressed.low > 1.0);
  // 2% slower: maybe significant, never beyond a 5% threshold.
  CHECK_FALSE(judge_pairs("c", rule.name, base, slightly, rule, 0.95, 1).regression);
  // The same 10% as a report-only metric: a verdict, no failure.
  CHECK_FALSE(
      judge_pairs("c", rule.name, base, slower, {rule.name, 0.05, "shown only", ""}, 0.95, 1)
          .regression);
  // A throughput that falls is slower.
  std::vector<double> rate_before(10, 1000.0), rate_after(10, 800.0);
  const AbMetric rate = judge_pairs("c", "fib_calls_per_s", rate_before, rate_after,
                                    {"fib_calls_per_s", 0.1, "", ""}, 0.95, 1);
  CHECK(rate.verdict == AbVerdict::slower);
  CHECK(rate.regression);
  // A count: its medians against the tolerance, no interval; fewer is faster, never a failure.
  const GateMetric exact{"echo_instructions_per_message", 0.0, "", ""};
  const AbMetric fewer =
      judge_pairs("c", exact.name, {6.0, 6.0, 6.0}, {5.0, 5.0, 5.0}, exact, 0.95, 1);
  CHECK(fewer.verdict == AbVerdict::faster);
  CHECK_FALSE(fewer.regression);
  CHECK(judge_pairs("c", exact.name, {6.0, 6.0, 6.0}, {6.5, 6.5, 6.5}, exact, 0.95, 1).regression);
  CHECK_THROWS(judge_pairs("c", exact.name, {1.0}, {}, exact, 0.95, 1));
}

TEST_CASE("ab refuses a missing build directory and a bad config before running anything",
          "[harness][gate]") {
  gilbench::harness::TemporaryDirectory scratch("gate-test");
  std::ostringstream out, err;
  AbRequest request;
  request.config_path = harness_test::kSourceDir / "configs" / "ci-gate.json";
  request.base_directory = scratch.path() / "no-such-build";
  request.new_directory = scratch.path();
  CHECK(ab_command(request, out, err) == 2);
  CHECK_THAT(err.str(), Contains("--base: ") && Contains("no-such-build"));
  request.config_path = scratch.path() / "missing.json";
  err.str("");
  CHECK(ab_command(request, out, err) == 2);
  CHECK_THAT(err.str(), Contains("missing.json: cannot read the file"));
  CHECK(harness_test::child_processes().empty());
}
