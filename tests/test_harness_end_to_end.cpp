// One real run of a tiny ci-smoke-like config against the real binaries, and the gilbench
// command line: exit statuses, report structure, and no child process left behind.
#include <catch2/catch.hpp>

#include <signal.h>

#include "harness/child_process.h"
#include "harness/cpu_set.h"
#include "harness/run_command.h"
#include "harness/temp_dir.h"
#include "harness_fixtures/harness_test_support.h"

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

struct CommandResult {
  int status = -1;
  std::string out, err;
};

// Runs the gilbench executable.
CommandResult run_gilbench(std::vector<std::string> arguments, const std::filesystem::path& scratch) {
  SpawnRequest request;
  request.argv = {GILBENCH_EXE};
  request.argv.insert(request.argv.end(), arguments.begin(), arguments.end());
  request.stdout_path = scratch / "gilbench.out";
  request.stderr_path = scratch / "gilbench.err";
  ChildProcess process(request);
  REQUIRE(process.wait_until(Clock::now() + harness_test::scaled(300s)) == WaitOutcome::exited);
  std::ifstream out(request.stdout_path), err(request.stderr_path);
  std::stringstream out_text, err_text;
  out_text << out.rdbuf();
  err_text << err.rdbuf();
  return {process.exit_status()->code, out_text.str(), err_text.str()};
}

const Json* cell_with(const Json& report, const std::string& id) {
  for (const auto& cell : report["cells"]) {
    if (cell["id"] == id) return &cell;
  }
  return nullptr;
}

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
  for (const auto& entry : std::filesystem::directory_iterator(request.out_directory)) reports.push_back(entry.path());
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
    const Json* baseline = cell_with(report, "vm/newgil/5ms/100/t0" + suffix);
    REQUIRE(baseline);
    if (std::string(placement) == "separate" && !has_spare_core) {
      CHECK((*baseline)["status"] == "skipped");
      continue;
    }
    for (const std::string id : {"vm/newgil/5ms/100/t0", "vm/legacy/5ms/100/t1", "vm/newgil/1ms/100/t1", "floor"}) {
      const Json* cell = cell_with(report, id + suffix);
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
    const Json* newgil = cell_with(report, "vm/newgil/1ms/100/t1" + suffix);
    // How many fib calls fit in the run is timing (under a sanitizer it can be none): the
    // figure must be there, not any particular value.
    CHECK((*newgil)["repetitions"][0]["server"]["workload"]["fib_calls"].get<long>() >= 0);
    CHECK((*newgil)["versus_baseline"]["baseline_cell"] == (*baseline)["id"]);
    const Json* unknown = cell_with(report, "vm/no-such-design/5ms/100/t1" + suffix);
    CHECK((*unknown)["status"] == "failed");
    CHECK_THAT((*unknown)["reason"].get<std::string>(), Contains("no-such-design"));
  }
  const Json* too_big = cell_with(report, "vm/legacy/5ms/100/t1/k64/same");
  REQUIRE(too_big);
  CHECK((*too_big)["status"] == "skipped");
  CHECK_THAT((*too_big)["reason"].get<std::string>(), Contains("needs 64 cores"));
  CHECK_THAT(out.str(), Contains("report: "));
}

TEST_CASE("gilbench's command line: exit statuses", "[harness][e2e]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto bad = scratch.path() / "bad.json";
  harness_test::write_text(bad, R"({"name": "bad", "sweep": {"designs": [{"gil": "newgil", "switch_intervals": ["5 ms"]}], "cores": [1]}})");
  const auto validated = run_gilbench({"validate", bad.string()}, scratch.path());
  CHECK(validated.status == 2);
  CHECK_THAT(validated.err, Contains("bad.json: sweep.designs[0].switch_intervals[0]: invalid duration \"5 ms\""));
  CHECK(run_gilbench({"run", bad.string()}, scratch.path()).status == 2);
  CHECK(run_gilbench({"run"}, scratch.path()).status == 2);
  CHECK(run_gilbench({"frobnicate"}, scratch.path()).status == 2);
  CHECK(run_gilbench({"--help"}, scratch.path()).status == 0);

  const auto smoke = (harness_test::kSourceDir / "configs" / "ci-smoke.json").string();
  const auto dry = run_gilbench({"run", smoke, "--dry-run"}, scratch.path());
  CHECK(dry.status == 0);
  CHECK_THAT(dry.out, Contains("server on CPUs"));
  CHECK(run_gilbench({"run", smoke, "--gil", "fifo-that-is-not-there", "--dry-run"}, scratch.path()).status == 2);

  const auto tiny = scratch.path() / "tiny.json";
  harness_test::write_text(tiny, R"({"name": "tiny", "client": {"messages": 20}, "repetitions": 1,
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}], "cores": [1]}})");
  const auto results = scratch.path() / "results";
  const auto ran = run_gilbench({"run", tiny.string(), "--out", results.string(), "--no-plots"}, scratch.path());
  REQUIRE(ran.status == 0);
  CHECK_THAT(ran.out, Contains("baseline"));
  std::filesystem::path report;
  for (const auto& entry : std::filesystem::directory_iterator(results)) report = entry.path();
  const auto compared = run_gilbench({"compare", report.string(), report.string()}, scratch.path());
  CHECK(compared.status == 0);
  CHECK_THAT(compared.out, Contains("smallest possible two-sided p"));
  CHECK(run_gilbench({"compare", report.string(), bad.string()}, scratch.path()).status == 2);
  CHECK(run_gilbench({"compare", report.string(), report.string(), "--threshold", "lots"}, scratch.path()).status == 2);
  CHECK(run_gilbench({"show", report.string()}, scratch.path()).status == 0);
  CHECK(harness_test::child_processes().empty());
}

TEST_CASE("when gilbench is killed with SIGKILL its children die at once", "[harness][e2e]") {
  TemporaryDirectory scratch("gilbench-test");
  const auto config = scratch.path() / "hang.json";
  const auto script = (harness_test::kFixtures / "hanging_echo.py").string();
  harness_test::write_text(config, R"({"name": "hang", "client": {"messages": 5}, "workload": {"script": ")" + script + R"("},
      "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]}], "cores": [1]},
      "repetitions": 1, "timeouts": {"cell": "120s", "listen": "60s"}})");
  SpawnRequest request;
  request.argv = {GILBENCH_EXE, "run", config.string(), "--out", (scratch.path() / "results").string(), "--no-plots"};
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
