// gilbench config validation: every mistake names the file and the field, and the shipped
// configs are valid.
#include <catch2/catch.hpp>

#include "harness/calibration.h"
#include "harness_fixtures/harness_test_support.h"

using Catch::Matchers::Contains;
using gilbench::harness::ConfigError;
using harness_test::config_from;

namespace {

const std::string kMinimal =
    R"({"name": "t", "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}})";

// The message of the ConfigError that `text` raises.
std::string error_of(const std::string& text) {
  try {
    config_from(text, "configs/x.json");
  } catch (const ConfigError& error) {
    return error.what();
  }
  FAIL("no ConfigError for " << text);
  return "";
}

}  // namespace

TEST_CASE("a minimal config gets the documented defaults", "[harness][config]") {
  const auto config = config_from(kMinimal);
  CHECK(config.name == "t");
  CHECK(config.workload.kind == gilbench::harness::WorkloadKind::echo);
  CHECK(config.workload.cpu_threads == 1);
  CHECK(config.client.messages == 1000);
  CHECK(config.client.size_bytes == 100);
  CHECK(config.repetitions == 3);
  CHECK(config.cell_timeout == std::chrono::seconds(60));
  CHECK(config.listen_timeout == std::chrono::seconds(5));
  REQUIRE(config.designs.size() == 1);
  CHECK(config.designs[0].switch_intervals ==
        std::vector<std::chrono::nanoseconds>{std::chrono::milliseconds(5)});
  CHECK(config.designs[0].check_intervals == std::vector<int>{100});
  CHECK(config.designs[0].cpu_threads == std::vector<int>{1});
  CHECK(config.placements.size() == 1);
}

TEST_CASE("unknown keys are refused naming the field and the allowed keys", "[harness][config]") {
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweeps": {}, "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}})"),
      Contains("configs/x.json: sweeps: unknown key (expected one of: name, description"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "newgil", "switch_interval": ["5ms"]}], "cores": [1]}})"),
      Contains("configs/x.json: sweep.designs[0].switch_interval: unknown key"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "client": {"mesages": 5}, "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}})"),
      Contains("client.mesages: unknown key"));
}

TEST_CASE("wrong types are refused saying what was expected and what was found",
          "[harness][config]") {
  CHECK_THAT(
      error_of(R"({"name": "t", "sweep": {"designs": [{"gil": "newgil"}], "cores": [1, "2"]}})"),
      Contains("configs/x.json: sweep.cores[1]: expected an integer, got string \"2\""));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "repetitions": 2.5, "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}})"),
      Contains("repetitions: expected an integer, got number 2.5"));
  CHECK_THAT(error_of(R"({"name": 7, "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}})"),
             Contains("name: expected a string, got number 7"));
  CHECK_THAT(error_of(R"({"name": "t", "sweep": {"designs": {"gil": "newgil"}, "cores": [1]}})"),
             Contains("sweep.designs: expected an array, got an object"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "newgil"}], "cores": [1], "client_placement": ["near"]}})"),
      Contains("sweep.client_placement[0]: \"near\" is not one of \"same\", \"separate\""));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [-1]}], "cores": [1]}})"),
      Contains("sweep.designs[0].cpu_threads[0]: -1 is out of range [0, 256]"));
}

TEST_CASE("empty axes are refused", "[harness][config]") {
  CHECK_THAT(error_of(R"({"name": "t", "sweep": {"designs": [], "cores": [1]}})"),
             Contains("configs/x.json: sweep.designs: empty: give at least one value"));
  CHECK_THAT(error_of(R"({"name": "t", "sweep": {"designs": [{"gil": "newgil"}], "cores": []}})"),
             Contains("sweep.cores: empty"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "newgil", "switch_intervals": []}], "cores": [1]}})"),
      Contains("sweep.designs[0].switch_intervals: empty"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "newgil"}], "cores": [1], "client_placement": []}})"),
      Contains("sweep.client_placement: empty"));
}

TEST_CASE("bad durations are refused with the duration parser's explanation", "[harness][config]") {
  const auto message = error_of(
      R"({"name": "t", "sweep": {"designs": [{"gil": "a"}, {"gil": "b"}, {"gil": "c", "switch_intervals": ["5 ms"]}], "cores": [1]}})");
  CHECK_THAT(
      message,
      Contains("configs/x.json: sweep.designs[2].switch_intervals[0]: invalid duration \"5 ms\""));
  CHECK_THAT(message, Contains("expected a number and a unit"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "timeouts": {"cell": 60}, "sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
      Contains("timeouts.cell: expected a duration string such as \"5ms\", got number 60"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "timeouts": {"listen": "0s"}, "sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
      Contains("timeouts.listen: must be above 0"));
}

TEST_CASE("missing or repeated or inconsistent settings are refused", "[harness][config]") {
  CHECK_THAT(error_of(R"({"sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
             Contains("missing \"name\""));
  CHECK_THAT(error_of(R"({"name": "t"})"), Contains("missing \"sweep\""));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"switch_intervals": ["1ms"]}], "cores": [1]}})"),
      Contains("sweep.designs[0]: missing \"gil\""));
  CHECK_THAT(error_of(R"({"name": "t", "sweep": {"designs": [{"gil": "a"}], "cores": [1, 1]}})"),
             Contains("sweep.cores[1]: repeats an earlier value"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "a", "switch_intervals": ["1ms", "1000us"]}], "cores": [1]}})"),
      Contains("switch_intervals[1]: repeats an earlier value"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"server": "floor", "gil": "a"}], "cores": [1]}})"),
      Contains("sweep.designs[0].gil: unknown key (expected one of: server)"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "workload": {"kind": "script"}, "sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
      Contains("workload: kind \"script\" needs \"script\""));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "workload": {"kind": "script", "script": "harness/workloads/cpu_contention.py"},
                          "client": {"messages": 5}, "sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
      Contains("client: not used by workload kind \"script\""));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "workload": {"script": "no/such/file.py"}, "sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
      Contains("workload.script: no such file \"no/such/file.py\""));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "baseline": {"gil": "fifo"}, "sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
      Contains("baseline: matches no design row"));
  CHECK_THAT(
      error_of(R"({"name": "bad name", "sweep": {"designs": [{"gil": "a"}], "cores": [1]}})"),
      Contains("name: use letters, digits"));
  CHECK_THAT(error_of("{\"name\": \"t\",\n \"sweep\": }"),
             Contains("configs/x.json: not valid JSON: parse error at line 2"));
}

TEST_CASE("design rows that give the same cell twice are refused: one id, one cell",
          "[harness][config]") {
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "newgil"}, {"gil": "newgil"}], "cores": [1]}})"),
      Contains("sweep.designs[1]: repeats a cell of sweep.designs[0] (newgil with switch interval "
               "5ms, check interval 100"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"gil": "newgil", "switch_intervals": ["1ms", "5ms"]},
                                                             {"gil": "legacy"},
                                                             {"gil": "newgil", "switch_intervals": ["5000us"]}], "cores": [1]}})"),
      Contains("sweep.designs[2]: repeats a cell of sweep.designs[0]"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"server": "floor"}, {"server": "floor"}], "cores": [1]}})"),
      Contains("sweep.designs[1]: repeats a cell of sweep.designs[0] (the floor server)"));
  CHECK_THAT(
      error_of(
          R"({"name": "t", "sweep": {"designs": [{"interpreter": "python3.11"}, {"interpreter": "python3.11"}],
                                                  "cores": [1]}})"),
      Contains("sweep.designs[1]: repeats a cell of sweep.designs[0] (python3.11 with switch "
               "interval 5ms"));
  // Rows that differ in any axis (the design, the interpreter) are fine.
  const auto config =
      config_from(R"({"name": "t", "sweep": {"designs": [{"gil": "newgil", "cpu_threads": [0]},
                                      {"gil": "newgil", "cpu_threads": [1]}, {"gil": "fifo"},
                                      {"interpreter": "python3.11"}, {"interpreter": "python3.12"}], "cores": [1]}})");
  CHECK(config.designs.size() == 5);
}

TEST_CASE("a config that is a directory or never ends is refused naming the file",
          "[harness][config]") {
  CHECK_THROWS_WITH(gilbench::harness::load_config("/dev/zero", harness_test::kSourceDir),
                    Contains("/dev/zero: cannot read the file: larger than 1048576 bytes"));
  CHECK_THROWS_WITH(gilbench::harness::load_config(harness_test::kSourceDir / "configs",
                                                   harness_test::kSourceDir),
                    Contains("configs: cannot read the file: is a directory"));
}

TEST_CASE("design names are not checked by gilbench: the server decides", "[harness][config]") {
  const auto config = config_from(
      R"({"name": "t", "sweep": {"designs": [{"gil": "a-design-from-the-future"}], "cores": [1]}})");
  CHECK(config.designs[0].gil == "a-design-from-the-future");
}

TEST_CASE("every shipped config is valid", "[harness][config]") {
  std::size_t checked = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(harness_test::kSourceDir / "configs")) {
    if (entry.path().extension() != ".json") continue;
    INFO(entry.path());
    if (gilbench::harness::is_calibration_config(entry.path())) {
      CHECK_NOTHROW(gilbench::harness::load_calibration_config(entry.path()));
    } else {
      CHECK_NOTHROW(gilbench::harness::load_config(entry.path(), harness_test::kSourceDir));
    }
    ++checked;
  }
  CHECK(checked >= 4);
}

TEST_CASE("a script workload resolves its script against the repository root",
          "[harness][config]") {
  const auto config = config_from(
      R"({"name": "t", "workload": {"kind": "script", "script": "harness/workloads/cpu_contention.py",
                                      "cpu_threads": 2, "args": ["1000"]},
                                      "sweep": {"designs": [{"gil": "newgil"}], "cores": [1]}, "baseline": "none"})");
  CHECK(config.workload.script.is_absolute());
  CHECK(std::filesystem::exists(config.workload.script));
  CHECK(config.workload.args == std::vector<std::string>{"1000"});
  CHECK(config.placements.empty());
  CHECK(config.baseline_disabled);
}
