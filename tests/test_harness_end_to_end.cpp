// One real run of a tiny ci-smoke-like config against the real binaries, and the gilbench
// command line: exit statuses, report structure, and no child process left behind.
#include <catch2/catch.hpp>

#include <signal.h>

#include "common/child_process.h"
#include "common/cpu_set.h"
#include "harness/run_command.h"
#include "harness/temp_dir.h"
#include "harness_fixtures/harness_test_support.h"

using namespace gilbench;
using namespace gilbench::harness;
using namespace std::chrono_literals;
using Json = nlohmann::ordered_json;
using Catch::Matchers::Contains;

namespace {

const std::string kTinyConfig = R"({"name": "tiny", "description": "end-to-end test",
  "client": {"messages": 30, "warmup": 5},
  "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}, {"gil": "legacy"},
                        {"gil": "newgil", "switch_intervals": ["1ms"]}, {"gil": "no-such-design"}, {"server": "floor"}],
            "cores": [1, 64], "client_placement": ["same", "separate"]},
  "repetitions": 2, "timeouts": {"cell": "60s", "listen": "20s"}})";

using harness_test::run_gilbench;

}  // namespace

TEST_CASE("a real run writes a complete report and leaves no process behind", "[harness][e2e]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto config_path = scratch.path() / "tiny.json";
  harness_test::write_text(config_path, kTinyConfig);
  RunRequest request;
  request.config_path = config_path;
  request.out_directory = scratch.path() / "results";
  request.plots = false;
  std::ostringstream out, err;
  REQUIRE(run_command(request, out, err) == 0);
  INFO(out.str() << err.str());
  CHECK(harness_test::child_processes().empty());

  std::vector<std::filesystem::path> reports;
  for (const auto& entry : std::filesystem::directory_iterator(request.out_directory))
    reports.push_back(entry.path());
  REQUIRE(reports.size() == 1);
  CHECK_THAT(reports[0].filename().string(), Contains("tiny-"));
  const Json report = harness_test::read_json(reports[0]);
  CHECK(report.begin().key() == "context");
  CHECK(report["run"]["status"] == "complete");
  CHECK(report["context"]["config"]["name"] == "tiny");
  CHECK(report["cells"].size() == 20);  // 5 rows x 2 core counts x 2 placements

  const bool has_spare_core = usable_cpus().size() >= 2;
  for (const char* placement : {"same", "separate"}) {
    const std::string suffix = std::string("/k1/") + placement;
    const Json* baseline = harness_test::cell_with(report, "vm/newgil/5ms/100/t0" + suffix);
    REQUIRE(baseline);
    if (std::string(placement) == "separate" && !has_spare_core) {
      CHECK((*baseline)["status"] == "skipped");
      continue;
    }
    for (const std::string id :
         {"vm/newgil/5ms/100/t0", "vm/legacy/5ms/100/t1", "vm/newgil/1ms/100/t1", "floor"}) {
      const Json* cell = harness_test::cell_with(report, id + suffix);
      REQUIRE(cell);
      INFO(id + suffix << ": " << cell->value("reason", ""));
      CHECK((*cell)["status"] == "ok");
      CHECK((*cell)["repetitions"].size() == 2);
      CHECK((*cell)["aggregates"]["metrics"]["total_s"]["values"].size() == 2);
      CHECK((*cell)["aggregates"]["metrics"]["rtt_p99_us"]["median"].get<double>() > 0);
      const Json& affinity = (*cell)["repetitions"][0]["affinity"];
      CHECK(affinity["server"]["granted"] == affinity["server"]["asked"]);
      CHECK(affinity["client"]["granted"] == affinity["client"]["asked"]);
      CHECK(affinity["server"]["asked"] == Json::array({usable_cpus()[0]}));
    }
    const Json* newgil = harness_test::cell_with(report, "vm/newgil/1ms/100/t1" + suffix);
    // How many fib calls fit in the run is timing (under a sanitizer it can be none): the
    // figure must be there, not any particular value.
    CHECK((*newgil)["repetitions"][0]["server"]["workload"]["fib_calls"].get<long>() >= 0);
    CHECK((*newgil)["versus_baseline"]["baseline_cell"] == (*baseline)["id"]);
    const Json* unknown = harness_test::cell_with(report, "vm/no-such-design/5ms/100/t1" + suffix);
    CHECK((*unknown)["status"] == "failed");
    CHECK_THAT((*unknown)["reason"].get<std::string>(), Contains("no-such-design"));
  }
  const Json* too_big = harness_test::cell_with(report, "vm/legacy/5ms/100/t1/k64/same");
  REQUIRE(too_big);
  CHECK((*too_big)["status"] == "skipped");
  CHECK_THAT((*too_big)["reason"].get<std::string>(), Contains("needs 64 cores"));
  CHECK_THAT(out.str(), Contains("report: "));
}

TEST_CASE("gilbench's command line: exit statuses", "[harness][e2e]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto bad = scratch.path() / "bad.json";
  harness_test::write_text(
      bad,
      R"({"name": "bad", "sweep": {"designs": [{"gil": "newgil", "switch_intervals": ["5 ms"]}], "cores": [1]}})");
  const auto validated = run_gilbench({"validate", bad.string()}, scratch.path());
  CHECK(validated.status == 2);
  CHECK_THAT(validated.err,
             Contains("bad.json: sweep.designs[0].switch_intervals[0]: invalid duration \"5 ms\""));
  CHECK(run_gilbench({"run", bad.string()}, scratch.path()).status == 2);
  CHECK(run_gilbench({"run"}, scratch.path()).status == 2);
  CHECK(run_gilbench({"frobnicate"}, scratch.path()).status == 2);
  CHECK(run_gilbench({"--help"}, scratch.path()).status == 0);

  const auto smoke = (harness_test::kSourceDir / "configs" / "ci-smoke.json").string();
  const auto dry = run_gilbench({"run", smoke, "--dry-run"}, scratch.path());
  CHECK(dry.status == 0);
  CHECK_THAT(dry.out, Contains("server on CPUs"));
  CHECK(run_gilbench({"run", smoke, "--gil", "fifo-that-is-not-there", "--dry-run"}, scratch.path())
            .status == 2);

  const auto tiny = scratch.path() / "tiny.json";
  harness_test::write_text(tiny, R"({"name": "tiny", "client": {"messages": 20}, "repetitions": 1,
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}], "cores": [1]}})");
  const auto results = scratch.path() / "results";
  const auto ran =
      run_gilbench({"run", tiny.string(), "--out", results.string(), "--no-plots"}, scratch.path());
  REQUIRE(ran.status == 0);
  CHECK_THAT(ran.out, Contains("baseline"));
  std::filesystem::path report;
  for (const auto& entry : std::filesystem::directory_iterator(results)) report = entry.path();
  const auto compared = run_gilbench({"compare", report.string(), report.string()}, scratch.path());
  CHECK(compared.status == 0);
  CHECK_THAT(compared.out, Contains("smallest possible two-sided p"));
  CHECK(run_gilbench({"compare", report.string(), bad.string()}, scratch.path()).status == 2);
  CHECK(run_gilbench({"compare", report.string(), report.string(), "--threshold", "lots"},
                     scratch.path())
            .status == 2);
  CHECK(run_gilbench({"show", report.string()}, scratch.path()).status == 0);
  CHECK(harness_test::child_processes().empty());
}

namespace {

std::filesystem::path only_file_ending(const std::filesystem::path& directory,
                                       const std::string& ending) {
  std::filesystem::path found;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.path().string().ends_with(ending)) found = entry.path();
  }
  return found;
}

}  // namespace

TEST_CASE("gilbench tune: a short real search, its report in run's schema, and its option errors",
          "[harness][e2e][tune]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto results = scratch.path() / "results";
  // An SLO every interval meets: the search climbs to the longest intervals until the budget ends
  // it.
  const auto tuned =
      run_gilbench({"tune", "--gil", "newgil", "--p99", "2s", "--messages", "20", "--budget", "3s",
                    "--out", results.string(), "--no-plots", "--cores", "1", "--client", "same"},
                   scratch.path());
  INFO(tuned.out << tuned.err);
  REQUIRE(tuned.status == 0);
  CHECK_THAT(tuned.out, Contains("recommended: "));
  CHECK_THAT(tuned.out, Contains("sys.setswitchinterval("));
  const auto report_path = only_file_ending(results, ".json");
  REQUIRE(!report_path.empty());
  const Json report = harness_test::read_json(report_path);
  CHECK(report["run"]["status"] == "complete");
  const Json& tune = report["tune"];
  CHECK(tune["slo"]["rtt_p99_us"] == 2e6);
  REQUIRE(tune["points"].size() >= 2);
  CHECK(tune["points"][0]["interval"] == "1µs");
  CHECK(tune["recommendation"]["paste"].get<std::string>().starts_with("sys.setswitchinterval(0."));
  // Every measured interval is a cell of the report, with its repetitions.
  CHECK(report["cells"].size() == tune["points"].size());
  for (const auto& cell : report["cells"]) CHECK(cell["status"] == "ok");
  const auto shown = run_gilbench({"show", report_path.string()}, scratch.path());
  CHECK(shown.status == 0);
  CHECK_THAT(shown.out, Contains("recommended: "));
  CHECK(run_gilbench({"compare", report_path.string(), report_path.string()}, scratch.path())
            .status == 0);

  const auto no_slo = run_gilbench({"tune", "--gil", "newgil"}, scratch.path());
  CHECK(no_slo.status == 2);
  CHECK_THAT(no_slo.err, Contains("--p99, --p50 or --rps"));
  const auto legacy = run_gilbench({"tune", "--gil", "legacy", "--p99", "1ms"}, scratch.path());
  CHECK(legacy.status == 2);
  CHECK_THAT(legacy.err, Contains("check interval"));
  const auto bad_duration = run_gilbench({"tune", "--p99", "1 ms"}, scratch.path());
  CHECK(bad_duration.status == 2);
  CHECK_THAT(bad_duration.err, Contains("--p99"));
  CHECK(run_gilbench({"tune", "--p99", "1ms", "--min-cpu", "most"}, scratch.path()).status == 2);
  CHECK(run_gilbench({"tune", "--p99", "1ms", "--budget", "soon"}, scratch.path()).status == 2);
  const auto no_python =
      run_gilbench({"tune", "--interpreter", "no-such-python9", "--p99", "1ms"}, scratch.path());
  CHECK(no_python.status == 2);
  CHECK_THAT(no_python.err, Contains("no-such-python9"));
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("gilbench reproduce: one quick row end to end, pages written, show and compare work",
          "[harness][e2e][reproduce]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto results = scratch.path() / "results";
  const auto reproduced = run_gilbench(
      {"reproduce", "--quick", "--only", "race", "--out", results.string()}, scratch.path());
  INFO(reproduced.out << reproduced.err);
  REQUIRE(reproduced.status == 0);
  CHECK_THAT(reproduced.out, Contains("race"));
  const auto report_path = only_file_ending(results, ".json");
  const Json report = harness_test::read_json(report_path);
  REQUIRE(report["reproduce"]["rows"].size() == 1);
  const Json& row = report["reproduce"]["rows"][0];
  CHECK(row["id"] == "race");
  CHECK(row["claims_judged"] >= 3);  // the model's three; the real interpreters' where installed
  // With a lock the total is exact under every design, whatever the machine.
  CHECK(row["figures"][3]["measured"] == 1e6);
  CHECK(report["run"]["workload"]["kind"] == "per cell");
  for (const auto& cell : report["cells"]) {
    INFO(cell["id"] << ": " << cell.value("reason", ""));
    // A real interpreter that is not installed is skipped with the reason, never an error.
    if (cell["parameters"]["server"] == "interpreter")
      CHECK((cell["status"] == "ok" || cell["status"] == "skipped"));
    else
      CHECK(cell["status"] == "ok");
    CHECK(cell["parameters"]["series"].get<std::string>().starts_with("race/"));
    CHECK(cell["workload"]["script"] == "harness/workloads/race.py");
  }
  const auto html = only_file_ending(results, ".html");
  REQUIRE(!html.empty());
  std::ifstream page(html);
  std::stringstream text;
  text << page.rdbuf();
  CHECK_THAT(text.str(), Contains("<table>"));
  CHECK_THAT(text.str(), !Contains("src=") && !Contains("<link"));  // self-contained
  CHECK(!only_file_ending(results, ".md").empty());
  const auto shown = run_gilbench({"show", report_path.string()}, scratch.path());
  CHECK(shown.status == 0);
  CHECK_THAT(shown.out, Contains("claims hold"));
  CHECK(run_gilbench({"compare", report_path.string(), report_path.string()}, scratch.path())
            .status == 0);
  const auto unknown = run_gilbench({"reproduce", "--only", "no-such-row"}, scratch.path());
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Contains("no such row (the rows: convoy"));
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("when gilbench is killed with SIGKILL its children die at once", "[harness][e2e]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto config = scratch.path() / "hang.json";
  const auto script = (harness_test::kFixtures / "hanging_echo.py").string();
  harness_test::write_text(
      config,
      R"({"name": "hang", "client": {"messages": 5}, "workload": {"script": ")" + script + R"("},
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}], "cores": [1]},
      "repetitions": 1, "timeouts": {"cell": "120s", "listen": "60s"}})");
  SpawnRequest request;
  request.argv = {
      GILBENCH_EXE, "run", config.string(), "--out", (scratch.path() / "results").string(),
      "--no-plots"};
  ChildProcess gilbench(request);
  // Its server and client: the server hangs after accepting, so both stay until someone kills them.
  std::vector<pid_t> children;
  const auto deadline = Clock::now() + harness_test::scaled(60s);
  while (children.size() < 2 && Clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
    children = harness_test::child_processes(gilbench.pid());
  }
  REQUIRE(children.size() == 2);
  ::kill(gilbench.pid(), SIGKILL);  // no handler, no clean-up: only PR_SET_PDEATHSIG can stop them
  for (const pid_t child : children) CHECK(harness_test::process_gone(child, 2000ms));
}
