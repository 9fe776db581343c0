// reproduce's plan, its shape verdicts and its evaluation of a report's cells: no processes.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "harness/reproduce.h"
#include "harness/shape.h"

using namespace gilbench;
using namespace gilbench::harness;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

TEST_CASE("shape: direction and size of a ratio", "[harness][reproduce]") {
  // Published 10.1 s against 2.2 s: 4.6x.
  CHECK(judge_ratio(10.1, 2.2, 5.0, 1.5).shape == Shape::holds);           // 3.3x
  CHECK(judge_ratio(10.1, 2.2, 5.0, 0.05).shape == Shape::size_differs);   // 100x: more than 3x off
  CHECK(judge_ratio(10.1, 2.2, 1.0, 2.0).shape == Shape::does_not_hold);   // the other way
  CHECK(judge_ratio(10.1, 2.2, 1.05, 1.0).shape == Shape::does_not_hold);  // no distinct difference
  // Published about equal (2.83 s vs 2.81 s): measured within 25 % holds.
  CHECK(judge_ratio(2.83, 2.81, 1.1, 1.0).shape == Shape::holds);
  CHECK(judge_ratio(2.83, 2.81, 1.6, 1.0).shape == Shape::does_not_hold);
  // A published 0 (4 threads at 0.1 s: 0 req/s) leaves only the direction.
  CHECK(judge_ratio(15, 0, 40, 2).shape == Shape::holds);
  CHECK(judge_ratio(15, 0, 2, 40).shape == Shape::does_not_hold);
  CHECK(judge_ratio(0, 15, 0.1, 40).shape == Shape::holds);
  // Nothing measured.
  CHECK(judge_ratio(10.1, 2.2, std::nan(""), 1).shape == Shape::not_measured);
  const ClaimVerdict verdict = judge_ratio(10.1, 2.2, 5.0, 1.0);
  CHECK(verdict.published_ratio == Approx(4.59).epsilon(0.01));
  CHECK(verdict.measured_ratio == Approx(5.0));
  CHECK_THAT(verdict.text, Contains("published 4.59"));
}

TEST_CASE("shape: below, and the worst verdict of a row", "[harness][reproduce]") {
  CHECK(judge_below(900000, 1000000).shape == Shape::holds);
  CHECK(judge_below(1000000, 1000000).shape == Shape::does_not_hold);
  CHECK(worse(Shape::holds, Shape::size_differs) == Shape::size_differs);
  CHECK(worse(Shape::does_not_hold, Shape::size_differs) == Shape::does_not_hold);
  CHECK(worse(Shape::not_measured, Shape::holds) == Shape::holds);
}

TEST_CASE("the plan: every figure names a measurement, ids are unique, --only selects",
          "[harness][reproduce]") {
  for (const bool quick : {false, true}) {
    const ReproducePlan plan = reproduce_plan(quick, 2);
    std::set<std::string> ids;
    for (const auto& m : plan.measurements) {
      CHECK(ids.insert(m.id).second);
      CHECK(m.repetitions == (quick ? 1 : 3));
    }
    std::set<std::string> rows;
    for (const auto& row : plan.rows) {
      CHECK(rows.insert(row.id).second);
      for (const auto& figure : row.figures) CHECK(ids.count(figure.measurement) == 1);
      for (const auto& claim : row.claims) {
        CHECK(claim.a < row.figures.size());
        CHECK((claim.b < row.figures.size() || claim.b == kAgainstOne));
      }
    }
    for (const char* expected :
         {"convoy", "rps", "rps-interval-t1", "rps-interval-t4", "one-core", "small-interval",
          "two-threads", "check-interval", "processes", "race"}) {
      CHECK(rows.count(expected) == 1);
    }
  }
  const ReproducePlan plan = reproduce_plan(false, 2);
  const ReproducePlan selected = select_rows(plan, {"race", "convoy"});
  REQUIRE(selected.rows.size() == 2);
  CHECK(selected.rows[0].id == "convoy");  // the plan's order
  for (const auto& m : selected.measurements)
    CHECK((m.id.starts_with("race/") || m.id.starts_with("convoy/")));
  CHECK_THROWS_WITH(select_rows(plan, {"nope"}),
                    Contains("--only nope: no such row (the rows: convoy, rps"));
}

TEST_CASE("evaluating a row from cells: figures, ratios, verdicts, and why a figure is missing",
          "[harness][reproduce]") {
  const ReproducePlan plan = select_rows(reproduce_plan(false, 2), {"convoy"});
  auto cell = [](const std::string& series, double total_s) {
    return Json{
        {"parameters", {{"series", series}}},
        {"status", "ok"},
        {"aggregates", {{"repetitions", 3}, {"metrics", {{"total_s", {{"median", total_s}}}}}}}};
  };
  Json cells = Json::array({cell("convoy/newgil", 5.0), cell("convoy/legacy", 1.5),
                            Json{{"parameters", {{"series", "convoy/python3"}}},
                                 {"status", "skipped"},
                                 {"reason", "no python3"}}});
  const Json evaluated = evaluate_rows(plan, cells);
  const Json& row = evaluated["rows"][0];
  CHECK(row["figures"][0]["measured"] == 5.0);
  CHECK(row["figures"][0]["measured_over_published"].get<double>() == Approx(5.0 / 10.1));
  CHECK(row["figures"][2]["status"] == "not measured");
  CHECK_THAT(row["figures"][2]["reason"].get<std::string>(), Contains("skipped: no python3"));
  CHECK(row["figures"][3]["reason"] == "not run");
  CHECK(row["figures"][2]["real_interpreter"] == true);
  CHECK(row["figures"][0]["real_interpreter"] == false);
  CHECK(row["claims"][0]["shape"] == "holds");  // 3.3x against 4.6x
  CHECK(row["claims"][1]["shape"] == "not measured");
  CHECK(row["verdict"] == "holds");
  CHECK(row["claims_judged"] == 1);

  cells[1] = cell("convoy/legacy", 0.05);  // 100x: the direction holds, the size does not
  CHECK(evaluate_rows(plan, cells)["rows"][0]["verdict"] == "direction holds, size differs");
  cells[1] = cell("convoy/legacy", 8.0);  // legacy slower than newgil: the shape does not hold
  const Json reversed = evaluate_rows(plan, cells);
  CHECK(reversed["rows"][0]["verdict"] == "does not hold");

  Json report = {{"context",
                  {{"host", "h"},
                   {"cpu_model", "c"},
                   {"usable_cpus", {0, 1}},
                   {"date", "d"},
                   {"git_commit", "0123456789abc"}}},
                 {"run", {{"wall_s", 1.0}, {"quick", false}}},
                 {"reproduce", reversed}};
  const std::string text = render_reproduce(report);
  CHECK_THAT(text, Contains("does not hold (0/1 claims hold)"));
  CHECK_THAT(text, Contains("why: "));  // the row's note on what differs in the model
  const std::string html = reproduce_html(report);
  CHECK_THAT(html, Contains("<svg"));  // two figures with both values: a shape chart inline
  CHECK_THAT(html, Contains("class=\"verdict fails\""));
  CHECK_THAT(reproduce_markdown(report),
             Contains("| convoy | newgil (CPython 3's lock) | 10.1 s | 5.00 s |"));
}
