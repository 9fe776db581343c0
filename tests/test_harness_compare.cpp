// gilbench compare on synthetic reports: a 2x regression with enough repetitions fails, a report
// against itself passes, too few repetitions are said to be untestable, bad input exits 2.
#include <catch2/catch.hpp>

#include <sstream>

#include "harness/compare.h"
#include "harness/temp_dir.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench::harness;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

namespace {

Json metric(const std::vector<double>& values) {
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  return {{"median", sorted[sorted.size() / 2]},
          {"min", sorted.front()},
          {"max", sorted.back()},
          {"values", values}};
}

// One echo cell whose figures are `scale` times the reference ones, `repetitions` of them with
// a little spread.
Json echo_cell(const std::string& gil, double scale, int repetitions,
               const std::string& status = "ok") {
  std::vector<double> total, p50, p99, fib;
  for (int i = 0; i < repetitions; ++i) {
    const double jitter = 1.0 + 0.01 * i;
    total.push_back(1.0 * scale * jitter);
    p50.push_back(500.0 * scale * jitter);
    p99.push_back(900.0 * scale * jitter);
    fib.push_back(2000.0 / scale * jitter);
  }
  Json cell{{"id", "vm/" + gil + "/5ms/100/t1/k1/same"},
            {"parameters",
             {{"server", "vm"},
              {"gil", gil},
              {"switch_interval", "5ms"},
              {"cpu_threads", 1},
              {"cores", 1},
              {"client_placement", "same"}}},
            {"status", status}};
  if (status == "ok") {
    cell["aggregates"] = {{"metrics",
                           {{"total_s", metric(total)},
                            {"rtt_p50_us", metric(p50)},
                            {"rtt_p99_us", metric(p99)},
                            {"fib_calls_per_s", metric(fib)}}}};
  } else {
    cell["reason"] = "server ended (exit status 2) before listening";
    cell["aggregates"] = nullptr;
  }
  return cell;
}

Json report_of(std::vector<Json> cells) {
  return {
      {"context",
       {{"schema_version", 1}, {"tool", "gilbench"}, {"cpu_model", "test"}, {"online_cpus", 2}}},
      {"run", {{"client", {{"messages", 200}}}, {"quick", false}}},
      {"cells", cells}};
}

}  // namespace

TEST_CASE("compare flags an injected 2x regression with enough repetitions", "[harness][compare]") {
  const auto base = report_of({echo_cell("newgil", 1.0, 5), echo_cell("legacy", 1.0, 5)});
  const auto slower = report_of({echo_cell("newgil", 2.0, 5), echo_cell("legacy", 1.0, 5)});
  const auto comparison = compare_reports(base, slower, {});
  CHECK(comparison.has_regression());
  std::size_t regressions = 0;
  for (const auto& row : comparison.rows) {
    if (row.cell.find("newgil") != std::string::npos) {
      CHECK(row.verdict == Verdict::regression);
      CHECK(row.p_value == Approx(2.0 / 252.0));
      ++regressions;
    } else {
      CHECK(row.verdict == Verdict::within_threshold);
    }
  }
  CHECK(regressions == 4);  // total time, p50, p99 up; CPU throughput down
  const auto total =
      std::find_if(comparison.rows.begin(), comparison.rows.end(), [](const MetricComparison& row) {
        return row.metric == "total_s" && row.cell.find("newgil") != std::string::npos;
      });
  REQUIRE(total != comparison.rows.end());
  CHECK(total->change == Approx(1.0));
}

TEST_CASE("compare passes a report against itself and an improvement", "[harness][compare]") {
  const auto base = report_of({echo_cell("newgil", 1.0, 5)});
  const auto same = compare_reports(base, base, {});
  CHECK(!same.has_regression());
  for (const auto& row : same.rows) CHECK(row.verdict == Verdict::within_threshold);
  const auto faster = compare_reports(base, report_of({echo_cell("newgil", 0.5, 5)}), {});
  CHECK(!faster.has_regression());
  CHECK(faster.rows[0].verdict == Verdict::improvement);
}

TEST_CASE("compare says when too few repetitions can never reach alpha", "[harness][compare]") {
  const auto comparison = compare_reports(report_of({echo_cell("newgil", 1.0, 3)}),
                                          report_of({echo_cell("newgil", 2.0, 3)}), {});
  CHECK(!comparison.has_regression());
  CHECK(comparison.rows[0].verdict == Verdict::untestable);
  const std::string text = render_comparison(comparison, {});
  CHECK_THAT(
      text,
      Contains("with 3 vs 3 repetitions the smallest possible two-sided p is 0.1 > alpha 0.05"));
  CHECK_THAT(text, Contains("4 repetitions on each side would allow it"));
}

TEST_CASE("a change within the threshold is not a regression however significant",
          "[harness][compare]") {
  CompareOptions loose;
  loose.threshold = 1.5;  // 150 %
  const auto comparison = compare_reports(report_of({echo_cell("newgil", 1.0, 5)}),
                                          report_of({echo_cell("newgil", 2.0, 5)}), loose);
  CHECK(!comparison.has_regression());
}

TEST_CASE("a cell that was ok and now fails is a regression and unmatched cells are noted",
          "[harness][compare]") {
  const auto comparison = compare_reports(
      report_of({echo_cell("newgil", 1.0, 5), echo_cell("legacy", 1.0, 5)}),
      report_of({echo_cell("newgil", 1.0, 5, "failed"), echo_cell("fifo", 1.0, 5)}), {});
  CHECK(comparison.has_regression());
  REQUIRE(comparison.broken.size() == 1);
  CHECK_THAT(comparison.broken[0], Contains("ok in BASE, failed in NEW"));
  const std::string notes = Json(comparison.notes).dump();
  CHECK_THAT(notes, Contains("fifo/5ms/100/t1/k1/same: only in NEW"));
  CHECK_THAT(notes, Contains("legacy/5ms/100/t1/k1/same: only in BASE"));
}

TEST_CASE("compare_command: exit codes and the markdown summary", "[harness][compare]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto base = scratch.path() / "base.json", slower = scratch.path() / "slower.json",
             markdown = scratch.path() / "summary.md";
  harness_test::write_text(base, report_of({echo_cell("newgil", 1.0, 5)}).dump());
  harness_test::write_text(slower, report_of({echo_cell("newgil", 2.0, 5)}).dump());
  std::ostringstream out, err;
  CHECK(compare_command(base, base, {}, out, err) == 0);
  CompareOptions with_markdown;
  with_markdown.markdown_path = markdown;
  CHECK(compare_command(base, slower, with_markdown, out, err) == 1);
  CHECK_THAT(out.str(), Contains("REGRESSION"));
  std::ifstream summary(markdown);
  std::stringstream text;
  text << summary.rdbuf();
  CHECK_THAT(
      text.str(),
      Contains("| cell | metric | kind | base | new | unit | change | threshold | p | verdict |"));
  CHECK_THAT(text.str(), Contains("**REGRESSION**"));

  harness_test::write_text(scratch.path() / "junk.json", "{\"not\": \"a report\"}");
  CHECK(compare_command(base, scratch.path() / "junk.json", {}, out, err) == 2);
  CHECK_THAT(err.str(), Contains("not a gilbench report"));
  CHECK(compare_command(base, scratch.path() / "missing.json", {}, out, err) == 2);
  harness_test::write_text(scratch.path() / "broken.json", "{");
  CHECK(compare_command(base, scratch.path() / "broken.json", {}, out, err) == 2);
}

TEST_CASE("thresholds read as percentages or fractions", "[harness][compare]") {
  CHECK(parse_threshold("10%") == Approx(0.10));
  CHECK(parse_threshold("0.25") == Approx(0.25));
  CHECK(parse_threshold("150%") == Approx(1.5));
  CHECK_THROWS_WITH(parse_threshold("ten"), Contains("expected a percentage"));
  CHECK_THROWS(parse_threshold("10%%"));
  CHECK_THROWS(parse_threshold("-5%"));
}

TEST_CASE("compare judges only the metrics named by --metrics", "[harness][compare]") {
  CompareOptions totals_only;
  totals_only.metrics = {"total_s"};
  const auto comparison = compare_reports(report_of({echo_cell("newgil", 1.0, 5)}),
                                          report_of({echo_cell("newgil", 2.0, 5)}), totals_only);
  REQUIRE(comparison.rows.size() == 1);
  CHECK(comparison.rows[0].metric == "total_s");
  CHECK(comparison.has_regression());
}

TEST_CASE("a --metrics name no cell has is an error, not a comparison of nothing",
          "[harness][compare]") {
  CompareOptions bogus;
  bogus.metrics = {"total_s", "bogus"};
  const auto base = report_of({echo_cell("newgil", 1.0, 5)});
  CHECK_THROWS_WITH(compare_reports(base, base, bogus),
                    Contains("--metrics bogus: no cell of either report has this metric") &&
                        Contains("total_s, rtt_p50_us"));
  TemporaryDirectory scratch("gilbench-test");
  harness_test::write_text(scratch.path() / "base.json", base.dump());
  std::ostringstream out, err;
  CHECK(compare_command(scratch.path() / "base.json", scratch.path() / "base.json", bogus, out,
                        err) == 2);
  CHECK_THAT(err.str(), Contains("--metrics bogus"));
}

TEST_CASE("a report with two cells of the same parameters is refused: they cannot be paired",
          "[harness][compare]") {
  const auto good = report_of({echo_cell("newgil", 1.0, 5)});
  const auto doubled = report_of({echo_cell("newgil", 1.0, 5), echo_cell("newgil", 2.0, 5)});
  CHECK_THROWS_WITH(
      compare_reports(good, doubled, {}),
      Contains("NEW: cells 1 and 2 (vm/newgil/5ms/100/t1/k1/same) have the same parameters"));
  CHECK_THROWS_WITH(compare_reports(doubled, good, {}), Contains("BASE: cells 1 and 2"));
}

TEST_CASE(
    "compare refuses unreadable inputs and outputs with exit 2 and a message, before comparing",
    "[harness][compare]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto base = scratch.path() / "base.json";
  harness_test::write_text(base, report_of({echo_cell("newgil", 1.0, 5)}).dump());
  std::ostringstream out, err;
  CHECK(compare_command(scratch.path(), base, {}, out, err) == 2);  // a directory as a report
  CHECK_THAT(err.str(),
             Contains(scratch.path().string() + ": cannot read the file: is a directory"));
  CHECK(compare_command(base, "/dev/zero", {}, out, err) ==
        2);  // never ends: refused at the size limit
  CHECK_THAT(err.str(), Contains("/dev/zero: cannot read the file: larger than"));
  CompareOptions unwritable;
  unwritable.markdown_path = scratch.path() / "no-such-directory" / "summary.md";
  out.str("");
  CHECK(compare_command(base, base, unwritable, out, err) == 2);
  CHECK_THAT(err.str(), Contains("cannot write " + unwritable.markdown_path->string() +
                                 ": No such file or directory"));
  CHECK(out.str().empty());  // refused before the comparison, not after
  unwritable.markdown_path = scratch.path();
  CHECK(compare_command(base, base, unwritable, out, err) == 2);
  CHECK_THAT(err.str(), Contains("is a directory"));
}
