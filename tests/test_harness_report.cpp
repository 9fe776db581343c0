// The report's schema, checked against a golden file: its structure (keys, nesting, value types)
// and the rule that every figure carries its unit in its name, not the timing values. The report
// is built from fixture client and server outputs, so it is deterministic. After an intended
// schema change: GILBENCH_UPDATE_GOLDEN=1 build/.../harness_tests "[golden]" rewrites the file.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "harness/report.h"
#include "harness/table.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench;
using namespace gilbench::harness;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

namespace {

const std::string kConfig = R"({"name": "golden", "client": {"messages": 5, "warmup": 2},
  "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}, {"gil": "newgil", "switch_intervals": ["1ms"]},
                        {"gil": "nosuch"}],
            "cores": [1, 4], "client_placement": ["same"]},
  "repetitions": 3})";

// The server's own statistics and the config are copied through as they are; the golden file
// covers gilbench's schema, not theirs.
bool passed_through(const std::string& path) {
  return path == ".context.config" || path.ends_with(".server.gil") ||
         path.ends_with(".server.threads");
}

Json shape_of(const Json& value, const std::string& path) {
  if (passed_through(path)) return "(passed through)";
  if (value.is_object()) {
    Json shape = Json::object();
    for (const auto& [key, child] : value.items()) shape[key] = shape_of(child, path + "." + key);
    return shape;
  }
  if (value.is_array()) {
    Json shapes = Json::array();  // the distinct shapes of the elements, in order
    for (const auto& element : value) {
      Json shape = shape_of(element, path + "[]");
      if (std::find(shapes.begin(), shapes.end(), shape) == shapes.end()) shapes.push_back(shape);
    }
    return shapes;
  }
  if (value.is_number()) return "number";
  if (value.is_string()) return "string";
  if (value.is_boolean()) return "boolean";
  return "null";
}

constexpr const char* kUnitSuffixes[] = {"_s",     "_us",    "_ms",    "_ns",
                                         "_per_s", "_ratio", "_bytes", "_ticks"};
// Plain counts and CPU numbers: dimensionless by nature.
constexpr const char* kDimensionless[] = {"schema_version",
                                          "online_cpus",
                                          "usable_cpus",
                                          "repetition",
                                          "repetitions",
                                          "cpu_threads",
                                          "cores",
                                          "messages",
                                          "warmup_messages",
                                          "total",
                                          "ok",
                                          "failed",
                                          "skipped",
                                          "interrupted",
                                          "pending",
                                          "asked",
                                          "granted",
                                          "server",
                                          "client",
                                          "percentile",
                                          "fib_calls",
                                          "acquisitions",
                                          "voluntary_releases",
                                          "forced_releases",
                                          "interval_95_coverage",
                                          "cpu_threads_default",
                                          "index",
                                          "count",
                                          "cells_in_sweep",
                                          "cells_carried"};

bool has_unit(const std::string& key) {
  for (const char* suffix : kUnitSuffixes) {
    if (key.ends_with(suffix)) return true;
  }
  return std::find(std::begin(kDimensionless), std::end(kDimensionless), key) !=
         std::end(kDimensionless);
}

// Numeric leaves whose name, and whose ancestors' names, carry no unit.
void find_unitless(const Json& value, const std::string& path, bool unit_above,
                   std::vector<std::string>& offenders) {
  if (passed_through(path)) return;
  if (value.is_object()) {
    // An aggregated metric states its unit beside its figures ("unit": "instructions/message").
    const bool states_unit = value.contains("unit") && value["unit"].is_string() &&
                             !value["unit"].get<std::string>().empty();
    for (const auto& [key, child] : value.items()) {
      find_unitless(child, path + "." + key, unit_above || states_unit || has_unit(key), offenders);
    }
  } else if (value.is_array()) {
    for (const auto& element : value) find_unitless(element, path + "[]", unit_above, offenders);
  } else if (value.is_number() && !unit_above) {
    offenders.push_back(path);
  }
}

Json fixture_report() {
  static const Config config = harness_test::config_from(kConfig, "configs/golden.json");
  const auto cells = expand_cells(config, {}, {{0, 1}, 2});
  RunSettings settings =
      run_settings(config, {"/bin/server", "/bin/client", "/bin/floor", "/bin/gilvm"});
  Report report(config, cells, {{"gilbench", "run", "configs/golden.json"}, 3, false, {}, settings},
                std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'000)));
  for (int rep = 1; rep <= 3; ++rep) {
    report.add_repetition(0, harness_test::fixture_repetition(rep, cells[0], true));
    report.add_repetition(1, harness_test::fixture_repetition(rep, cells[1], true));
  }
  report.finish_cell(0, Status::ok);
  report.finish_cell(1, Status::ok);
  RepetitionOutcome failed;
  failed.status = Status::failed;
  failed.reason =
      "server ended (exit status 2) before listening: error: unknown GIL design 'nosuch'";
  failed.record = {
      {"repetition", 1}, {"status", "failed"}, {"reason", failed.reason}, {"duration_s", 0.01}};
  report.add_repetition(2, failed);
  report.finish_cell(2, Status::failed, failed.reason);
  report.set_finished(std::chrono::system_clock::time_point(std::chrono::seconds(1'800'000'060)));
  return report.to_json();
}

}  // namespace

TEST_CASE("the report's structure matches the golden schema", "[harness][report][golden]") {
  const Json shape = shape_of(fixture_report(), "");
  const auto golden_path = harness_test::kFixtures / "report_shape.json";
  if (std::getenv("GILBENCH_UPDATE_GOLDEN")) {
    harness_test::write_text(golden_path, shape.dump(2) + "\n");
    WARN("rewrote " << golden_path);
    return;
  }
  const Json golden = harness_test::read_json(golden_path);
  INFO("actual shape:\n" << shape.dump(2));
  CHECK(shape == golden);
}

TEST_CASE("every figure in a report names its unit", "[harness][report]") {
  std::vector<std::string> offenders;
  find_unitless(fixture_report(), "", false, offenders);
  INFO("figures without a unit in their name or their parent's: " << Json(offenders).dump());
  CHECK(offenders.empty());
}

TEST_CASE("a report starts with its context and records the run", "[harness][report]") {
  const Json report = fixture_report();
  CHECK(report.begin().key() == "context");
  const Json& context = report["context"];
  for (const char* key :
       {"schema_version", "tool", "version", "git_commit", "date", "host", "cpu_model",
        "online_cpus", "kernel", "compiler", "build_type", "config"}) {
    CHECK(context.contains(key));
  }
  CHECK(context["tool"] == "gilbench");
  CHECK(context["config"]["name"] == "golden");
  CHECK(report["run"]["status"] == "complete");
  CHECK(report["run"]["cells"]["ok"] == 2);
  CHECK(report["run"]["cells"]["failed"] == 1);
  CHECK(report["run"]["cells"]["skipped"] == 3);
}

TEST_CASE("cells carry per-repetition figures and aggregates and the baseline comparison",
          "[harness][report]") {
  const Json report = fixture_report();
  const Json& baseline = report["cells"][0];
  const Json& newgil = report["cells"][1];
  CHECK(baseline["is_baseline"] == true);
  CHECK(newgil["versus_baseline"]["baseline_cell"] == baseline["id"]);
  CHECK(newgil["versus_baseline"]["total_s_ratio"].get<double>() ==
        Approx(1.0));  // same fixture data
  const Json& total = newgil["aggregates"]["metrics"]["total_s"];
  CHECK(total["values"].size() == 3);
  CHECK(total["median"] == total["values"][0]);
  CHECK_THAT(newgil["aggregates"]["interval_95_method"].get<std::string>(),
             Contains("min-max range"));
  CHECK(newgil["aggregates"]["metrics"].contains("fib_calls_per_s"));
  CHECK(newgil["aggregates"]["metrics"].contains("echo_gil_wait_p99_us"));
  const Json& repetition = newgil["repetitions"][0];
  CHECK(!repetition["client"].contains("samples_us"));  // raw samples stay out of the report
  CHECK(repetition["server"]["echo_thread"]["name"].get<std::string>().find("echo") !=
        std::string::npos);
  CHECK(newgil["aggregates"]["rtt_percentile_curve_us"].size() == std::size(kCurvePercentiles));
  CHECK(report["cells"][2]["status"] == "failed");
  CHECK_THAT(report["cells"][2]["reason"].get<std::string>(), Contains("nosuch"));
  CHECK(report["cells"][3]["status"] == "skipped");
}

TEST_CASE("the summary table has one row per cell and the reasons under it", "[harness][report]") {
  const std::string table = render_summary(fixture_report());
  CHECK_THAT(table, Contains("RTT p99 \xC2\xB5s"));
  CHECK_THAT(table, Contains("baseline"));
  CHECK_THAT(table, Contains("FAILED"));
  CHECK_THAT(table, Contains("[3] failed: server ended (exit status 2) before listening"));
  CHECK_THAT(table, Contains("[4] skipped: needs 4 cores"));
}

TEST_CASE("an interrupted run marks its unfinished cells", "[harness][report]") {
  static const Config config = harness_test::config_from(kConfig);
  Report report(config, expand_cells(config, {}, {{0, 1}, 2}), {},
                std::chrono::system_clock::now());
  report.mark_interrupted("interrupted by signal 2 (Ctrl-C)");
  const Json json = report.to_json();
  CHECK(json["run"]["status"] == "interrupted");
  CHECK(json["cells"][0]["status"] == "interrupted");
  CHECK(json["cells"][3]["status"] == "skipped");
}
